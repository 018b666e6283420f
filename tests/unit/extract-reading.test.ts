// @vitest-environment node
/**
 * How pages are read, on authored pages (tests/fixtures/pages/reading/), each modelled on a form that
 * real shop pages take and a reader once got wrong: prose about a "complex" before the list, a set of
 * three products with headers in three styles, a list copied one paragraph per line with names broken
 * across paragraphs, sunscreen actives declared above the list, a pure oil, footnote digits and a
 * German legend, marks outside the list. Expectations are written from each page's own list (what
 * the label says), compared as the parser prints the names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage, readPageWithElement } from '../../src/extract/index.ts';
import type { PageReading } from '../../src/extract/index.ts';
import { parseInci } from '../../src/inci/parse.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../src/list/model.ts';
import { analyzeComponents } from '../../src/score/analyze.ts';
import { loadMatcher } from '../../scripts/engine.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages/reading');

function page(file: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, file), 'utf8'), { url }).window.document;
}

function read(file: string, url: string): PageReading {
  return readPage(page(file, url), url);
}

/** Each component the page gave: its name and the names the parser reads in it. */
function parsed(reading: PageReading): { name: string | null; names: string[] }[] {
  return reading.components.map((component) => ({
    name: component.name,
    names: parseInci(component.text).components.flatMap((c) => c.ingredients.map((i) => i.text)),
  }));
}

const matcher = loadMatcher();
function verdictOf(reading: PageReading) {
  return analyzeComponents(reading.components, reading.title, matcher, DEFAULT_PROFILE, DEFAULT_SETTINGS, reading.doubts);
}

describe('the whole list, not a sentence or a part of it', () => {
  it('reads the full list under a serum’s prose about its "complex" of six names', () => {
    const reading = read('complex-prose-serum.html', 'https://luminaire.example/products/renew-complex-serum');
    expect(parsed(reading)).toEqual([
      {
        name: null,
        names: [
          'Aqua',
          'Glycerin',
          'Propanediol',
          'Niacinamide',
          'Panthenol',
          'Sodium Hyaluronate',
          'Allantoin',
          'Bisabolol',
          'Squalane',
          'Carbomer',
          'Sodium Hydroxide',
          'Phenoxyethanol',
          'Parfum',
          'Linalool',
          'Coumarin',
        ],
      },
    ]);
    expect(reading.doubts).toEqual([]);
    expect(verdictOf(reading).verdict).toBe('avoid');
  });

  it('reads every product of a set, whatever style its headers take', () => {
    const reading = read('three-product-set.html', 'https://www.cultbeauty.co.uk/p/fieldnote-clear-start-set/13077701/');
    expect(parsed(reading)).toEqual([
      { name: 'Gentle Gel Cleanser', names: ['Aqua', 'Glycerin', 'Coco-Glucoside', 'Sodium Lauroyl Sarcosinate', 'Panthenol', 'Citric Acid', 'Sodium Benzoate'] },
      { name: 'Balancing Toner', names: ['Aqua', 'Butylene Glycol', 'Niacinamide', 'Zinc PCA', 'Allantoin', 'Phenoxyethanol'] },
      {
        name: 'Clear Spot Gel',
        names: ['Aqua', 'Alcohol Denat', 'Salicylic Acid', 'Propanediol', 'Hamamelis Virginiana Water', 'Menthol', 'Hydroxyethylcellulose', 'Phenoxyethanol'],
      },
    ]);
    expect(reading.doubts).toEqual([]);
    expect(verdictOf(reading).verdict).toBe('avoid');
  });

  it('joins a list copied one paragraph per line, names broken across paragraphs', () => {
    const reading = read('line-broken-list.html', 'https://petalworks.example/products/glow-tint-primer');
    expect(parsed(reading)).toEqual([
      {
        name: null,
        names: [
          'Aqua',
          'Cyclopentasiloxane',
          'Alcohol Denat',
          'Glycerin',
          'Panthenol',
          'Isoamyl Laurate',
          'Mica',
          'Dimethicone',
          'Butylene Glycol',
          'Caprylic/Capric Triglyceride',
          'Sodium Hyaluronate',
          'Tocopheryl Acetate',
          'Silica',
          'Parfum',
          'Limonene',
          'Linalool',
          'Xanthan Gum',
          'Sodium Benzoate',
          'Potassium Sorbate',
          'Titanium Dioxide (CI 77891)',
          'Iron Oxides (CI 77491)',
          'Phenoxyethanol',
        ],
      },
    ]);
    expect(verdictOf(reading).verdict).toBe('avoid');
  });

  it('keeps sunscreen actives declared above the list, as the product’s first ingredients', () => {
    const reading = read('sunscreen-actives.html', 'https://www.sephora.com/product/daily-shield-lotion-spf-30-P900301');
    expect(parsed(reading)).toEqual([
      {
        name: null,
        names: [
          'Octinoxate 7.50%',
          'Octisalate 5.00%',
          'Titanium Dioxide 5.20%',
          'Zinc Oxide 3.20%',
          'Water',
          'Cyclopentasiloxane',
          'Butylene Glycol',
          'Glycerin',
          'Dimethicone',
          'Cetyl PEG/PPG-10/1 Dimethicone',
          'Sodium Chloride',
          'Tocopheryl Acetate',
          'Disodium EDTA',
          'Phenoxyethanol',
          'Ethylhexylglycerin',
        ],
      },
    ]);
    const actives = parseInci(reading.components[0]?.text ?? '').components[0]?.ingredients.filter((i) => i.declaredActive);
    expect(actives?.map((i) => i.name)).toEqual(['Octinoxate', 'Octisalate', 'Titanium Dioxide', 'Zinc Oxide']);
    expect(verdictOf(reading).verdict).not.toBe('suitable');
  });

  it('reads a pure oil, one name under its Ingredients label, and judges it', () => {
    const reading = read('pure-oil.html', 'https://oasisbotanics.example/pure-argan-oil');
    expect(parsed(reading)).toEqual([{ name: null, names: ['Argania Spinosa Kernel Oil'] }]);
    expect(verdictOf(reading).unknownReason).not.toBe('no-list');
  });

  it('strips footnote digits glued to names and drops a German footnote legend', () => {
    const reading = read('amazon-de-footnotes.html', 'https://www.amazon.de/Kraeutergarten-Gesichtsoel/dp/B0KRAUT001');
    expect(parsed(reading)).toEqual([
      {
        name: null,
        names: [
          'Helianthus Annuus Seed Oil',
          'Simmondsia Chinensis Seed Oil',
          'Prunus Amygdalus Dulcis Oil',
          'Tocopherol',
          'Parfum',
          'Lavandula Angustifolia Oil',
          'Limonene',
          'Linalool',
          'Geraniol',
          'Cumarin',
        ],
      },
    ]);
  });
});

