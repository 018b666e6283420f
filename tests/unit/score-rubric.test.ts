import { beforeAll, describe, expect, it } from 'vitest';
import { parseInci } from '../../src/inci/parse.ts';
import { okFromTime, scoreLabel } from '../../src/score/score.ts';
import type { Analysis, ScoreOptions, ScoredIngredient, ScoringMatcher } from '../../src/score/types.ts';
import { loadMatcher } from '../../scripts/engine.ts';

// One test (or table) per rule of ../shared/reference/verdict-rubric.md, scored against the real
// knowledge base in data/.

let matcher: ScoringMatcher;
beforeAll(() => {
  matcher = loadMatcher();
});

const PRO: ScoreOptions = { depth: 'pro', treatmentAt: null, avoidList: [] };
const GENTLE = 'Aqua, Glycerin, Squalane, Cetearyl Alcohol, Panthenol, Sodium Hyaluronate, Allantoin, Phenoxyethanol';

function score(text: string, options: Partial<ScoreOptions> = {}): Analysis {
  return scoreLabel(parseInci(text), matcher, { ...PRO, ...options });
}

function ingredient(analysis: Analysis, name: RegExp): ScoredIngredient {
  const found = analysis.components.flatMap((c) => c.ingredients).find((i) => name.test(i.text));
  if (!found) throw new Error(`no ingredient ${name}`);
  return found;
}

describe('product verdicts', () => {
  it.each([
    ['retinoid', 'Retinol', 168, 72],
    ['retinoid', 'Retinyl Palmitate', 168, 72],
    ['retinoid', 'Hydroxypinacolone Retinoate', 168, 72],
    ['retinoid-rx', 'Tretinoin', 336, 168],
    ['retinoid-rx', 'Adapalene', 336, 168],
    ['exfoliating-acid', 'Glycolic Acid', 168, 72],
    ['exfoliating-acid', 'Salicylic Acid', 168, 72],
    ['exfoliating-acid', 'Gluconolactone', 168, 72],
    ['exfoliating-acid', 'Azelaic Acid', 168, 72],
    ['benzoyl-peroxide', 'Benzoyl Peroxide', 168, 72],
    ['vitamin-c-pure', 'Ascorbic Acid', 72, 48],
    ['fragrance', 'Parfum', 72, 48],
    ['fragrance', 'Linalool', 72, 48],
    ['fragrance', 'Lavandula Angustifolia Oil', 72, 48],
    ['fragrance', 'Citrus Aurantium Bergamia Peel Oil', 72, 48],
    ['astringent-cooling', 'Hamamelis Virginiana Water', 72, 48],
    ['physical-exfoliant', 'Juglans Regia Shell Powder', 168, 72],
    ['bleaching-agent', 'Hydroquinone', 168, 72],
    ['self-tanner', 'Dihydroxyacetone', 168, 72],
    ['chemical-uv-filter', 'Butyl Methoxydibenzoylmethane', 48, 24],
    ['chemical-uv-filter', 'Octocrylene', 48, 24],
    ['makeup-pigment', 'CI 77491', 24, 12],
    ['depilatory', 'Potassium Thioglycolate', 168, 72],
    ['enzyme-exfoliant', 'Papain', 120, 48],
  ])('an AVOID ingredient of class %s (%s) makes the product "avoid" for its window', (cls, name, pro, home) => {
    const label = `Aqua, ${name}, Glycerin, Squalane, Panthenol, Phenoxyethanol`;
    const professional = score(label);
    expect(professional.verdict).toBe('avoid');
    expect(ingredient(professional, new RegExp(`^${name}$`, 'i')).classes).toContain(cls);
    expect(professional.okAfterHours).toBe(pro);
    expect(score(label, { depth: 'home' }).okAfterHours).toBe(home);
  });

  it.each([
    ['niacinamide', 'Niacinamide', 48],
    ['vitamin-c-derivative', 'Sodium Ascorbyl Phosphate', 72],
    ['vitamin-c-derivative', 'Tetrahexyldecyl Ascorbate', 72],
    ['copper-peptide', 'Copper Tripeptide-1', 72],
    ['bakuchiol', 'Bakuchiol', 72],
    ['brightening-active', 'Alpha-Arbutin', 72],
    ['brightening-active', 'Tranexamic Acid', 72],
    ['ferulic-acid', 'Ferulic Acid', 48],
    ['sensitising-preservative', 'Methylisothiazolinone', 72],
    ['sensitising-preservative', 'DMDM Hydantoin', 72],
    ['arnica', 'Arnica Montana Flower Extract', 72],
  ])('a CAUTION ingredient of class %s (%s) with no AVOID one makes it "caution"', (cls, name, pro) => {
    const analysis = score(`Aqua, Glycerin, ${name}, Squalane, Panthenol, Phenoxyethanol`);
    expect(analysis.verdict).toBe('caution');
    expect(ingredient(analysis, new RegExp(`^${name}$`, 'i')).classes).toContain(cls);
    expect(analysis.okAfterHours).toBe(pro);
  });

  it('is "suitable" when nothing is flagged and nearly every ingredient is recognised, after the first hours', () => {
    const analysis = score(GENTLE);
    expect(analysis.verdict).toBe('suitable');
    expect(analysis.coverage).toBe(1);
    // Rubric, last section: no ordinary product in the first 6 hours after a professional session; at home 0 h.
    expect(analysis.okAfterHours).toBe(6);
    expect(score(GENTLE, { depth: 'home' }).okAfterHours).toBe(0);
  });

  it('is "unknown" with reason no-list when no ingredient could be read', () => {
    const analysis = score('');
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.unknownReason).toBe('no-list');
  });

  it('is "unknown" with reason low-coverage when too much is unrecognised to call it suitable', () => {
    const analysis = score('Aqua, Glycerin, Zorblax Complex, Quenterine Gloss, Vimpelorium Blend');
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.unknownReason).toBe('low-coverage');
    expect(analysis.recognised).toBe(2);
    expect(analysis.total).toBe(5);
  });

  it('lets an AVOID hit decide even when other ingredients are unrecognised', () => {
    const analysis = score('Zorblax Complex, Quenterine Gloss, Retinol');
    expect(analysis.verdict).toBe('avoid');
    expect(analysis.coverage).toBeCloseTo(1 / 3);
  });

  it('shows beneficial ingredients as such without changing an avoid', () => {
    const analysis = score('Aqua, Sodium Hyaluronate, Panthenol, Retinol');
    expect(analysis.verdict).toBe('avoid');
    expect(ingredient(analysis, /Sodium Hyaluronate/).effect).toBe('beneficial');
    expect(ingredient(analysis, /Panthenol/).effect).toBe('beneficial');
  });
});

