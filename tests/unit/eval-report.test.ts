import { describe, expect, it } from 'vitest';
import { evaluateCorpus, evaluateDataset } from '../../scripts/eval.ts';
import { loadCompiledKb } from '../../scripts/engine.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';
import type { CorpusProduct } from '../corpus.ts';

// The arithmetic of `npm run eval` on authored products (the real corpus is measured in knowledge-corpus).

const matcher = createMatcher(loadCompiledKb());
const product = (dataset: string, id: string, text: string, name = 'Face Serum'): CorpusProduct => ({ dataset, id, name, text });

describe('evaluateDataset', () => {
  const report = evaluateDataset(
    'authored',
    [
      product('authored', 'a', 'Aqua (Water), Glycerin, Retinol, Xyzzy Foo, Niacinimide, Citrus Unshiu Peel Oil'),
      product('authored', 'b', 'Water, Glycerin, Xyzzy Foo'),
      product('authored', 'c', ''),
    ],
    matcher,
  );

  it('counts products, list sizes and how each occurrence was matched', () => {
    expect(report).toMatchObject({ dataset: 'authored', products: 3, parsed: 2, occurrences: 9 });
    expect(report.ingredientsPerProduct).toEqual({ mean: 4.5, median: 4.5 });
    // "Aqua" is a label synonym of Water; Citrus Unshiu Peel Oil is known by its family only.
    expect(report.byVia).toEqual({ exact: 4, synonym: 1, family: 1, fuzzy: 1, none: 2 });
  });

  it('leaves fuzzy matches out of the recognised share and reports them apart', () => {
    expect(report.recognised).toBeCloseTo(6 / 9);
    expect(report.recognisedWithFuzzy).toBeCloseTo(7 / 9);
    expect(report.topFuzzy).toEqual([['niacinimide', 'Niacinamide', 1]]);
  });

  it('lists the most frequent unrecognised names, normalised', () => {
    expect(report.topUnrecognised).toEqual([['xyzzy foo', 2]]);
  });

  it('scores every product for the verdict distribution', () => {
    expect(report.verdicts).toEqual({ avoid: 1, caution: 0, suitable: 0, unknown: 2 });
  });

  it('counts the products holding each kind of doubt, and those a doubt keeps from "suitable"', () => {
    const gentle = 'Aqua, Glycerin, Squalane, Cetearyl Alcohol, Panthenol, Sodium Hyaluronate, Allantoin, Caprylyl Glycol, Phenoxyethanol';
    const doubtful = evaluateDataset(
      'doubts',
      [product('doubts', 'a', `${gentle}, Retinol Complex`), product('doubts', 'b', `${gentle}, Retinol, Retinol Complex, Zorblax 2%`), product('doubts', 'c', gentle)],
      matcher,
    );
    expect(doubtful.doubts).toEqual({ reading: 0, 'unknown-active': 1, 'near-risky': 2, 'blocked-suitable': 1 });
    expect(doubtful.verdicts).toEqual({ avoid: 1, caution: 0, suitable: 1, unknown: 1 });
  });
});

describe('evaluateCorpus', () => {
  it('reports per dataset in a stable order', () => {
    const reports = evaluateCorpus(matcher, [product('zeta', 'z', 'Water'), product('alpha', 'a', 'Glycerin'), product('zeta', 'y', 'Glycerin')]);
    expect(reports.map((r) => [r.dataset, r.products, r.recognised])).toEqual([
      ['alpha', 1, 1],
      ['zeta', 2, 1],
    ]);
  });
});
