// @vitest-environment node
/**
 * readPage on the real saved shop pages of ../shared/corpus/pages (third-party: read at run time,
 * never copied). Each page's expected list comes from an independent route through the page's OWN
 * source of truth: Sephora's `linkStore` page state through the oracle (extract-oracle.ts), YesStyle's
 * `__NEXT_DATA__`, the Shopify store's ingredients tab found by its tab index. The table pins what
 * the oracle reads (count, first and last name), checked by eye against each description.
 * sephora-4.html was saved before its Ingredients accordion was rendered: there readPage reads the
 * page state, as the content script does on a page still rendering.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { PageReading } from '../../src/extract/index.ts';
import { oracleComponents, type OracleComponent } from './extract-oracle.ts';
import { comparableComponents, pageSummary, readingComponents, sephoraDesc, summary, tokenF1, type Expected } from './extract-corpus-helpers.ts';

const PAGES = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const haveCorpus = existsSync(PAGES);
if (!haveCorpus) console.warn(`extract-corpus: SKIPPED, ${PAGES} is absent (CI always has it)`);

/** Top-level commas of a plain list ("1,2-" and brackets hold), for the YesStyle and Shopify routes. */
function commaList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const ch = text.charAt(index);
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    const locant = /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '');
    if (ch === ',' && depth === 0 && !locant) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((token) => token.replace(/\s+/g, ' ').trim().replace(/\.$/, '')).filter(Boolean);
}

/** The paragraph of an HTML description with the most commas: the list, not the blurbs. */
function listParagraph(html: string): string {
  const text = JSDOM.fragment(`<div>${html.replace(/<br\s*\/?>/gi, '\n')}</div>`).textContent ?? '';
  const paragraphs = text.split(/\n\s*\n/);
  return paragraphs.reduce((best, p) => (p.split(',').length > best.split(',').length ? p : best), '');
}