describe('"OK from" = treatment time + the largest window', () => {
  it('adds the largest window of the flagged ingredients to the treatment time', () => {
    const analysis = score('Aqua, Retinol, Parfum, Niacinamide', { treatmentAt: '2026-11-24T14:00:00.000Z' });
    expect(analysis.okAfterHours).toBe(168);
    expect(analysis.okFrom).toBe('2026-12-01T14:00:00.000Z');
  });

  it('has no date without a treatment time, but keeps the window', () => {
    const analysis = score('Aqua, Retinol');
    expect(analysis.okFrom).toBeNull();
    expect(analysis.okAfterHours).toBe(168);
  });

  it('computes the date for any window and refuses unreadable times', () => {
    expect(okFromTime('2026-11-24T14:00:00Z', 48)).toBe('2026-11-26T14:00:00.000Z');
    expect(okFromTime('not a date', 48)).toBeNull();
  });
});

describe('position rules', () => {
  const long = (acid: string, at: 'early' | 'late') => {
    const filler = ['Glycerin', 'Squalane', 'Caprylyl Glycol', 'Panthenol', 'Allantoin', 'Xanthan Gum', 'Phenoxyethanol', 'Sodium Hyaluronate', 'Tocopherol'];
    return at === 'early' ? ['Aqua', acid, ...filler].join(', ') : ['Aqua', ...filler, acid].join(', ');
  };

  it.each(['Citric Acid', 'Lactic Acid'])('%s in the last third, alone, is a pH adjuster: neutral, never a warning', (acid) => {
    const analysis = score(long(acid, 'late'));
    const found = ingredient(analysis, new RegExp(acid));
    expect(found.effect).toBe('neutral');
    expect(found.notes).toContain('ph-adjuster');
    expect(analysis.verdict).toBe('suitable');
  });

  it.each(['Citric Acid', 'Lactic Acid'])('%s early in the list is an exfoliating acid', (acid) => {
    expect(score(long(acid, 'early')).verdict).toBe('avoid');
  });

  it('citric acid late beside another exfoliating acid stays an acid', () => {
    const analysis = score(`Aqua, Glycolic Acid, ${long('Citric Acid', 'late').slice(6)}`);
    expect(ingredient(analysis, /Citric Acid/).effect).toBe('avoid');
  });

  it('citric acid late in a product that claims to exfoliate stays an acid', () => {
    const analysis = score(long('Citric Acid', 'late'), { productName: 'Radiance Exfoliating Toner' });
    expect(ingredient(analysis, /Citric Acid/).effect).toBe('avoid');
  });

  it('a drying alcohol in the first half is avoid; in the second half it is caution (alcohol-late)', () => {
    const early = score('Alcohol Denat., Aqua, Glycerin, Squalane, Panthenol, Allantoin');
    expect(ingredient(early, /Alcohol Denat/).effect).toBe('avoid');
    expect(early.okAfterHours).toBe(72);
    const late = score('Aqua, Glycerin, Squalane, Panthenol, Allantoin, Alcohol');
    const alcohol = ingredient(late, /^Alcohol$/);
    expect(alcohol.effect).toBe('caution');
    expect(alcohol.classes).toEqual(['alcohol-late']);
    expect(late.okAfterHours).toBe(48);
  });

  it('fatty alcohols are never drying', () => {
    const analysis = score('Cetyl Alcohol, Stearyl Alcohol, Cetearyl Alcohol, Behenyl Alcohol, Aqua, Glycerin');
    expect(analysis.verdict).toBe('suitable');
  });
});

