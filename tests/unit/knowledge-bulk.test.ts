import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { compileKnowledgeBase } from '../../src/knowledge/compile.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';

// The neutral and beneficial bulk of data/ingredients (the "bulk" files of the dataset split).
const BULK_FILES = [
  'ceramides',
  'emollients',
  'emulsifiers',
  'fillers',
  'functional',
  'humectants',
  'peptides',
  'plant-extracts',
  'plant-oils',
  'polymers',
  'proteins-ferments',
  'silicones',
  'soothing',
  'surfactants',
  'thickeners',
].map((name) => `${name}.json`);

const sources = readKbSources(resolve(import.meta.dirname, '../../data'));
const effectOf = new Map(sources.classes.map((c) => [c.id, c.effect]));
const bulk = sources.ingredients.filter((f) => BULK_FILES.includes(f.file));
const bulkEntries = bulk.flatMap((f) => f.entries.map((entry) => ({ file: f.file, ...entry })));
const matcher = createMatcher(compileKnowledgeBase(sources));

describe('bulk ingredient files', () => {
  it('are all present and hold at least 1,100 entries', () => {
    expect(bulk.map((f) => f.file).sort()).toEqual([...BULK_FILES].sort());
    expect(bulkEntries.length).toBeGreaterThanOrEqual(1100);
  });

  it('hold only neutral and beneficial classes (avoid/caution names live in the actives files)', () => {
    const flagged = bulkEntries.filter((e) => e.classes.some((id) => effectOf.get(id) !== 'neutral' && effectOf.get(id) !== 'beneficial'));
    expect(flagged.map((e) => `${e.file}: ${e.inci} ${e.classes.join(',')}`)).toEqual([]);
  });

  it('never call an "... Alcohol" of theirs a drying alcohol', () => {
    const alcohols = bulkEntries.filter((e) => /\balcohols?$/i.test(e.inci));
    expect(alcohols.length).toBeGreaterThan(20);
    for (const entry of alcohols) expect(entry.classes, entry.inci).not.toContain('drying-alcohol');
  });

  it('also answer to the name without its parenthesised common name', () => {
    const missing = bulkEntries.filter((e) => {
      // A label's common name stands apart: "Persea Gratissima (Avocado) Oil"; "Tris(...)" is chemistry.
      if (!e.inci.includes(' (')) return false;
      const bare = e.inci.replace(/ \([^)]*\)/g, '');
      return !(e.aka ?? []).includes(bare);
    });
    expect(missing.map((e) => e.inci)).toEqual([]);
  });
});

/** Label spellings → the class the matcher must give, by canonical entry or label synonym. */
const LABEL_NAMES: [label: string, classId: string][] = [
  ['Aqua/Water/Eau', 'solvent'],
  ['Water (Aqua)', 'solvent'],
  ['Glycerine', 'glycerin'],
  ['Butyleneglycol', 'humectant'],
  ['1,2-Hexanediol', 'humectant'],
  ['Sodium Hyaluronate', 'hyaluronic'],
  ['Hyaluronic Acid', 'hyaluronic'],
  ['Ceramide 3', 'barrier-lipid'],
  ['Ceramide NP', 'barrier-lipid'],
  ['Cholesterol', 'barrier-lipid'],
  ['D-Panthenol', 'panthenol'],
  ['Madecassoside', 'centella'],
  ['Gotu Kola Extract', 'centella'],
  ['Allantoin', 'allantoin'],
  ['Squalane', 'squalane'],
  ['Oat Beta-Glucan', 'beta-glucan'],
  ['Avene Thermal Spring Water', 'thermal-water'],
  ['Alpha-Bisabolol', 'bisabolol'],
  ['Aloe Barbadensis (Aloe Vera) Leaf Juice', 'aloe'],
  ['Colloidal Oatmeal', 'oat'],
  ['Argireline', 'peptide'],
  ['Palmitoyl Pentapeptide-4', 'peptide'],
  ['Cetearyl Alcohol', 'fatty-alcohol'],
  ['Cetyl Alcohol', 'fatty-alcohol'],
  ['Octyldodecanol', 'fatty-alcohol'],
  ['C12-16 Alcohols', 'fatty-alcohol'],
  ['BHA', 'antioxidant'],
  ['Butylated Hydroxyanisole', 'antioxidant'],
  ['Vitamin E', 'antioxidant'],
  ['Tocopherol Acetate', 'antioxidant'],
  ['Disodium EDTA', 'chelator'],
  ['Sodium Hydroxide', 'ph-adjuster'],
  ['Sodium Citrate', 'ph-adjuster'],
  ['Caprylic/Capric Triglyceride', 'emollient'],
  ['Fractionated Coconut Oil', 'emollient'],
  ['Shea Butter', 'emollient'],
  ['Butyrospermum Parkii Butter', 'emollient'],
  ['Petrolatum', 'occlusive'],
  ['Paraffinum Liquidum', 'occlusive'],
  ['Dimethicone', 'silicone'],
  ['Dimethicon', 'silicone'],
  ['Cyclopentasiloxane', 'silicone'],
  ['Glyceryl Stearate SE', 'emulsifier'],
  ['Polysorbate 20', 'emulsifier'],
  ['Cocamidopropyl Betaine', 'surfactant'],
  ['Sodium Laureth Sulfate', 'surfactant'],
  ['Xanthan Gum', 'thickener'],
  ['Carbomer', 'thickener'],
  ['PVP', 'film-former'],
  ['Kaolin', 'filler'],
  ['Simmondsia Chinensis (Jojoba) Seed Oil', 'plant-oil'],
  ['Argan Oil', 'plant-oil'],
  ['Green Tea Extract', 'plant-extract'],
  ['Galactomyces Ferment Filtrate (Pitera)', 'skin-conditioning'],
  ['Caffeine', 'skin-conditioning'],
];

describe('bulk label names', () => {
  it.each(LABEL_NAMES)('%s → %s', (label, classId) => {
    const match = matcher.match(label);
    expect(['exact', 'synonym']).toContain(match.via);
    expect(match.classes).toContain(classId);
  });
});
