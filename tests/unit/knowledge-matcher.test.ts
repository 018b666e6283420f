import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { compileKnowledgeBase, type CompiledKb } from '../../src/knowledge/compile.ts';
import { createMatcher, UNKNOWN_MATCH } from '../../src/knowledge/matcher.ts';

const kb = compileKnowledgeBase(readKbSources(resolve(import.meta.dirname, '../../data')));
const matcher = createMatcher(kb);

/** Label names that must land in each class without fuzzy help (entry, synonym, variant or family). */
const KEY_NAMES: Record<string, string[]> = {
  retinoid: [
    'Retinol',
    'Retinal',
    'Retinaldehyde',
    'Retinyl Palmitate',
    'Retinyl Acetate',
    'Retinyl Propionate',
    'Retinyl Linoleate',
    'Hydroxypinacolone Retinoate',
    'Retinyl Retinoate',
    'Retinyl Oleate',
  ],
  'retinoid-rx': ['Tretinoin', 'Retinoic Acid', 'Adapalene', 'Tazarotene', 'Isotretinoin'],
  'exfoliating-acid': [
    'Glycolic Acid',
    'Lactic Acid',
    'Mandelic Acid',
    'Malic Acid',
    'Tartaric Acid',
    'Citric Acid',
    'Salicylic Acid',
    'Betaine Salicylate',
    'Sodium Salicylate',
    'Salix Alba (Willow) Bark Extract',
    'Salix Nigra Bark Extract',
    'Gluconolactone',
    'Lactobionic Acid',
    'Maltobionic Acid',
    'Azelaic Acid',
  ],
  keratolytic: ['Sulfur', 'Resorcinol'],
  'benzoyl-peroxide': ['Benzoyl Peroxide'],
  'vitamin-c-pure': ['Ascorbic Acid', 'L-Ascorbic Acid'],
  fragrance: [
    'Parfum',
    'Fragrance',
    'Aroma',
    'Flavor',
    'Linalool',
    'Limonene',
    'Citronellol',
    'Geraniol',
    'Citral',
    'Eugenol',
    'Isoeugenol',
    'Coumarin',
    'Farnesol',
    'Hexyl Cinnamal',
    'Amyl Cinnamal',
    'Cinnamal',
    'Cinnamyl Alcohol',
    'Benzyl Salicylate',
    'Benzyl Benzoate',
    'Benzyl Cinnamate',
    'Anise Alcohol',
    'Alpha-Isomethyl Ionone',
    'Hydroxycitronellal',
    'Butylphenyl Methylpropional',
    'Hydroxyisohexyl 3-Cyclohexene Carboxaldehyde',
    'Methyl 2-Octynoate',
    'Evernia Prunastri Extract',
    'Evernia Furfuracea Extract',
    'Menthol',
    'Camphor',
    'Vanillin',
    'Pinene',
    'Terpineol',
    'Linalyl Acetate',
    'Benzyl Alcohol',
    'Lavandula Angustifolia (Lavender) Oil',
    'Mentha Piperita (Peppermint) Oil',
    'Citrus Aurantium Dulcis (Orange) Peel Oil',
    'Citrus Limon (Lemon) Peel Oil',
    'Citrus Aurantium Bergamia (Bergamot) Fruit Oil',
    'Citrus Paradisi (Grapefruit) Peel Oil',
    'Citrus Aurantifolia (Lime) Oil',
    'Melaleuca Alternifolia (Tea Tree) Leaf Oil',
    'Eucalyptus Globulus Leaf Oil',
    'Rosmarinus Officinalis (Rosemary) Leaf Oil',
    'Cananga Odorata Flower Oil',
    'Pelargonium Graveolens Flower Oil',
    'Rosa Damascena Flower Oil',
    'Eugenia Caryophyllus (Clove) Leaf Oil',
    'Cinnamomum Zeylanicum Bark Oil',
    'Pogostemon Cablin Oil',
    'Santalum Album (Sandalwood) Oil',
    'Citrus Unshiu Peel Oil',
    'Thymus Zygis Oil',
    'Natural Vanilla Flavor',
  ],
  'drying-alcohol': ['Alcohol Denat.', 'SD Alcohol 40-B', 'SD Alcohol 39-C', 'Alcohol', 'Ethanol', 'Ethyl Alcohol', 'Isopropyl Alcohol'],
  'astringent-cooling': [
    'Hamamelis Virginiana (Witch Hazel) Water',
    'Hamamelis Virginiana Leaf Extract',
    'Witch Hazel',
    'Menthol',
    'Menthyl Lactate',
    'Camphor',
    'Mentha Piperita Oil',
    'Mentha Piperita Leaf Extract',
    'Capsicum Annuum Fruit Extract',
    'Capsaicin',
  ],
  'physical-exfoliant': [
    'Juglans Regia (Walnut) Shell Powder',
    'Prunus Armeniaca (Apricot) Seed Powder',
    'Olea Europaea (Olive) Seed Powder',
    'Pumice',
    'Perlite',
    'Jojoba Esters',
    'Sucrose',
    'Sodium Chloride',
    'Polyethylene',
    'Pistacia Vera Shell Powder',
  ],
  'bleaching-agent': ['Hydroquinone', 'Ammoniated Mercury', 'Mercurous Chloride'],
  'mercury-compound': ['Thimerosal', 'Phenylmercuric Acetate', 'Ammoniated Mercury'],
  'self-tanner': ['Dihydroxyacetone', 'Erythrulose'],
  'chemical-uv-filter': [
    'Avobenzone',
    'Butyl Methoxydibenzoylmethane',
    'Octinoxate',
    'Ethylhexyl Methoxycinnamate',
    'Oxybenzone',
    'Benzophenone-3',
    'Benzophenone-4',
    'Octocrylene',
    'Homosalate',
    'Octisalate',
    'Ethylhexyl Salicylate',
    'Ensulizole',
    'Phenylbenzimidazole Sulfonic Acid',
    'Bemotrizinol',
    'Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine',
    'Bisoctrizole',
    'Ethylhexyl Triazone',
    'Diethylamino Hydroxybenzoyl Hexyl Benzoate',
    'Drometrizole Trisiloxane',
    'Terephthalylidene Dicamphor Sulfonic Acid',
    'Isoamyl p-Methoxycinnamate',
    '4-Methylbenzylidene Camphor',
  ],
  'makeup-pigment': [
    'CI 77491',
    'CI 77492',
    'CI 77499',
    'Iron Oxides',
    'Iron Oxides (CI 77491, CI 77492, CI 77499)',
    'Mica',
    'Bismuth Oxychloride',
    'Carmine',
    'Red 28 Lake',
    'Red 7 Lake (CI 15850)',
    'Yellow 5 (CI 19140)',
    'FD&C Blue No. 1 Aluminum Lake',
    'CI 15985',
    'CI 12490',
    'Ultramarines',
    'Chromium Oxide Greens',
  ],
  depilatory: ['Potassium Thioglycolate', 'Calcium Thioglycolate', 'Thioglycolic Acid'],
  'enzyme-exfoliant': ['Papain', 'Bromelain', 'Subtilisin', 'Protease'],
  niacinamide: ['Niacinamide', 'Nicotinamide'],
  'vitamin-c-derivative': [
    'Sodium Ascorbyl Phosphate',
    'Magnesium Ascorbyl Phosphate',
    'Ascorbyl Glucoside',
    'Ethyl Ascorbic Acid',
    '3-O-Ethyl Ascorbic Acid',
    'Tetrahexyldecyl Ascorbate',
    'Ascorbyl Tetraisopalmitate',
    'Ascorbyl Palmitate',
    'Sodium Ascorbyl Sulfate',
  ],
  'copper-peptide': ['Copper Tripeptide-1', 'GHK-Cu', 'Copper Tripeptide-3'],
  bakuchiol: ['Bakuchiol'],
  'brightening-active': ['Kojic Acid', 'Arbutin', 'Alpha-Arbutin', 'Tranexamic Acid'],
  'ferulic-acid': ['Ferulic Acid'],
  'sensitising-preservative': [
    'Methylisothiazolinone',
    'Methylchloroisothiazolinone',
    'DMDM Hydantoin',
    'Imidazolidinyl Urea',
    'Diazolidinyl Urea',
    'Quaternium-15',
    'Bronopol',
    'Butylbenzisothiazolinone',
  ],
  arnica: ['Arnica Montana Flower Extract', 'Arnica Montana (Arnica) Flower Extract', 'Arnica Montana Flower Water'],
  emollient: [
    'Caprylic/Capric Triglyceride',
    'Isopropyl Myristate',
    'Cetyl Ethylhexanoate',
    'Butyrospermum Parkii (Shea) Butter',
    'Hydrogenated Olive Oil Unsaponifiables',
    'Octyldodecyl Stearoyl Stearate',
  ],
  humectant: ['Butylene Glycol', 'Propanediol', 'Sodium PCA', 'Sodium Lactate'],
  emulsifier: ['Glyceryl Stearate', 'PEG-100 Stearate', 'Polysorbate 20', 'Ceteareth-20'],
  surfactant: ['Sodium Laureth Sulfate', 'Cocamidopropyl Betaine', 'Decyl Glucoside'],
  silicone: ['Dimethicone', 'Cyclopentasiloxane', 'Cetyl Dimethicone'],
  'film-former': ['Polyquaternium-10', 'Acrylates Copolymer', 'Polyvinyl Alcohol'],
  thickener: ['Xanthan Gum', 'Carbomer'],
  preservative: ['Phenoxyethanol', 'Sodium Benzoate', 'Potassium Sorbate', 'Methylparaben', 'Chlorphenesin'],
  'ph-adjuster': ['Sodium Hydroxide', 'Sodium Citrate'],
  chelator: ['Disodium EDTA', 'Sodium Phytate'],
  antioxidant: ['Tocopherol', 'BHA', 'Butylated Hydroxyanisole', 'BHT'],
  solvent: ['Water', 'Aqua', 'Aqua (Water)'],
  'plant-extract': ['Camellia Sinensis Leaf Extract', 'Citrus Limon Fruit Extract', 'Rosa Damascena Flower Water', 'Glycyrrhiza Glabra (Licorice) Root Extract'],
  'plant-oil': ['Simmondsia Chinensis (Jojoba) Seed Oil', 'Limnanthes Alba Seed Oil', 'Citrus Paradisi Seed Oil'],
  'fatty-alcohol': [
    'Cetyl Alcohol',
    'Stearyl Alcohol',
    'Cetearyl Alcohol',
    'Behenyl Alcohol',
    'Myristyl Alcohol',
    'Lauryl Alcohol',
    'Oleyl Alcohol',
    'Arachidyl Alcohol',
    'Octyldodecanol',
    'C12-16 Alcohols',
  ],
  occlusive: ['Petrolatum', 'Mineral Oil'],
  filler: ['Talc', 'Tin Oxide'],
  'skin-conditioning': ['Galactomyces Ferment Filtrate', 'Hydrolyzed Silk'],
  hyaluronic: ['Sodium Hyaluronate', 'Hyaluronic Acid', 'Hydrolyzed Hyaluronic Acid', 'Sodium Acetylated Hyaluronate'],
  'barrier-lipid': ['Ceramide NP', 'Ceramide EOP', 'Ceramide NG', 'Cholesterol'],
  panthenol: ['Panthenol', 'Dexpanthenol'],
  centella: ['Centella Asiatica Extract', 'Madecassoside', 'Asiaticoside', 'Centella Asiatica Leaf Water'],
  allantoin: ['Allantoin'],
  glycerin: ['Glycerin', 'Glycerine'],
  squalane: ['Squalane'],
  'beta-glucan': ['Beta-Glucan'],
  'thermal-water': ['Avene Thermal Spring Water'],
  'mineral-uv-filter': ['Zinc Oxide', 'Titanium Dioxide', 'CI 77891', 'CI 77947', 'Titanium Dioxide (CI 77891)', 'Zinc Oxide (Nano)'],
  bisabolol: ['Bisabolol'],
  aloe: ['Aloe Barbadensis Leaf Juice', 'Aloe Barbadensis (Aloe Vera) Leaf Extract'],
  oat: ['Avena Sativa Kernel Flour', 'Colloidal Oatmeal'],
  peptide: ['Palmitoyl Pentapeptide-4', 'Acetyl Hexapeptide-8', 'Palmitoyl Tripeptide-1', 'sh-Oligopeptide-1'],
};