describe('exceptions and look-alikes', () => {
  it('benzyl alcohol alone is a preservative: caution', () => {
    const analysis = score('Aqua, Glycerin, Squalane, Panthenol, Benzyl Alcohol');
    const benzyl = ingredient(analysis, /Benzyl Alcohol/);
    expect(benzyl.classes).toEqual(['benzyl-alcohol-preservative']);
    expect(benzyl.effect).toBe('caution');
    expect(analysis.verdict).toBe('caution');
    expect(analysis.okAfterHours).toBe(48);
  });

  it('benzyl alcohol with another fragrance sign counts as fragrance', () => {
    const analysis = score('Aqua, Glycerin, Benzyl Alcohol, Parfum, Limonene');
    expect(ingredient(analysis, /Benzyl Alcohol/).effect).toBe('avoid');
  });

  it('"BHA" alone on a label is butylated hydroxyanisole, an antioxidant, not salicylic acid', () => {
    const analysis = score('Aqua, Glycerin, Squalane, Panthenol, BHA');
    const bha = ingredient(analysis, /^BHA$/);
    expect(bha.classes).not.toContain('exfoliating-acid');
    expect(bha.effect).toBe('neutral');
  });

  it.each(['Hyaluronic Acid', 'Stearic Acid', 'Linoleic Acid', 'Polyglutamic Acid'])('%s is not an exfoliating acid', (name) => {
    expect(ingredient(score(`Aqua, ${name}, Glycerin`), new RegExp(name)).effect).not.toBe('avoid');
  });

  it('kojic acid and ferulic acid are caution, not exfoliating acids', () => {
    expect(ingredient(score('Aqua, Kojic Acid, Glycerin'), /Kojic/).effect).toBe('caution');
    expect(ingredient(score('Aqua, Ferulic Acid, Glycerin'), /Ferulic/).effect).toBe('caution');
  });

  it('zinc oxide and titanium dioxide are mineral filters (from 24 h: caution), iron oxides are makeup', () => {
    const mineral = score('Aqua, Zinc Oxide, Titanium Dioxide, Glycerin, Squalane');
    expect(mineral.verdict).toBe('caution');
    expect(mineral.okAfterHours).toBe(24);
    expect(ingredient(mineral, /Zinc Oxide/).classes).toEqual(['mineral-uv-filter']);
    const tinted = score('Aqua, Zinc Oxide, Glycerin, Iron Oxides (CI 77492)');
    expect(tinted.verdict).toBe('avoid');
    expect(tinted.okAfterHours).toBe(24);
  });

  it('colourants after "+/- May contain" are still judged as makeup pigments', () => {
    const analysis = score('Mica, Dimethicone, Silica. +/- May Contain: CI 77491, CI 77499');
    const pigment = ingredient(analysis, /CI 77499/);
    expect(pigment.mayContain).toBe(true);
    expect(pigment.classes).toContain('makeup-pigment');
  });

  it('sugar is a physical exfoliant in a scrub, and neutral elsewhere', () => {
    expect(score('Sucrose, Glycerin, Aqua, Squalane', { productName: 'Lip Sugar Scrub' }).verdict).toBe('avoid');
    expect(score('Aqua, Glycerin, Sucrose, Squalane', { productName: 'Hydrating Serum' }).verdict).toBe('suitable');
  });
});

