import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeChangeTime, launch, openTab, ROOT, type Harness } from './harness.ts';

// Page to badge, in Chromium: from a fixture page's DOMContentLoaded to its badge being set,
// over 24 page loads. A measurement, not an assertion on time: the figure goes to
// test-results/e2e-bench.jsonl as {"metric", "value", "unit"}; the README states the budget.

const SHOP = 'https://www.lookfantastic.com';
const LOADS = 24;
export const E2E_BENCH_FILE = join(ROOT, 'test-results/e2e-bench.jsonl');

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.servePage(`${SHOP}/p/gift-card/1003/`, 'no-list.html');
  for (let i = 0; i < LOADS; i++) h.servePage(`${SHOP}/p/night-renewal-retinol-serum/1001/?load=${i}`, 'retinol-serum.html');
});
afterAll(() => h?.close());

describe('page to badge', () => {
  it(`is measured over ${LOADS} page loads and written as JSON lines`, async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/p/gift-card/1003/`);
    const samples: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(`${SHOP}/p/gift-card/1003/`);
      await badgeChangeTime(h, tabId, 'cleared');
      // The worker watches its own badge, so the time it reports is when the badge changed.
      const badgeSetAt = badgeChangeTime(h, tabId, 'set');
      await page.goto(`${SHOP}/p/night-renewal-retinol-serum/1001/?load=${i}`);
      // Navigation Timing level 1 gives wall-clock milliseconds, comparable with the worker's Date.now().
      const domContentLoaded = await page.evaluate(() => performance.timing.domContentLoadedEventStart);
      samples.push((await badgeSetAt) - domContentLoaded);
    }
    samples.sort((a, b) => a - b);
    const p50 = samples[Math.floor(samples.length / 2)] as number;
    expect(samples).toHaveLength(LOADS);
    expect(samples.every((s) => Number.isFinite(s) && s > -50)).toBe(true);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(E2E_BENCH_FILE, `${JSON.stringify({ metric: 'page_to_badge_p50_ms', value: Math.round(p50), unit: 'ms' })}\n`);
    console.log(`page_to_badge_p50_ms ${p50} (min ${samples[0]}, max ${samples.at(-1)})`);
  });
});
