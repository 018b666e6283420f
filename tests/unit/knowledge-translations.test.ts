import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { parseInci } from '../../src/inci/parse.ts';
import { normalizeName } from '../../src/inci/normalize.ts';
import { compileKnowledgeBase, type CompiledLabelWords } from '../../src/knowledge/compile.ts';
import { translateLabelWords } from '../../src/knowledge/label-words.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';
import { LabelWordsSource, TranslationSource, type KbSources } from '../../src/knowledge/schema.ts';
import { scoreLabel } from '../../src/score/score.ts';

// The names labels print in the shops' languages (data/translations/, data/label-words/): each names the entry
// it means, the names that decide a verdict land in the class the rubric gives them, and gentle lists written in
// each language are recognised.

const DATA = resolve(import.meta.dirname, '../../data');
const sources = readKbSources(DATA);
const kb = compileKnowledgeBase(sources);
const matcher = createMatcher(kb);
/** Without fuzzy matching: what the data and the rewrites recognise by themselves. */
const exactMatcher = createMatcher(kb, { fuzzy: false });
const LANGUAGES = ['de', 'es', 'fr', 'it', 'nl', 'pl', 'sv'];
const translations = sources.translations.flatMap(({ language, names }) => names.map((t) => ({ language, ...t })));
const effectOf = (classes: readonly string[]) => matcher.effectOf(classes);

describe('the translation files', () => {
  it('exist for every shop language, names and words', () => {
    expect(sources.translations.map((t) => t.language).sort()).toEqual(LANGUAGES);
    expect(sources.labelWords.map((t) => t.language).sort()).toEqual(LANGUAGES);
  });

  it('validate names and word tables with their schemas', () => {
    expect(v.safeParse(TranslationSource, { name: 'Salicylsäure', inci: 'Salicylic Acid' }).success).toBe(true);
    expect(v.safeParse(TranslationSource, { name: 'Salicylsäure' }).success).toBe(false);
    expect(v.safeParse(TranslationSource, { name: 'Salicylsäure', inci: 'Salicylic Acid', class: 'x' }).success).toBe(false);
    const table = { compounds: true, modifiersFollow: false, connectors: ['aus'], skip: ['bio'], words: { öl: 'oil' } };
    expect(v.safeParse(LabelWordsSource, table).success).toBe(true);
    expect(v.safeParse(LabelWordsSource, { ...table, words: { öl: 1 } }).success).toBe(false);
    expect(v.safeParse(LabelWordsSource, { ...table, words: { öl: '' } }).success).toBe(false);
    expect(v.safeParse(LabelWordsSource, { compounds: true, words: {} }).success).toBe(false);
  });

  it('point every name at the entry it names, recognised as such', () => {
    const wrong = translations.filter(({ name, inci }) => exactMatcher.match(name).inci !== inci);
    expect(wrong.map((t) => `${t.language}: ${t.name} → ${exactMatcher.match(t.name).inci}, not ${t.inci}`)).toEqual([]);
  });

  it('add a name the entry lacks (no copy of its INCI name or aka)', () => {
    const own = new Map<string, string>();
    for (const file of sources.ingredients) {
      for (const entry of file.entries) for (const name of [entry.inci, ...(entry.aka ?? [])]) own.set(normalizeName(name), entry.inci);
    }
    const copies = translations.filter(({ name, inci }) => own.get(normalizeName(name)) === inci);
    expect(copies.map((t) => `${t.language}: ${t.name}`)).toEqual([]);
  });

  it('never give a name to another entry than the one that already has it, in any language', () => {
    const owner = new Map<string, string>();
    for (const file of sources.ingredients) {
      for (const entry of file.entries) for (const name of [entry.inci, ...(entry.aka ?? [])]) owner.set(normalizeName(name), entry.inci);
    }
    const clashes: string[] = [];
    for (const { language, name, inci } of translations) {
      const key = normalizeName(name);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== inci) clashes.push(`${language}: ${name} → ${inci}, already ${previous}`);
      owner.set(key, inci);
    }
    expect(clashes).toEqual([]);
  });
});

