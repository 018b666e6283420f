// @vitest-environment node
/**
 * readPage on pages nobody wrote by hand: fast-check builds HTML from nested accordions, labels,
 * panels (`aria-controls`, `<details>`), JSON-LD and page-state scripts (valid, random or broken),
 * `<template>`/`<noscript>` and random text (unicode, HTML-like strings), for product and listing
 * URLs of several shops; then hostile pages, built here as strings. Whatever the page, the reading
 * is total, deterministic, bounded by the page's own text, and fits the message that carries it to
 * the background (PageReadingSchema).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { PageReading } from '../../src/extract/index.ts';
import { PageReadingSchema } from '../../src/messaging/schemas.ts';

const MAX_COMPONENTS = 20;

const PRODUCT_URLS = [
  'https://www.sephora.com/product/calm-barrier-serum-P900001',
  'https://www.lookfantastic.com/p/meadow-lab-night-cream/15012345/',
  'https://www.yesstyle.com/en/seoul-dew-toner/info.html/pid.1120000001',
  'https://www.amazon.com/Meadow-Lab-Cleanser/dp/B0ABCDE123',
  'https://www.boots.com/meadow-lab-hydrating-toner-200ml-10312345',
  'https://brightside.example/products/glow-serum?variant=42',
  'https://quietskin.example/serum',
];
/** A store without an adapter: only the generic readers decide. */
const PRODUCT_URL = 'https://quietskin.example/products/serum';
const LISTING_URLS = [
  'https://www.sephora.com/shop/face-serum',
  'https://www.lookfantastic.com/c/health-beauty/face/',
  'https://www.yesstyle.com/en/beauty-cheeks/list.html/bcc.15500_bpt.46',
  'https://www.amazon.com/s?k=ceramide+cream',
  'https://www.boots.com/beauty/skincare/skin-type/menopause-skincare',
  'https://brightside.example/collections/serums',
  'https://quietskin.example/search?q=serum',
];

/** Parses a page as the CLI does, hands its document and text over, then closes the window to keep memory flat. */
function withPage<T>(html: string, url: string, use: (doc: Document, pageText: string) => T): T {
  const dom = new JSDOM(html, { url });
  try {
    return use(dom.window.document, dom.window.document.documentElement.textContent ?? '');
  } finally {
    dom.window.close();
  }
}

function nonSpace(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Every reading, whatever the page. */
function expectBounded(reading: PageReading, pageText: string): void {
  expect(v.safeParse(PageReadingSchema, reading).issues).toBeUndefined();
  expect(reading.components.length).toBeLessThanOrEqual(MAX_COMPONENTS);
  expect(reading.confidence).toBeGreaterThanOrEqual(0);
  expect(reading.confidence).toBeLessThanOrEqual(1);
  if (!reading.isProduct) expect(reading.components).toEqual([]);
  // Readers only cut, decode and re-space the page's text (its scripts included): never invent any.
  const read = reading.components.map((component) => `${component.name ?? ''}${component.text}`).join('');
  expect(nonSpace(read)).toBeLessThanOrEqual(nonSpace(pageText));
}

function readBounded(html: string, url = PRODUCT_URL): PageReading {
  return withPage(html, url, (doc, pageText) => {
    const reading = readPage(doc, url);
    expectBounded(reading, pageText);
    return reading;
  });
}

// ---- the page generator ----

const LABELS = ['Ingredients', 'Ingredients:', 'Full ingredients', 'INCI', 'Inhaltsstoffe', 'Ingrédients', '成分', 'Key ingredients:'];
const LINES = [
  'Aqua, Glycerin, Retinol, Parfum',
  'Water/Aqua/Eau, Niacinamide, Sodium Hyaluronate, Phenoxyethanol.',
  'Cleanser: Aqua, Coco-Glucoside, Glycerin, Sodium Benzoate',
  '[Refill] Aqua, Butylene Glycol, Squalane',
  '+/- May contain: CI 77491, CI 77891, Mica',
  'Active ingredients: Salicylic Acid 2%',
  'Ingredients: Aqua, Cetearyl Alcohol, Tocopherol',
  'A slow-release serum that smooths texture overnight.',
  'Add to bag',
  '£38.00',
];
const MARKUP_LIKE = ['<b>Aqua</b>, <i>Retinol</i>', '&lt;script&gt;', '&amp;', '</p></div>', '<!--', ']]>', '<br', '"}', '\u0000', '\u{1F9F4}'];
const IDS = ['p1', 'p2', 'p3', 'ingredients', 'panel-ingredients', '', 'a b', 'x"y'];
const CLASSES = ['ingredients', 'product-ingredients', 'metafield', 'productDescription_accordionControl', 'product-tile', 'shopify-section', 'tab'];

const text = fc.oneof(
  fc.constantFrom(...LABELS, ...LINES, ...MARKUP_LIKE),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.constantFrom('Aqua', 'Glycerin', 'Retinol', 'Parfum', 'Linalool', 'CI 77491'), { minLength: 2, maxLength: 12 }).map((names) => names.join(', ')),
);