describe('every class has its key names', () => {
  it('covers every class of the knowledge base', () => {
    expect(Object.keys(KEY_NAMES).sort()).toEqual(
      kb.classes
        .map((c) => c.id)
        .filter((id) => id !== 'benzyl-alcohol-preservative' && id !== 'alcohol-late') // scorer rules, not entries
        .sort(),
    );
  });

  it.each(Object.entries(KEY_NAMES))('%s', (classId, names) => {
    for (const name of names) {
      const match = matcher.match(name);
      expect(match.via, name).not.toMatch(/^(fuzzy|none)$/);
      expect(match.classes, name).toContain(classId);
    }
  });
});

describe('rubric specifics', () => {
  it('reads "BHA" alone as butylated hydroxyanisole, never salicylic acid', () => {
    expect(matcher.match('BHA').classes).toEqual(['antioxidant']);
  });

  it('reads titanium dioxide and zinc oxide as mineral filters, not makeup', () => {
    for (const name of ['Titanium Dioxide', 'CI 77891', 'Zinc Oxide', 'CI 77947']) {
      expect(matcher.match(name).classes, name).toEqual(['mineral-uv-filter']);
    }
  });

  it('never reads a fatty alcohol as a drying alcohol', () => {
    for (const name of KEY_NAMES['fatty-alcohol'] ?? []) expect(matcher.match(name).classes, name).not.toContain('drying-alcohol');
  });

  it('carries the entry rules the scorer applies', () => {
    expect(matcher.match('Citric Acid').rules).toContain('ph-adjuster-when-late');
    expect(matcher.match('Lactic Acid').rules).toContain('ph-adjuster-when-late');
    expect(matcher.match('Benzyl Alcohol').rules).toEqual(['preservative-when-alone']);
    expect(matcher.match('Alcohol Denat.').rules).toEqual(['position-sensitive']);
    expect(matcher.match('SD Alcohol 38-B').rules).toEqual(['position-sensitive']);
    expect(matcher.match('Sodium Chloride').rules).toEqual(['scrub-only']);
    expect(matcher.match('Glycolic Acid').rules).toEqual([]);
  });

  it('keeps citrus extracts and seed oils neutral while citrus peel oils are fragrance', () => {
    expect(matcher.match('Citrus Aurantium Dulcis (Orange) Fruit Extract').classes).toEqual(['plant-extract']);
    expect(matcher.match('Citrus Grandis (Grapefruit) Seed Oil').classes).not.toContain('fragrance');
    expect(matcher.match('Citrus Grandis (Grapefruit) Peel Oil').classes).toContain('fragrance');
  });
});