describe('the build', () => {
  const withTranslation = (name: string, inci: string): KbSources => ({
    ...sources,
    translations: [...sources.translations, { language: 'xx', names: [{ name, inci }] }],
  });

  it('stops at a translation that names no entry, saying which', () => {
    expect(() => compileKnowledgeBase(withTranslation('Salicylsäure', 'Salicylic Acd'))).toThrow(
      'data/translations/xx.json: "Salicylsäure" names "Salicylic Acd", which is not the INCI name of an entry',
    );
  });

  it('stops at a translation that takes another entry’s name', () => {
    expect(() => compileKnowledgeBase(withTranslation('Glycerine', 'Water'))).toThrow('data/translations/xx.json: "Glycerine" → "Water" is already a name of "Glycerin"');
    expect(() => compileKnowledgeBase(withTranslation('Salicylsäure', 'Glycolic Acid'))).toThrow(/already a name of "Salicylic Acid"/);
  });

  it('stops at a word table that gives one word two meanings', () => {
    const table = { compounds: true, modifiersFollow: false, connectors: [], skip: [], words: { Öl: 'oil', öl: 'wax' } };
    expect(() => compileKnowledgeBase({ ...sources, labelWords: [{ language: 'xx', table }] })).toThrow('data/label-words/xx.json: "öl" is given twice ("oil", "wax")');
  });

  describe('reading data/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'needle-safe-kb-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names the translation file that is malformed', () => {
      cpSync(DATA, dir, { recursive: true });
      writeFileSync(join(dir, 'translations', 'de.json'), JSON.stringify([{ name: 'Salicylsäure' }]));
      expect(() => readKbSources(dir)).toThrow(/translations[/\\]de\.json: 0\.inci/);
    });
  });
});

/**
 * The names each language prints for what decides a verdict, and the class the rubric gives them
 * (written from the rubric and the languages, not from the data files).
 */
