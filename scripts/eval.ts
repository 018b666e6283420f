import { parseInci } from '../src/inci/parse.ts';
import { normalizeName } from '../src/inci/normalize.ts';
import type { Matcher } from '../src/knowledge/matcher.ts';
import type { MatchVia } from '../src/knowledge/types.ts';
import { scoreLabel } from '../src/score/score.ts';
import type { Doubt, ScoreOptions, Verdict } from '../src/score/types.ts';
import { hasCorpus, readCorpusProducts, type CorpusProduct } from '../tests/corpus.ts';
import { loadMatcher } from './engine.ts';

// `npm run eval [-- --json]`: how much of the real corpus the knowledge base recognises, per dataset.
// "Recognised" counts entries, synonyms (with cheap variants) and family patterns, never fuzzy matches.

const TOP_UNRECOGNISED = 30;

export interface DatasetReport {
  dataset: string;
  products: number;
  /** Products whose text gave at least one ingredient. */
  parsed: number;
  ingredientsPerProduct: { mean: number; median: number };
  occurrences: number;
  byVia: Record<MatchVia, number>;
  /** Exact or synonym matches that needed a cheap rewrite, by rewrite id. */
  byVariant: Record<string, number>;
  /** (exact + synonym + family) / occurrences: the target is ≥ 0.97. */
  recognised: number;
  /** The same with fuzzy matches counted. */
  recognisedWithFuzzy: number;
  topUnrecognised: [name: string, count: number][];
  topFuzzy: [name: string, inci: string, count: number][];
  verdicts: Record<Verdict, number>;
  /** Products holding each kind of doubt, and those it keeps from "suitable" (verdict unknown, reason doubtful). */
  doubts: Record<Doubt['kind'] | 'blocked-suitable', number>;
}

/** Parses, matches and scores each product; pure apart from the matcher's cache. */
export function evaluateDataset(dataset: string, products: readonly CorpusProduct[], matcher: Matcher): DatasetReport {
  const byVia: Record<MatchVia, number> = { exact: 0, synonym: 0, family: 0, fuzzy: 0, none: 0 };
  const byVariant: Record<string, number> = {};
  const verdicts: Record<Verdict, number> = { avoid: 0, caution: 0, suitable: 0, unknown: 0 };
  const doubts: DatasetReport['doubts'] = { reading: 0, 'unknown-active': 0, 'near-risky': 0, 'blocked-suitable': 0 };
  const unrecognised = new Map<string, number>();
  const fuzzy = new Map<string, { inci: string; count: number }>();
  const sizes: number[] = [];
  for (const product of products) {
    const label = parseInci(product.text);
    const ingredients = label.components.flatMap((c) => c.ingredients);
    if (ingredients.length > 0) sizes.push(ingredients.length);
    for (const ingredient of ingredients) {
      const match = matcher.match(ingredient.name, ingredient.synonyms);
      byVia[match.via]++;
      if (match.variant) byVariant[match.variant] = (byVariant[match.variant] ?? 0) + 1;
      const key = normalizeName(ingredient.name);
      if (match.via === 'none') unrecognised.set(key, (unrecognised.get(key) ?? 0) + 1);
      if (match.via === 'fuzzy') fuzzy.set(key, { inci: match.inci ?? '', count: (fuzzy.get(key)?.count ?? 0) + 1 });
    }
    const options: ScoreOptions = { depth: 'pro', treatmentAt: null, avoidList: [], productName: product.name };
    const analysis = scoreLabel(label, matcher, options);
    verdicts[analysis.verdict]++;
    for (const kind of new Set(analysis.doubts.map((d) => d.kind))) doubts[kind]++;
    if (analysis.unknownReason === 'doubtful') doubts['blocked-suitable']++;
  }
  const occurrences = Object.values(byVia).reduce((a, b) => a + b, 0);
  const share = (n: number) => (occurrences === 0 ? 1 : n / occurrences);
  return {
    dataset,
    products: products.length,
    parsed: sizes.length,
    ingredientsPerProduct: { mean: mean(sizes), median: median(sizes) },
    occurrences,
    byVia,
    byVariant,
    recognised: share(byVia.exact + byVia.synonym + byVia.family),
    recognisedWithFuzzy: share(occurrences - byVia.none),
    topUnrecognised: [...unrecognised].sort((a, b) => b[1] - a[1]).slice(0, TOP_UNRECOGNISED),
    topFuzzy: [...fuzzy]
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, TOP_UNRECOGNISED)
      .map(([name, { inci, count }]) => [name, inci, count]),
    verdicts,
    doubts,
  };
}

/** One report per dataset of the corpus, in a stable order. */
export function evaluateCorpus(matcher: Matcher, products = readCorpusProducts()): DatasetReport[] {
  const byDataset = Map.groupBy(products, (p) => p.dataset);
  return [...byDataset.keys()].sort().map((dataset) => evaluateDataset(dataset, byDataset.get(dataset) ?? [], matcher));
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

function printReport(report: DatasetReport): void {
  const { byVia } = report;
  const lines = [
    `== ${report.dataset}`,
    `products ${report.products} (with ingredients ${report.parsed}); ingredients per product mean ${report.ingredientsPerProduct.mean.toFixed(1)}, median ${report.ingredientsPerProduct.median}`,
    `occurrences ${report.occurrences}: exact ${byVia.exact}, synonym ${byVia.synonym}, family ${byVia.family}, fuzzy ${byVia.fuzzy}, none ${byVia.none}`,
    `variants: ${
      Object.entries(report.byVariant)
        .map(([id, n]) => `${id} ${n}`)
        .join(', ') || 'none'
    }`,
    `recognised ${percent(report.recognised)} (with fuzzy ${percent(report.recognisedWithFuzzy)})`,
    `verdicts: ${Object.entries(report.verdicts)
      .map(([v, n]) => `${v} ${n}`)
      .join(', ')}`,
    `products with doubts: ${Object.entries(report.doubts)
      .map(([d, n]) => `${d} ${n}`)
      .join(', ')}`,
    `top unrecognised: ${report.topUnrecognised.map(([name, n]) => `${name} (${n})`).join('; ')}`,
    `top fuzzy: ${report.topFuzzy.map(([name, inci, n]) => `${name} → ${inci} (${n})`).join('; ')}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

if (import.meta.main) {
  if (!hasCorpus) {
    process.stderr.write('eval: ../shared/corpus is absent; nothing to measure\n');
    process.exit(1);
  }
  const reports = evaluateCorpus(loadMatcher());
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(reports)}\n`);
  else reports.forEach(printReport);
}
