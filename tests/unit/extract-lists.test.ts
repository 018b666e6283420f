// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pickCandidate, scoreCandidate } from '../../src/extract/candidates.ts';
import type { Candidate } from '../../src/extract/types.ts';
import { LIST_THRESHOLD, readLists } from '../../src/extract/lists.ts';
import { blockText, HEADER_MARK, regionText } from '../../src/extract/text.ts';
import { inciLikeness, looksLikeInciName } from '../../src/inci/likeness.ts';
import { splitList } from '../../src/inci/split.ts';
import { LIST_LABEL } from '../../src/inci/vocabulary.ts';

const LIST = 'Aqua (Water), Glycerin, Niacinamide, Pentylene Glycol, Sodium Hyaluronate, Panthenol, Xanthan Gum, Phenoxyethanol';

/** The lists of a text as (name, text) pairs. */
function lists(text: string) {
  return readLists(text).lists.map(({ name, text: list }) => ({ name, text: list }));
}

describe('inciLikeness', () => {
  it('scores a real-looking list high and prose low', () => {
    expect(inciLikeness(LIST)).toBeGreaterThan(0.9);
    expect(inciLikeness('Apply to clean skin, morning and night. Avoid the eye area, and stop if irritation occurs.')).toBeLessThan(LIST_THRESHOLD);
    expect(inciLikeness('Love the ingredients, so gentle, no fragrance, my skin never feels tight after.')).toBeLessThan(LIST_THRESHOLD);
    expect(inciLikeness('-Niacinamide: Helps even the look of skin tone.')).toBeLessThan(LIST_THRESHOLD);
  });

  it('needs several names before it calls something a list, unless a label says so', () => {
    expect(inciLikeness('Glycerin, Squalane')).toBeLessThan(LIST_THRESHOLD);
    expect(inciLikeness('Water, Glycerin, Squalane')).toBeGreaterThanOrEqual(LIST_THRESHOLD);
    expect(inciLikeness('Argania Spinosa Kernel Oil', 1)).toBeGreaterThanOrEqual(LIST_THRESHOLD);
  });

  it('accepts lower-case and upper-case labels alike', () => {
    expect(inciLikeness(LIST.toLowerCase())).toBeCloseTo(inciLikeness(LIST.toUpperCase()), 5);
  });
});

describe('splitList and looksLikeInciName', () => {
  it('keeps brackets and chemical locants together: the one top-level splitter of src/inci', () => {
    expect(splitList('Aqua (Water, Eau), 1,2-Hexanediol, [+/- CI 77491, CI 77492]; Mica • Talc')).toEqual([
      'Aqua (Water, Eau)',
      '1,2-Hexanediol',
      '[+/- CI 77491, CI 77492]',
      'Mica',
      'Talc',
    ]);
  });

  it('tells names from prose', () => {
    expect(looksLikeInciName('Cyclopentasiloxane (and) Dimethicone Crosspolymer')).toBe(true);
    expect(looksLikeInciName('Titanium Dioxide (CI 77891).')).toBe(true);
    expect(looksLikeInciName('Hedera Helix Extract - Ivy Leaf/Stem Extract')).toBe(true);
    expect(looksLikeInciName('this is why I bought it again')).toBe(false);
    expect(looksLikeInciName('Visit https://example.com')).toBe(false);
  });
});