const DECIDING: Record<string, [name: string, classId: string][]> = {
  de: [
    ['Alkohol', 'drying-alcohol'],
    ['Alkohol denat.', 'drying-alcohol'],
    ['Denaturierter Alkohol', 'drying-alcohol'],
    ['Ethylalkohol', 'drying-alcohol'],
    ['Isopropylalkohol', 'drying-alcohol'],
    ['Parfüm', 'fragrance'],
    ['Duftstoff', 'fragrance'],
    ['Duftstoffe', 'fragrance'],
    ['Ätherisches Öl', 'fragrance'],
    ['Ätherische Öle', 'fragrance'],
    ['Natürliche Aromen', 'fragrance'],
    ['Lavendelöl', 'fragrance'],
    ['Pfefferminzöl', 'fragrance'],
    ['Orangenschalenöl', 'fragrance'],
    ['Zitronenöl', 'fragrance'],
    ['Bergamotteöl', 'fragrance'],
    ['Teebaumöl', 'fragrance'],
    ['Eukalyptusöl', 'fragrance'],
    ['Rosmarinöl', 'fragrance'],
    ['Limonen', 'fragrance'],
    ['Salicylsäure', 'exfoliating-acid'],
    ['Glykolsäure', 'exfoliating-acid'],
    ['Milchsäure', 'exfoliating-acid'],
    ['Mandelsäure', 'exfoliating-acid'],
    ['Zitronensäure', 'exfoliating-acid'],
    ['Äpfelsäure', 'exfoliating-acid'],
    ['Weinsäure', 'exfoliating-acid'],
    ['Azelainsäure', 'exfoliating-acid'],
    ['Gluconolacton', 'exfoliating-acid'],
    ['Fruchtsäuren', 'exfoliating-acid'],
    ['Weidenrindenextrakt', 'exfoliating-acid'],
    ['Ascorbinsäure', 'vitamin-c-pure'],
    ['Vitamin C', 'vitamin-c-pure'],
    ['Ascorbylpalmitat', 'vitamin-c-derivative'],
    ['Natriumascorbylphosphat', 'vitamin-c-derivative'],
    ['Vitamin A', 'retinoid'],
    ['Retinylpalmitat', 'retinoid'],
    ['Retinsäure', 'retinoid-rx'],
    ['Benzoylperoxid', 'benzoyl-peroxide'],
    ['Hydrochinon', 'bleaching-agent'],
    ['Menthol', 'astringent-cooling'],
    ['Kampfer', 'astringent-cooling'],
    ['Hamamelis', 'astringent-cooling'],
    ['Hamameliswasser', 'astringent-cooling'],
    ['Dihydroxyaceton', 'self-tanner'],
    ['Oxybenzon', 'chemical-uv-filter'],
    ['Nicotinamid', 'niacinamide'],
    ['Kojisäure', 'brightening-active'],
    ['Tranexamsäure', 'brightening-active'],
    ['Alpha-Arbutin', 'brightening-active'],
    ['Ferulasäure', 'ferulic-acid'],
    ['Arnika', 'arnica'],
    ['Kupferpeptid', 'copper-peptide'],
  ],
  fr: [
    ['Alcool', 'drying-alcohol'],
    ['Alcool dénaturé', 'drying-alcohol'],
    ['Alcool dénat.', 'drying-alcohol'],
    ['Alcool éthylique', 'drying-alcohol'],
    ['Alcool isopropylique', 'drying-alcohol'],
    ['Parfum', 'fragrance'],
    ['Huile essentielle', 'fragrance'],
    ['Huiles essentielles', 'fragrance'],
    ['Arôme', 'fragrance'],
    ['Composition parfumante', 'fragrance'],
    ['Huile essentielle de lavande', 'fragrance'],
    ['Huile essentielle de menthe poivrée', 'fragrance'],
    ['Huile essentielle de citron', 'fragrance'],
    ["Huile essentielle d'orange douce", 'fragrance'],
    ['Huile essentielle de bergamote', 'fragrance'],
    ["Huile essentielle d'arbre à thé", 'fragrance'],
    ["Huile essentielle d'eucalyptus", 'fragrance'],
    ['Huile essentielle de romarin', 'fragrance'],
    ['Coumarine', 'fragrance'],
    ['Acide salicylique', 'exfoliating-acid'],
    ['Acide glycolique', 'exfoliating-acid'],
    ['Acide lactique', 'exfoliating-acid'],
    ['Acide mandélique', 'exfoliating-acid'],
    ['Acide citrique', 'exfoliating-acid'],
    ['Acide malique', 'exfoliating-acid'],
    ['Acide tartrique', 'exfoliating-acid'],
    ['Acide azélaïque', 'exfoliating-acid'],
    ['Gluconolactone', 'exfoliating-acid'],
    ['Acides de fruits', 'exfoliating-acid'],
    ["Extrait d'écorce de saule", 'exfoliating-acid'],
    ['Acide ascorbique', 'vitamin-c-pure'],
    ['Vitamine C', 'vitamin-c-pure'],
    ["Palmitate d'ascorbyle", 'vitamin-c-derivative'],
    ['Ascorbyl phosphate de sodium', 'vitamin-c-derivative'],
    ['Vitamine A', 'retinoid'],
    ['Rétinol', 'retinoid'],
    ['Palmitate de rétinyle', 'retinoid'],
    ['Acide rétinoïque', 'retinoid-rx'],
    ['Peroxyde de benzoyle', 'benzoyl-peroxide'],
    ['Hydroquinone', 'bleaching-agent'],
    ['Menthol', 'astringent-cooling'],
    ['Camphre', 'astringent-cooling'],
    ['Hamamélis', 'astringent-cooling'],
    ["Eau d'hamamélis", 'astringent-cooling'],
    ['Dihydroxyacétone', 'self-tanner'],
    ['Nicotinamide', 'niacinamide'],
    ['Acide kojique', 'brightening-active'],
    ['Arbutine', 'brightening-active'],
    ['Acide férulique', 'ferulic-acid'],
    ["Extrait d'arnica", 'arnica'],
  ],
  es: [
    ['Alcohol', 'drying-alcohol'],
    ['Alcohol desnaturalizado', 'drying-alcohol'],
    ['Alcohol etílico', 'drying-alcohol'],
    ['Etanol', 'drying-alcohol'],
    ['Alcohol isopropílico', 'drying-alcohol'],
    ['Perfume', 'fragrance'],
    ['Fragancia', 'fragrance'],
    ['Aceite esencial', 'fragrance'],
    ['Aceites esenciales', 'fragrance'],
    ['Aroma', 'fragrance'],
    ['Aceite esencial de lavanda', 'fragrance'],
    ['Aceite esencial de menta piperita', 'fragrance'],
    ['Aceite esencial de limón', 'fragrance'],
    ['Aceite esencial de naranja dulce', 'fragrance'],
    ['Aceite esencial de bergamota', 'fragrance'],
    ['Aceite de árbol de té', 'fragrance'],
    ['Aceite esencial de eucalipto', 'fragrance'],
    ['Aceite esencial de romero', 'fragrance'],
    ['Cumarina', 'fragrance'],
    ['Ácido salicílico', 'exfoliating-acid'],
    ['Ácido glicólico', 'exfoliating-acid'],
    ['Ácido láctico', 'exfoliating-acid'],
    ['Ácido mandélico', 'exfoliating-acid'],
    ['Ácido cítrico', 'exfoliating-acid'],
    ['Ácido málico', 'exfoliating-acid'],
    ['Ácido tartárico', 'exfoliating-acid'],
    ['Ácido azelaico', 'exfoliating-acid'],
    ['Gluconolactona', 'exfoliating-acid'],
    ['Ácidos de frutas', 'exfoliating-acid'],
    ['Extracto de corteza de sauce', 'exfoliating-acid'],
    ['Ácido ascórbico', 'vitamin-c-pure'],
    ['Vitamina C', 'vitamin-c-pure'],
    ['Palmitato de ascorbilo', 'vitamin-c-derivative'],
    ['Vitamina A', 'retinoid'],
    ['Palmitato de retinilo', 'retinoid'],
    ['Ácido retinoico', 'retinoid-rx'],
    ['Peróxido de benzoilo', 'benzoyl-peroxide'],
    ['Hidroquinona', 'bleaching-agent'],
    ['Mentol', 'astringent-cooling'],
    ['Alcanfor', 'astringent-cooling'],
    ['Hamamelis', 'astringent-cooling'],
    ['Agua de hamamelis', 'astringent-cooling'],
    ['Dihidroxiacetona', 'self-tanner'],
    ['Oxibenzona', 'chemical-uv-filter'],
    ['Niacinamida', 'niacinamide'],
    ['Ácido kójico', 'brightening-active'],
    ['Arbutina', 'brightening-active'],
    ['Ácido ferúlico', 'ferulic-acid'],
    ['Árnica', 'arnica'],
  ],
  it: [
    ['Alcol', 'drying-alcohol'],
    ['Alcool', 'drying-alcohol'],
    ['Alcol denaturato', 'drying-alcohol'],
    ['Alcol etilico', 'drying-alcohol'],
    ['Alcol isopropilico', 'drying-alcohol'],
    ['Profumo', 'fragrance'],
    ['Fragranza', 'fragrance'],
    ['Olio essenziale', 'fragrance'],
    ['Oli essenziali', 'fragrance'],
    ['Aroma', 'fragrance'],
    ['Olio essenziale di lavanda', 'fragrance'],
    ['Olio essenziale di menta piperita', 'fragrance'],
    ['Olio essenziale di limone', 'fragrance'],
    ['Olio essenziale di arancio dolce', 'fragrance'],
    ['Olio essenziale di bergamotto', 'fragrance'],
    ['Olio essenziale di tea tree', 'fragrance'],
    ['Olio essenziale di eucalipto', 'fragrance'],
    ['Olio essenziale di rosmarino', 'fragrance'],
    ['Cumarina', 'fragrance'],
    ['Acido salicilico', 'exfoliating-acid'],
    ['Acido glicolico', 'exfoliating-acid'],
    ['Acido lattico', 'exfoliating-acid'],
    ['Acido mandelico', 'exfoliating-acid'],
    ['Acido citrico', 'exfoliating-acid'],
    ['Acido malico', 'exfoliating-acid'],
    ['Acido tartarico', 'exfoliating-acid'],
    ['Acido azelaico', 'exfoliating-acid'],
    ['Gluconolattone', 'exfoliating-acid'],
    ['Acidi della frutta', 'exfoliating-acid'],
    ['Estratto di corteccia di salice', 'exfoliating-acid'],
    ['Acido ascorbico', 'vitamin-c-pure'],
    ['Vitamina C', 'vitamin-c-pure'],
    ['Ascorbil palmitato', 'vitamin-c-derivative'],
    ['Vitamina A', 'retinoid'],
    ['Retinil palmitato', 'retinoid'],
    ['Acido retinoico', 'retinoid-rx'],
    ['Perossido di benzoile', 'benzoyl-peroxide'],
    ['Idrochinone', 'bleaching-agent'],
    ['Mentolo', 'astringent-cooling'],
    ['Canfora', 'astringent-cooling'],
    ['Amamelide', 'astringent-cooling'],
    ['Acqua di amamelide', 'astringent-cooling'],
    ['Diidrossiacetone', 'self-tanner'],
    ['Ossibenzone', 'chemical-uv-filter'],
    ['Niacinamide', 'niacinamide'],
    ['Acido cogico', 'brightening-active'],
    ['Arbutina', 'brightening-active'],
    ['Acido ferulico', 'ferulic-acid'],
    ['Estratto di arnica', 'arnica'],
  ],
  nl: [
    ['Alcohol', 'drying-alcohol'],
    ['Gedenatureerde alcohol', 'drying-alcohol'],
    ['Ethylalcohol', 'drying-alcohol'],
    ['Isopropylalcohol', 'drying-alcohol'],
    ['Parfum', 'fragrance'],
    ['Geurstof', 'fragrance'],
    ['Geurstoffen', 'fragrance'],
    ['Etherische olie', 'fragrance'],
    ['Etherische oliën', 'fragrance'],
    ['Essentiële olie', 'fragrance'],
    ['Lavendelolie', 'fragrance'],
    ['Pepermuntolie', 'fragrance'],
    ['Citroenolie', 'fragrance'],
    ['Sinaasappelolie', 'fragrance'],
    ['Bergamotolie', 'fragrance'],
    ['Theeboomolie', 'fragrance'],
    ['Eucalyptusolie', 'fragrance'],
    ['Rozemarijnolie', 'fragrance'],
    ['Limoneen', 'fragrance'],
    ['Salicylzuur', 'exfoliating-acid'],
    ['Glycolzuur', 'exfoliating-acid'],
    ['Melkzuur', 'exfoliating-acid'],
    ['Amandelzuur', 'exfoliating-acid'],
    ['Citroenzuur', 'exfoliating-acid'],
    ['Appelzuur', 'exfoliating-acid'],
    ['Wijnsteenzuur', 'exfoliating-acid'],
    ['Azelaïnezuur', 'exfoliating-acid'],
    ['Gluconolacton', 'exfoliating-acid'],
    ['Vruchtenzuren', 'exfoliating-acid'],
    ['Wilgenbastextract', 'exfoliating-acid'],
    ['Ascorbinezuur', 'vitamin-c-pure'],
    ['Vitamine C', 'vitamin-c-pure'],
    ['Ascorbylpalmitaat', 'vitamin-c-derivative'],
    ['Vitamine A', 'retinoid'],
    ['Retinylpalmitaat', 'retinoid'],
    ['Retinoïnezuur', 'retinoid-rx'],
    ['Benzoylperoxide', 'benzoyl-peroxide'],
    ['Hydrochinon', 'bleaching-agent'],
    ['Menthol', 'astringent-cooling'],
    ['Kamfer', 'astringent-cooling'],
    ['Hamamelis', 'astringent-cooling'],
    ['Hamameliswater', 'astringent-cooling'],
    ['Dihydroxyacetone', 'self-tanner'],
    ['Oxybenzon', 'chemical-uv-filter'],
    ['Nicotinamide', 'niacinamide'],
    ['Kojizuur', 'brightening-active'],
    ['Arbutine', 'brightening-active'],
    ['Ferulazuur', 'ferulic-acid'],
    ['Arnica-extract', 'arnica'],
  ],
  pl: [
    ['Alkohol', 'drying-alcohol'],
    ['Alkohol denaturowany', 'drying-alcohol'],
    ['Alkohol etylowy', 'drying-alcohol'],
    ['Alkohol izopropylowy', 'drying-alcohol'],
    ['Kompozycja zapachowa', 'fragrance'],
    ['Substancje zapachowe', 'fragrance'],
    ['Olejek eteryczny', 'fragrance'],
    ['Olejki eteryczne', 'fragrance'],
    ['Olejek lawendowy', 'fragrance'],
    ['Olejek z mięty pieprzowej', 'fragrance'],
    ['Olejek cytrynowy', 'fragrance'],
    ['Olejek pomarańczowy', 'fragrance'],
    ['Olejek bergamotowy', 'fragrance'],
    ['Olejek z drzewa herbacianego', 'fragrance'],
    ['Olejek eukaliptusowy', 'fragrance'],
    ['Olejek rozmarynowy', 'fragrance'],
    ['Kumaryna', 'fragrance'],
    ['Kwas salicylowy', 'exfoliating-acid'],
    ['Kwas glikolowy', 'exfoliating-acid'],
    ['Kwas mlekowy', 'exfoliating-acid'],
    ['Kwas migdałowy', 'exfoliating-acid'],
    ['Kwas cytrynowy', 'exfoliating-acid'],
    ['Kwas jabłkowy', 'exfoliating-acid'],
    ['Kwas winowy', 'exfoliating-acid'],
    ['Kwas azelainowy', 'exfoliating-acid'],
    ['Glukonolakton', 'exfoliating-acid'],
    ['Kwasy owocowe', 'exfoliating-acid'],
    ['Ekstrakt z kory wierzby', 'exfoliating-acid'],
    ['Kwas askorbinowy', 'vitamin-c-pure'],
    ['Witamina C', 'vitamin-c-pure'],
    ['Palmitynian askorbylu', 'vitamin-c-derivative'],
    ['Witamina A', 'retinoid'],
    ['Palmitynian retinylu', 'retinoid'],
    ['Kwas retinowy', 'retinoid-rx'],
    ['Nadtlenek benzoilu', 'benzoyl-peroxide'],
    ['Hydrochinon', 'bleaching-agent'],
    ['Mentol', 'astringent-cooling'],
    ['Kamfora', 'astringent-cooling'],
    ['Oczar wirginijski', 'astringent-cooling'],
    ['Woda z oczaru wirginijskiego', 'astringent-cooling'],
    ['Dihydroksyaceton', 'self-tanner'],
    ['Oksybenzon', 'chemical-uv-filter'],
    ['Niacynamid', 'niacinamide'],
    ['Kwas kojowy', 'brightening-active'],
    ['Arbutyna', 'brightening-active'],
    ['Kwas ferulowy', 'ferulic-acid'],
    ['Ekstrakt z arniki', 'arnica'],
  ],
  sv: [
    ['Alkohol', 'drying-alcohol'],
    ['Denaturerad alkohol', 'drying-alcohol'],
    ['Etanol', 'drying-alcohol'],
    ['Isopropylalkohol', 'drying-alcohol'],
    ['Parfym', 'fragrance'],
    ['Doftämnen', 'fragrance'],
    ['Eterisk olja', 'fragrance'],
    ['Eteriska oljor', 'fragrance'],
    ['Arom', 'fragrance'],
    ['Lavendelolja', 'fragrance'],
    ['Pepparmyntsolja', 'fragrance'],
    ['Citronolja', 'fragrance'],
    ['Apelsinolja', 'fragrance'],
    ['Bergamottolja', 'fragrance'],
    ['Teträdsolja', 'fragrance'],
    ['Eukalyptusolja', 'fragrance'],
    ['Rosmarinolja', 'fragrance'],
    ['Limonen', 'fragrance'],
    ['Salicylsyra', 'exfoliating-acid'],
    ['Glykolsyra', 'exfoliating-acid'],
    ['Mjölksyra', 'exfoliating-acid'],
    ['Mandelsyra', 'exfoliating-acid'],
    ['Citronsyra', 'exfoliating-acid'],
    ['Äppelsyra', 'exfoliating-acid'],
    ['Vinsyra', 'exfoliating-acid'],
    ['Azelainsyra', 'exfoliating-acid'],
    ['Glukonolakton', 'exfoliating-acid'],
    ['Fruktsyror', 'exfoliating-acid'],
    ['Pilbarksextrakt', 'exfoliating-acid'],
    ['Askorbinsyra', 'vitamin-c-pure'],
    ['C-vitamin', 'vitamin-c-pure'],
    ['Askorbylpalmitat', 'vitamin-c-derivative'],
    ['A-vitamin', 'retinoid'],
    ['Retinylpalmitat', 'retinoid'],
    ['Retinsyra', 'retinoid-rx'],
    ['Bensoylperoxid', 'benzoyl-peroxide'],
    ['Hydrokinon', 'bleaching-agent'],
    ['Mentol', 'astringent-cooling'],
    ['Kamfer', 'astringent-cooling'],
    ['Trollhassel', 'astringent-cooling'],
    ['Hamamelis', 'astringent-cooling'],
    ['Dihydroxiaceton', 'self-tanner'],
    ['Oxybenson', 'chemical-uv-filter'],
    ['Nikotinamid', 'niacinamide'],
    ['Kojisyra', 'brightening-active'],
    ['Alfa-arbutin', 'brightening-active'],
    ['Ferulasyra', 'ferulic-acid'],
    ['Arnika', 'arnica'],
  ],
};

