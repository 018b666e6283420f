import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompiledKb, loadMatcher } from '../../scripts/engine.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../src/list/model.ts';
import { nameRecall, namesIn } from '../../src/ocr/judge.ts';
import { analyzeComponents } from '../../src/score/analyze.ts';
import { LABELS, renderLabel, type LabelPicture } from '../ocr/labels.ts';
import { eventually, launch, openTab, popupUrl, ROOT, type Harness } from './harness.ts';

// Lists in pictures, read on the device in the extension's OCR page (entrypoints/ocr): a shop's
// picture chosen with "Check ingredients in this image" (the menu's click handler is called as the
// browser calls it: the native menu is out of reach headless), and a photo pasted into the page
// while the browser is offline, or into the popup of a product page without a text list. The
// expected names and verdicts come from each label's printed list.

const SHOP = 'https://glow-shop.example';
const PRODUCT = `${SHOP}/products/night-renewal-cream`;
/** A Shopify-style store: the page shows a 480 px thumbnail; the full-size file has no size suffix. */
const THUMB = `${SHOP}/cdn/shop/files/night-cream-label_480x.png?v=3`;
const FULL = `${SHOP}/cdn/shop/files/night-cream-label.png?v=3`;

const SHOTS = join(ROOT, 'test-results/screenshots');
const label = (id: string) => LABELS.find((l) => l.id === id) as LabelPicture;
const matcher = loadMatcher(loadCompiledKb());
const verdictOf = (list: string) => analyzeComponents([{ name: null, text: list }], null, matcher, DEFAULT_PROFILE, DEFAULT_SETTINGS).verdict;

let h: Harness;
const pictures = new Map<string, Buffer>();
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await launch();
  // The options page opens on install and may take over a blank tab: render once it is there.
  await eventually(async () => (h.context.pages().some((p) => p.url().endsWith('/options.html')) ? true : undefined), 'the first-run options page');
  const page = await h.context.newPage();
  for (const id of ['serif-13', 'sans-11', 'jpeg-q70', 'lip-balm-sans-14']) pictures.set(id, await renderLabel(page, label(id)));
  await page.close();
});
afterAll(() => h?.close());

const picture = (of: LabelPicture) => pictures.get(of.id) as Buffer;

/**
 * Clicks "Check ingredients in this image" on `src` in the tab, the way the browser reports the
 * click: the menu's activeTab grant lets the click's tab carry its title (the worker alone has no
 * "tabs" permission to read it).
 */
async function chooseImage(tabId: number, src: string, title: string) {
  const sw = await h.worker();
  const opened = h.context.waitForEvent('page', (p) => p.url().includes('/ocr.html'));
  await sw.evaluate(
    async ([id, srcUrl, pageUrl, tabTitle]) => {
      const chrome = (
        globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<unknown> }; contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } } } }
      ).chrome;
      const tab = { ...((await chrome.tabs.get(id)) as object), title: tabTitle };
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'check-image', mediaType: 'image', srcUrl, pageUrl, editable: false }, tab);
    },
    [tabId, src, PRODUCT, title] as const,
  );
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

const fromExtension = () =>
  h.requests.filter((r) => (r.from === 'service-worker' || r.from.startsWith('chrome-extension://')) && !/^(chrome-extension|data|blob):/.test(r.url));