function findKey(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  if (key in value) return (value as Record<string, unknown>)[key];
  for (const child of Object.values(value)) {
    const found = findKey(child, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

interface SephoraPage {
  page: { product: { currentSku: { skuId: string }; productDetails: { displayName: string; brand: { displayName: string } } } };
}

function sephoraState(doc: Document): { sku: string; title: string; brand: string } {
  const { product } = (JSON.parse(doc.querySelector('script#linkStore')?.textContent ?? '{}') as SephoraPage).page;
  return { sku: product.currentSku.skuId, title: product.productDetails.displayName, brand: product.productDetails.brand.displayName };
}

interface ProductPage {
  file: string;
  url: string;
  /** The list through the page's own source of truth, not through readPage. */
  expected: (doc: Document, html: string) => OracleComponent[];
  /** What that route reads: each component's name, number of names, first and last name. */
  summary: Expected;
  identity: (doc: Document, reading: PageReading) => void;
}

const sephoraIdentity = (doc: Document, reading: PageReading) => {
  expect(reading).toMatchObject({ ...sephoraState(doc), source: 'site:sephora' });
};

const SEPHORA: [string, Expected][] = [
  ['1', [[null, 44, '3.5% Retinoid Complex', 'Linalool']]],
  ['2', [[null, 20, 'Aqua/Water/Eau', 'Sodium Gluconate']]],
  ['3', [[null, 42, 'Water/Aqua/Eau', 'Limonene']]],
  ['4', [[null, 16, 'Aqua (Water)', 'Polyglutamic Acid']]],
  ['5', [[null, 56, 'Water\\Aqua\\Eau', 'Titanium Dioxide (Ci 77891)']]],
  ['6', [[null, 24, 'Aqua/Water/Eau', 'Parfum (Fragrance)']]],
];
const SEPHORA_PATHS = [
  'dermalogica-dynamic-skin-retinol-serum-P503814',
  'goop-goopglow-flower-acids-resurfacing-toner-P483058',
  'active-moist-P423142',
  'sephora-collection-overnight-hydrating-mask-P504421',
  'the-broad-spectrum-spf-50-uv-protecting-fluid-P417118',
  'caudalie-vinoclean-gentle-cleansing-almond-milk-P469444',
];

const PRODUCT_PAGES: ProductPage[] = [
  ...SEPHORA.map(([id, expected], i): ProductPage => ({
    file: `sephora-${id}.html`,
    url: `https://www.sephora.com/product/${SEPHORA_PATHS[i] ?? ''}`,
    expected: (_doc, html) => oracleComponents(sephoraDesc(html)),
    summary: expected,
    identity: sephoraIdentity,
  })),
  {
    file: 'shopify-skincupid-kombucha-tea-essence.html',
    url: 'https://www.skincupid.co.uk/products/dr-ceuracle-vegan-kombucha-tea-essence',
    expected: (doc) => {
      const titles = [...doc.querySelectorAll('.tab-title')].map((tab) => tab.textContent?.trim());
      const index = titles.indexOf('Ingredients') + 1;
      const tab = doc.querySelector(`[x-ref="tabContent${index}"] [class*="metafield"]`)?.innerHTML ?? '';
      return [{ name: null, tokens: commaList(listParagraph(tab)) }];
    },
    summary: [[null, 23, 'Camellia Sinensis Leaf Water / Aqua', 'Ethylhexylglycerin']],
    identity: (doc, reading) => {
      const meta = /var meta = (\{.*?\});\s*$/ms.exec(doc.documentElement.innerHTML)?.[1] ?? '{}';
      const { product } = JSON.parse(meta) as { product: { vendor: string; variants: { sku: string }[] } };
      expect(reading).toMatchObject({ brand: product.vendor, sku: product.variants[0]?.sku, source: 'shopify' });
      expect(reading.title).toBe(doc.querySelector('h1')?.textContent?.trim());
    },
  },
  {
    file: 'yesstyle-1.html',
    url: 'https://www.yesstyle.com/en/chifure-powder-cheek-770-brown-2-5g/info.html/pid.1111620594',
    expected: (doc) => [{ name: null, tokens: commaList(String(findKey(JSON.parse(doc.querySelector('#__NEXT_DATA__')?.textContent ?? '{}'), 'majorIngredients'))) }],
    summary: [[null, 11, 'Talc', 'tin oxide']],
    identity: (_doc, reading) => {
      expect(reading.source).toBe('site:yesstyle');
      expect(reading.sku).toBe('1111620594');
    },
  },
];

const LISTING_PAGES = [
  { file: 'boots-listing-1.html', url: 'https://www.boots.com/beauty/skincare/skin-type/menopause-skincare' },
  { file: 'yesstyle-listing-1.html', url: 'https://www.yesstyle.com/en/beauty-cheeks/list.html/bcc.15500_bpt.46' },
];

/** Each ~1 MB page is parsed once per test file. */
const parsed = new Map<string, { doc: Document; html: string }>();
function load(file: string, url: string): { doc: Document; html: string } {
  const cached = parsed.get(file);
  if (cached) return cached;
  const html = readFileSync(resolve(PAGES, file), 'utf8');
  const page = { doc: new JSDOM(html, { url }).window.document, html };
  parsed.set(file, page);
  return page;
}

const scores: { file: string; exact: boolean; f1: number }[] = [];
afterAll(() => {
  if (scores.length > 0) console.info(pageSummary('pages', scores));
});

describe.skipIf(!haveCorpus)('readPage on real saved product pages (../shared/corpus/pages)', () => {
  describe.each(PRODUCT_PAGES)('$file', (page) => {
    let doc: Document;
    let html: string;
    let reading: PageReading;
    beforeAll(() => {
      ({ doc, html } = load(page.file, page.url));
      reading = readPage(doc, page.url);
    });

    it("gives the page's own list, component by component and name by name", () => {
      const expected = page.expected(doc, html);
      expect(summary(expected)).toEqual(page.summary);
      const found = readingComponents(reading);
      const wanted = comparableComponents(expected);
      scores.push({ file: page.file, exact: JSON.stringify(found) === JSON.stringify(wanted), f1: tokenF1(found, expected) });
      expect(found).toEqual(wanted);
      expect(reading.isProduct).toBe(true);
      expect(reading.doubts).toEqual([]);
    });

    it('names the product', () => {
      expect(reading.title).toBeTruthy();
      expect(reading.brand).toBeTruthy();
      page.identity(doc, reading);
    });
  });

  it('reads the Sephora accordion from the DOM, except on the page saved before it rendered', () => {
    const rendered = PRODUCT_PAGES.filter((p) => p.file.startsWith('sephora')).map((p) => [p.file, load(p.file, p.url).doc.getElementById('ingredients') !== null]);
    expect(Object.fromEntries(rendered)).toEqual({
      'sephora-1.html': true,
      'sephora-2.html': true,
      'sephora-3.html': true,
      'sephora-4.html': false,
      'sephora-5.html': true,
      'sephora-6.html': true,
    });
  });

  it.each(LISTING_PAGES)('$file is not a product page', ({ file, url }) => {
    const reading = readPage(load(file, url).doc, url);
    expect(reading.isProduct).toBe(false);
    expect(reading.components).toEqual([]);
    scores.push({ file, exact: reading.components.length === 0, f1: reading.components.length === 0 ? 1 : 0 });
  });

  it('finds the shop from the canonical link of a page saved to disk', () => {
    const page = PRODUCT_PAGES.find((p) => p.file.startsWith('yesstyle'));
    const reading = readPage(load(page?.file ?? '', page?.url ?? '').doc, 'file:///tmp/saved.html');
    expect(reading.url).toBe(page?.url);
    expect(reading.source).toBe('site:yesstyle');
  });
});