describe('names that decide a verdict', () => {
  it('are written for every shop language', () => {
    expect(Object.keys(DECIDING).sort()).toEqual(LANGUAGES);
  });

  describe.each(LANGUAGES)('%s', (language) => {
    it.each(DECIDING[language] ?? [])('%s is %s', (name, classId) => {
      const match = exactMatcher.match(name);
      expect(match.classes).toContain(classId);
      // Never safer than the label: what decides a verdict is an avoid or caution name.
      expect(['avoid', 'caution']).toContain(effectOf(match.classes));
    });
  });
});

/**
 * A gentle leave-on list per language, written for this test (water, glycerin, an oil, a butter, a fatty alcohol —
 * never a drying one —, squalane, panthenol, hyaluronate, allantoin, vitamin E, a gum, two preservatives), and three
 * risky names of that language to put in its place.
 */
const GENTLE: Record<string, { list: string; risky: string[] }> = {
  de: {
    list: 'Wasser, Glyzerin, Sonnenblumenöl, Sheabutter, Cetearylalkohol, Glycerylstearat, Squalan, Panthenol, Natriumhyaluronat, Allantoin, Tocopherol, Xanthangummi, Kaliumsorbat, Natriumbenzoat',
    risky: ['Salicylsäure', 'Alkohol denat.', 'Ätherische Öle'],
  },
  fr: {
    list: "Eau, Glycérine, Huile de tournesol, Beurre de karité, Alcool cétéarylique, Squalane, Panthénol, Hyaluronate de sodium, Allantoïne, Tocophérol, Gomme xanthane, Sorbate de potassium, Benzoate de sodium, Huile d'amande douce",
    risky: ['Acide Salicylique', 'Alcool Dénaturé', 'Huile essentielle de lavande'],
  },
  es: {
    list: 'Agua, Glicerina, Aceite de girasol, Manteca de karité, Alcohol cetearílico, Escualano, Pantenol, Hialuronato de sodio, Alantoína, Tocoferol, Goma xantana, Sorbato de potasio, Benzoato de sodio, Aceite de almendras dulces',
    risky: ['Ácido salicílico', 'Alcohol desnaturalizado', 'Aceite esencial'],
  },
  it: {
    list: 'Acqua, Glicerina, Olio di semi di girasole, Burro di karité, Alcol cetearilico, Squalano, Pantenolo, Sodio ialuronato, Allantoina, Tocoferolo, Gomma xantana, Potassio sorbato, Sodio benzoato, Olio di mandorle dolci',
    risky: ['Acido salicilico', 'Alcol denaturato', 'Profumo'],
  },
  nl: {
    list: 'Water, Glycerine, Zonnebloemolie, Sheaboter, Cetearylalcohol, Squalaan, Panthenol, Natriumhyaluronaat, Allantoïne, Tocoferol, Xanthaangom, Kaliumsorbaat, Natriumbenzoaat, Zoete amandelolie',
    risky: ['Salicylzuur', 'Gedenatureerde alcohol', 'Etherische olie'],
  },
  pl: {
    list: 'Woda, Gliceryna, Olej słonecznikowy, Masło shea, Alkohol cetearylowy, Skwalan, Pantenol, Hialuronian sodu, Alantoina, Tokoferol, Guma ksantanowa, Sorbinian potasu, Benzoesan sodu, Olej ze słodkich migdałów',
    risky: ['Kwas salicylowy', 'Alkohol denaturowany', 'Kompozycja zapachowa'],
  },
  sv: {
    list: 'Vatten, Glycerin, Solrosolja, Sheasmör, Cetearylalkohol, Skvalan, Pantenol, Natriumhyaluronat, Allantoin, Tokoferol, Xantangummi, Kaliumsorbat, Natriumbensoat, Sötmandelolja',
    risky: ['Salicylsyra', 'Denaturerad alkohol', 'Eteriska oljor'],
  },
};

