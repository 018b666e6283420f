import { describe, expect, it } from 'vitest';
import { parseInci } from '../../src/inci/parse.ts';
import { corpusDir, hasCorpus, parseCsv, parsePythonStringList, readCorpusProducts } from '../corpus.ts';

describe('corpus reader helpers', () => {
  it('reads quoted CSV fields with commas, doubled quotes and line breaks', () => {
    const csv = 'name,list\r\n"Cream, rich","Water, ""Aqua""\nGlycerin"\nplain,x,\n';
    expect(parseCsv(csv)).toEqual([
      ['name', 'list'],
      ['Cream, rich', 'Water, "Aqua"\nGlycerin'],
      ['plain', 'x', ''],
    ]);
  });

  it('reads Python list literals with both kinds of quotes', () => {
    expect(parsePythonStringList(`['cera alba', "cire d'abeille)", 'a\\'b']`)).toEqual(['cera alba', "cire d'abeille)", "a'b"]);
  });
});

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe.skipIf(!hasCorpus)(`parseInci on every corpus list (${hasCorpus ? corpusDir : 'SKIPPED: ../shared/corpus is absent'})`, () => {
  const products = readCorpusProducts();
  const datasets = [...new Set(products.map((product) => product.dataset))];
  const parsed = products.map((product) => ({ product, label: parseInci(product.text) }));
  const names = parsed.flatMap(({ label }) => label.components.flatMap((c) => c.ingredients.map((i) => i.name)));

  it('reads the four product datasets', () => {
    expect(datasets.sort()).toEqual(['boots_cosmetics_database', 'lookfantastic_skincare_products_clean', 'sephora_cosmetics', 'sephora_skincare_scrape_daisy']);
    expect(products.length).toBeGreaterThan(3000);
    expect(new Set(products.map((p) => `${p.dataset} ${p.id}`)).size).toBe(products.length);
  });

  it.each(['boots_cosmetics_database', 'lookfantastic_skincare_products_clean', 'sephora_cosmetics', 'sephora_skincare_scrape_daisy'])(
    '%s: median ingredients per product above 10, nearly every list read',
    (dataset) => {
      const counts = parsed.filter(({ product }) => product.dataset === dataset).map(({ label }) => label.components.reduce((sum, c) => sum + c.ingredients.length, 0));
      expect(median(counts)).toBeGreaterThan(10);
      expect(counts.filter((count) => count === 0).length / counts.length).toBeLessThan(0.1);
    },
  );

  it('gives names no longer than 200 characters and almost never headings or links', () => {
    expect(names.length).toBeGreaterThan(50_000);
    expect(Math.max(...names.map((name) => name.length))).toBeLessThanOrEqual(200);
    const suspicious = names.filter((name) => /:|https?|www\./i.test(name));
    expect(suspicious.length / names.length).toBeLessThan(0.001);
  });

  it('keeps marketing prose out: few names of more than eight words', () => {
    const wordy = names.filter((name) => name.split(' ').length > 8);
    expect(wordy.length / names.length).toBeLessThan(0.001);
  });

  it('finds water as one ingredient with its synonyms on EU labels', () => {
    const waters = parsed.flatMap(({ label }) => label.components.flatMap((c) => c.ingredients.filter((i) => /^(water|aqua)$/i.test(i.name) && i.synonyms.length > 0)));
    expect(waters.length).toBeGreaterThan(500);
    const withAlias = waters.filter((water) => /water|aqua|eau/i.test(water.synonyms.join(' ')));
    expect(withAlias.length / waters.length).toBeGreaterThan(0.98);
  });
});
