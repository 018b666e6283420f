import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, eventually, killServiceWorker, launch, openTab, popupUrl, requestBarrier, type Harness } from './harness.ts';

// Hostile pages and durable storage, in the real browser with the real build.

const SHOP = 'https://www.lookfantastic.com';
const EVIL = 'evil.example';

/** A product page whose text tries everything: markup in names, script text, huge names, 5,000 ingredients, deep nesting. */
function hostilePage(): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const payloads = [
    `<img src="https://${EVIL}/img" onerror="fetch('https://${EVIL}/onerror')">`,
    `<script>fetch('https://${EVIL}/script')</script>`,
    `<svg onload="fetch('https://${EVIL}/svg')">`,
    `javascript:fetch('https://${EVIL}/js')`,
    `Retinol<style>*{display:none}</style>`,
  ];
  const huge = 'Aqua'.repeat(25_000);
  const many = Array.from({ length: 5_000 }, (_, i) => `Glycerin ${i}`).join(', ');
  const names = ['Aqua', 'Parfum', ...payloads, huge, many].map(escape).join(', ');
  const nested = '<div>'.repeat(2_000) + 'deep' + '</div>'.repeat(2_000);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile Serum</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${escape(payloads[0] as string).replace(/"/g, '\\"')}"}</script>
    </head><body><h1>Hostile Serum</h1>
    <a href="javascript:fetch('https://${EVIL}/link')">Ingredients</a>
    <h2>Ingredients</h2><p>${names}</p>${nested}</body></html>`;
}

function evilRequests(h: Harness) {
  return h.requests.filter((r) => r.url.includes(EVIL));
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.serve(`${SHOP}/p/hostile-serum/666/`, hostilePage());
  for (let i = 0; i < 30; i++) h.servePage(`${SHOP}/p/barrier-calm-cream/${2000 + i}/`, 'gentle-cream.html');
});
afterAll(() => h?.close());

describe('a hostile page', () => {
  it('runs no script of its text in the page or in the popup, bounds the work and keeps the UI usable', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/p/hostile-serum/666/`);
    const badge = await eventually(async () => ((await badgeOf(h, tabId)).text ? badgeOf(h, tabId) : undefined), 'the badge', 20_000);
    expect(badge.text).toBe('NO');
    expect(badge.title.length).toBeLessThan(1_000);

    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    await expect.poll(() => popup.getByTestId('truncated').isVisible()).toBe(true);
    // The payloads are shown as text, never as elements.
    expect(await popup.locator('img[onerror], svg[onload], script:not([src]), style:not([data-svelte])').count()).toBe(0);
    await popup.getByTestId('list-toggle').press('Enter');
    await popup.getByTestId('list-text').focus();
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('list-text');
    expect(await page.evaluate(() => document.querySelectorAll('img, svg').length)).toBe(0);
    // The shop's own list is left as the page wrote it: the payloads are still plain text there.
    expect(await page.locator('h2 + p').textContent()).toContain(`<script>fetch('https://${EVIL}/script')</script>`);
    // Every request the page and the popup started so far has been seen: none went to the payloads' host.
    await requestBarrier(h, popup);
    await requestBarrier(h, page);
    expect(evilRequests(h)).toEqual([]);
    await popup.close();
  });
});

describe('messages the worker refuses', () => {
  async function send(page: import('playwright-core').Page, type: string, data: unknown) {
    return page.evaluate(
      async ([t, d]) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown; err?: { message: string } } | undefined> } } })
          .chrome;
        return api.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() });
      },
      [type, data] as const,
    );
  }

  it('refuses malformed data and the wrong sender with a clear error, and keeps working', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect((await send(page, 'getTab', { tabId: 'one' }))?.err?.message).toMatch(/invalid getTab message at tabId/);
    expect((await send(page, 'importList', { json: '{}', mode: 'everything' }))?.err?.message).toMatch(/invalid importList message at mode/);
    // A page-reading message is the content script's: an extension page may not send it.
    const reading = {
      url: 'https://x.example/',
      isProduct: true,
      title: null,
      brand: null,
      gtin: null,
      sku: null,
      variant: null,
      components: [],
      source: 'x',
      confidence: 1,
      doubts: [],
    };
    expect((await send(page, 'pageRead', reading))?.err?.message).toMatch(/may not send this message/);
    expect(await send(page, 'getTab', { tabId: 123_456 })).toEqual({ res: null });
    await page.close();
  });
});

