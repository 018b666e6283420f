// @vitest-environment node
/**
 * readPage on the real saved shop pages of ../shared/corpus/pages (third-party: read at run time,
 * never copied). No label text is written here: each page's expected list comes from an
 * independent route through the page's OWN source of truth (Sephora's `linkStore` page state,
 * YesStyle's `__NEXT_DATA__`, the Shopify store's ingredients tab found by its tab index), and is
 * compared token by token with what readPage finds through the DOM. Pinned numbers (token count
 * and SHA-256 of the normalised tokens) catch a change of both routes at once.
 * One exception, asserted below: sephora-4.html was saved before its Ingredients accordion was
 * rendered, so there readPage itself falls back to the page state (as the content script does on
 * a page still rendering) and only the pinned numbers are independent of it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { PageReading } from '../../src/extract/index.ts';

const PAGES = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const haveCorpus = existsSync(PAGES);
if (!haveCorpus) console.warn(`extract-corpus: SKIPPED, ${PAGES} is absent (CI always has it)`);

/** Label tokens: top-level commas (not "1,2-"), whitespace collapsed, the final full stop dropped. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const ch = text[index];
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

function sha256(list: string[]): string {
  return createHash('sha256').update(list.join('\n')).digest('hex');
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

function sephoraState(doc: Document): { desc: string; sku: string; title: string; brand: string } {
  const state = JSON.parse(doc.querySelector('script#linkStore')?.textContent ?? '{}');
  const product = state.page.product;
  return {
    desc: product.currentSku.ingredientDesc,
    sku: product.currentSku.skuId,
    title: product.productDetails.displayName,
    brand: product.productDetails.brand.displayName,
  };
}

interface ProductPage {
  file: string;
  url: string;
  /** The list through the page's own source of truth, not through readPage. */
  expected: (doc: Document) => string;
  count: number;
  hash: string;
  identity?: (doc: Document, reading: PageReading) => void;
}

const sephoraIdentity = (doc: Document, reading: PageReading) => {
  const state = sephoraState(doc);
  expect(reading).toMatchObject({ title: state.title, brand: state.brand, sku: state.sku, source: 'site:sephora' });
};

const sephora = (file: string, path: string, count: number, hash: string): ProductPage => ({
  file,
  url: `https://www.sephora.com/product/${path}`,
  expected: (doc) => listParagraph(sephoraState(doc).desc),
  count,
  hash,
  identity: sephoraIdentity,
});

