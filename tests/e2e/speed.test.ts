import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeChangeTime, contentMessages, launch, openTab, popupUrl, recordContentMessages, ROOT, stopServiceWorker, workerStartedAt, type Harness } from './harness.ts';

// What a person waits for, in Chromium, read from the browser's own clocks. Measurements, not
// assertions on time: each test checks only that every run produced a figure; the medians go to
// test-results/e2e-bench.jsonl as {"metric", "value", "unit"} (npm run bench prints them) and the
// README states the budgets.
//
// - page_to_badge_p50_ms: a fixture page's DOMContentLoaded to its badge being set, worker running.
// - page_to_badge_cold_p50_ms: the same with the worker stopped before the page loads, as after
//   30 s idle; the page's load wakes it, and the badge is watched from an extension page. A run
//   counts only when the worker that set the badge started after the page's navigation.
// - popup_to_verdict_p50_ms: the popup's navigation start to the first frame after the verdict
//   appears (a MutationObserver and requestAnimationFrame injected by the test).

const SHOP = 'https://www.lookfantastic.com';
const GIFT = `${SHOP}/p/gift-card/1003/`;
const SERUM = `${SHOP}/p/night-renewal-retinol-serum/1001/`;
const RUNS = 24;
const E2E_BENCH_FILE = join(ROOT, 'test-results/e2e-bench.jsonl');

const figures: string[] = [];
let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.servePage(GIFT, 'no-list.html');
  h.servePage(SERUM, 'retinol-serum.html');
  for (let i = 0; i < RUNS; i++) h.servePage(`${SERUM}?load=${i}`, 'retinol-serum.html');
  // A cold run whose worker was woken early is run again: up to twice as many attempts.
  for (let i = 0; i < 2 * RUNS; i++) h.servePage(`${SERUM}?cold=${i}`, 'retinol-serum.html');
});
afterAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(E2E_BENCH_FILE, figures.join(''));
  await h?.close();
});

/** Keeps the median of the samples as a figure; every run must have produced a number. */
function record(metric: string, samples: number[]): void {
  expect(samples).toHaveLength(RUNS);
  expect(samples.every(Number.isFinite)).toBe(true);
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)] as number;
  figures.push(`${JSON.stringify({ metric, value: Math.round(p50), unit: 'ms', runs: RUNS })}\n`);
  console.log(`${metric} ${p50.toFixed(1)} (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}, ${RUNS} runs)`);
}

/** Wall-clock milliseconds of the start of the page's navigation. */
function navigationStartedAt(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

/** Wall-clock milliseconds of the page's DOMContentLoaded, comparable with Date.now() elsewhere in the browser. */
function domContentLoadedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return performance.timeOrigin + (navigation?.domContentLoadedEventStart ?? NaN);
  });
}

describe('page to badge', () => {
  it(`is measured over ${RUNS} page loads with the worker running`, async () => {
    const { page, tabId } = await openTab(h, GIFT);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(GIFT);
      await badgeChangeTime(h, tabId, 'cleared');
      // The worker watches its own badge, so the time it reports is when the badge changed.
      const badgeSetAt = badgeChangeTime(h, tabId, 'set');
      await page.goto(`${SERUM}?load=${i}`);
      samples.push((await badgeSetAt) - (await domContentLoadedAt(page)));
    }
    record('page_to_badge_p50_ms', samples);
  });

  it(`is measured over ${RUNS} page loads with the worker stopped first`, async () => {
    const { page, tabId } = await openTab(h, GIFT);
    // An extension page reads the badge without waking the worker (no message is sent).
    const watcher = await h.context.newPage();
    await watcher.goto(`chrome-extension://${h.extensionId}/options.html`);
    const samples: number[] = [];
    let discarded = 0;
    for (let attempt = 0; samples.length < RUNS; attempt++) {
      expect(discarded, 'runs whose worker was woken before the page loaded').toBeLessThan(RUNS);
      await recordContentMessages(h);
      await page.goto(GIFT);
      await badgeChangeTime(h, tabId, 'cleared', watcher);
      // The gift page has been read (no list): nothing of it is left on its way to wake the worker.
      await contentMessages(h, tabId, 'pageLeft');
      await stopServiceWorker(h);
      const badgeSetAt = badgeChangeTime(h, tabId, 'set', watcher);
      await page.goto(`${SERUM}?cold=${attempt}`);
      const sample = (await badgeSetAt) - (await domContentLoadedAt(page));
      // A cold run: the worker that set the badge was started by this page's navigation.
      if ((await workerStartedAt(h)) > (await navigationStartedAt(page))) samples.push(sample);
      else discarded++;
    }
    await watcher.close();
    if (discarded > 0) console.log(`page_to_badge_cold: ${discarded} runs measured again, their worker was woken before the page`);
    record('page_to_badge_cold_p50_ms', samples);
  });
});

describe('popup to verdict', () => {
  it(`is measured over ${RUNS} popup openings`, async () => {
    const { tabId } = await openTab(h, SERUM);
    await badgeChangeTime(h, tabId, 'set');
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="verdict"]')) return;
        observer.disconnect();
        // The frame that shows the verdict: its animation frame, then the task after it is painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => Object.assign(globalThis, { __verdictPaintedAt: performance.now() });
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await popup.goto(popupUrl(h, tabId));
      const painted = await popup.waitForFunction(() => (globalThis as { __verdictPaintedAt?: number }).__verdictPaintedAt);
      samples.push((await painted.jsonValue()) as number);
    }
    await popup.close();
    record('popup_to_verdict_p50_ms', samples);
  });
});
