import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../scripts/eval.ts';
import { loadCompiledKb } from '../../scripts/engine.ts';
import { normalizeName } from '../../src/inci/normalize.ts';
import { parseInci } from '../../src/inci/parse.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';
import { hasCorpus, readCorpusProducts } from '../corpus.ts';

// Measured against the real third-party corpus (read at run time from ../shared/corpus, never copied).
// Fuzzy matching is off: these figures are what the data itself recognises.

const DATASETS = ['boots_cosmetics_database', 'lookfantastic_skincare_products_clean', 'sephora_cosmetics', 'sephora_skincare_scrape_daisy'];
const TARGET = 0.97;
const SLOW = 120_000;

/** Rubric AVOID names (written from verdict-rubric.md) and the class each must be recognised as. */
const AVOID_NAMES: Record<string, string> = {
  ...byClass(
    'retinoid',
    'retinol, retinal, retinaldehyde, retinyl palmitate, retinyl acetate, retinyl propionate, retinyl linoleate, retinyl retinoate, hydroxypinacolone retinoate',
  ),
  ...byClass('retinoid-rx', 'tretinoin, retinoic acid, adapalene, tazarotene, isotretinoin'),
  ...byClass(
    'exfoliating-acid',
    'glycolic acid, lactic acid, mandelic acid, malic acid, tartaric acid, citric acid, salicylic acid, betaine salicylate, sodium salicylate, salix alba bark extract, salix nigra bark extract, gluconolactone, lactobionic acid, maltobionic acid, azelaic acid',
  ),
  ...byClass('benzoyl-peroxide', 'benzoyl peroxide'),
  ...byClass('vitamin-c-pure', 'ascorbic acid, l-ascorbic acid'),
  ...byClass(
    'fragrance',
    'parfum, fragrance, aroma, flavor, flavour, linalool, limonene, citronellol, geraniol, citral, eugenol, isoeugenol, coumarin, farnesol, hexyl cinnamal, amyl cinnamal, cinnamal, cinnamyl alcohol, benzyl salicylate, benzyl benzoate, benzyl cinnamate, anise alcohol, alpha-isomethyl ionone, hydroxycitronellal, butylphenyl methylpropional, hydroxyisohexyl 3-cyclohexene carboxaldehyde, methyl 2-octynoate, evernia prunastri extract, evernia furfuracea extract, menthol, camphor, vanillin, pinene, terpineol, linalyl acetate, benzyl alcohol, lavandula angustifolia oil, melaleuca alternifolia leaf oil, eucalyptus globulus leaf oil, rosmarinus officinalis leaf oil, cananga odorata flower oil, pelargonium graveolens flower oil, rosa damascena flower oil, pogostemon cablin oil, santalum album oil, mentha piperita oil',
  ),
  ...byClass('drying-alcohol', 'alcohol denat, alcohol, ethanol, ethyl alcohol, sd alcohol 40-b, sd alcohol 40, isopropyl alcohol'),
  ...byClass(
    'astringent-cooling',
    'hamamelis virginiana water, hamamelis virginiana leaf extract, hamamelis virginiana extract, witch hazel, menthyl lactate, capsaicin',
  ),
  ...byClass('physical-exfoliant', 'juglans regia shell powder, prunus armeniaca seed powder, olea europaea seed powder, pumice, perlite'),
  ...byClass('bleaching-agent', 'hydroquinone'),
  ...byClass('self-tanner', 'dihydroxyacetone, erythrulose'),
  ...byClass(
    'chemical-uv-filter',
    'avobenzone, butyl methoxydibenzoylmethane, octinoxate, ethylhexyl methoxycinnamate, oxybenzone, benzophenone-3, benzophenone-4, octocrylene, homosalate, octisalate, ethylhexyl salicylate, ensulizole, phenylbenzimidazole sulfonic acid, bis-ethylhexyloxyphenol methoxyphenyl triazine, methylene bis-benzotriazolyl tetramethylbutylphenol, ethylhexyl triazone, diethylamino hydroxybenzoyl hexyl benzoate, drometrizole trisiloxane, terephthalylidene dicamphor sulfonic acid, 4-methylbenzylidene camphor',
  ),
  ...byClass(
    'makeup-pigment',
    'ci 77491, ci 77492, ci 77499, iron oxides, iron oxide, mica, ci 77019, bismuth oxychloride, carmine, ci 75470, ultramarines, chromium oxide greens, ferric ferrocyanide',
  ),
  ...byClass('depilatory', 'potassium thioglycolate, calcium thioglycolate'),
  ...byClass('enzyme-exfoliant', 'papain, bromelain, subtilisin, protease'),
};
/** AVOID families no list can hold. */
const AVOID_PATTERNS: [RegExp, string][] = [
  [/^citrus [a-z ]+ peel oil$/, 'fragrance'],
  // CI numbers except the mineral filters (77891, 77947) and the white fillers (77002, 77120, 77861).
  [/^ci (?!77891|77947|77002|77120|77861)\d{5}$/, 'makeup-pigment'],
  [/^(red|yellow|blue|green) \d{1,2}( lake)?$/, 'makeup-pigment'],
  [/^retinyl [a-z]+$/, 'retinoid'],
];

function byClass(classId: string, names: string): Record<string, string> {
  return Object.fromEntries(names.split(', ').map((name) => [name, classId]));
}

function expectedClass(key: string): string | undefined {
  return AVOID_NAMES[key] ?? AVOID_PATTERNS.find(([pattern]) => pattern.test(key))?.[1];
}

describe.skipIf(!hasCorpus)('the real corpus (../shared/corpus; skipped when it is absent)', () => {
  const matcher = createMatcher(loadCompiledKb(), { fuzzy: false });

  it('recognises every occurrence of a rubric AVOID name as its class', { timeout: SLOW }, () => {
    const misses = new Map<string, number>();
    let seen = 0;
    for (const product of readCorpusProducts()) {
      for (const ingredient of parseInci(product.text).components.flatMap((c) => c.ingredients)) {
        const key = normalizeName(ingredient.name);
        const expected = expectedClass(key);
        if (expected === undefined) continue;
        seen++;
        if (!matcher.match(ingredient.name, ingredient.synonyms).classes.includes(expected)) {
          misses.set(`${key} → ${expected}`, (misses.get(`${key} → ${expected}`) ?? 0) + 1);
        }
      }
    }
    expect(seen).toBeGreaterThan(1000);
    expect(Object.fromEntries(misses)).toEqual({});
  });

  it(`recognises ≥ ${TARGET * 100}% of ingredient occurrences in each dataset`, { timeout: SLOW }, () => {
    const reports = evaluateCorpus(matcher);
    expect(reports.map((r) => r.dataset)).toEqual(DATASETS);
    for (const report of reports) expect(report.recognised, report.dataset).toBeGreaterThanOrEqual(TARGET);
  });
});
