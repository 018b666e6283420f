// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { inciLikeness, looksLikeInciName, splitTopLevel } from '../../src/inci/likeness.ts';
import { LIST_THRESHOLD, pickLists } from '../../src/extract/lists.ts';
import { blockText } from '../../src/extract/text.ts';
import { LIST_LABEL } from '../../src/extract/labels.ts';

const LIST = 'Aqua (Water), Glycerin, Niacinamide, Pentylene Glycol, Sodium Hyaluronate, Panthenol, Xanthan Gum, Phenoxyethanol';

describe('inciLikeness', () => {
  it('scores a real-looking list high and prose low', () => {
    expect(inciLikeness(LIST)).toBeGreaterThan(0.9);
    expect(inciLikeness('Apply to clean skin, morning and night. Avoid the eye area, and stop if irritation occurs.')).toBeLessThan(LIST_THRESHOLD);
    expect(inciLikeness('Love the ingredients, so gentle, no fragrance, my skin never feels tight after.')).toBeLessThan(LIST_THRESHOLD);
    expect(inciLikeness('-Niacinamide: Helps even the look of skin tone.')).toBeLessThan(LIST_THRESHOLD);
  });

  it('needs several names before it calls something a list', () => {
    expect(inciLikeness('Glycerin, Squalane')).toBeLessThan(LIST_THRESHOLD);
    expect(inciLikeness('Water, Glycerin, Squalane')).toBeGreaterThanOrEqual(LIST_THRESHOLD);
  });

  it('accepts lower-case and upper-case labels alike', () => {
    expect(inciLikeness(LIST.toLowerCase())).toBeCloseTo(inciLikeness(LIST.toUpperCase()), 5);
  });
});

describe('splitTopLevel and looksLikeInciName', () => {
  it('keeps parentheses, brackets and chemical locants together', () => {
    expect(splitTopLevel('Aqua (Water, Eau), 1,2-Hexanediol, [+/- CI 77491, CI 77492]; Mica')).toEqual([
      'Aqua (Water, Eau)', '1,2-Hexanediol', '[+/- CI 77491, CI 77492]', 'Mica',
    ]);
  });

  it('tells names from prose', () => {
    expect(looksLikeInciName('Cyclopentasiloxane (and) Dimethicone Crosspolymer')).toBe(true);
    expect(looksLikeInciName('Titanium Dioxide (CI 77891).')).toBe(true);
    expect(looksLikeInciName('this is why I bought it again')).toBe(false);
    expect(looksLikeInciName('Visit https://example.com')).toBe(false);
  });
});

describe('pickLists', () => {
  it('drops key-ingredient blurbs and disclaimers around the list', () => {
    const text = `-Niacinamide: Helps even tone.\n-Panthenol: Soothes.\n\n${LIST}.\n\nPlease refer to the packaging for the most up to date list.`;
    expect(pickLists(text).components).toEqual([{ name: null, text: `${LIST}.` }]);
  });

  it('joins a list broken after a comma', () => {
    expect(pickLists('Aqua, Glycerin, Squalane,\nTocopherol, Citric Acid, Sodium Benzoate').components).toEqual([
      { name: null, text: 'Aqua, Glycerin, Squalane, Tocopherol, Citric Acid, Sodium Benzoate' },
    ]);
  });

  it('keeps drug facts together as one component', () => {
    const text = 'Active ingredients: Zinc Oxide 20%\n\nInactive ingredients: Water, Glycerin, Squalane, Tocopherol';
    expect(pickLists(text).components).toEqual([{ name: null, text: 'Active ingredients: Zinc Oxide 20%\nInactive ingredients: Water, Glycerin, Squalane, Tocopherol' }]);
  });

  it('ignores a key-ingredient pick and keeps the full list after it', () => {
    const text = 'Key ingredients:\n\nNiacinamide, Zinc PCA, Squalane\n\nIngredients:\nWater, Niacinamide, Glycerin, Zinc PCA, Squalane, Carbomer';
    expect(pickLists(text).components).toEqual([{ name: null, text: 'Water, Niacinamide, Glycerin, Zinc PCA, Squalane, Carbomer' }]);
  });

  it('returns nothing, with quality 0, for prose', () => {
    expect(pickLists('A rich cream for dry skin.\nUse it every night.')).toEqual({ components: [], quality: 0 });
  });
});

describe('blockText', () => {
  it('reads hidden text and turns blocks and <br> into lines', () => {
    const { document } = new JSDOM('<div id="p" hidden style="display:none"><p>One</p><div>Two<br>Three <b>bold</b></div><script>x()</script><button>Open</button></div>').window;
    const panel = document.getElementById('p');
    expect(panel && blockText(panel)).toBe('One\n\nTwo\nThree bold');
  });
});

describe('LIST_LABEL', () => {
  it.each(['Ingredients', 'Full ingredients:', 'Ingredient list', 'INCI', 'Ingredients (INCI):', 'Inhaltsstoffe', 'Ingrédients', 'Ingredientes', 'Ingredienti', 'Składniki:', 'Ingrediënten', 'Ingredienser', 'Composition', 'Major Ingredients', '전성분'])(
    'reads "%s" as the list label',
    (label) => expect(LIST_LABEL.test(label)).toBe(true),
  );

  it.each(['Key ingredients', 'Active Ingredients', 'Ingredients we love', 'How to use'])('does not read "%s" as the list label', (label) => {
    expect(LIST_LABEL.test(label)).toBe(false);
  });
});
