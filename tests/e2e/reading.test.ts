import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openTab, popupUrl, ROOT, type Harness } from './harness.ts';
import { settledBadge } from './look.ts';

// Reading real-looking pages in Chromium: a list cut short until the shopper opens it (the popup's
// "Read this page again"), and marks that stay inside the list the reader read.

const CUT = 'https://www.boots.com/meadow-lab-night-repair-cream-50ml-10399101';
const MARKS = 'https://www.boots.com/meadow-lab-retinol-night-cream-50ml-10399001';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.servePage(CUT, 'show-more.html');
  h.serve(MARKS, readFileSync(join(ROOT, 'tests/fixtures/pages/reading/marks-only-in-list.html'), 'utf8'));
});
afterAll(() => h?.close());

/** The text of each marked range and whether it lies in the list's own panel. */
function marked(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get('needle-safe-flagged') ?? [])].map((range) => ({
      text: range.toString(),
      inList: range.startContainer.parentElement?.closest('#product_ingredients') !== null,
    }));
  });
}

async function setTreatment(daysAgo: number | null): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.evaluate(
    async (at) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ profile: { treatmentAt: at, depth: 'pro', past: [], onboarded: true } });
    },
    daysAgo === null ? null : new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
  );
  await page.close();
}

describe('a list that shows in full only after a click', () => {
  it('is read with doubt first, and whole when the popup reads the page again', async () => {
    const { page, tabId } = await openTab(h, CUT);
    await settledBadge(h, tabId, '?');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('unknown');
    // The doubt is the verdict's own sentence, said once.
    expect(await popup.getByTestId('verdict-text').textContent()).toMatch(/incomplete/i);
    expect(await popup.getByTestId('doubt').count()).toBe(0);
    await page.click('#more');
    await popup.getByTestId('read-again').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    expect((await popup.getByTestId('flagged-item').allTextContents()).join(' ')).toMatch(/retinol/i);
    expect(await popup.getByTestId('doubts').count()).toBe(0);
    await settledBadge(h, tabId, 'NO');
    await popup.close();
  });
});

describe('marks on the page', () => {
  it('go only on the list, never on the navigation, the title or the recommendations', async () => {
    await setTreatment(null);
    const { page, tabId } = await openTab(h, MARKS);
    await settledBadge(h, tabId, 'NO');
    await expect
      .poll(() => marked(page))
      .toEqual([
        { text: 'Retinol', inList: true },
        { text: 'Fragrance', inList: true },
        { text: 'Linalool', inList: true },
      ]);
  });

  it('leave out a name that is OK again since the treatment', async () => {
    // Four days after a professional treatment: fragrance (3 days) is OK again, retinol (7 days) not yet.
    await setTreatment(4);
    const { page, tabId } = await openTab(h, MARKS);
    await settledBadge(h, tabId, 'NO');
    await expect.poll(() => marked(page)).toEqual([{ text: 'Retinol', inList: true }]);
  });
});