describe('how a name is found', () => {
  it('reports exact, synonym, variant and family matches with their confidence', () => {
    expect(matcher.match('Retinol')).toMatchObject({ inci: 'Retinol', via: 'exact', confidence: 1 });
    expect(matcher.match('Vitamin A')).toMatchObject({ inci: 'Retinol', via: 'synonym', confidence: 1 });
    expect(matcher.match('ci77491')).toMatchObject({ inci: 'CI 77491', variant: 'colour-index', confidence: 0.95 });
    expect(matcher.match('Citrus Unshiu Peel Oil')).toMatchObject({ inci: null, via: 'family', family: 'citrus-oils', confidence: 0.9 });
  });

  it('uses the synonyms the parser found when the printed name is unknown', () => {
    expect(matcher.match('Ci77891x', ['Titanium Dioxide'])).toMatchObject({ inci: 'Titanium Dioxide', via: 'synonym' });
    expect(matcher.match('Aqua', ['Water'])).toMatchObject({ inci: 'Water', via: 'synonym' });
  });

  it('prefers the printed name over the parser synonyms', () => {
    expect(matcher.match('Retinol', ['Hyaluronic Acid']).inci).toBe('Retinol');
  });

  it.each([
    ['Zinc Oxide (nano)', 'Zinc Oxide', 'brackets'],
    ['Organic Aloe Barbadensis Leaf Juice', 'Aloe Barbadensis Leaf Juice', 'qualifier'],
    ['Aroma2', 'Aroma', 'footnote'],
    ['Iron Oxides CI 77491', 'Iron Oxides', 'trailing-colour-index'],
    ['Water/Aqua/Eau', 'Water', undefined],
    ['Methylchloroisothiazolinone/Benzyl Alcohol', 'Benzyl Alcohol', 'alternatives'], // the more severe part
  ])('finds %s through a cheap variant', (name, inci, variant) => {
    const match = matcher.match(name);
    expect(match.inci).toBe(inci);
    if (variant) expect(match.variant).toBe(variant);
  });

  it('answers from its cache with the same frozen object', () => {
    const first = matcher.match('Phenoxyethanol');
    expect(matcher.match('Phenoxyethanol')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.classes)).toBe(true);
  });
});