const score = (text: string) => scoreLabel(parseInci(text), matcher, { depth: 'pro', treatmentAt: null, avoidList: [] });

describe('a gentle list written in each language', () => {
  it('is written for every shop language', () => {
    expect(Object.keys(GENTLE).sort()).toEqual(LANGUAGES);
  });

  it.each(LANGUAGES)('%s: every name recognised and the list suitable', (language) => {
    const analysis = score(GENTLE[language]?.list ?? '');
    const unknown = analysis.components.flatMap((c) => c.ingredients).filter((i) => i.effect === 'unknown');
    expect(unknown.map((i) => i.text)).toEqual([]);
    expect(analysis.total).toBeGreaterThanOrEqual(13);
    expect(analysis.verdict).toBe('suitable');
  });

  it.each(LANGUAGES)('%s: with one risky name of the language in second place, avoid', (language) => {
    const { list, risky } = GENTLE[language] ?? { list: '', risky: [] };
    const [first, ...rest] = list.split(', ');
    for (const name of risky) {
      const analysis = score([first, name, ...rest].join(', '));
      expect(analysis.verdict, name).toBe('avoid');
      const flagged = analysis.components.flatMap((c) => c.ingredients).filter((i) => i.effect === 'avoid');
      expect(
        flagged.map((i) => normalizeName(i.text)),
        name,
      ).toEqual([normalizeName(name)]);
    }
  });
});

