import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../src/list/model.ts';
import { analyzeComponents } from '../../src/score/analyze.ts';
import { loadMatcher } from '../../scripts/engine.ts';
import { badgeOf, contentMessages, eventually, launch, openTab, popupUrl, recordContentMessages, ROOT, type Harness } from './harness.ts';
import { settledBadge } from './look.ts';

// Shop fixture pages in the real browser: the content script finds the list on each shop's markup,
// the badge and popup agree with the same pipeline run in Node, a single-page navigation is
// followed, and an ingredient tab that renders late is still read.

const SHOPS = [
  ['sephora', 'https://www.sephora.com/product/calm-barrier-serum-P900001'],
  ['ulta', 'https://www.ulta.com/p/barrier-repair-cream-pimprod2041234?sku=2612345'],
  ['boots', 'https://www.boots.com/meadow-lab-hydrating-toner-200ml-10312345'],
  ['notino', 'https://www.notino.de/meadow-lab/feuchtigkeitsserum/'],
  ['yesstyle', 'https://www.yesstyle.com/en/seoul-dew-rice-water-toner-150ml/info.html/pid.1120000001'],
  ['lookfantastic', 'https://www.lookfantastic.com/p/meadow-lab-peptide-night-cream-50ml/15012345/'],
] as const;

/** Real saved shop pages (../shared/corpus/pages), each served at its own address (og:url). */
const CORPUS_PAGES = join(ROOT, '../shared/corpus/pages');
const REAL_PAGES = existsSync(CORPUS_PAGES)
  ? readdirSync(CORPUS_PAGES)
      .filter((f) => /^(sephora|yesstyle)-\d+\.html$/.test(f))
      .map((f) => {
        const html = readFileSync(join(CORPUS_PAGES, f), 'utf8');
        return [f, /property="og:url" content="([^"]+)"/.exec(html)?.[1] ?? '', html] as const;
      })
      .filter(([, url]) => url !== '')
  : [];

/** The badge of each verdict with no treatment date set (judged for the first day after a professional treatment). */
const BADGE_TEXT = { avoid: 'NO', caution: '!', suitable: 'OK', unknown: '?' } as const;

function fixture(shop: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures/pages', shop, 'product.html'), 'utf8');
}

/** The verdict the Node pipeline (jsdom + the same engine) gives for the page. */
function expectedInNode(html: string, url: string) {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const reading = readPage(dom.window.document, url);
  const analysis = analyzeComponents(reading.components, reading.title, loadMatcher(), DEFAULT_PROFILE, DEFAULT_SETTINGS);
  return { reading, analysis };
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
  for (const [shop, url] of SHOPS) h.serve(url, fixture(shop));
  for (const [, url, html] of REAL_PAGES) h.serve(url, html);
  h.servePage('https://www.sephora.com/product/night-renewal-serum-P900101', 'spa-shop.html');
  h.servePage('https://www.sephora.com/product/barrier-calm-cream-P900102', 'spa-shop.html');
  h.servePage('https://www.ulta.com/p/clarifying-toner-pimprod2049999', 'late-tab.html');
  // A listing whose product tiles carry ingredient snippets: still not a product page.
  h.serve('https://www.lookfantastic.com/health-beauty/face/moisturisers.list', readFileSync(join(ROOT, 'tests/fixtures/pages/generic/listing-tiles.html'), 'utf8'));
});
afterAll(() => h?.close());

describe.each(SHOPS)('a %s product page', (shop, url) => {
  it('gets the verdict the engine gives, on the badge and in the popup', async () => {
    const { reading, analysis } = expectedInNode(fixture(shop), url);
    expect(reading.source).toMatch(/^site:|jsonld|embedded|heading/);
    const { tabId } = await openTab(h, url);
    const badge = await settledBadge(h, tabId);
    expect(badge.text).toBe(BADGE_TEXT[analysis.verdict]);
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(analysis.verdict);
    expect(await popup.getByTestId('product-name').textContent()).toContain(reading.title ?? '');
    expect(await popup.getByTestId('coverage').textContent()).toContain(`${analysis.recognised} of ${analysis.total}`);
    await popup.close();
  });
});

describe.skipIf(REAL_PAGES.length === 0)('real saved shop pages (../shared/corpus; skipped when it is absent)', () => {
  it.each(REAL_PAGES.map(([file, url, html]) => ({ file, url, html })))('$file gets the verdict the engine gives', async ({ url, html }) => {
    const { reading, analysis } = expectedInNode(html, url);
    expect(reading.components.length).toBeGreaterThan(0);
    const { tabId } = await openTab(h, url);
    expect((await settledBadge(h, tabId)).text).toBe(BADGE_TEXT[analysis.verdict]);
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(analysis.verdict);
    expect(await popup.getByTestId('coverage').textContent()).toContain(`${analysis.recognised} of ${analysis.total}`);
    await popup.close();
  });
});

describe('a listing page', () => {
  it('gets no verdict and no badge, even with ingredient snippets in its tiles', async () => {
    await recordContentMessages(h);
    const { tabId } = await openTab(h, 'https://www.lookfantastic.com/health-beauty/face/moisturisers.list');
    // The content script read the page and found no product's list: it said so, and sent no list.
    expect(await contentMessages(h, tabId, 'pageLeft')).toEqual(['pageLeft']);
    expect((await badgeOf(h, tabId)).text).toBe('');
  });
});

describe('a single-page shop', () => {
  it('reads the new product after a client-side navigation', async () => {
    const { page, tabId } = await openTab(h, 'https://www.sephora.com/product/night-renewal-serum-P900101');
    expect((await settledBadge(h, tabId, 'NO')).title).toMatch(/retinol/);
    await page.click('#next');
    await page.waitForURL('**/barrier-calm-cream-P900102');
    await eventually(async () => ((await badgeOf(h, tabId)).title.includes('6\u00a0hours') ? true : undefined), 'the cream’s badge');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('product-name').textContent()).toContain('Barrier Calm Cream');
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('suitable');
    await popup.close();
  });
});

describe('an ingredient tab that renders late', () => {
  it('is read once it appears, without a click', async () => {
    const { tabId } = await openTab(h, 'https://www.ulta.com/p/clarifying-toner-pimprod2049999');
    const badge = await settledBadge(h, tabId, 'NO');
    expect(badge.title.toLowerCase()).toContain('glycolic acid');
  });
});
