import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, eventually, launch, openTab, popupUrl, type Harness } from './harness.ts';

// No network: over a whole session (shop page, popup, save, options, export), the extension's
// worker and pages make no request of their own. Two witnesses: the browser's request events, and
// the local server, which every host name resolves to — a request to anywhere would reach it.

const SHOP = 'https://www.lookfantastic.com';
const SERUM = `${SHOP}/p/night-renewal-retinol-serum/1001/`;

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.servePage(SERUM, 'retinol-serum.html');
});
afterAll(() => h?.close());

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
    await options.waitForTimeout(500);

    const fromExtension = h.requests.filter(
      (r) => (r.from === 'service-worker' || r.from.startsWith('chrome-extension://')) && !/^(chrome-extension|data|blob):/.test(r.url),
    );
    expect(fromExtension).toEqual([]);
    // Nothing the server saw came from the extension (its origin or referrer would say so); the
    // page the person opened arrived as a navigation.
    const extensionOrigin = `chrome-extension://${h.extensionId}`;
    expect(h.served.filter((r) => r.origin?.startsWith(extensionOrigin) || r.referer?.startsWith(extensionOrigin))).toEqual([]);
    expect(h.served.filter((r) => r.mode === 'navigate').map((r) => r.url)).toEqual([SERUM]);
  });
});