describe('readLists', () => {
  it('drops key-ingredient blurbs and disclaimers around the list', () => {
    const text = `-Niacinamide: Helps even tone.\n-Panthenol: Soothes.\n\n${LIST}.\n\nPlease refer to the packaging for the most up to date list.`;
    expect(lists(text)).toEqual([{ name: null, text: `${LIST}.` }]);
  });

  it('joins a list broken after a comma, inside a name, or one name per line', () => {
    expect(lists('Aqua, Glycerin, Squalane,\nTocopherol, Citric Acid, Sodium Benzoate')).toEqual([
      { name: null, text: 'Aqua, Glycerin, Squalane, Tocopherol, Citric Acid, Sodium Benzoate' },
    ]);
    expect(lists('Aqua, Glycerin, Isoamyl\n\nLaurate, Mica, Squalane\n\nPhenoxyethanol.')).toEqual([
      { name: null, text: 'Aqua, Glycerin, Isoamyl Laurate, Mica, Squalane Phenoxyethanol.' },
    ]);
    expect(lists('Water\nPropylene Glycol\nGlycerin\nAllantoin')).toEqual([{ name: null, text: 'Water, Propylene Glycol, Glycerin, Allantoin' }]);
  });

  it('cuts a run-on line (scraped or pasted text) into its bullets and its list', () => {
    const text = '-Snap Peptide: Relaxes the look of lines. -Caffeine: Depuffs. Water/Aqua/Eau, Glycerin, Caprylic/Capric Triglyceride, Squalane, Phenoxyethanol.';
    expect(lists(text)).toEqual([{ name: null, text: 'Water/Aqua/Eau, Glycerin, Caprylic/Capric Triglyceride, Squalane, Phenoxyethanol.' }]);
    expect(lists('-Avobenzone 2.2% -Octinoxate 7.5% Water, Cyclopentasiloxane, Glycerin, Tocopherol, Sodium Hyaluronate, Phenoxyethanol')).toEqual([
      { name: null, text: '-Avobenzone 2.2%\n-Octinoxate 7.5%\nWater, Cyclopentasiloxane, Glycerin, Tocopherol, Sodium Hyaluronate, Phenoxyethanol' },
    ]);
  });

  it('reads one name per bullet as a list, apart from the bullets of key ingredients', () => {
    expect(lists('• Aqua\n• Glycerin\n• Squalane\n• Tocopherol')).toEqual([{ name: null, text: 'Aqua, Glycerin, Squalane, Tocopherol' }]);
    expect(lists(`-Retinol\n-Squalane\n\n${LIST}`).at(-1)).toEqual({ name: null, text: LIST });
  });

  it('keeps drug facts and actives declared above the list with it', () => {
    const text = 'Active ingredients: Zinc Oxide 20%\n\nInactive ingredients: Water, Glycerin, Squalane, Tocopherol';
    expect(lists(text)).toEqual([{ name: null, text: 'Active ingredients: Zinc Oxide 20%\nInactive ingredients: Water, Glycerin, Squalane, Tocopherol' }]);
    const bullets = '-Avobenzone 3%, Homosalate 9%: Sun protection.\n-Shea Butter: Softens.\n\nWater, Glycerin, Squalane, Tocopherol';
    expect(lists(bullets)).toEqual([{ name: null, text: '-Avobenzone 3%, Homosalate 9%: Sun protection.\nWater, Glycerin, Squalane, Tocopherol' }]);
  });

  it('ignores a key-ingredient pick and a "free from" claim, and keeps the full list', () => {
    const text =
      'Key ingredients:\n\nNiacinamide, Zinc PCA, Squalane\n\nFree from: Parabens, Sulfates, Silicones\n\nIngredients:\nWater, Niacinamide, Glycerin, Zinc PCA, Squalane, Carbomer';
    expect(lists(text)).toEqual([{ name: null, text: 'Water, Niacinamide, Glycerin, Zinc PCA, Squalane, Carbomer' }]);
  });

  it('reads the parts of a set under their headers, and counts a part without a list', () => {
    const text = `${HEADER_MARK}Cleanser:\nAqua, Glycerin, Coco-Glucoside\n\nToner\nAqua, Niacinamide, Panthenol\n\n${HEADER_MARK}Lash Tint\nSee the packaging.`;
    expect(readLists(text)).toMatchObject({
      kit: true,
      unread: 1,
      lists: [{ name: 'Cleanser' }, { name: 'Toner' }],
    });
  });

  it('makes no set of one named list', () => {
    expect(readLists(`${HEADER_MARK}Night Cream\n${LIST}`)).toMatchObject({ kit: false, unread: 0 });
  });

  it('says a list that ends cut off is cut', () => {
    expect(readLists('Aqua, Glycerin, Squalane, Niacinamide…').lists[0]?.cut).toBe(true);
    expect(readLists(LIST).lists[0]?.cut).toBe(false);
  });

  it('finds nothing in prose', () => {
    expect(lists('A rich cream for dry skin.\nUse it every night.')).toEqual([]);
  });
});

