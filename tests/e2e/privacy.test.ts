import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS, renderLabel } from '../ocr/labels.ts';
import { badgeOf, eventually, launch, openTab, popupUrl, storedSetting, type Harness } from './harness.ts';

// No network: over a whole session (shop page, popup, save, options, export), the extension's
// worker and pages make no request of their own. Two witnesses: the browser's request events, and
// the local server, which every host name resolves to — a request to anywhere would reach it.
// Reading pictures: a photo is read with nothing sent; a shop's picture the person chose with the
// image menu is the one request, to the shop's own image host.

const SHOP = 'https://www.lookfantastic.com';
const SERUM = `${SHOP}/p/night-renewal-retinol-serum/1001/`;

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.servePage(SERUM, 'retinol-serum.html');
});
afterAll(() => h?.close());

const extensionOrigin = () => `chrome-extension://${h.extensionId}`;
/** Requests of the extension's worker and pages to anything but its own files. */
const fromExtension = () =>
  h.requests.filter((r) => (r.from === 'service-worker' || r.from.startsWith('chrome-extension://')) && !/^(chrome-extension|data|blob):/.test(r.url));

describe('a whole session', () => {
  it('sends nothing anywhere but the pages the person opened', async () => {
    const { tabId } = await openTab(h, SERUM);
    await eventually(async () => ((await badgeOf(h, tabId)).text ? true : undefined), 'the badge');

    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save').textContent()).toMatch(/Saved/);

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(1);
    await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
    await options.getByTestId('notify-switch').check();
    // The switch is stored (what the worker reacts to) before the requests are counted.
    await expect.poll(() => storedSetting(options, 'notifications')).toBe(true);

    expect(fromExtension()).toEqual([]);
    // Nothing the server saw came from the extension (its origin or referrer would say so); the
    // page the person opened arrived as a navigation.
    expect(h.served.filter((r) => r.origin?.startsWith(extensionOrigin()) || r.referer?.startsWith(extensionOrigin()))).toEqual([]);
    expect(h.served.filter((r) => r.mode === 'navigate').map((r) => r.url)).toEqual([SERUM]);
  });

  it('reads a photo with nothing sent, and loads a chosen shop picture from the shop alone', async () => {
    const label = LABELS.find((l) => l.kind === 'flat') as (typeof LABELS)[number];
    const render = await h.context.newPage();
    const png = await renderLabel(render, label);
    await render.close();
    const requestsBefore = fromExtension().length;
    const servedBefore = h.served.length;

    // A photo pasted into the OCR page: the engine, its model and the reading stay on the device.
    const ocr = await h.context.newPage();
    await ocr.goto(`${extensionOrigin()}/ocr.html`);
    await ocr.getByTestId('ocr-file').setInputFiles({ name: 'label.png', mimeType: 'image/png', buffer: png });
    await ocr.getByTestId('ocr-text').waitFor({ timeout: 30_000 });
    await ocr.getByTestId('ocr-check').click();
    await expect.poll(() => ocr.getByTestId('verdict').getAttribute('data-verdict')).not.toBeNull();
    expect(fromExtension().slice(requestsBefore)).toEqual([]);
    const byExtension = (r: (typeof h.served)[number]) => r.origin?.startsWith(extensionOrigin()) || r.referer?.startsWith(extensionOrigin());
    expect(h.served.slice(servedBefore).filter(byExtension)).toEqual([]);
    await ocr.close();

    // A shop's picture, chosen with "Check ingredients in this image".
    const picture = 'https://images.glow-shop.example/label.png';
    h.routes.set('images.glow-shop.example/label.png', { body: png, type: 'image/png', headers: { 'access-control-allow-origin': '*' } });
    const { tabId } = await openTab(h, SERUM);
    const sw = await h.worker();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/ocr.html'));
    await sw.evaluate(
      ([id, srcUrl, pageUrl]) => {
        const chrome = (globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } } } }).chrome;
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'check-image', mediaType: 'image', srcUrl, pageUrl, editable: false }, { id, index: 0 });
      },
      [tabId, picture, SERUM] as const,
    );
    const shopOcr = await opened;
    await shopOcr.getByTestId('ocr-text').waitFor({ timeout: 30_000 });
    expect(
      fromExtension()
        .slice(requestsBefore)
        .map((r) => r.url),
    ).toEqual([picture]);
    // The image host saw that one request, with no referrer naming the page the person was on.
    const atImageHost = h.served.slice(servedBefore).filter((r) => new URL(r.url).host === 'images.glow-shop.example');
    expect(atImageHost.map((r) => [r.url, r.referer])).toEqual([[picture, undefined]]);
    expect(h.served.slice(servedBefore).filter((r) => byExtension(r) && r.url !== picture)).toEqual([]);
    await shopOcr.close();
  });
});