describe('which product the page is about', () => {
  it('reads a product page whose address does not look like one, by its product data', () => {
    const reading = read('url-hint-product.html', 'https://www.sephora.com/shop/eye-balm/soft-focus-eye-balm');
    expect(reading.isProduct).toBe(true);
    expect(parsed(reading)).toEqual([
      {
        name: null,
        names: [
          'Caprylic/Capric Triglyceride',
          'Butyrospermum Parkii (Shea) Butter',
          'Squalane',
          'Cera Alba',
          'Tocopherol',
          'Caffeine',
          'Helianthus Annuus (Sunflower) Seed Oil',
        ],
      },
    ]);
  });

  it('takes the list of the page’s own product from its page state, not a recommendation’s', () => {
    const reading = read('embedded-own-product.html', 'https://quietskin.example/p/oat-milk-cleanser/qs-1042');
    expect(reading.source).toBe('embedded');
    expect(parsed(reading)).toEqual([
      {
        name: null,
        names: ['Aqua', 'Glycerin', 'Avena Sativa (Oat) Kernel Extract', 'Coco-Glucoside', 'Cetearyl Alcohol', 'Sodium Benzoate', 'Citric Acid'],
      },
    ]);
  });
});

describe('what the reader is not sure of', () => {
  it('says a list that ends cut off may be incomplete', () => {
    const reading = read('cut-list.html', 'https://quietskin.example/barrier-milk');
    expect(reading.components).toHaveLength(1);
    expect(reading.doubts).toEqual(['partial']);
    expect(verdictOf(reading).verdict).not.toBe('suitable');
  });

  it('says when a part of a set has no list it could read', () => {
    const reading = read('kit-part-unread.html', 'https://quietskin.example/fresh-face-duo');
    expect(parsed(reading).map((c) => c.name)).toEqual(['Cloud Cleanser']);
    expect(reading.doubts).toEqual(['component-unread']);
    expect(verdictOf(reading).verdict).not.toBe('suitable');
  });

  it('says when two different lists are nearly as likely', () => {
    const reading = read('two-lists.html', 'https://quietskin.example/daily-gel-cream');
    expect(reading.components).toHaveLength(1);
    expect(reading.doubts).toEqual(['ambiguous']);
    expect(verdictOf(reading).verdict).not.toBe('suitable');
  });
});

describe('the element the list was read from', () => {
  it('is the list’s own panel, not the navigation, the title or the recommendations', () => {
    const url = 'https://www.boots.com/meadow-lab-retinol-night-cream-50ml-10399001';
    const { reading, element } = readPageWithElement(page('marks-only-in-list.html', url), url);
    expect(reading.components).toHaveLength(1);
    expect(element?.closest('#product_ingredients')).not.toBeNull();
    expect(element?.textContent).toContain('Ethylhexylglycerin');
    expect(element?.textContent).not.toContain('You may also like');
  });
});