function attribute(name: string, value: string): string {
  return ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

const attributes = fc
  .record(
    {
      id: fc.constantFrom(...IDS),
      'aria-controls': fc.oneof(fc.constantFrom(...IDS, 'missing', 'p1 p2'), fc.string({ maxLength: 8 })),
      'aria-labelledby': fc.constantFrom(...IDS),
      class: fc.oneof(fc.constantFrom(...CLASSES), fc.string({ maxLength: 10 })),
      hidden: fc.constant(''),
    },
    { requiredKeys: [] },
  )
  .map((attrs) =>
    Object.entries(attrs)
      .map(([name, value]) => attribute(name, value))
      .join(''),
  );

const productJsonLd = fc
  .record({ name: text, description: text, ingredients: text }, { requiredKeys: [] })
  .map((fields) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', ...fields }));

const scriptBody = fc.oneof(
  productJsonLd,
  fc.json({ maxDepth: 3 }),
  fc.json().map((json) => json.slice(0, -1)),
  text,
);
const ldJson = scriptBody.map((body) => `<script type="application/ld+json">${body}</script>`);
const pageState = text.map((list) => `<script type="application/json">${JSON.stringify({ props: { product: { ingredients: list } } })}</script>`);

const TAGS = ['div', 'section', 'details', 'summary', 'button', 'h2', 'p', 'span', 'ul', 'li', 'strong', 'template', 'noscript'];

/** The shapes shops give a labelled list: a control and the panel it names (maybe another's, maybe none), `<details>`, a heading. */
function labelled(tie: (key: string) => fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const children = fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 4 }).map((nodes) => nodes.join(''));
  const label = fc.constantFrom(...LABELS);
  return fc.oneof(
    fc
      .record({ label, controls: fc.constantFrom(...IDS), id: fc.constantFrom(...IDS), children })
      .map(
        ({ label: name, controls, id, children: inner }) =>
          `<button${attribute('aria-controls', controls)}>${name}</button><div${attribute('id', id)} hidden>${inner}</div>`,
      ),
    fc.record({ label, children }).map(({ label: name, children: inner }) => `<details><summary>${name}</summary>${inner}</details>`),
    fc.record({ label, line: fc.constantFrom(...LINES), children }).map(({ label: name, line, children: inner }) => `<h2>${name}</h2><p>${line}</p>${inner}`),
  );
}

const { node } = fc.letrec<{ node: string; element: string; labelled: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.constant('<br>'), ldJson, pageState, tie('element'), tie('labelled')),
  element: fc
    .record({ tag: fc.constantFrom(...TAGS), attrs: attributes, children: fc.array(tie('node'), { maxLength: 5 }) })
    .map(({ tag, attrs, children }) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  labelled: labelled(tie),
}));

const head = fc
  .array(
    fc.oneof(
      ldJson,
      fc.constant('<meta property="og:type" content="product">'),
      text.map((title) => `<meta property="og:title"${attribute('content', title)}>`),
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(''));

const page = fc
  .record({ head, body: fc.array(node, { maxLength: 6 }) })
  .map(({ head: headHtml, body }) => `<!doctype html><html><head>${headHtml}</head><body>${body.join('')}</body></html>`);

describe('readPage on generated pages', () => {
  it('product URLs: total, deterministic, bounded by the page text, sendable', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(...PRODUCT_URLS), (html, url) => {
        const reading = withPage(html, url, (doc, pageText) => {
          const first = readPage(doc, url);
          expectBounded(first, pageText);
          expect(readPage(doc, url)).toEqual(first);
          return first;
        });
        expect(withPage(html, url, (doc) => readPage(doc, url))).toEqual(reading);
      }),
      { numRuns: 80 },
    );
  });

  it('search, cart and collection addresses: never a product, whatever the page shows', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(...LISTING_URLS.filter((url) => /\/(?:s|search|collections\/[^/]+)(?:\?|$)/.test(url))), (html, url) => {
        const reading = readBounded(html, url);
        expect(reading.isProduct).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('other listing addresses of a shop: a product only when the page says so', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(...LISTING_URLS), (html, url) => {
        const reading = readBounded(html, url);
        // Product markup, or a list under an Ingredients label or in the shop's ingredient panel.
        if (reading.isProduct) expect(html).toMatch(/"Product"|og:type|ingredient|inci|inhaltsstoffe|ingrédients|成分|application\/json|metafield/i);
      }),
      { numRuns: 40 },
    );
  });

  it('a list under an Ingredients accordion is found, whatever follows it', () => {
    const names = fc.array(fc.constantFrom('Aqua', 'Glycerin', 'Retinol', 'Squalane', 'Tocopherol', 'Parfum', 'Linalool'), { minLength: 4, maxLength: 15 });
    fc.assert(
      fc.property(names, fc.array(node, { maxLength: 3 }), (list, noise) => {
        const listText = list.join(', ');
        const html =
          `<!doctype html><html><body><div class="accordion"><button aria-controls="zz-panel">Ingredients</button>` +
          `<div id="zz-panel" hidden><p>${listText}</p></div></div>${noise.join('')}</body></html>`;
        const reading = readBounded(html);
        expect(reading.isProduct).toBe(true);
        expect(reading.components.length).toBeGreaterThan(0);
        // Only a reader that runs before the heading reader, or another labelled list, can win over it.
        if (reading.components[0]?.text !== listText) {
          expect(noise.join('')).toMatch(/ld\+json|application\/json|shopify|ingredients|inci|inhaltsstoffe|ingrédients|成分/i);
        }
      }),
      { numRuns: 40 },
    );
  });
});

