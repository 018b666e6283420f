/** Shared by the corpus tests of src/extract: the oracle's summary, a reading's names, token F1. */
import type { PageReading } from '../../src/extract/index.ts';
import { parseInci } from '../../src/inci/parse.ts';
import { comparable, type OracleComponent } from './extract-oracle.ts';

/** Per component: name (null for a single list), how many names, the first and the last. */
export type Expected = [string | null, number, string, string][];

export function summary(components: OracleComponent[]): Expected {
  return components.map((c) => [c.name, c.tokens.length, c.tokens[0] ?? '', c.tokens.at(-1) ?? '']);
}

interface Sku {
  skuId?: string;
  ingredientDesc?: unknown;
}

/** What the tests read of a Sephora page's state; any of it may be missing. */
interface SephoraState {
  page?: { product?: { regularChildSkus?: Sku[]; onSaleChildSkus?: Sku[]; currentSku?: Sku } };
}

/**
 * The `ingredientDesc` of a saved Sephora page's state (`script#linkStore`), or null: of the SKU the
 * page was saved for (its file is named `sephora-<skuId>.html`, and the page shows that shade or
 * size) when the state lists it among the product's SKUs, else of `currentSku`.
 */
export function sephoraDesc(html: string, skuId?: string): string | null {
  const state = /<script[^>]*id="linkStore"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  try {
    const product = (JSON.parse(state ?? 'null') as SephoraState | null)?.page?.product;
    const skus: Sku[] = [...(product?.regularChildSkus ?? []), ...(product?.onSaleChildSkus ?? [])];
    const own = skus.find((sku) => sku.skuId === skuId) ?? product?.currentSku;
    return typeof own?.ingredientDesc === 'string' ? own.ingredientDesc : null;
  } catch {
    return null;
  }
}

/** A list of components as compared: names only for a set, every name as `comparable` says. */
export function comparableComponents(components: OracleComponent[]): OracleComponent[] {
  const named = components.length > 1;
  return components.map((c) => ({
    name: named && c.name !== null ? comparable(c.name).replace(/[\s:]+$/, '') : null,
    tokens: c.tokens.map(comparable),
  }));
}

/** What a reading gives, component by component: the names the parser reads in each. */
export function readingComponents(reading: PageReading): OracleComponent[] {
  return comparableComponents(
    reading.components.flatMap((component) =>
      parseInci(component.text).components.map((parsed) => ({
        name: parsed.name ?? component.name,
        tokens: parsed.ingredients.map((i) => i.text),
      })),
    ),
  );
}

/** Token F1 of a reading against the expected list (multisets of names; two empty lists agree). */
export function tokenF1(found: OracleComponent[], expected: OracleComponent[]): number {
  const got = found.flatMap((c) => c.tokens);
  const want = expected.flatMap((c) => c.tokens.map(comparable));
  if (got.length === 0 && want.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const name of want) pool.set(name, (pool.get(name) ?? 0) + 1);
  let matched = 0;
  for (const name of got) {
    const left = pool.get(name) ?? 0;
    if (left > 0) {
      matched++;
      pool.set(name, left - 1);
    }
  }
  if (matched === 0) return 0;
  const precision = matched / got.length;
  const recall = matched / want.length;
  return (2 * precision * recall) / (precision + recall);
}

export function pageSummary(corpus: string, scores: { file: string; exact: boolean; f1: number }[]): string {
  const exact = scores.filter((s) => s.exact).length;
  const mean = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
  const misses = scores.filter((s) => !s.exact).map((s) => `${s.file} (F1 ${s.f1.toFixed(3)})`);
  return `${corpus}: ${exact} of ${scores.length} pages read exactly, mean token F1 ${mean.toFixed(4)}${misses.length ? `; not exact: ${misses.join(', ')}` : ''}`;
}