describe('names translated word by word (data/label-words/)', () => {
  it.each([
    ['Helianthus Annuus Samenöl', 'helianthus annuus seed oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Sonnenblumenöl', 'sunflower oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Bio-Sonnenblumenöl', 'sunflower oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Calendula Officinalis Blütenextrakt', 'calendula officinalis flower extract', 'Calendula Officinalis Flower Extract'],
    ['Aloe-Vera-Blattsaft', 'aloe vera leaf juice', 'Aloe Barbadensis Leaf Juice'],
    ['Glycerylstearat', 'glyceryl stearate', 'Glyceryl Stearate'],
    ['Natürliche Duftstoffe', 'natural fragrance', 'Parfum'],
    ['Teebaumblätteröl', 'tea tree leaf oil', 'Melaleuca Alternifolia Leaf Oil'],
    ['Huile de graines de tournesol', 'sunflower seed oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ["Huile vierge d'amande douce", 'sweet almond oil', 'Prunus Amygdalus Dulcis (Sweet Almond) Oil'],
    ["Jus de feuille d'Aloe Barbadensis", 'aloe barbadensis leaf juice', 'Aloe Barbadensis Leaf Juice'],
    ['Salicylate de méthyle', 'methyl salicylate', 'Methyl Salicylate'],
    ['Aceite de semillas de girasol', 'sunflower seed oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Aceite de hojas de árbol de té', 'tea tree leaf oil', 'Melaleuca Alternifolia Leaf Oil'],
    ['Olio di vinaccioli', 'grape seed oil', 'Vitis Vinifera (Grape) Seed Oil'],
    ['Estratto di foglie di tè verde', 'green tea leaf extract', 'Camellia Sinensis Leaf Extract'],
    ['Zonnebloempitolie', 'sunflower seed oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Zoete amandelolie', 'sweet almond oil', 'Prunus Amygdalus Dulcis (Sweet Almond) Oil'],
    ['Olej z nasion słonecznika', 'sunflower seed oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Olej z pestek winogron', 'grape seed oil', 'Vitis Vinifera (Grape) Seed Oil'],
    ['Olejek eteryczny z lawendy', 'lavender essential oil', 'Lavandula Angustifolia Oil'],
    ['Solrosfröolja', 'sunflower seed oil', 'Helianthus Annuus (Sunflower) Seed Oil'],
    ['Sötmandelolja', 'sweet almond oil', 'Prunus Amygdalus Dulcis (Sweet Almond) Oil'],
  ])('%s → %s (%s)', (label, english, inci) => {
    expect(translateLabelWords(normalizeName(label), kb.labelWords)).toBe(english);
    expect(exactMatcher.match(label).inci).toBe(inci);
  });

  it.each([
    ['Rosmarinblattextrakt', 'rosemary leaf extract'],
    ['Extrakt aus Rosmarinblättern', 'rosemary leaf extract'],
    ['Extrait de feuilles de romarin', 'rosemary leaf extract'],
    ['Extracto de hoja de romero', 'rosemary leaf extract'],
    ['Estratto di foglie di rosmarino', 'rosemary leaf extract'],
    ['Rozemarijnbladextract', 'rosemary leaf extract'],
    ['Ekstrakt z liści rozmarynu', 'rosemary leaf extract'],
    ['Rosmarinbladextrakt', 'rosemary leaf extract'],
  ])('%s reads as %s in every language', (label, english) => {
    expect(translateLabelWords(normalizeName(label), kb.labelWords)).toBe(english);
  });

  it.each([
    // A word that says what the ingredient is stays: an essential oil is never read as the plain plant oil.
    ['Ätherisches Karottenöl', 'essential carrot oil'],
    ['Huile essentielle de noisette', 'hazelnut essential oil'],
    ['Olejek migdałowy', 'almond essential oil'],
    // An unknown part is kept, and only stands before a long word: "menthol" is not "menth oil".
    ['Menthol', 'menthol'],
    ['Fettalkohol', 'fett alcohol'],
    // Nothing the tables know: the name comes back as printed.
    ['Retinol', 'retinol'],
    ['Hydroxypinacolone Retinoate', 'hydroxypinacolone retinoate'],
  ])('%s → %s', (label, english) => {
    expect(translateLabelWords(normalizeName(label), kb.labelWords)).toBe(english);
  });

  it.each(['Ätherisches Karottenöl', 'Huile essentielle de noisette', 'Olejek migdałowy', 'Wildrosenöl'])('%s never comes out neutral or beneficial', (label) => {
    const effect = effectOf(matcher.match(label).classes);
    expect(effect === 'neutral' || effect === 'beneficial', `${label}: ${effect}`).toBe(false);
  });
});

describe('translateLabelWords', () => {
  const table = (language: string, fields: Partial<CompiledLabelWords>): CompiledLabelWords => ({
    language,
    compounds: false,
    modifiersFollow: false,
    connectors: [],
    skip: [],
    words: {},
    ...fields,
  });
  const german = table('de', {
    compounds: true,
    connectors: ['aus'],
    skip: ['bio'],
    words: { ol: 'oil', samen: 'seed', samenol: 'seed oil', sonnenblumen: 'sunflower', blatt: 'leaf', extrakt: 'extract', alkohol: 'alcohol' },
  });
  const french = table('fr', {
    modifiersFollow: true,
    connectors: ['de', 'd'],
    skip: ['vierge'],
    words: { huile: 'oil', graines: 'seed', tournesol: 'sunflower', acide: 'acid', salicylique: 'salicylic', 'citron vert': 'lime' },
  });
  const translate = (name: string, tables = [german, french]) => translateLabelWords(normalizeName(name), tables);

  it('reads a compound as the fewest table words it is made of', () => {
    expect(translate('Sonnenblumensamenöl')).toBe('sunflower seed oil');
    expect(translate('Sonnenblumen-Öl')).toBe('sunflower oil');
    expect(translate('Bio-Sonnenblumenöl')).toBe('sunflower oil');
  });

  it('keeps Latin words in their order and in place', () => {
    expect(translate('Helianthus Annuus Samenöl')).toBe('helianthus annuus seed oil');
    expect(translate("Huile de graines d'Helianthus Annuus")).toBe('helianthus annuus seed oil');
  });

  it('swaps the parts around a connector into English order', () => {
    expect(translate('Extrakt aus Sonnenblumenblatt')).toBe('sunflower leaf extract');
    expect(translate('Huile de graines de tournesol')).toBe('sunflower seed oil');
    expect(translate('Huile vierge de tournesol')).toBe('sunflower oil');
  });

  it('puts a following modifier first, and reads a phrase as one', () => {
    expect(translate('Acide salicylique')).toBe('salicylic acid');
    expect(translate('Huile de citron vert')).toBe('lime oil');
  });

  it('lets an unknown part stand only first and before a long word', () => {
    expect(translate('Cetylalkohol')).toBe('cetyl alcohol');
    expect(translate('Menthol')).toBe('menthol');
    expect(translate('Retinolextrakt')).toBe('retinol extract');
  });

  it('returns the name unchanged when no table explains any of it', () => {
    expect(translate('Phenoxyethanol')).toBe('phenoxyethanol');
    expect(translate('Phenoxyethanol', [])).toBe('phenoxyethanol');
  });

  it('uses the language that explains most of the name', () => {
    const spanish = table('es', { modifiersFollow: true, connectors: ['de'], words: { aceite: 'oil', girasol: 'sunflower' } });
    expect(translate('Aceite de girasol', [german, french, spanish])).toBe('sunflower oil');
    expect(translate('Huile de tournesol', [spanish, french])).toBe('sunflower oil');
  });
});
