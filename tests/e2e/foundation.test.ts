import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, contentMessages, killServiceWorker, launch, openTab, popupUrl, recordContentMessages, ROOT, storedSetting, type Harness } from './harness.ts';
import { settledBadge } from './look.ts';

// The thin slice a shopper meets: shop page → content script → background → badge → popup.

const SHOP = 'https://www.lookfantastic.com';
const CLASSES = JSON.parse(readFileSync(join(ROOT, 'data/classes.json'), 'utf8')) as { id: string; label: string; reason: string }[];
let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.servePage(`${SHOP}/p/night-renewal-retinol-serum/1001/`, 'retinol-serum.html');
  h.servePage(`${SHOP}/p/barrier-calm-cream/1002/`, 'gentle-cream.html');
  h.servePage(`${SHOP}/p/gift-card/1003/`, 'no-list.html');
});
afterAll(() => h?.close());

function openShopPage(path: string) {
  return openTab(h, `${SHOP}${path}`);
}

describe('a product page with retinol and fragrance', () => {
  it('sets the badge to avoid with a tooltip naming the reason', async () => {
    const { tabId } = await openShopPage('/p/night-renewal-retinol-serum/1001/');
    const badge = await settledBadge(h, tabId);
    expect(badge.text).toBe('NO');
    expect(badge.color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
    expect(badge.title).toMatch(/^Not yet\. /);
    expect(badge.title.toLowerCase()).toContain('retinol');
    expect(badge.title.toLowerCase()).toMatch(/parfum|fragrance|linalool/);
  });

  it('shows the verdict and each flagged ingredient with its reason and when it is OK in the popup', async () => {
    const { tabId } = await openShopPage('/p/night-renewal-retinol-serum/1001/');
    await settledBadge(h, tabId);
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    await expect.poll(() => popup.getByTestId('product-name').textContent()).toContain('Night Renewal Retinol Serum');
    const flagged = await popup.getByTestId('flagged-item').allTextContents();
    expect(flagged.some((t) => /retinol/i.test(t))).toBe(true);
    expect(flagged.some((t) => /parfum|fragrance/i.test(t))).toBe(true);
    // One time per class: no treatment date yet, so so long after the treatment (7 days, 3 days).
    expect(await popup.getByTestId('group-when').allTextContents()).toEqual(['OK 7\u00a0days after your treatment', 'OK 3\u00a0days after your treatment']); // a wait never wraps between number and unit
    // Worst first: retinoid (7 days), then fragrance (3 days), each named and explained as data/classes.json words it.
    const groups = popup.getByTestId('flag-group');
    expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-class')))).toEqual(['retinoid', 'fragrance']);
    for (const id of ['retinoid', 'fragrance']) {
      const cls = CLASSES.find((c) => c.id === id);
      const text = await popup.locator(`[data-testid="flag-group"][data-class="${id}"]`).textContent();
      expect(text).toContain(cls?.label);
      expect(text).toContain(cls?.reason);
    }
    await popup.close();
  });
});

describe('a product page with a gentle list', () => {
  it('shows "suitable", and without a treatment date that it waits out the first hours after one, with the source', async () => {
    const { tabId } = await openShopPage('/p/barrier-calm-cream/1002/');
    const badge = await settledBadge(h, tabId);
    // Nothing flagged: green. Without a date nothing is waited out yet, but the tooltip says that no ordinary
    // product goes on the skin in the first 6 hours after a professional session (rubric).
    expect(badge.text).toBe('OK');
    expect(badge.color.slice(0, 3)).toEqual([0x1e, 0x6b, 0x34]);
    expect(badge.title).toBe('Suitable. OK 6\u00a0hours after your treatment');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('suitable');
    expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('first-hours');
    expect(await popup.getByTestId('verdict-reason').textContent()).toContain(
      'In the first 6\u00a0hours after a professional session, nothing but what your practitioner gave you goes on the skin.',
    );
    expect(await popup.getByTestId('first-hours-source').textContent()).toContain('Do not apply anything to the skin for 6-8 hours');
    expect(await popup.getByTestId('flagged-item').count()).toBe(0);
    await popup.close();
  });
});

describe('a page without an ingredient list', () => {
  it('shows no verdict: no badge, and the popup explains what to do', async () => {
    await recordContentMessages(h);
    const { tabId } = await openShopPage('/p/gift-card/1003/');
    // The content script has read the page and told the worker it holds no list, and sent nothing else.
    expect(await contentMessages(h, tabId, 'pageLeft')).toEqual(['pageLeft']);
    expect((await badgeOf(h, tabId)).text).toBe('');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('no-list').isVisible()).toBe(true);
    expect(await popup.getByTestId('verdict').count()).toBe(0);
    await popup.close();
  });
});

describe('after the service worker was stopped', () => {
  it('the popup still shows the analysis kept in storage.session', async () => {
    const { tabId } = await openShopPage('/p/night-renewal-retinol-serum/1001/');
    await settledBadge(h, tabId);
    await killServiceWorker(h);
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    expect((await popup.getByTestId('flagged-item').allTextContents()).join(' ')).toMatch(/retinol/i);
    await popup.close();
  });
});

describe('marks on the page', () => {
  const highlighted = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get('needle-safe-flagged') ?? [])].map((r) => r.toString()).sort();
    });

  it('underline the flagged names in the shop’s own list and leave the page’s DOM as it was', async () => {
    const { page, tabId } = await openShopPage('/p/night-renewal-retinol-serum/1001/');
    await settledBadge(h, tabId);
    await expect.poll(() => highlighted(page)).toEqual(['Linalool', 'Parfum (Fragrance)', 'Retinol']);
    // The "Key ingredients: retinol" blurb is not the list: it stays unmarked.
    expect(await page.locator('main *').count()).toBe(
      new JSDOM(readFileSync(join(ROOT, 'tests/e2e/pages/retinol-serum.html'), 'utf8')).window.document.querySelectorAll('main *').length,
    );
    expect(await page.evaluate(() => document.querySelectorAll('body > :not(main)').length)).toBe(0);
  });

  it('are taken off at the next read once the person turns them off', async () => {
    const { page, tabId } = await openShopPage('/p/night-renewal-retinol-serum/1001/');
    await expect.poll(() => highlighted(page)).toEqual(['Linalool', 'Parfum (Fragrance)', 'Retinol']);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('marks-switch').uncheck();
    await expect.poll(() => storedSetting(options, 'marksOnPage')).toBe(false);
    await options.close();
    // The shop shows another variant without reloading: a new address and a changed list, read anew.
    await page.evaluate(() => {
      const list = document.querySelector('#panel-ingredients p') as HTMLElement;
      list.textContent = `${list.textContent?.replace(/\.$/, '')}, Panthenol.`;
      history.pushState(null, '', '?variant=2');
    });
    // The marks go only when the worker's answer to the new reading arrives without any.
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual([]);
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await popup.getByTestId('list-toggle').click();
    await expect.poll(() => popup.getByTestId('list-text').inputValue(), { timeout: 10_000 }).toContain('Panthenol');
    await popup.close();
  });
});