describe('a shop picture chosen with the image menu', () => {
  it('loads the largest version from the shop, reads it on the device, and gives the verdict of its list', async () => {
    const cream = label('serif-13');
    const png = picture(cream);
    h.routes.set(new URL(THUMB).host + new URL(THUMB).pathname + new URL(THUMB).search, { body: png, type: 'image/png' });
    // The image server shares its pictures (CORS), as Shopify's does: no permission is needed.
    h.routes.set(new URL(FULL).host + new URL(FULL).pathname + new URL(FULL).search, { body: png, type: 'image/png', headers: { 'access-control-allow-origin': '*' } });
    h.serve(PRODUCT, `<!doctype html><title>Night Renewal Cream</title><h1>Night Renewal Cream</h1><img alt="Back label" src="${THUMB}" srcset="${THUMB} 480w">`);
    const { tabId } = await openTab(h, PRODUCT);
    const before = fromExtension().length;

    const ocr = await chooseImage(tabId, THUMB, 'Night Renewal Cream');
    await ocr.getByTestId('ocr-text').waitFor({ timeout: 30_000 });
    const text = await ocr.getByTestId('ocr-text').inputValue();
    expect(nameRecall(namesIn(cream.list), text)).toBeGreaterThanOrEqual(0.9);
    // Every name read is shown; those the knowledge base does not know stand out.
    const statuses = await ocr.getByTestId('ocr-name').evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThanOrEqual(namesIn(cream.list).length);
    expect(statuses.filter((s) => s === 'known').length).toBeGreaterThanOrEqual(20);
    await ocr.screenshot({ path: join(SHOTS, 'ocr-review.png'), fullPage: true });

    await ocr.getByTestId('ocr-check').click();
    await expect.poll(() => ocr.getByTestId('verdict').getAttribute('data-verdict')).toBe(verdictOf(cream.list));
    expect(await ocr.getByTestId('flagged-item').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Retinol/)]));
    await ocr.getByTestId('save').click();
    await expect.poll(() => ocr.getByTestId('save').textContent()).toMatch(/Saved/);
    await ocr.screenshot({ path: join(SHOTS, 'ocr-verdict.png'), fullPage: true });
    const sw = await h.worker();
    const saved = await sw.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await chrome.storage.local.get('savedList')).savedList as { url: string; source: string; title: string | null }[];
    });
    expect(saved).toEqual([expect.objectContaining({ url: PRODUCT, source: 'image', title: 'Night Renewal Cream' })]);

    // The one request: the full-size picture, from the shop's own image host.
    expect(
      fromExtension()
        .slice(before)
        .map((r) => r.url),
    ).toEqual([FULL]);
    await ocr.close();
  });

  it('asks for the image host when its server does not share the picture, and loads nothing else', async () => {
    const guarded = `${SHOP}/cdn/shop/files/guarded-label.png`;
    h.routes.set(`${new URL(guarded).host}${new URL(guarded).pathname}`, { body: picture(label('sans-11')), type: 'image/png' });
    h.serve(`${SHOP}/products/guarded`, `<!doctype html><img alt="Label" src="${guarded}">`);
    const { tabId } = await openTab(h, `${SHOP}/products/guarded`);
    const before = fromExtension().length;
    const ocr = await chooseImage(tabId, guarded, 'Guarded');
    await ocr.getByTestId('ocr-allow').waitFor();
    expect(await ocr.getByTestId('ocr-permission').textContent()).toContain('glow-shop.example');
    expect(await ocr.getByTestId('ocr-text').count()).toBe(0);
    expect(
      fromExtension()
        .slice(before)
        .map((r) => r.url),
    ).toEqual([guarded]);
    await ocr.close();
  });
});