/** Sends a protocol message from an extension page, as the popup would. */
async function saveFrom(page: import('playwright-core').Page, tabIds: number[]): Promise<(string | null)[]> {
  return page.evaluate(async (ids) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ err?: { message: string } } | undefined> } } }).chrome;
    return Promise.all(
      ids.map(async (tabId, i) => {
        try {
          const reply = await api.runtime.sendMessage({ id: 9_000 + tabId * 10 + i, type: 'saveProduct', data: { tabId }, timestamp: Date.now() });
          return reply?.err ? reply.err.message : null;
        } catch (error) {
          return String(error);
        }
      }),
    );
  }, tabIds);
}

async function savedTitles(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { url: string }[] | undefined>> } } } }).chrome;
    return ((await api.storage.local.get('savedList')).savedList ?? []).map((p) => p.url).sort();
  });
}

describe('the saved list', () => {
  const tabIds: number[] = [];
  const urls = Array.from({ length: 30 }, (_, i) => `${SHOP}/p/barrier-calm-cream/${2000 + i}/`);

  beforeAll(async () => {
    for (const url of urls) {
      const { tabId } = await openTab(h, url);
      await eventually(async () => ((await badgeOf(h, tabId)).text ? true : undefined), `the badge of ${url}`);
      tabIds.push(tabId);
    }
  });

  it('loses nothing when two tabs save 20 products interleaved', async () => {
    const [a, b] = [await h.context.newPage(), await h.context.newPage()];
    await a.goto(popupUrl(h, tabIds[0] as number));
    await b.goto(popupUrl(h, tabIds[1] as number));
    const first20 = tabIds.slice(0, 20);
    const [errorsA, errorsB] = await Promise.all([
      saveFrom(
        a,
        first20.filter((_, i) => i % 2 === 0),
      ),
      saveFrom(
        b,
        first20.filter((_, i) => i % 2 === 1),
      ),
    ]);
    expect([...errorsA, ...errorsB]).toEqual(Array(20).fill(null));
    expect(await savedTitles(a)).toEqual(urls.slice(0, 20).sort());
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps every saved product when the worker is killed in the middle of a save', async () => {
    const page = await h.context.newPage();
    await page.goto(popupUrl(h, tabIds[0] as number));
    const before = await savedTitles(page);
    const last10 = tabIds.slice(20);
    const saving = saveFrom(page, last10);
    await killServiceWorker(h).catch(() => undefined);
    const errors = await saving;
    const after = await savedTitles(page);
    // Nothing saved before is lost, nothing is doubled, and what was not saved can be saved again.
    expect(after.filter((u) => before.includes(u))).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
    expect(after.every((u) => urls.includes(u))).toBe(true);
    const retry = last10.filter((_, i) => errors[i] !== null || !after.includes(urls[20 + i] as string));
    expect(await saveFrom(page, retry)).toEqual(Array(retry.length).fill(null));
    expect(await savedTitles(page)).toEqual([...urls].sort());
    await page.close();
  });

  it('keeps the list across a browser restart on the same profile', async () => {
    const page = await h.context.newPage();
    await page.goto(popupUrl(h, tabIds[0] as number));
    const before = await savedTitles(page);
    expect(before).toHaveLength(30);
    const profileDir = h.profileDir;
    await h.close({ keepProfile: true });
    h = await launch({ profileDir });
    const reopened = await h.context.newPage();
    // An extension loaded with --load-extension is installed afresh at each launch, and the first-run
    // handler may open the options page in this very tab while it loads: either navigation shows it.
    await reopened.goto(`chrome-extension://${h.extensionId}/options.html`).catch((error: unknown) => {
      if (!(error instanceof Error && /interrupted by another navigation to "chrome-extension:\/\/[a-z]+\/options\.html"/.test(error.message))) throw error;
    });
    await reopened.waitForLoadState();
    expect(await savedTitles(reopened)).toEqual(before);
    await expect.poll(() => reopened.getByTestId('timeline-row').count()).toBe(30);
  });
});
