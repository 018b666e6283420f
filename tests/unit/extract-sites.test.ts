// @vitest-environment node
/**
 * Every shop adapter on authored fixture pages modelled on that shop's markup
 * (tests/fixtures/pages/<shop>/): (a) the list in a closed accordion or tab, (b) a kit or a
 * shade range (named components), (c) a product page without a list. Expected lists are exact.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MatchPattern } from '@webext-core/match-patterns';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { PageReading } from '../../src/extract/index.ts';
import { SHOP_MATCHES, SITE_ADAPTERS, adapterFor } from '../../src/extract/sites/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

function read(file: string, url: string): PageReading {
  return readPage(new JSDOM(readFileSync(resolve(FIXTURES, file), 'utf8'), { url }).window.document, url);
}

interface Case {
  file: string;
  url: string;
  expected: Partial<PageReading>;
}

const single = (text: string) => [{ name: null, text }];

const PRODUCTS: Case[] = [
  {
    file: 'sephora/product.html',
    url: 'https://www.sephora.com/product/calm-barrier-serum-P900001',
    expected: {
      title: 'Calm Barrier Serum',
      brand: 'Northwind Skin',
      sku: '2900011',
      variant: '1 oz/ 30 mL',
      components: single(
        'Aqua (Water), Glycerin, Niacinamide, Pentylene Glycol, Sodium Hyaluronate, Panthenol, Allantoin, Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin.',
      ),
    },
  },
  {
    file: 'ulta/product.html',
    url: 'https://www.ulta.com/p/barrier-repair-cream-pimprod2041234?sku=2612345',
    expected: {
      title: 'Barrier Repair Cream',
      brand: 'Meadow Lab',
      gtin: '0812345678901',
      sku: '2612345',
      variant: '1.7 oz',
      components: single('Water, Squalane, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Ceramide NP, Cholesterol, Tocopherol, Citric Acid, Sodium Benzoate'),
    },
  },
  {
    file: 'amazon/product.html',
    url: 'https://www.amazon.com/Meadow-Lab-Gentle-Cleanser/dp/B0ABCDE123',
    expected: {
      title: 'Meadow Lab Gentle Milk Cleanser, 8 fl oz',
      brand: 'Meadow Lab',
      sku: 'B0ABCDE123',
      variant: '8 Fl Oz (Pack of 1)',
      components: single('Aqua, Glycerin, Avena Sativa (Oat) Kernel Flour, Cetearyl Alcohol, Coco-Glucoside, Sodium Benzoate, Potassium Sorbate, Citric Acid'),
    },
  },
  {
    file: 'boots/product.html',
    url: 'https://www.boots.com/meadow-lab-hydrating-toner-200ml-10312345',
    expected: {
      title: 'Meadow Lab Hydrating Toner 200ml',
      brand: 'Meadow Lab',
      gtin: '5012345678900',
      sku: '10312345',
      components: single('Aqua (Water), Glycerin, Butylene Glycol, Panthenol, Betaine, Allantoin, Sodium PCA, Citric Acid, Sodium Benzoate, Potassium Sorbate'),
    },
  },
  {
    file: 'lookfantastic/product.html',
    url: 'https://www.lookfantastic.com/p/meadow-lab-peptide-night-cream-50ml/15012345/',
    expected: {
      title: 'Meadow Lab Peptide Night Cream 50ml',
      brand: 'Meadow Lab',
      gtin: '5060123456789',
      sku: '15012345',
      components: single(
        'Aqua/Water/Eau, Glycerin, Caprylic/Capric Triglyceride, Cetyl Alcohol, Palmitoyl Tripeptide-1, Palmitoyl Tetrapeptide-7, Dimethicone, Carbomer, Phenoxyethanol, Parfum/Fragrance, Linalool',
      ),
    },
  },
  {
    file: 'cultbeauty/product.html',
    url: 'https://www.cultbeauty.co.uk/p/lumen-field-vitamin-c-drops/13055501/',
    expected: {
      title: 'Vitamin C Drops',
      brand: 'Lumen Field',
      gtin: '5061234500011',
      sku: '13055501',
      components: single('Aqua, Ascorbic Acid, Propanediol, Glycerin, Ferulic Acid, Tocopherol, Sodium Hyaluronate, Xanthan Gum, Phenoxyethanol'),
    },
  },
  {
    file: 'yesstyle/product.html',
    url: 'https://www.yesstyle.com/en/seoul-dew-rice-water-toner-150ml/info.html/pid.1120000001',
    expected: {
      title: 'Rice Water Toner',
      brand: 'SEOUL DEW',
      sku: '1120000001',
      variant: '150ml',
      components: single('Oryza Sativa (Rice) Extract, Water, Butylene Glycol, Glycerin, Niacinamide, Panthenol, Adenosine, Allantoin, 1,2-Hexanediol'),
    },
  },
  {
    file: 'notino/product.html',
    url: 'https://www.notino.de/meadow-lab/feuchtigkeitsserum/',
    expected: {
      title: 'Feuchtigkeitsserum',
      brand: 'Meadow Lab',
      gtin: '4001234567890',
      sku: 'MDL-SER-30',
      variant: '30 ml',
      components: single('Aqua, Glycerin, Butylene Glycol, Panthenol, Betaine, Sodium PCA, Carbomer, Sodium Hydroxide, Phenoxyethanol, Parfum'),
    },
  },
  {
    file: 'douglas/product.html',
    url: 'https://www.douglas.de/de/p/1099001',
    expected: {
      title: 'Beruhigende Creme',
      brand: 'Meadow Lab',
      gtin: '4009876543210',
      variant: '50 ml',
      components: single(
        'AQUA, GLYCERIN, CAPRYLIC/CAPRIC TRIGLYCERIDE, BUTYROSPERMUM PARKII BUTTER, CETEARYL ALCOHOL, PANTHENOL, BISABOLOL, XANTHAN GUM, PHENOXYETHANOL',
      ),
    },
  },
  {
    file: 'dermstore/product.html',
    url: 'https://www.dermstore.com/p/meadow-lab-mineral-sunscreen-spf-30/11290001/',
    expected: {
      title: 'Mineral Sunscreen SPF 30',
      brand: 'Meadow Lab',
      gtin: '0850000123456',
      components: single(
        'Active Ingredients: Zinc Oxide 18.6%\nInactive Ingredients: Water, Caprylic/Capric Triglyceride, Butyloctyl Salicylate, Glycerin, Polyhydroxystearic Acid, Tocopherol, Sodium Chloride',
      ),
    },
  },
  {
    file: 'iherb/product.html',
    url: 'https://www.iherb.com/pr/meadow-lab-aloe-soothing-gel-8-fl-oz-236-ml/123456',
    expected: {
      title: 'Aloe Soothing Gel, 8 fl oz (236 ml)',
      brand: 'Meadow Lab',
      gtin: '812345000123',
      variant: '8 fl oz',
      components: single('Aloe Barbadensis Leaf Juice, Glycerin, Carbomer, Triethanolamine, Tocopheryl Acetate, Potassium Sorbate, Sodium Benzoate'),
    },
  },
  {
    file: 'target/product.html',
    url: 'https://www.target.com/p/meadow-lab-daily-face-lotion-3-fl-oz/-/A-87654321',
    expected: {
      title: 'Meadow Lab Daily Face Lotion - 3 fl oz',
      brand: 'Meadow Lab',
      gtin: '0081234567890',
      components: single('Water, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Dimethicone, Ceramide NP, Niacinamide, Phenoxyethanol, Disodium EDTA'),
    },
  },
  {
    file: 'oliveyoung/product.html',
    url: 'https://global.oliveyoung.com/product/detail?prdtNo=GA230000001',
    expected: {
      title: 'Centella Calming Cream 50ml',
      brand: 'SEOUL DEW',
      components: single('Water, Centella Asiatica Extract, Glycerin, Butylene Glycol, Madecassoside, Asiaticoside, Ceramide NP, Panthenol, Carbomer, 1,2-Hexanediol'),
    },
  },
];

const KITS: Case[] = [
  {
    file: 'sephora/kit.html',
    url: 'https://www.sephora.com/product/gloss-liner-duo-P900002',
    expected: {
      variant: 'Rosewood',
      components: [
        {
          name: 'Lip Oil',
          text: 'Polyglyceryl-2 Triisostearate, Hydrogenated Polyisobutene, Simmondsia Chinensis (Jojoba) Seed Oil, Tocopheryl Acetate, Aroma (Flavor)',
        },
        { name: 'Lip Liner', text: 'Hydrogenated Vegetable Oil, Synthetic Wax, Mica, Ethylhexyl Palmitate, Tocopherol\n+/- May Contain: CI 77491, CI 77891, CI 15850.' },
      ],
    },
  },
  {
    file: 'ulta/kit.html',
    url: 'https://www.ulta.com/p/morning-routine-set-pimprod2041299',
    expected: {
      components: [
        { name: 'Gel Cleanser', text: 'Water, Sodium Cocoyl Glutamate, Glycerin, Coco-Glucoside, Citric Acid, Sodium Benzoate' },
        { name: 'Day Lotion', text: 'Water, Glycerin, Squalane, Niacinamide, Cetyl Alcohol, Carbomer, Phenoxyethanol' },
      ],
    },
  },
  {
    file: 'amazon/kit.html',
    url: 'https://www.amazon.com/dp/B0ABCDE456',
    expected: {
      brand: 'Harbor Lane',
      components: [
        { name: 'Eye Cream', text: 'Water, Glycerin, Butyrospermum Parkii (Shea) Butter, Caffeine, Cetearyl Alcohol, Phenoxyethanol' },
        { name: 'Eye Serum', text: 'Water, Propanediol, Sodium Hyaluronate, Palmitoyl Tripeptide-1, Carbomer, Ethylhexylglycerin' },
      ],
    },
  },
  {
    file: 'boots/kit.html',
    url: 'https://www.boots.com/harbor-lane-eyeshadow-trio-10398765',
    expected: {
      variant: 'Dusk',
      components: [
        { name: 'Dusk', text: 'Mica, Talc, Dimethicone, Zinc Stearate, Caprylyl Glycol, CI 77491' },
        { name: 'Dawn', text: 'Mica, Talc, Dimethicone, Zinc Stearate, Caprylyl Glycol, CI 77891' },
      ],
    },
  },
  {
    file: 'lookfantastic/kit.html',
    url: 'https://www.lookfantastic.com/p/meadow-lab-travel-trio/15099999/',
    expected: {
      components: [
        { name: 'Cleansing Balm', text: 'Caprylic/Capric Triglyceride, Polyglyceryl-6 Laurate, Cera Alba (Beeswax), Tocopherol' },
        { name: 'Toner', text: 'Aqua, Glycerin, Lactic Acid, Sodium Lactate, Betaine, Sodium Benzoate' },
        { name: 'Night Cream', text: 'Aqua, Glycerin, Squalane, Cetearyl Alcohol, Retinyl Palmitate, Tocopherol, Phenoxyethanol' },
      ],
    },
  },
  {
    file: 'cultbeauty/kit.html',
    url: 'https://www.cultbeauty.co.uk/p/lumen-field-glow-lip-tint/13055600/',
    expected: {
      variant: 'Coral',
      components: [
        { name: 'Fig', text: 'Ricinus Communis (Castor) Seed Oil, Octyldodecanol, Silica, Tocopherol, CI 15850' },
        { name: 'Coral', text: 'Ricinus Communis (Castor) Seed Oil, Octyldodecanol, Silica, Tocopherol, CI 45410' },
      ],
    },
  },
  {
    file: 'yesstyle/kit.html',
    url: 'https://www.yesstyle.com/en/seoul-dew-cushion-set/info.html/pid.1120000002',
    expected: {
      components: [
        { name: 'Cushion', text: 'Water, Cyclopentasiloxane, Titanium Dioxide, Zinc Oxide, Glycerin, Dimethicone' },
        { name: 'Refill Cushion', text: 'Water, Cyclopentasiloxane, Titanium Dioxide, Zinc Oxide, Glycerin, Dimethicone' },
      ],
    },
  },
  {
    file: 'notino/kit.html',
    url: 'https://www.notino.de/harbor-lane/geschenkset-pflege/',
    expected: {
      components: [
        { name: 'Reinigungsgel', text: 'Aqua, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Glycerin, Sodium Chloride, Citric Acid, Parfum' },
        { name: 'Tagescreme', text: 'Aqua, Glycerin, Ethylhexyl Stearate, Cetearyl Alcohol, Dimethicone, Tocopheryl Acetate, Phenoxyethanol' },
      ],
    },
  },
  {
    file: 'douglas/kit.html',
    url: 'https://www.douglas.de/de/p/1099002',
    expected: {
      components: [
        { name: 'Nr. 01 Sand', text: 'TALC, MICA, ZINC STEARATE, DIMETHICONE, CAPRYLYL GLYCOL\n[+/- CI 77491, CI 77492, CI 77891]' },
        { name: 'Nr. 02 Stone', text: 'TALC, MICA, ZINC STEARATE, DIMETHICONE, CAPRYLYL GLYCOL\n[+/- CI 77499, CI 77891]' },
      ],
    },
  },
  {
    file: 'dermstore/kit.html',
    url: 'https://www.dermstore.com/p/meadow-lab-peel-pads-duo/11290002/',
    expected: {
      components: [
        { name: 'Step 1 Pad', text: 'Water, Glycolic Acid, Lactic Acid, Salicylic Acid, Witch Hazel Extract, Sodium Hydroxide' },
        { name: 'Step 2 Pad', text: 'Water, Glycerin, Sodium Bicarbonate, Aloe Barbadensis Leaf Juice, Allantoin' },
      ],
    },
  },
  {
    file: 'iherb/kit.html',
    url: 'https://www.iherb.com/pr/harbor-lane-cleanse-hydrate-kit/123457',
    expected: {
      components: [
        { name: 'Foaming Cleanser', text: 'Water, Decyl Glucoside, Glycerin, Sodium Lauroyl Lactylate, Citric Acid, Sodium Benzoate' },
        { name: 'Hydrating Mist', text: 'Water, Rosa Damascena Flower Water, Glycerin, Sodium Hyaluronate, Phenoxyethanol' },
      ],
    },
  },
  {
    file: 'target/kit.html',
    url: 'https://www.target.com/p/harbor-lane-lip-balm-2pk/-/A-87654322',
    expected: {
      variant: 'Vanilla & Mint',
      components: [
        { name: 'Vanilla', text: 'Ricinus Communis (Castor) Seed Oil, Cera Alba (Beeswax), Cocos Nucifera (Coconut) Oil, Vanillin, Tocopherol' },
        { name: 'Mint', text: 'Ricinus Communis (Castor) Seed Oil, Cera Alba (Beeswax), Cocos Nucifera (Coconut) Oil, Mentha Piperita (Peppermint) Oil, Tocopherol' },
      ],
    },
  },
  {
    file: 'oliveyoung/kit.html',
    url: 'https://global.oliveyoung.com/product/detail?prdtNo=GA230000002',
    expected: {
      components: [
        { name: 'Toner Pad', text: 'Water, Glycerin, Gluconolactone, Panthenol, Allantoin, Betaine' },
        { name: 'Toner Pad Refill', text: 'Water, Glycerin, Gluconolactone, Panthenol, Allantoin, Betaine' },
      ],
    },
  },
];

const NO_LIST: Case[] = [
  { file: 'sephora/no-list.html', url: 'https://www.sephora.com/product/dual-ended-sponge-P900003', expected: { title: 'Dual-Ended Sponge' } },
  { file: 'ulta/no-list.html', url: 'https://www.ulta.com/p/jade-roller-pimprod2041300', expected: { title: 'Jade Facial Roller' } },
  { file: 'amazon/no-list.html', url: 'https://www.amazon.com/gp/product/B0ABCDE789', expected: { brand: 'Harbor Lane' } },
  { file: 'boots/no-list.html', url: 'https://www.boots.com/boots-cotton-pads-10200011', expected: { title: 'Boots Cotton Pads 100s' } },
  { file: 'lookfantastic/no-list.html', url: 'https://www.lookfantastic.com/p/gift-card/15000001/', expected: { title: 'Meadow Lab Gift Card' } },
  { file: 'cultbeauty/no-list.html', url: 'https://www.cultbeauty.co.uk/p/gua-sha/13055700/', expected: { title: 'Rose Quartz Gua Sha' } },
  { file: 'yesstyle/no-list.html', url: 'https://www.yesstyle.com/en/seoul-dew-headband/info.html/pid.1120000003', expected: { title: 'Spa Headband' } },
  { file: 'notino/no-list.html', url: 'https://www.notino.de/harbor-lane/kosmetiktasche/', expected: { title: 'Kosmetiktasche' } },
  { file: 'douglas/no-list.html', url: 'https://www.douglas.de/de/p/1099003', expected: { title: 'Pinselset' } },
  { file: 'dermstore/no-list.html', url: 'https://www.dermstore.com/p/led-face-mask/11290003/', expected: { title: 'LED Face Mask' } },
  { file: 'iherb/no-list.html', url: 'https://www.iherb.com/pr/harbor-lane-bamboo-cotton-rounds/123458', expected: { brand: 'Harbor Lane' } },
  { file: 'target/no-list.html', url: 'https://www.target.com/p/harbor-lane-makeup-bag/-/A-87654323', expected: { title: 'Harbor Lane Makeup Bag' } },
  { file: 'oliveyoung/no-list.html', url: 'https://global.oliveyoung.com/product/detail?prdtNo=GA230000003', expected: { title: 'Silicone Mask Brush' } },
];

/** A listing, search or home URL of each shop: never a product page, whatever it shows. */
const LISTING_URLS: Record<string, string> = {
  sephora: 'https://www.sephora.com/shop/face-serum',
  ulta: 'https://www.ulta.com/shop/skin-care/moisturizers',
  amazon: 'https://www.amazon.com/s?k=ceramide+cream',
  boots: 'https://www.boots.com/beauty/skincare/skin-type/menopause-skincare',
  lookfantastic: 'https://www.lookfantastic.com/c/health-beauty/face/',
  cultbeauty: 'https://www.cultbeauty.co.uk/c/skin-care/',
  yesstyle: 'https://www.yesstyle.com/en/beauty-cheeks/list.html/bcc.15500_bpt.46',
  notino: 'https://www.notino.de/gesichtsseren/',
  douglas: 'https://www.douglas.de/de/c/gesicht/01',
  dermstore: 'https://www.dermstore.com/c/skin-care/',
  iherb: 'https://www.iherb.com/c/skin-care',
  target: 'https://www.target.com/c/skin-care-beauty/-/N-4tfyq',
  oliveyoung: 'https://global.oliveyoung.com/display/category?ctgrNo=1000000008',
};