describe('a photo pasted into the OCR page', () => {
  it('is read offline, shown with the names to check, and judged once confirmed', async () => {
    const barrier = label('jpeg-q70');
    const jpeg = picture(barrier);
    const ocr = await h.context.newPage();
    await ocr.goto(`chrome-extension://${h.extensionId}/ocr.html`);
    // The engine starts on first use: no worker until a picture is read.
    expect(ocr.workers()).toHaveLength(0);
    await h.context.setOffline(true);
    const before = fromExtension().length;
    await ocr.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const clipboard = new DataTransfer();
      clipboard.items.add(new File([bytes], 'label.jpg', { type: 'image/jpeg' }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true }));
    }, jpeg.toString('base64'));
    await ocr.getByTestId('ocr-text').waitFor({ timeout: 30_000 });
    expect(ocr.workers().length).toBeGreaterThanOrEqual(1);
    expect(nameRecall(namesIn(barrier.list), await ocr.getByTestId('ocr-text').inputValue())).toBeGreaterThanOrEqual(0.9);

    // The person corrects a misread name before the verdict: it is highlighted until then.
    await ocr.getByTestId('ocr-text').fill(`${await ocr.getByTestId('ocr-text').inputValue()}, Retinnol Xq`);
    await eventually(async () => ((await ocr.getByTestId('ocr-name').last().getAttribute('data-status')) === 'unknown' ? true : undefined), 'the unknown name');
    await ocr.getByTestId('ocr-text').fill(barrier.list);
    await ocr.getByTestId('ocr-check').click();
    await expect.poll(() => ocr.getByTestId('verdict').getAttribute('data-verdict')).toBe(verdictOf(barrier.list));
    await expect.poll(() => ocr.getByTestId('ocr-note').isVisible()).toBe(true);
    await h.context.setOffline(false);
    expect(fromExtension().slice(before)).toEqual([]);
    await ocr.close();
  });

  it('reads a turned photo once it is turned upright, and only the marked part', async () => {
    const lipBalm = label('lip-balm-sans-14');
    const ocr = await h.context.newPage();
    await ocr.goto(`chrome-extension://${h.extensionId}/ocr.html`);
    const png = picture(lipBalm);
    await ocr.getByTestId('ocr-file').setInputFiles({ name: 'label.png', mimeType: 'image/png', buffer: png });
    await ocr.getByTestId('ocr-text').waitFor({ timeout: 30_000 });
    const whole = await ocr.getByTestId('ocr-text').inputValue();
    // Turned a quarter and back: the same reading.
    await ocr.getByTestId('ocr-turn-right').click();
    await ocr.getByTestId('ocr-turn-left').click();
    await ocr.getByTestId('ocr-read').click();
    await expect.poll(() => ocr.getByTestId('ocr-text').inputValue(), { timeout: 30_000 }).toBe(whole);
    // Mark the top part (the list) only: the small print below it is not read.
    const canvas = ocr.getByTestId('ocr-canvas');
    const box = (await canvas.boundingBox()) as { x: number; y: number; width: number; height: number };
    await ocr.mouse.move(box.x + 2, box.y + 2);
    await ocr.mouse.down();
    await ocr.mouse.move(box.x + box.width - 2, box.y + box.height * 0.62, { steps: 5 });
    await ocr.mouse.up();
    await ocr.getByTestId('ocr-area').waitFor();
    await ocr.screenshot({ path: join(SHOTS, 'ocr-marked.png'), fullPage: true });
    await ocr.getByTestId('ocr-read').click();
    await expect.poll(() => ocr.getByTestId('ocr-text').inputValue(), { timeout: 30_000 }).not.toMatch(/external use/i);
    expect(whole).toMatch(/external use/i);
    expect(nameRecall(namesIn(lipBalm.list), await ocr.getByTestId('ocr-text').inputValue())).toBeGreaterThanOrEqual(0.9);
    await ocr.close();
  });
});

describe('a photo pasted into the popup of a page without a list', () => {
  it('opens the OCR page, which takes the photo out of memory storage and reads it', async () => {
    const cream = label('serif-13');
    h.servePage('https://www.lookfantastic.com/p/night-cream/2001/', 'pictures-only.html');
    const { tabId } = await openTab(h, 'https://www.lookfantastic.com/p/night-cream/2001/');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await popup.getByTestId('pictures').waitFor();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/ocr.html?pasted=1'));
    await popup.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const clipboard = new DataTransfer();
      clipboard.items.add(new File([bytes], 'label.png', { type: 'image/png' }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true }));
    }, picture(cream).toString('base64'));
    const ocr = await opened;
    await ocr.getByTestId('ocr-text').waitFor({ timeout: 30_000 });
    expect(nameRecall(namesIn(cream.list), await ocr.getByTestId('ocr-text').inputValue())).toBeGreaterThanOrEqual(0.9);
    const sw = await h.worker();
    const left = await sw.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return chrome.storage.session.get('pastedPicture');
    });
    expect(left).toEqual({});
    await ocr.close();
    await popup.close();
  });
});