// ---- hostile pages ----

const LIST = 'Aqua, Glycerin, Retinol, Parfum';
const html = (body: string, headHtml = '') => `<!doctype html><html><head>${headHtml}</head><body>${body}</body></html>`;

describe('readPage on hostile pages', () => {
  it('5,000 sibling ingredients: one list; 5,000 named parts: the first 20', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `<span>Extract ${i}</span>`);
    const one = readBounded(html(`<h2>Ingredients</h2><div>${names.join(', ')}</div>`));
    expect(one.components).toHaveLength(1);
    expect(one.components[0]?.text.startsWith('Extract 0, Extract 1, ')).toBe(true);

    const parts = Array.from({ length: 5_000 }, (_, i) => `<p>Part ${i}: ${LIST}</p>`);
    const kit = readBounded(html(`<h2>Ingredients</h2><div>${parts.join('')}</div>`));
    expect(kit.components.map((c) => c.name)).toEqual(Array.from({ length: MAX_COMPONENTS }, (_, i) => `Part ${i}`));
  });

  it('2,000-deep nesting, around the list and around the label', () => {
    const deep = (inner: string) => `${'<div>'.repeat(2_000)}${inner}${'</div>'.repeat(2_000)}`;
    expect(readBounded(html(`<h2>Ingredients</h2>${deep(LIST)}`)).components).toEqual([{ name: null, text: LIST }]);
    expect(readBounded(html(deep(`<h2>Ingredients</h2><p>${LIST}</p>`))).components).toEqual([{ name: null, text: LIST }]);
  });

  it('a 1 MB text node: a list cut to the cap the message allows', () => {
    const reading = readBounded(html(`<h2>Ingredients</h2><p>${'Aqua, Glycerin, '.repeat(65_536)}</p>`));
    expect(reading.components).toHaveLength(1);
    expect(reading.components[0]?.text.length).toBe(200_000);
  });

  it('10,000 controls pointing at missing ids: no list, no hang', () => {
    const buttons = Array.from({ length: 10_000 }, (_, i) => `<button id="b${i}" aria-controls="missing-${i}">Ingredients</button>`);
    const reading = readBounded(html(buttons.join('')));
    expect(reading.components).toEqual([]);
  });

  it('circular aria-controls and aria-labelledby: the list inside the loop is found once', () => {
    const reading = readBounded(
      html(
        '<button id="a" aria-controls="b">Ingredients</button>' +
          '<div id="b" aria-labelledby="c" aria-controls="a"><button id="c" aria-controls="b a">Ingredients</button>' +
          `<p>${LIST}</p></div>`,
      ),
    );
    expect(reading.components).toEqual([{ name: null, text: LIST }]);
  });

  it('a 1 MB JSON-LD block: its list cut to the cap, its 2,000-character name dropped as garbage', () => {
    const product = { '@type': 'Product', name: 'N'.repeat(2_000), description: `Ingredients: ${'Aqua, Glycerin, '.repeat(65_536)}` };
    const reading = readBounded(html('<h1>Serum</h1>', `<script type="application/ld+json">${JSON.stringify(product)}</script>`));
    expect(reading).toMatchObject({ isProduct: true, source: 'jsonld', title: null });
    expect(reading.components[0]?.text.length).toBe(200_000);
  });

  it('<template> content is inert: never read', () => {
    const reading = readBounded(html(`<template><h2>Ingredients</h2><p>${LIST}</p><div class="ingredients">${LIST}</div></template>`));
    expect(reading.components).toEqual([]);
  });

  it('<noscript> content: a bounded reading (jsdom parses it as markup, a browser as text)', () => {
    const reading = readBounded(html(`<noscript><h2>Ingredients</h2><p>${LIST}</p><noscript>${LIST}</noscript></noscript>`));
    expect(reading.components.length).toBeLessThanOrEqual(1);
  });
});
