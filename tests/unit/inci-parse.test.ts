import { describe, expect, it } from 'vitest';
import { parseInci, splitTopLevel } from '../../src/inci/parse.ts';
import type { Ingredient, ParsedLabel } from '../../src/inci/types.ts';

/** One ingredient as `Name`, plus ` 2%` (percent), ` ?` (may contain), ` !` (declared active). */
function render(ingredient: Ingredient): string {
  const percent = ingredient.percent === null ? '' : ` ${ingredient.percent}%`;
  return `${ingredient.name}${percent}${ingredient.mayContain ? ' ?' : ''}${ingredient.declaredActive ? ' !' : ''}`;
}

function rendered(label: ParsedLabel): string[] {
  return label.components.flatMap((component) => component.ingredients.map(render));
}

function only(text: string): Ingredient {
  const [ingredient, ...rest] = parseInci(text).components.flatMap((component) => component.ingredients);
  expect(rest).toEqual([]);
  if (!ingredient) throw new Error(`no ingredient in ${text}`);
  return ingredient;
}

describe('parseInci: separators and clean-up', () => {
  it.each<[string, string, string[]]>([
    ['commas', 'Water, Glycerin, Niacinamide', ['Water', 'Glycerin', 'Niacinamide']],
    ['commas without spaces', 'Squalane,Glycerin,Behenyl Alcohol', ['Squalane', 'Glycerin', 'Behenyl Alcohol']],
    ['space before comma', 'Coconut Alkanes , Coco-Caprylate', ['Coconut Alkanes', 'Coco-Caprylate']],
    ['semicolons', 'Aqua; Glycerin; Panthenol', ['Aqua', 'Glycerin', 'Panthenol']],
    ['round bullets', 'GLYCERIN • SQUALANE • NIACINAMIDE', ['GLYCERIN', 'SQUALANE', 'NIACINAMIDE']],
    ['middle dots', 'Glycerin · Urea · Allantoin', ['Glycerin', 'Urea', 'Allantoin']],
    ['black circles', 'Glycerin ● Urea', ['Glycerin', 'Urea']],
    ['halfwidth katakana dots', 'Stearic Acid･Glycerin･Sorbitol', ['Stearic Acid', 'Glycerin', 'Sorbitol']],
    ['pipes', 'Glycerin | Panthenol | Allantoin', ['Glycerin', 'Panthenol', 'Allantoin']],
    ['line breaks', 'Glycerin\nPanthenol\r\nAllantoin', ['Glycerin', 'Panthenol', 'Allantoin']],
    ['fullwidth commas', 'Glycerin，Panthenol，Adenosine', ['Glycerin', 'Panthenol', 'Adenosine']],
    ['ideographic commas', 'Glycerin、Panthenol、Adenosine', ['Glycerin', 'Panthenol', 'Adenosine']],
    ['non-breaking spaces', 'Sodium\u00a0Hyaluronate,\u00a0Glycerin', ['Sodium Hyaluronate', 'Glycerin']],
    ['HTML entities', 'Cire d&#8217;Abeille, Glycerin&nbsp;, Tocopherol &amp; Squalane', ['Cire d’Abeille', 'Glycerin', 'Tocopherol & Squalane']],
    ['HTML tags', '<p>Water<br>Glycerin</p><p>Urea</p>', ['Water', 'Glycerin', 'Urea']],
    ['ALL CAPS kept as printed', 'AQUA, BUTYLENE GLYCOL, CARBOMER', ['AQUA', 'BUTYLENE GLYCOL', 'CARBOMER']],
    ['trailing period', 'Glycerin, Sodium Benzoate.', ['Glycerin', 'Sodium Benzoate']],
    ['trailing double period', 'Glycerin, Gardenia Taitensis Flower. .', ['Glycerin', 'Gardenia Taitensis Flower']],
    ['empty items', 'Glycerin,, ,Urea,', ['Glycerin', 'Urea']],
    ['empty bracket pairs as bullets', 'glycerin [] dimethicone [] urea', ['glycerin', 'dimethicone', 'urea']],
    ['zero-width characters', 'Gly\u200bcerin, Ur\u00adea', ['Glycerin', 'Urea']],
    ['abbreviation Denat. before a bracket', 'Alcohol Denat. (SD Alcohol 40-B), Glycolic Acid', ['Alcohol Denat', 'Glycolic Acid']],
    ['stray closing bracket', 'Cellulose Gum, Diodiu), Parfum', ['Cellulose Gum', 'Diodiu', 'Parfum']],
    ['stray opening bracket does not swallow the list', 'Glycerin, Trideceth-(, Urea, Panthenol', ['Glycerin', 'Trideceth', 'Urea', 'Panthenol']],
    ['batch codes dropped', 'Glycerin, Urea. (251/036)', ['Glycerin', 'Urea']],
    ['leading "and" dropped', 'Glycerin, and Citric Acid', ['Glycerin', 'Citric Acid']],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: commas and slashes inside chemical names', () => {
  it.each<[string, string[]]>([
    ['Glycerin, 1,2-Hexanediol, Urea', ['Glycerin', '1,2-Hexanediol', 'Urea']],
    ['1,3-Propanediol, 1,2-Octanediol', ['1,3-Propanediol', '1,2-Octanediol']],
    ['Water, 2,3-Butanediol', ['Water', '2,3-Butanediol']],
    ['Polysilicone-11,1,2-Hexanediol', ['Polysilicone-11', '1,2-Hexanediol']],
    ['Aqua,1,2-Hexanediol,Allantoin', ['Aqua', '1,2-Hexanediol', 'Allantoin']],
    ["4,4'-Dimethoxydibenzoylmethane, Water", ["4,4'-Dimethoxydibenzoylmethane", 'Water']],
    ['Caprylic/Capric Triglyceride, Water', ['Caprylic/Capric Triglyceride', 'Water']],
    ['Acrylates/C10-30 Alkyl Acrylate Crosspolymer', ['Acrylates/C10-30 Alkyl Acrylate Crosspolymer']],
    ['VP/VA Copolymer, PEG/PPG-17/6 Copolymer', ['VP/VA Copolymer', 'PEG/PPG-17/6 Copolymer']],
    ['Tasmannia Lanceolata Fruit/Leaf Extract', ['Tasmannia Lanceolata Fruit/Leaf Extract']],
    ['Glyceryl Citrate/Lactate/Linoleate/Oleate', ['Glyceryl Citrate/Lactate/Linoleate/Oleate']],
    ['Lactic Acid/Glycolic Acid Copolymer', ['Lactic Acid/Glycolic Acid Copolymer']],
    ['Hydrogenated Poly(C6-14 Olefin), Urea', ['Hydrogenated Poly(C6-14 Olefin)', 'Urea']],
  ])('%s', (text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });

  it('exports a top-level splitter that respects brackets', () => {
    expect(splitTopLevel('a (b, c), d', ',')).toEqual(['a (b, c)', ' d']);
  });
});

describe('parseInci: synonyms', () => {
  it.each<[string, string, string[]]>([
    ['Water/Aqua/Eau', 'Water', ['Aqua', 'Eau']],
    ['Water\\Aqua\\Eau', 'Water', ['Aqua', 'Eau']],
    ['AQUA / WATER / EAU', 'AQUA', ['WATER', 'EAU']],
    ['Aqua (Water)', 'Aqua', ['Water']],
    ['Aqua(Water)', 'Aqua', ['Water']],
    ['Water (Aqua, Eau)', 'Water', ['Aqua', 'Eau']],
    ['Aqua (Water/Eau)', 'Aqua', ['Water', 'Eau']],
    ['Water (Aqua) (Eau)', 'Water', ['Aqua', 'Eau']],
    ['Parfum/Fragrance', 'Parfum', ['Fragrance']],
    ['Fragrance (Parfum)', 'Fragrance', ['Parfum']],
    ['CI 77891/Titanium Dioxide', 'CI 77891', ['Titanium Dioxide']],
    ['Mica/CI 77019', 'Mica', ['CI 77019']],
    ['Iron Oxides/Ci 77492', 'Iron Oxides', ['Ci 77492']],
    ['Titanium Dioxide (CI77891)', 'Titanium Dioxide', ['CI77891']],
    ['Iron Oxides (CI 77491, CI 77492, CI 77499)', 'Iron Oxides', ['CI 77491', 'CI 77492', 'CI 77499']],
    ['Ci 77491/77492/77499 (Iron Oxides)', 'Ci 77491', ['Ci 77492', 'Ci 77499', 'Iron Oxides']],
    ["Cera Alba/Beeswax/Cire d'abeille", 'Cera Alba', ['Beeswax', "Cire d'abeille"]],
    ['Paraffinum Liquidum/Mineral Oil', 'Paraffinum Liquidum', ['Mineral Oil']],
    ['Maris Sal/Sea Salt/Sel Marin', 'Maris Sal', ['Sea Salt', 'Sel Marin']],
    ['BUTYROSPERMUM PARKII BUTTER / SHEA BUTTER', 'BUTYROSPERMUM PARKII BUTTER', ['SHEA BUTTER']],
    ['Prunus Amygdalus Dulcis Seed Extract/Sweet Almond Seed Extract', 'Prunus Amygdalus Dulcis Seed Extract', ['Sweet Almond Seed Extract']],
    ['Glycyrrhiza Glabra (Licorice) Root Extract', 'Glycyrrhiza Glabra Root Extract', ['Glycyrrhiza Glabra (Licorice) Root Extract', 'Licorice Root Extract']],
    ['Butyrospermum Parkii (Shea) Butter', 'Butyrospermum Parkii Butter', ['Butyrospermum Parkii (Shea) Butter', 'Shea Butter']],
    [
      'Euphorbia Cerifera (Candelilla) Wax/Candelilla Cera/Cire De Candelilla',
      'Euphorbia Cerifera Wax',
      ['Euphorbia Cerifera (Candelilla) Wax', 'Candelilla Wax', 'Candelilla Cera', 'Cire De Candelilla'],
    ],
    ['Persea Gratissima (Extra Virgin, Cold-Pressed Avocado) Oil', 'Persea Gratissima Oil', ['Persea Gratissima (Extra Virgin, Cold-Pressed Avocado) Oil']],
    ['Alcohol Denat. (SD Alcohol 40-B)', 'Alcohol Denat', ['SD Alcohol 40-B']],
    ['Zinc Oxide (Nano)', 'Zinc Oxide', []],
    ['Pentaerythrityl Tetra-Di-T-Butyl Hydroxyhydrocinnamate (F.I.L. N70055061/1)', 'Pentaerythrityl Tetra-Di-T-Butyl Hydroxyhydrocinnamate', []],
  ])('%s', (text, name, synonyms) => {
    const ingredient = only(text);
    expect(ingredient.name).toBe(name);
    expect(ingredient.synonyms).toEqual(synonyms);
  });

  it('keeps the printed text beside the matching name', () => {
    const ingredient = only('Glycyrrhiza Glabra (Licorice) Root Extract*');
    expect(ingredient.text).toBe('Glycyrrhiza Glabra (Licorice) Root Extract');
  });
});

describe('parseInci: blends, footnotes and notes', () => {
  it.each<[string, string, string[]]>([
    ['(and) blend', 'Cetearyl Alcohol (and) Ceteareth-20, Water', ['Cetearyl Alcohol', 'Ceteareth-20', 'Water']],
    [
      '(and) chain with footnotes',
      'Water** (and) Argania Spinosa Kernel Oil* (and) Propanediol**. *Organic. **Natural.',
      ['Water', 'Argania Spinosa Kernel Oil', 'Propanediol'],
    ],
    ['asterisks removed, legend dropped', 'Aloe Barbadensis Leaf Juice*, Glycerin. *Organic', ['Aloe Barbadensis Leaf Juice', 'Glycerin']],
    ['dagger and degree marks', 'Rosa Canina Fruit Oil†, Tocopherol°, Squalane‡', ['Rosa Canina Fruit Oil', 'Tocopherol', 'Squalane']],
    ['superscript footnotes', 'Glycerin¹, Urea². ¹Plant origin ²Synthetic', ['Glycerin', 'Urea']],
    ['certified organic legend', 'Jojoba Oil*, Water. *Certified Organic Ingredient', ['Jojoba Oil', 'Water']],
    ['natural origin legend', 'Glycerin**, Water. **natural origin', ['Glycerin', 'Water']],
    ['dagger legend', 'Squalane†. †Derived from olives', ['Squalane']],
    ['percent-of-total legend', 'Water, Glycerin*. *Ingredient from Organic Farming. 99% natural origin of total.', ['Water', 'Glycerin']],
    ['subject-to-change note', 'Water, Glycerin. Ingredients are subject to change at the manufacturer’s discretion.', ['Water', 'Glycerin']],
    ['refer-to-packaging note', 'Water, Urea. Please refer to the packaging for the most up-to-date list of ingredients.', ['Water', 'Urea']],
    ['Clean at Sephora note', 'Water, Urea. Clean at Sephora is formulated without parabens.', ['Water', 'Urea']],
    ['disclaimer heading', 'Water, Urea. Disclaimer: Product ingredient listings are updated periodically.', ['Water', 'Urea']],
    ['capitalised note with comma', 'WATER, UREA. THIS INGREDIENT LIST IS SUBJECT TO CHANGE, PLEASE CHECK THE PACKAGING.', ['WATER', 'UREA']],
    ['trademarks removed', 'Matrixyl™ 3000, Glycerin®', ['Matrixyl 3000', 'Glycerin']],
    [
      'bracketed sub-list flattened',
      'Herbal Blend [Rosa Canina Oil, Calendula Extract, Arnica Extract], Water',
      ['Herbal Blend', 'Rosa Canina Oil', 'Calendula Extract', 'Arnica Extract', 'Water'],
    ],
    // Descriptive names say what the product holds (rubric): never dropped as prose, whatever their words.
    [
      'descriptive fragrance name',
      'Aqua, Proprietary Blend of Pure Essential Oils and Absolutes, Squalane',
      ['Aqua', 'Proprietary Blend of Pure Essential Oils and Absolutes', 'Squalane'],
    ],
    ['descriptive German name', 'Aqua, Mischung aus ätherischen Ölen, Glycerin', ['Aqua', 'Mischung aus ätherischen Ölen', 'Glycerin']],
    ['a promise without fragrance is still a note', 'Aqua, Glycerin. Free of fragrance and essential oils.', ['Aqua', 'Glycerin']],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: percentages', () => {
  it.each<[string, string, number]>([
    ['Zinc Oxide 17.1%', 'Zinc Oxide', 17.1],
    ['Retinol (0.3%)', 'Retinol', 0.3],
    ['Salicylic Acid 2 %', 'Salicylic Acid', 2],
    ['0.5% Retinol', 'Retinol', 0.5],
    ['colloidal oatmeal - 0.50%', 'colloidal oatmeal', 0.5],
    ['Niacinamide [10%]', 'Niacinamide', 10],
    ['Zinc Oxide 17,1 %', 'Zinc Oxide', 17.1],
    ['Lactobacillus Ferment 98.9%', 'Lactobacillus Ferment', 98.9],
  ])('%s', (text, name, percent) => {
    const ingredient = only(text);
    expect(ingredient.name).toBe(name);
    expect(ingredient.percent).toBe(percent);
    expect(ingredient.text).toBe(text);
  });

  it('ignores impossible percentages', () => {
    expect(only('Glycerin 250%').percent).toBeNull();
  });
});

describe('parseInci: may contain', () => {
  it.each<[string, string, string[]]>([
    ['+/- May contain', 'Talc, Mica, +/- May contain: CI 77491, CI 77499', ['Talc', 'Mica', 'CI 77491 ?', 'CI 77499 ?']],
    ['bracketed +/- block', 'Talc, Silica, [+/-: CI 77491, CI 77891]', ['Talc', 'Silica', 'CI 77491 ?', 'CI 77891 ?']],
    ['bilingual heading', 'Talc. May Contain/Peut Contenir: Iron Oxides (CI 77491)', ['Talc', 'Iron Oxides ?']],
    ['French only', 'Talc. Peut contenir: Mica', ['Talc', 'Mica ?']],
    ['(+/-) colour block', 'Talc, May Contain / Peut Contenir (+/-) Titanium Dioxide (CI 77891), Mica', ['Talc', 'Titanium Dioxide ?', 'Mica ?']],
    ['plus-minus sign', 'Talc. May Contain (±): CI 15850 (Red 7 Lake)', ['Talc', 'CI 15850 ?']],
    ['bracket after the last item', 'Linalool [+/- (May Contain): Ci 77891 (Titanium Dioxide), Mica].', ['Linalool', 'Ci 77891 ?', 'Mica ?']],
    ['no space in MayContain', 'Kaolin. MayContain: Mica, Carmine.', ['Kaolin', 'Mica ?', 'Carmine ?']],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: headings', () => {
  it.each<[string, string[]]>([
    ['Ingredients: Water, Glycerin', ['Water', 'Glycerin']],
    ['INGREDIENTS: WATER, GLYCERIN', ['WATER', 'GLYCERIN']],
    ['ingredients - water, glycerin', ['water', 'glycerin']],
    ['INGREDIENTS WATER, GLYCERIN', ['WATER', 'GLYCERIN']],
    ['Ingredients\nWater, Glycerin', ['Water', 'Glycerin']],
    ['Full Ingredients List: Water, Urea', ['Water', 'Urea']],
    ['INCI: Aqua, Urea', ['Aqua', 'Urea']],
    ['Composition : Aqua, Urea', ['Aqua', 'Urea']],
    ['Inhaltsstoffe: Aqua, Urea', ['Aqua', 'Urea']],
    ['Ingrédients : Aqua, Urea', ['Aqua', 'Urea']],
    ['Ingredientes: Aqua, Urea', ['Aqua', 'Urea']],
    ['Ingredienti: Aqua, Urea', ['Aqua', 'Urea']],
    ['Składniki: Aqua, Urea', ['Aqua', 'Urea']],
    ['Ingrediënten: Aqua, Urea', ['Aqua', 'Urea']],
    ['Ingredienser: Aqua, Urea', ['Aqua', 'Urea']],
    ['Key Ingredients: Retinol, Squalane. Ingredients: Water, Retinol, Squalane', ['Water', 'Retinol', 'Squalane']],
  ])('%s', (text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: drug facts and declared actives', () => {
  it.each<[string, string, string[]]>([
    [
      'actives, purpose, uses, warnings, inactives',
      'Active ingredients: Avobenzone 3%, Homosalate 10% Purpose: Sunscreen Uses: helps prevent sunburn. Warnings: For external use only. Directions: apply liberally. Inactive ingredients: Water, Glycerin',
      ['Avobenzone 3% !', 'Homosalate 10% !', 'Water', 'Glycerin'],
    ],
    [
      'active glued before the inactive heading',
      'Active Ingredient: 1% Colloidal Oatmeal Inactive Ingredients: Water/Aqua/Eau, Glycerin',
      ['Colloidal Oatmeal 1% !', 'Water', 'Glycerin'],
    ],
    ['percent in brackets', 'Active Ingredients: Avobenzone (2.5%), Octisalate (4.3%) Inactive Ingredients: Water', ['Avobenzone 2.5% !', 'Octisalate 4.3% !', 'Water']],
    [
      'table form with purposes',
      'Active ingredients Avobenzone 3% Sunscreen Homosalate 10% Sunscreen\nInactive ingredients: Water, Silica',
      ['Avobenzone 3% !', 'Homosalate 10% !', 'Water', 'Silica'],
    ],
    [
      'other information and questions skipped',
      'Active ingredient: Zinc Oxide 20% Other information: protect from heat Questions? call us Inactive ingredients: Water',
      ['Zinc Oxide 20% !', 'Water'],
    ],
    ['percent items before "Inactive:"', 'Octisalate 5%, Avobenzone 3%, Inactive: Water (Aqua), Glycerin', ['Octisalate 5% !', 'Avobenzone 3% !', 'Water', 'Glycerin']],
    ['bullet active merged into the list position', '-Salicylic Acid 2%: exfoliates. Water, Salicylic Acid, Glycerin', ['Water', 'Salicylic Acid 2% !', 'Glycerin']],
    ['bullet active not in the list leads it', '-L-Ascorbic Acid 10%: brightens. Water, Glycerin', ['L-Ascorbic Acid 10% !', 'Water', 'Glycerin']],
    [
      'bullet label with several actives over commas',
      '-Avobenzone 3%, Homosalate 10%: Sunscreen. -Green Tea: soothes. Water, Homosalate',
      ['Avobenzone 3% !', 'Water', 'Homosalate 10% !'],
    ],
    ['bullets without colons', '-Avobenzone 2.2% -Octinoxate 7.5% Water, Cyclopentasiloxane', ['Avobenzone 2.2% !', 'Octinoxate 7.5% !', 'Water', 'Cyclopentasiloxane']],
    ['leading-percent bullet', '-1% Colloidal Oatmeal: Soothes the skin barrier. Colloidal Oatmeal 1%, Water', ['Colloidal Oatmeal 1% !', 'Water']],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: marketing bullets', () => {
  it.each<[string, string, string[]]>([
    [
      'key-ingredient bullets before the list',
      '-Snail Peptide: Helps relax the look of lines. -Ghostberry and Pepper: Visibly soothes skin. Water/Aqua/Eau, Glycerin',
      ['Water', 'Glycerin'],
    ],
    ['bullet description with commas', '-Soothing Complex: Tazman fruit, bisabolol, allantoin, and panthenol calm and soothe. Water, Urea', ['Water', 'Urea']],
    [
      'bullet description with nested colon and semicolon',
      '-Hydroviton: Short term: hydrates for hours; Long term: boosts water regulation. Aqua, Urea',
      ['Aqua', 'Urea'],
    ],
    ['spaced bullets', '- Saffron: A powerful antioxidant for the skin. - Lotus: Helps even the complexion. Sesame Oil, Tocopherol', ['Sesame Oil', 'Tocopherol']],
    ['heading then bullets', 'Highlighted Ingredients: -Squalane: Locks in moisture for the day. -Peptides: Support firmness. Water, Squalane', ['Water', 'Squalane']],
    ['plain marketing sentence with a colon', 'Ceramides: To lock in moisture and support the skin barrier. Water, Ceramide NP', ['Water', 'Ceramide NP']],
    ['dash lines are a list on a multi-line label', '- Water\n- Glycerin\n- Urea', ['Water', 'Glycerin', 'Urea']],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: kits and components', () => {
  function byComponent(text: string): [string | null, string[]][] {
    return parseInci(text).components.map((component) => [component.name, component.ingredients.map(render)]);
  }

  it.each<[string, string, [string | null, string[]][]]>([
    ['single list', 'Water, Glycerin', [[null, ['Water', 'Glycerin']]]],
    [
      'named parts on one line',
      'Cleanser: Water, Sodium Laureth Sulfate. Serum: Water, Niacinamide.',
      [
        ['Cleanser', ['Water', 'Sodium Laureth Sulfate']],
        ['Serum', ['Water', 'Niacinamide']],
      ],
    ],
    [
      'shade names with may-contain blocks',
      'Rose: Talc, Mica. May Contain: CI 77491. Shade "Plum": Talc, Silica. May Contain: CI 77499.',
      [
        ['Rose', ['Talc', 'Mica', 'CI 77491 ?']],
        ['Shade "Plum"', ['Talc', 'Silica', 'CI 77499 ?']],
      ],
    ],
    [
      'names on their own lines',
      'Rose Glow\nTalc, Mica, Silica, Dimethicone\nPlum Glow\nTalc, Mica, Silica, Kaolin',
      [
        ['Rose Glow', ['Talc', 'Mica', 'Silica', 'Dimethicone']],
        ['Plum Glow', ['Talc', 'Mica', 'Silica', 'Kaolin']],
      ],
    ],
    [
      'colon heading on its own line',
      'Step 1:\nWater, Glycolic Acid\nStep 2:\nKaolin, Water',
      [
        ['Step 1', ['Water', 'Glycolic Acid']],
        ['Step 2', ['Kaolin', 'Water']],
      ],
    ],
    [
      'colon headings on their own lines over lists of three names or more',
      'Step 1:\nWater, Glycolic Acid, Urea\nStep 2:\nKaolin, Water, Glycerin',
      [
        ['Step 1', ['Water', 'Glycolic Acid', 'Urea']],
        ['Step 2', ['Kaolin', 'Water', 'Glycerin']],
      ],
    ],
    ['a list heading on its own line names no part', 'Ingredients:\nWater, Glycerin, Urea', [[null, ['Water', 'Glycerin', 'Urea']]]],
    [
      '"<part> Ingredients:" headings',
      'Cleanser Ingredients: Water, Glycerin. Toner Ingredients: Water, Witch Hazel',
      [
        ['Cleanser', ['Water', 'Glycerin']],
        ['Toner', ['Water', 'Witch Hazel']],
      ],
    ],
    ['bullets, then a product name heading', '-Peptides: Visibly firm skin. Eye Cream: Water, Squalane', [['Eye Cream', ['Water', 'Squalane']]]],
  ])('%s', (_, text, expected) => {
    expect(byComponent(text)).toEqual(expected);
  });

  it('numbers positions per component and tags the component index', () => {
    const label = parseInci('A Part: Water, Glycerin. B Part: Urea, Water');
    expect(label.components.map((c) => c.ingredients.map((i) => [i.position, i.component]))).toEqual([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [0, 1],
        [1, 1],
      ],
    ]);
  });
});

describe('parseInci: slips measured on real labels', () => {
  it.each<[string, string, string[]]>([
    ['list ends at a glossary heading', 'Squalane [2], Urea [1] Glossary: [1] Humectant, [2] Emollient', ['Squalane', 'Urea']],
    ['numbered legend after the list', 'Panthenol [3], Betaine [4]. [3] Soothing agent (Calming), [4] Moisturiser', ['Panthenol', 'Betaine']],
    ['parenthesised numbered legend', 'Allantoin (1), Xylitol (2). (1) Soothing, (2) Humectant', ['Allantoin', 'Xylitol']],
    ['glued footnote numbers', 'Squalane[2], Betaine[1,3], Urea', ['Squalane', 'Betaine', 'Urea']],
    ['star legend after the last name', 'Tocopherol, Sodium Benzoate * from plants', ['Tocopherol', 'Sodium Benzoate']],
    ['percentage glued to the next name', 'Homosalate 9.0%Glycerin, Urea', ['Homosalate 9%', 'Glycerin', 'Urea']],
    ['purpose word after a percentage', 'Zinc Oxide 12% Sunscreen, Octocrylene 7% sunscreen, Silica', ['Zinc Oxide 12%', 'Octocrylene 7%', 'Silica']],
    ['abbreviated colour names keep their full stop', 'Mica, Ext. Violet 2 (CI 60730), Yellow 6 Al. Lake', ['Mica', 'Ext. Violet 2', 'Yellow 6 Al. Lake']],
    ['locants inside a name', 'Water, 3-Stearamido-1,2-Propanediol, Urea', ['Water', '3-Stearamido-1,2-Propanediol', 'Urea']],
    ['two locant groups in a name', '1,5-Dioxacyclohexadecane-6,16-Dione, Urea', ['1,5-Dioxacyclohexadecane-6,16-Dione', 'Urea']],
    ['CAS substituent after the parent', '2(5H)-Furanone, Dihydro-4-Butyl-, Urea', ['2(5H)-Furanone, Dihydro-4-Butyl', 'Urea']],
    ['open CAS substituent after any parent', 'Benzoic Acid, 4-Methoxy-, Ethyl Ester, Urea', ['Benzoic Acid, 4-Methoxy-, Ethyl Ester', 'Urea']],
    [
      'a list with a hyphenated name is not joined',
      'Ceteareth-20, Glycerin, 1,2-Hexanediol, Caprylyl Glycol',
      ['Ceteareth-20', 'Glycerin', '1,2-Hexanediol', 'Caprylyl Glycol'],
    ],
    [
      'group after a multiplying prefix',
      'Tris (Hydroxymethyl) Aminomethane, Hydrogenated Poly (C6-14 Olefin)',
      ['Tris (Hydroxymethyl) Aminomethane', 'Hydrogenated Poly (C6-14 Olefin)'],
    ],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});

describe('parseInci: caps and empty input', () => {
  it('returns no components for empty or name-free text', () => {
    expect(parseInci('')).toEqual({ components: [], truncated: false });
    expect(parseInci(' , ; . ')).toEqual({ components: [], truncated: false });
  });

  it('reads at most 100,000 characters', () => {
    const label = parseInci(`${'Glycerin, '.repeat(20_000)}Urea`);
    expect(label.truncated).toBe(true);
    expect(rendered(label)).not.toContain('Urea');
  });

  it('keeps at most 500 ingredients per component', () => {
    const text = Array.from({ length: 600 }, (_, i) => `Peptide-${i}`).join(', ');
    const label = parseInci(text);
    expect(label.components[0]?.ingredients).toHaveLength(500);
    expect(label.truncated).toBe(true);
  });

  it('keeps at most 20 components', () => {
    const text = Array.from({ length: 25 }, (_, i) => `Part ${i}: Water, Glycerin.`).join(' ');
    const label = parseInci(text);
    expect(label.components).toHaveLength(20);
    expect(label.truncated).toBe(true);
  });

  it('cuts names at 200 characters', () => {
    const label = parseInci(`${'Hydroxy'.repeat(40)} Acid, Water`);
    expect(label.components[0]?.ingredients[0]?.name).toHaveLength(200);
    expect(label.truncated).toBe(true);
  });

  it('is not truncated for an ordinary label', () => {
    expect(parseInci('Water, Glycerin').truncated).toBe(false);
  });
});

describe('parseInci: what belongs to the product, as shop pages print it', () => {
  it.each<[string, string, string[]]>([
    [
      'footnote digits glued to names, legend glued to its digit',
      'Parfum, Limonene1, Linalool1, Cumarin1 1erhalten aus natürlichen ätherischen Ölen',
      ['Parfum', 'Limonene', 'Linalool', 'Cumarin'],
    ],
    ['a German legend on its own line', 'Aqua, Glycerin*, Citral*\n*aus kontrolliert biologischem Anbau', ['Aqua', 'Glycerin', 'Citral']],
    [
      'a French legend after the list',
      'Aqua, Glycerin*, Limonene°. *Issus de l’agriculture biologique °naturellement présent dans les huiles essentielles',
      ['Aqua', 'Glycerin', 'Limonene'],
    ],
    ['a plus sign glued to a name is a footnote mark', 'Sugar*+, Cocoa Butter+, L(+)-Lactic Acid', ['Sugar', 'Cocoa Butter', 'L(+)-Lactic Acid']],
    [
      'numbers that belong to names stay',
      'Polysorbate 20, Ceramide 3, Peg-10 Dimethicone, Ubiquinone (CoQ10), Ci15850, Nylon-12',
      ['Polysorbate 20', 'Ceramide 3', 'Peg-10 Dimethicone', 'Ubiquinone', 'Ci15850', 'Nylon-12'],
    ],
    [
      'a one-line active block before the list',
      'Active Ingredient: Zinc Oxide (21.7%)\nWater/Aqua, C13-15 Alkane, Mica, Silica',
      ['Zinc Oxide 21.7% !', 'Water', 'C13-15 Alkane', 'Mica', 'Silica'],
    ],
    [
      'a declared active with its synonym in brackets is the listed one',
      '-Salicylic Acid 1% (BHA): Exfoliates.\n\nWater, Salicylic Acid, Glycerin',
      ['Water', 'Salicylic Acid 1% !', 'Glycerin'],
    ],
    [
      'actives joined by "and"',
      '-AHAs 10% (Lactic Acid, Glycolic Acid, and Mandelic Acid) and PHA 1%: Exfoliate.\n\nAqua, Lactic Acid, Glycolic Acid, Mandelic Acid',
      ['AHAs 10% !', 'PHA 1% !', 'Aqua', 'Lactic Acid !', 'Glycolic Acid !', 'Mandelic Acid !'],
    ],
    [
      'marketing lines with a leading percentage declare actives',
      '2% Brightenyl: Brightens.\n5% Grant-XT: Blurs lines.\n\nWater, Dimethicone, Mica',
      ['Brightenyl 2% !', 'Grant-XT 5% !', 'Water', 'Dimethicone', 'Mica'],
    ],
  ])('%s', (_, text, expected) => {
    expect(rendered(parseInci(text))).toEqual(expected);
  });
});