describe('shop adapters on fixture pages: list in a closed accordion or tab', () => {
  it.each(PRODUCTS)('$file', ({ file, url, expected }) => {
    const reading = read(file, url);
    const shop = file.split('/')[0];
    expect(reading).toMatchObject({ isProduct: true, source: `site:${shop}`, ...expected });
    expect(reading.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('shop adapters on fixture pages: kits and shade ranges', () => {
  it.each(KITS)('$file', ({ file, url, expected }) => {
    const reading = read(file, url);
    expect(reading).toMatchObject({ isProduct: true, source: `site:${file.split('/')[0]}`, ...expected });
  });
});

describe('shop adapters on fixture pages: product without a list', () => {
  it.each(NO_LIST)('$file', ({ file, url, expected }) => {
    const reading = read(file, url);
    expect(reading).toMatchObject({ isProduct: true, components: [], confidence: 0, ...expected });
  });
});

describe('adapter registry', () => {
  it('has a fixture set and a listing URL for every adapter', () => {
    for (const adapter of SITE_ADAPTERS) {
      expect(PRODUCTS.some((c) => c.file.startsWith(`${adapter.id}/`))).toBe(true);
      expect(KITS.some((c) => c.file.startsWith(`${adapter.id}/`))).toBe(true);
      expect(NO_LIST.some((c) => c.file.startsWith(`${adapter.id}/`))).toBe(true);
      expect(LISTING_URLS[adapter.id]).toBeDefined();
    }
  });

  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter]))('%s tells product URLs from listings', (id, adapter) => {
    const productUrl = PRODUCTS.find((c) => c.file.startsWith(`${id}/`))?.url ?? '';
    expect(adapterFor(new URL(productUrl))?.id).toBe(id);
    expect(adapter.isProductUrl?.(new URL(productUrl))).toBe(true);
    expect(adapter.isProductUrl?.(new URL(LISTING_URLS[id] ?? ''))).toBe(false);
  });

  it('reads a listing of a shop as not a product, even with ingredient snippets in its tiles', () => {
    const reading = read('generic/listing-tiles.html', 'https://www.ulta.com/shop/skin-care/moisturizers');
    expect(reading).toMatchObject({ isProduct: false, components: [], source: 'site:ulta' });
  });

  it('takes the URL shape as a hint: a page with product data at another address is read', () => {
    const reading = read('ulta/product.html', 'https://www.ulta.com/shop/skin-care/moisturizers');
    expect(reading).toMatchObject({ isProduct: true, source: 'site:ulta' });
    expect(reading.components).toHaveLength(1);
  });

  it('matches subdomains and the bare domain, nothing else', () => {
    expect(adapterFor(new URL('https://m.sephora.com/product/x-P1'))?.id).toBe('sephora');
    expect(adapterFor(new URL('https://sephora.com/product/x-P1'))?.id).toBe('sephora');
    expect(adapterFor(new URL('https://notsephora.com/product/x-P1'))).toBeNull();
  });

  it("finds a shop's adapter exactly where the browser runs the content script (its match patterns)", () => {
    // SHOP_MATCHES lists the adapters' hosts in order: the pattern at i belongs to the i-th host.
    const owners = SITE_ADAPTERS.flatMap((adapter) => adapter.hosts.map((host) => ({ id: adapter.id, host })));
    const patterns = SHOP_MATCHES.map((pattern, i) => ({ id: owners[i]?.id, pattern: new MatchPattern(pattern) }));
    for (const { host } of owners) {
      const names = [host, `www.${host}`, `m.${host}`, `shop${host}`, `${host}.example.org`, host.replace(/\.[^.]+$/, '.example')];
      for (const url of names.flatMap((name) => [`https://${name}/product/x`, `http://${name}/p/1`])) {
        const matching = patterns.find(({ pattern }) => pattern.includes(url));
        expect(adapterFor(new URL(url))?.id ?? null, url).toBe(matching?.id ?? null);
      }
      expect(adapterFor(new URL(`https://www.${host}/`))).not.toBeNull();
    }
  });

  it('exports manifest match patterns for every host', () => {
    expect(SHOP_MATCHES).toContain('*://*.sephora.com/*');
    expect(SHOP_MATCHES).toContain('*://*.oliveyoung.com/*');
    expect(SHOP_MATCHES).toHaveLength(SITE_ADAPTERS.reduce((n, adapter) => n + adapter.hosts.length, 0));
    for (const pattern of SHOP_MATCHES) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z.]+\/\*$/);
  });
});

describe('product URLs with tracking parameters', () => {
  it.each([
    'https://www.lookfantastic.com/p/meadow-lab-peptide-night-cream-50ml/15012345/?utm_source=newsletter',
    'https://www.sephora.com/product/calm-barrier-serum-P900001?skuId=2612345&icid2=hero',
    'https://www.boots.com/meadow-lab-hydrating-toner-200ml-10312345?cm_mmc=email',
  ])('%s is still a product page', (url) => {
    const adapter = adapterFor(new URL(url));
    expect(adapter?.isProductUrl?.(new URL(url))).toBe(true);
  });
});