describe('rinse-off products', () => {
  it('keep their verdict class but their windows halve, never below 24 h', () => {
    const leaveOn = score('Aqua, Salicylic Acid, Glycerin', { productName: 'Clarifying Serum' });
    const rinseOff = score('Aqua, Salicylic Acid, Glycerin', { productName: 'Clarifying Gel Cleanser' });
    expect(leaveOn.okAfterHours).toBe(168);
    expect(rinseOff.verdict).toBe('avoid');
    expect(rinseOff.rinseOff).toBe(true);
    expect(rinseOff.okAfterHours).toBe(84);
    expect(ingredient(rinseOff, /Salicylic/).notes).toContain('rinse-off');
    const shortWindow = score('Aqua, Octocrylene, Glycerin', { productName: 'Face Wash', depth: 'home' });
    expect(shortWindow.okAfterHours).toBe(24);
  });

  it('never become suitable because of this rule alone', () => {
    expect(score('Aqua, Parfum, Glycerin', { productName: 'Foaming Face Wash' }).verdict).toBe('avoid');
  });

  // Rubric, decisions after the first release: rinse-off is judged per component from what the component is,
  // never from the name of a set; a set's leave-on members keep their full windows.
  const kit = 'Cleanser: Aqua, Parfum, Sodium Laureth Sulfate, Glycerin\nSerum: Aqua, Glycerin, Lavandula Angustifolia Oil, Citrus Limon Peel Oil, Squalane';

  it('a set named for cleansing halves only its cleanser; its leave-on serum keeps the full window', () => {
    const analysis = score(kit, { productName: 'Glow Cleansing & Moisturizing Set' });
    const [cleanser, serum] = analysis.components;
    expect(cleanser).toMatchObject({ name: 'Cleanser', rinseOff: true, okAfterHours: 36 });
    expect(ingredient(analysis, /Parfum/).notes).toContain('rinse-off');
    expect(serum).toMatchObject({ name: 'Serum', rinseOff: false, okAfterHours: 72 });
    expect(ingredient(analysis, /Lavandula/).notes).not.toContain('rinse-off');
    expect(analysis.rinseOff).toBe(false);
    expect(analysis.okAfterHours).toBe(72);
  });

  it('a single unnamed list sold as a set is not shortened by the set name', () => {
    const analysis = score('Aqua, Salicylic Acid, Glycerin', { productName: 'Clear Skin Cleansing Kit' });
    expect(analysis.rinseOff).toBe(false);
    expect(analysis.okAfterHours).toBe(168);
  });
});

describe('names glued without a comma', () => {
  it.each([
    ['Cellulose Gum Gluconolactone', ['Cellulose Gum', 'Gluconolactone'], 'avoid'],
    ['Linalool Limonene', ['Linalool', 'Limonene'], 'avoid'],
    ['Water Glycerin', ['Water', 'Glycerin'], 'suitable'],
  ])('reads %s as the known names it is made of, and shows each', (glued, parts, verdict) => {
    const analysis = score(`Aqua, ${glued}, Squalane, Panthenol, Allantoin, Sodium Hyaluronate, Phenoxyethanol`);
    const texts = analysis.components[0]?.ingredients.map((i) => i.text);
    expect(texts).toEqual(['Aqua', ...parts, 'Squalane', 'Panthenol', 'Allantoin', 'Sodium Hyaluronate', 'Phenoxyethanol']);
    expect(analysis.components[0]?.ingredients.map((i) => i.position)).toEqual(texts?.map((_, i) => i));
    expect(analysis.verdict).toBe(verdict);
  });

  it('keeps a real name that a family reads whole (PEG-8 Beeswax is one ingredient)', () => {
    const analysis = score('Aqua, PEG-8 Beeswax, Glycerin');
    expect(analysis.components[0]?.ingredients.map((i) => i.text)).toEqual(['Aqua', 'PEG-8 Beeswax', 'Glycerin']);
  });
});