describe('fuzzy fallback', () => {
  it.each([
    ['Niacinimide', 'Niacinamide'],
    ['Phenoxyethenol', 'Phenoxyethanol'],
    ['Retinl', 'Retinol'],
    ['Benzyl Alochol', 'Benzyl Alcohol'],
    ['Citronnellol', 'Citronellol'],
    ['Gluconolacctone', 'Gluconolactone'],
  ])('reads the misspelling %s as %s', (name, inci) => {
    expect(matcher.match(name)).toMatchObject({ inci, via: 'fuzzy' });
    expect(matcher.match(name).confidence).toBeLessThan(1);
  });

  it.each([
    ['Formic Acid', 'a different acid two edits from boric acid'],
    ['Tris Citrate', 'two edits from trisodium citrate'],
    ['Ribes Nigrum Bud Oil Blend', 'too far from any entry'],
    ['Xyzzy Extractum', 'nothing like it'],
    ['Benzophenone-7', 'numbers are identity'],
    ['Reti', 'too short for fuzzy'],
  ])('leaves %s unknown (%s)', (name) => {
    expect(matcher.match(name).via).toBe('none');
  });

  it('never turns a misspelling into something safer than a riskier near name', () => {
    // One edit from a made-up neutral entry, two from Benzoyl Peroxide: nearest is neutral, so it stays unknown.
    const trap: CompiledKb = {
      ...kb,
      entries: [...kb.entries, ['Benzoyl Peroxidex', [kb.classes.findIndex((c) => c.id === 'emollient')]]],
    };
    expect(createMatcher(trap).match('Benzoyl Peroxidexy').via).toBe('none');
    expect(createMatcher(kb).match('Benzoyl Peroxidexy')).toMatchObject({ inci: 'Benzoyl Peroxide', via: 'fuzzy' });
  });

  it('can be switched off for measuring, and still names the risky entry a misspelling could be', () => {
    expect(createMatcher(kb, { fuzzy: false }).match('Niacinimide')).toEqual({ ...UNKNOWN_MATCH, near: 'Niacinamide' });
    expect(createMatcher(kb, { fuzzy: false }).match('Xyzzy Extractum')).toBe(UNKNOWN_MATCH);
  });
});

describe('unknown names', () => {
  it.each(['', '   ', 'Love', 'Secret Complex™', 'Hydrocolloid Polymer Technology'])('keeps %j unknown', (name) => {
    expect(matcher.match(name)).toMatchObject({ inci: null, classes: [], via: 'none', confidence: 0 });
  });
});

describe('classes', () => {
  it('looks classes up by id and ranks effects by severity', () => {
    expect(matcher.classOf('retinoid')?.effect).toBe('avoid');
    expect(matcher.classOf('no-such-class')).toBeUndefined();
    expect(matcher.effectOf(['emollient', 'physical-exfoliant'])).toBe('avoid');
    expect(matcher.effectOf(['glycerin', 'humectant'])).toBe('neutral');
    expect(matcher.effectOf([])).toBeNull();
    expect(matcher.classes).toHaveLength(kb.classes.length);
  });
});
