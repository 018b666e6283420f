// @vitest-environment node
/**
 * Readers after the shop adapters, on authored fixtures (tests/fixtures/pages/generic/): the
 * heading reader in several languages, key-ingredient blurbs and reviews that must lose to the
 * full list, Shopify stores, JSON-LD and embedded page state, and listings that are not products.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { PageReading } from '../../src/extract/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages/generic');

function read(file: string, url: string): PageReading {
  return readPage(new JSDOM(readFileSync(resolve(FIXTURES, file), 'utf8'), { url }).window.document, url);
}

const single = (text: string) => [{ name: null, text }];

const PRODUCTS: { file: string; url: string; expected: Partial<PageReading> }[] = [
  {
    file: 'de-inhaltsstoffe.html',
    url: 'https://www.hautwerk.example/produkte/ruhe-serum',
    expected: {
      source: 'heading',
      title: 'Ruhe-Serum 30 ml',
      brand: 'Hautwerk',
      components: single('Aqua, Glycerin, Propanediol, Panthenol, Allantoin, Bisabolol, Sodium Hyaluronate, Xanthan Gum, Sodium Benzoate, Citric Acid'),
    },
  },
  {
    file: 'fr-ingredients.html',
    url: 'https://maisoncalme.example/baume',
    expected: {
      source: 'heading',
      title: 'Baume Réparateur',
      brand: 'Maison Calme',
      components: single('Butyrospermum Parkii Butter, Helianthus Annuus Seed Oil, Cera Alba, Squalane, Tocopherol, Calendula Officinalis Flower Extract'),
    },
  },
  {
    file: 'pl-sklad.html',
    url: 'https://zielonyogrod.example/krem',
    expected: {
      source: 'heading',
      brand: 'Zielony Ogród',
      sku: 'ZO-KN-50',
      components: single('Aqua, Caprylic/Capric Triglyceride, Glycerin, Cetearyl Alcohol, Urea, Panthenol, Allantoin, Sodium Benzoate, Potassium Sorbate'),
    },
  },
  {
    file: 'it-inci-inline.html',
    url: 'https://erbedicasa.example/olio',
    expected: {
      source: 'heading',
      title: 'Olio Struccante',
      components: single('Olea Europaea Fruit Oil, Caprylic/Capric Triglyceride, Polyglyceryl-4 Oleate, Tocopherol, Rosmarinus Officinalis Leaf Extract'),
    },
  },
  {
    file: 'key-and-full.html',
    url: 'https://brightside.example/clear-day',
    expected: {
      source: 'heading',
      components: single('Water, Niacinamide, Glycerin, Squalane, Zinc PCA, Pentylene Glycol, Carbomer, Sodium Hydroxide, Phenoxyethanol, Ethylhexylglycerin'),
    },
  },
  {
    file: 'reviews.html',
    url: 'https://brightside.example/soft-cloud',
    expected: {
      source: 'heading',
      title: 'Soft Cloud Cleanser',
      components: single('Water, Glycerin, Cocamidopropyl Betaine, Sodium Cocoyl Isethionate, Avena Sativa (Oat) Kernel Extract, Citric Acid, Sodium Benzoate'),
    },
  },
  {
    file: 'shopify-store.html',
    url: 'https://littlefern.example/products/barrier-balm?variant=41000000002',
    expected: {
      source: 'shopify',
      title: 'Barrier Balm',
      brand: 'Little Fern',
      variant: '60 ml',
      sku: 'LF-BB-60',
      gtin: '5061000000028',
      components: single('Squalane, Butyrospermum Parkii (Shea) Butter, Caprylic/Capric Triglyceride, Cera Alba (Beeswax), Ceramide NP, Tocopherol'),
    },
  },
  {
    file: 'shopify-description.html',
    url: 'https://littlefern.example/products/night-oil',
    expected: {
      source: 'shopify',
      title: 'Night Oil',
      brand: 'Little Fern',
      variant: null,
      sku: 'LF-NO-30',
      gtin: null,
      components: single('Squalane, Rosa Canina Fruit Oil, Simmondsia Chinensis (Jojoba) Seed Oil, Tocopherol, Bisabolol'),
    },
  },
  {
    file: 'jsonld-only.html',
    url: 'https://quietskin.example/daily-lotion',
    expected: {
      source: 'jsonld',
      title: 'Daily Lotion',
      brand: 'Quiet Skin',
      gtin: '4260000000017',
      sku: 'QS-DL-100',
      components: single('Aqua, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Panthenol, Tocopherol, Xanthan Gum, Phenoxyethanol'),
    },
  },
  {
    file: 'embedded-state.html',
    url: 'https://quietskin.example/calm-mist',
    expected: {
      source: 'embedded',
      title: 'Calm Mist',
      components: single('Aqua, Hamamelis Virginiana Water, Glycerin, Panthenol, Allantoin, Sodium Benzoate, Citric Acid'),
    },
  },
];

describe('generic readers on fixture pages', () => {
  it.each(PRODUCTS)('$file', ({ file, url, expected }) => {
    const reading = read(file, url);
    expect(reading).toMatchObject({ isProduct: true, ...expected });
    expect(reading.confidence).toBeGreaterThan(0.5);
  });

  it('does not take reviews that talk about ingredients for a list', () => {
    const reading = read('reviews-only.html', 'https://brightside.example/dew-drops');
    expect(reading).toMatchObject({ isProduct: true, components: [], source: 'none', confidence: 0 });
  });

  it('finds the shop of a page saved to disk from its canonical link', () => {
    const html = readFileSync(resolve(FIXTURES, '../boots/product.html'), 'utf8');
    const reading = readPage(new JSDOM(html, { url: 'file:///home/me/page.html' }).window.document, 'file:///home/me/page.html');
    expect(reading).toMatchObject({ url: 'https://www.boots.com/meadow-lab-hydrating-toner-200ml-10312345', source: 'site:boots' });
  });
});

describe('pages that are not one product', () => {
  it.each([
    ['listing-itemlist.html', 'https://brightside.example/serums'],
    ['listing-tiles.html', 'https://quietskin.example/moisturisers'],
    ['shopify-store.html', 'https://littlefern.example/collections/balms'],
    ['reviews.html', 'https://brightside.example/search?q=cleanser'],
    ['reviews.html', 'https://brightside.example/'],
  ])('%s at %s', (file, url) => {
    const reading = read(file, url);
    expect(reading.isProduct).toBe(false);
    expect(reading.components).toEqual([]);
  });
});