describe('kits', () => {
  it('are judged per component and as a whole', () => {
    const analysis = score(`Cleanser: ${GENTLE}\nSerum: Aqua, Retinol, Glycerin, Squalane`);
    expect(analysis.components).toHaveLength(2);
    expect(analysis.components.map((c) => c.verdict)).toEqual(['suitable', 'avoid']);
    expect(analysis.components.map((c) => c.name)).toEqual(['Cleanser', 'Serum']);
    expect(analysis.verdict).toBe('avoid');
    expect(analysis.okAfterHours).toBe(168);
  });
});

describe("the person's own avoid list", () => {
  it('makes each hit "avoid", "on your list", with no date', () => {
    const analysis = score(GENTLE, { avoidList: ['panthenol'], treatmentAt: '2026-11-24T14:00:00Z' });
    const hit = ingredient(analysis, /Panthenol/);
    expect(hit.effect).toBe('avoid');
    expect(hit.notes).toContain('on-your-list');
    expect(hit.okAfterHours).toBeNull();
    expect(analysis.verdict).toBe('avoid');
    expect(analysis.okAfterHours).toBeNull();
    expect(analysis.okFrom).toBeNull();
  });

  it('matches synonyms printed on the label and the canonical name', () => {
    expect(score('Water (Aqua), Glycerin', { avoidList: ['Aqua'] }).verdict).toBe('avoid');
  });

  /** The names of a list on the person's own list, for what they typed. */
  function onList(text: string, typed: string): string[] {
    const analysis = score(text, { avoidList: [typed] });
    return analysis.components
      .flatMap((c) => c.ingredients)
      .filter((i) => i.notes.includes('on-your-list'))
      .map((i) => i.text);
  }

  it.each([
    ['jojoba oil', 'Aqua, Simmondsia Chinensis (Jojoba) Seed Oil, Jojoba Esters, Glycerin', ['Simmondsia Chinensis (Jojoba) Seed Oil']],
    ['jojoba oil', 'Aqua, Simmondsia Chinensis Seed Oil, Glycerin', ['Simmondsia Chinensis Seed Oil']],
    ['sunflower oil', 'Aqua, Helianthus Annuus Seed Oil, Squalane', ['Helianthus Annuus Seed Oil']],
    ['glycerine', 'Aqua, Glycerin, Butylene Glycol', ['Glycerin']],
    ['glicerin', 'Aqua, Glycerin, Butylene Glycol', ['Glycerin']],
    ['Zorblax', 'Aqua, Zorblax, Glycerin', ['Zorblax']],
  ])('matches what people type: %s', (typed, text, expected) => {
    expect(onList(text, typed)).toEqual(expected);
  });

  it.each([
    [
      'vitamin c',
      'Aqua, Ascorbic Acid, Sodium Ascorbyl Phosphate, 3-O-Ethyl Ascorbic Acid, Glycerin, Tocopherol',
      ['Ascorbic Acid', 'Sodium Ascorbyl Phosphate', '3-O-Ethyl Ascorbic Acid'],
    ],
    ['retinoids', 'Aqua, Retinol, Tretinoin, Retinyl Palmitate, Glycerin', ['Retinol', 'Tretinoin', 'Retinyl Palmitate']],
    [
      'lavender',
      'Aqua, Lavandula Angustifolia Oil, Lavandula Angustifolia Flower Extract, Lavandula Hybrida (Lavender) Oil, Rosmarinus Officinalis Leaf Oil, Linalool',
      ['Lavandula Angustifolia Oil', 'Lavandula Angustifolia Flower Extract', 'Lavandula Hybrida (Lavender) Oil'],
    ],
    [
      'essential oils',
      'Aqua, Citrus Limon Peel Oil, Lavandula Angustifolia Oil, Linalool, Simmondsia Chinensis Seed Oil, Parfum',
      ['Citrus Limon Peel Oil', 'Lavandula Angustifolia Oil'],
    ],
    ['parabens', 'Aqua, Methylparaben, Propylparaben, Phenoxyethanol', ['Methylparaben', 'Propylparaben']],
  ])('matches a group word: %s', (typed, text, expected) => {
    expect(onList(text, typed)).toEqual(expected);
  });
});