const PRODUCT_PAGES: ProductPage[] = [
  sephora('sephora-1.html', 'dermalogica-dynamic-skin-retinol-serum-P503814', 43, '3c23c53c9b4670a2b878c15b0c8b2311dfd6ce728dc0c4e37526b19437fa4624'),
  sephora('sephora-2.html', 'goop-goopglow-flower-acids-resurfacing-toner-P483058', 20, '1a9d1a70f9161e6a15b0819007f1b3e7f728c5d2aa8e7a9fe285152db3498a61'),
  sephora('sephora-3.html', 'active-moist-P423142', 42, 'ee54d848f7d9ad9155288e24c88f1e18fc005a63a3903f181fda88d04bd248b3'),
  sephora('sephora-4.html', 'sephora-collection-overnight-hydrating-mask-P504421', 16, 'd6e9d0e52a9401345173925c77fc113f2b0f8ca540e8d16994e2a53ab6f3d395'),
  sephora('sephora-5.html', 'the-broad-spectrum-spf-50-uv-protecting-fluid-P417118', 56, '555a3306cc1a0fb08e9d5fc6cbea82ea6b33a5e074fab9aca7d6472aa2ed9535'),
  sephora('sephora-6.html', 'caudalie-vinoclean-gentle-cleansing-almond-milk-P469444', 24, 'b7f978110300b0fe08aa7373b1f2170c212320218c18eccf2a64b44bf7b7f8db'),
  {
    file: 'shopify-skincupid-kombucha-tea-essence.html',
    url: 'https://www.skincupid.co.uk/products/dr-ceuracle-vegan-kombucha-tea-essence',
    expected: (doc) => {
      const titles = [...doc.querySelectorAll('.tab-title')].map((tab) => tab.textContent?.trim());
      const index = titles.indexOf('Ingredients') + 1;
      return listParagraph(doc.querySelector(`[x-ref="tabContent${index}"] [class*="metafield"]`)?.innerHTML ?? '');
    },
    count: 23,
    hash: 'e5d9e3cfaaede3fab9273cad2cd2f5cf71c727c49a6b6b9cc720cab8e48c4d17',
    identity: (doc, reading) => {
      const meta = /var meta = (\{.*?\});\s*$/ms.exec(doc.documentElement.innerHTML)?.[1] ?? '{}';
      const product = JSON.parse(meta).product;
      expect(reading).toMatchObject({ brand: product.vendor, sku: product.variants[0].sku, source: 'shopify' });
      expect(reading.title).toBe(doc.querySelector('h1')?.textContent?.trim());
    },
  },
  {
    file: 'yesstyle-1.html',
    url: 'https://www.yesstyle.com/en/chifure-powder-cheek-770-brown-2-5g/info.html/pid.1111620594',
    expected: (doc) => String(findKey(JSON.parse(doc.querySelector('#__NEXT_DATA__')?.textContent ?? '{}'), 'majorIngredients')),
    count: 11,
    hash: 'c8c31e49ef351114806b42f5cb9b1130cb0854913551e714400a6d6a6ca54d61',
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
const parsed = new Map<string, Document>();
function load(file: string, url: string): Document {
  const doc = parsed.get(file) ?? new JSDOM(readFileSync(resolve(PAGES, file), 'utf8'), { url }).window.document;
  parsed.set(file, doc);
  return doc;
}

describe.skipIf(!haveCorpus)('readPage on real saved product pages (../shared/corpus)', () => {
  describe.each(PRODUCT_PAGES)('$file', (page) => {
    let doc: Document;
    let reading: PageReading;
    beforeAll(() => {
      doc = load(page.file, page.url);
      reading = readPage(doc, page.url);
    });

    it('is a product page with exactly one list', () => {
      expect(reading.isProduct).toBe(true);
      expect(reading.components).toHaveLength(1);
      expect(reading.confidence).toBeGreaterThanOrEqual(0.8);
    });

    it("gives the page's own list, token by token", () => {
      const expected = tokens(page.expected(doc));
      expect(expected.length).toBeGreaterThan(5);
      expect(tokens(reading.components[0]?.text ?? '')).toEqual(expected);
    });

    it('matches the pinned count and hash', () => {
      const found = tokens(reading.components[0]?.text ?? '');
      expect(found).toHaveLength(page.count);
      expect(sha256(found)).toBe(page.hash);
    });

    it('names the product', () => {
      expect(reading.title).toBeTruthy();
      expect(reading.brand).toBeTruthy();
      page.identity?.(doc, reading);
    });
  });

  it('reads the Sephora accordion from the DOM, except on the page saved before it rendered', () => {
    const rendered = PRODUCT_PAGES.filter((p) => p.file.startsWith('sephora')).map((p) => [p.file, load(p.file, p.url).getElementById('ingredients') !== null]);
    expect(Object.fromEntries(rendered)).toEqual({
      'sephora-1.html': true, 'sephora-2.html': true, 'sephora-3.html': true,
      'sephora-4.html': false, 'sephora-5.html': true, 'sephora-6.html': true,
    });
  });

  it.each(LISTING_PAGES)('$file is not a product page', ({ file, url }) => {
    const reading = readPage(load(file, url), url);
    expect(reading.isProduct).toBe(false);
    expect(reading.components).toEqual([]);
  });

  it('finds the shop from the canonical link of a page saved to disk', () => {
    const page = PRODUCT_PAGES.find((p) => p.file.startsWith('yesstyle'));
    const reading = readPage(load(page?.file ?? '', page?.url ?? ''), 'file:///tmp/saved.html');
    expect(reading.url).toBe(page?.url);
    expect(reading.source).toBe('site:yesstyle');
  });
});