describe('scoreCandidate and pickCandidate', () => {
  const candidate = (text: string, over: Partial<Candidate> = {}): Candidate => {
    const [list] = readLists(text).lists;
    return {
      source: 'heading',
      trust: 0.9,
      labelled: false,
      components: list ? [{ name: null, text: list.text, items: list.items, cut: list.cut }] : [],
      unread: 0,
      element: null,
      ...over,
    };
  };

  it('prefers the complete list to a shorter pick of its names', () => {
    const full = candidate(LIST);
    const pick = candidate('Niacinamide, Panthenol, Sodium Hyaluronate, Allantoin, Bisabolol, Squalane');
    expect(scoreCandidate(full)).toBeGreaterThan(scoreCandidate(pick) / 0.85);
    expect(pickCandidate([pick, full])).toMatchObject({ components: [{ text: LIST }], doubts: [] });
  });

  it('counts one name only under a label', () => {
    expect(scoreCandidate(candidate('Argania Spinosa Kernel Oil.'))).toBe(0);
    expect(scoreCandidate(candidate('Argania Spinosa Kernel Oil.', { labelled: true }))).toBeGreaterThan(0);
  });

  it('doubts a choice between two different lists that are nearly as likely', () => {
    const other = 'Aqua, Butylene Glycol, Dimethicone, Glyceryl Stearate, Cetyl Alcohol, Tocopherol, Xanthan Gum, Phenoxyethanol';
    expect(pickCandidate([candidate(LIST), candidate(other)])?.doubts).toEqual(['ambiguous']);
  });

  it('does not doubt the same list read twice', () => {
    expect(pickCandidate([candidate(LIST), candidate(LIST, { source: 'jsonld', trust: 0.8 })])?.doubts).toEqual([]);
  });
});

describe('regionText', () => {
  const region = (html: string) => {
    const { document } = new JSDOM(`<div id="p">${html}</div>`).window;
    return document.getElementById('p') as Element;
  };

  it('reads hidden text and turns blocks, <br> and typed line breaks into lines', () => {
    const panel = region('<p hidden>One</p><div>Two<br>Three <b>bold</b></div><div>Four\nFive</div><script>x()</script><button>Open</button>');
    expect(blockText(panel)).toBe('One\n\nTwo\nThree bold\n\nFour\nFive');
  });

  it('marks bold text alone on its line as a header', () => {
    expect(regionText(region('<b>Pekee Bar:</b><br>Aqua, Glycerin'))).toBe(`${HEADER_MARK}Pekee Bar:\n\nAqua, Glycerin`);
    expect(regionText(region('<p><strong>Toner</strong></p><p>Aqua</p>'))).toBe(`${HEADER_MARK}Toner\n\nAqua`);
    expect(regionText(region('<b>Step 01: <br></b>Aqua, Glycerin'))).toBe(`${HEADER_MARK}Step 01:\nAqua, Glycerin`);
    expect(regionText(region('<p>Contains <b>retinol</b> and more.</p>'))).toBe('Contains retinol and more.');
    expect(regionText(region('<p><b>Ingredients:</b> Aqua, Glycerin</p>'))).toBe('Ingredients: Aqua, Glycerin');
  });
});

describe('LIST_LABEL', () => {
  it.each([
    'Ingredients',
    'Full ingredients:',
    'Ingredient list',
    'INCI',
    'Ingredients (INCI):',
    'Inhaltsstoffe',
    'Ingrédients',
    'Ingredientes',
    'Ingredienti',
    'Składniki:',
    'Ingrediënten',
    'Ingredienser',
    'Composition',
    'Major Ingredients',
    '전성분',
  ])('reads "%s" as the list label', (label) => expect(LIST_LABEL.test(label)).toBe(true));

  it.each(['Key ingredients', 'Active Ingredients', 'Ingredients we love', 'How to use'])('does not read "%s" as the list label', (label) => {
    expect(LIST_LABEL.test(label)).toBe(false);
  });
});