describe('coverage', () => {
  it('is the share of ingredients recognised', () => {
    const analysis = score('Aqua, Glycerin, Zorblax Complex, Squalane');
    expect(analysis.recognised).toBe(3);
    expect(analysis.total).toBe(4);
    expect(analysis.coverage).toBe(0.75);
  });
});

describe('a list cut by a cap', () => {
  it('is never "suitable": its unread rest could hold anything', () => {
    const long = Array.from({ length: 600 }, () => 'Glycerin').join(', ');
    const analysis = score(long);
    expect(analysis.truncated).toBe(true);
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.unknownReason).toBe('truncated');
  });

  it('still warns about what was read', () => {
    const analysis = score(`Aqua, Retinol, ${Array.from({ length: 600 }, () => 'Glycerin').join(', ')}`);
    expect(analysis.verdict).toBe('avoid');
  });
});

describe('"suitable" is earned (rubric: decisions added after the first release)', () => {
  const gentleWith = (item: string) => `Aqua, Glycerin, Squalane, ${item}, Cetearyl Alcohol, Panthenol, Sodium Hyaluronate, Allantoin, Caprylyl Glycol, Phenoxyethanol`;

  it('an unrecognised name with a percentage blocks "suitable" and says which name', () => {
    const analysis = score(gentleWith('Zorblax Complex 2%'));
    expect(analysis.coverage).toBeGreaterThanOrEqual(0.9);
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.unknownReason).toBe('doubtful');
    expect(analysis.doubts).toEqual([{ kind: 'unknown-active', text: 'Zorblax Complex 2%' }]);
  });

  it('an unrecognised declared active blocks "suitable"', () => {
    const analysis = score(`Active ingredient: Zorblax 1%. Inactive ingredients: ${gentleWith('Dimethicone')}`);
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.doubts).toContainEqual({ kind: 'unknown-active', text: 'Zorblax 1%' });
  });

  it('a recognised name with a percentage is no doubt', () => {
    const analysis = score(gentleWith('Glycerin 5%'));
    expect(analysis.verdict).toBe('suitable');
    expect(analysis.doubts).toEqual([]);
  });

  it.each(['partial', 'ambiguous', 'component-unread'] as const)('a %s reading of the page is never "suitable"', (reason) => {
    const analysis = score(gentleWith('Dimethicone'), { readingDoubts: [reason] });
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.unknownReason).toBe('doubtful');
    expect(analysis.doubts).toEqual([{ kind: 'reading', reason }]);
  });

  it.each([
    ['Retinol Complex', 'Retinol'],
    ['Octyl Methoxycinamate Blend', 'Ethylhexyl Methoxycinnamate'],
    ['Butylphenyl', 'Butylphenyl Methylpropional'],
  ])('an unrecognised name close to a risky one (%s) blocks "suitable" and says what it could be', (name, near) => {
    const analysis = score(gentleWith(name));
    expect(analysis.verdict).toBe('unknown');
    expect(analysis.unknownReason).toBe('doubtful');
    expect(analysis.doubts).toEqual([{ kind: 'near-risky', text: name, near }]);
    expect(ingredient(analysis, new RegExp(`^${name}$`))).toMatchObject({ effect: 'unknown', near, notes: ['near-risky'] });
  });

  it('doubts never soften a warning: an avoid verdict stays avoid and the doubt is still shown', () => {
    const analysis = score(`Aqua, Retinol, Zorblax 3%`, { readingDoubts: ['partial'] });
    expect(analysis.verdict).toBe('avoid');
    expect(analysis.doubts).toEqual([
      { kind: 'reading', reason: 'partial' },
      { kind: 'unknown-active', text: 'Zorblax 3%' },
    ]);
  });
});

describe('names that say what they are (rubric: descriptive names count)', () => {
  it.each([
    'Proprietary Blend of Pure Essential Oils and Absolutes',
    'Blend of Essential Oils',
    'Natural Aroma',
    'Botanical Fragrance',
    'Perfume',
    'Mischung aus ätherischen Ölen',
  ])('%s in a gentle list is fragrance: avoid', (name) => {
    const analysis = score(`Aqua, Glycerin, ${name}, Squalane, Panthenol, Phenoxyethanol`);
    expect(analysis.verdict).toBe('avoid');
    expect(ingredient(analysis, new RegExp(`^${name}$`)).classes).toContain('fragrance');
  });
});
