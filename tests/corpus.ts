/**
 * Read-only access to the third-party corpus in `../shared/corpus` (never copied into the project).
 * A test that reads it asks `corpusOrSkip` for its folder: when the corpus is absent the test skips
 * and says so, and under REQUIRE_CORPUS=1 (CI) it fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const corpusDir = resolve(import.meta.dirname, '../../shared/corpus');
export const hasCorpus = existsSync(resolve(corpusDir, 'products'));

/** The corpus' parts: product lists (CSV/JSON datasets) and saved shop pages. */
const CORPUS_PARTS = ['products', 'pages'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

/**
 * The folder of `part` for a test (`reader`) that reads it, or null when it is absent: the test then
 * skips, and this says so. Under REQUIRE_CORPUS=1 an absent corpus is an error instead, so a run
 * meant to check the real data cannot pass without it.
 */
export function corpusOrSkip(part: CorpusPart, reader: string): string | null {
  const dir = resolve(corpusDir, part);
  if (existsSync(dir)) return dir;
  if (process.env['REQUIRE_CORPUS'] === '1') {
    throw new Error(`${reader}: the corpus is required (REQUIRE_CORPUS=1) but ${dir} is missing; put ../shared/corpus next to the project`);
  }
  console.warn(`${reader}: SKIPPED, ${dir} is absent (with REQUIRE_CORPUS=1 this is an error)`);
  return null;
}

/** Vitest's globalSetup: under REQUIRE_CORPUS=1 a run without the corpus stops before any test. */
export function setup(): void {
  if (process.env['REQUIRE_CORPUS'] === '1') for (const part of CORPUS_PARTS) corpusOrSkip(part, 'the test run');
}

export interface CorpusProduct {
  /** File stem of the dataset, e.g. `sephora_cosmetics`. */
  dataset: string;
  /** Unique within its dataset: the product URL when the dataset has one, else `row-N`. */
  id: string;
  name: string | null;
  /** The ingredient list as the dataset holds it. */
  text: string;
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF rows.
 * Returns every row, the header included.
 */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  // One field per match: a quoted field or a bare one, then what ends it (comma, line break or end).
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r?\n|\r|$)/y;
  let row: string[] = [];
  while (field.lastIndex < source.length) {
    const match = field.exec(source);
    if (!match) break; // an unterminated quote: the rest is not a field
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
    if (match[3] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push([...row, '']); // the source ended right after a comma
  return rows;
}

/** CSV rows as records keyed by the header; short rows get empty strings. */
function csvRecords(source: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(source);
  if (!header) return [];
  return rows.filter((cells) => cells.some((cell) => cell !== '')).map((cells) => Object.fromEntries(header.map((key, i) => [key, cells[i] ?? ''])));
}

/** The items of a Python list literal such as `['a', "b's"]`, quotes and backslash escapes honoured. */
export function parsePythonStringList(literal: string): string[] {
  const items: string[] = [];
  const quoted = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (const match of literal.matchAll(quoted)) {
    items.push((match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return items;
}

/** Placeholders some datasets hold instead of a list (Excel errors, "No Info", boutique links). */
function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || /^#NAME\?$|^no info\b|^visit the .* boutique$/i.test(trimmed);
}

function readText(file: string, encoding: 'utf-8' | 'windows-1252' = 'utf-8'): string {
  return new TextDecoder(encoding).decode(readFileSync(resolve(corpusDir, 'products', file)));
}

function product(dataset: string, url: string, row: number, name: string, text: string): CorpusProduct {
  return { dataset, id: url || `row-${row}`, name: name.trim() || null, text };
}

function readLookfantastic(): CorpusProduct[] {
  return csvRecords(readText('lookfantastic_skincare_products_clean.csv')).map((record, row) =>
    product(
      'lookfantastic_skincare_products_clean',
      record['product_url'] ?? '',
      row,
      record['product_name'] ?? '',
      parsePythonStringList(record['clean_ingreds'] ?? '').join(', '),
    ),
  );
}

function readSephoraCosmetics(): CorpusProduct[] {
  return csvRecords(readText('sephora_cosmetics.csv', 'windows-1252')).map((record, row) =>
    product('sephora_cosmetics', '', row, record['Name'] ?? '', record['Ingredients'] ?? ''),
  );
}

function readDaisy(): CorpusProduct[] {
  return csvRecords(readText('sephora_skincare_scrape_daisy.csv')).map((record, row) =>
    product('sephora_skincare_scrape_daisy', record['url'] ?? '', row, record['name'] ?? '', record['ingredients'] ?? ''),
  );
}

interface BootsRecord {
  url?: unknown;
  product_name?: unknown;
  ingredients?: unknown;
}

function readBoots(): CorpusProduct[] {
  const records = JSON.parse(readText('boots_cosmetics_database.json')) as BootsRecord[];
  const asString = (value: unknown) => (typeof value === 'string' ? value : '');
  return records.map((record, row) => product('boots_cosmetics_database', asString(record.url), row, asString(record.product_name), asString(record.ingredients)));
}

/** Makes ids unique within a dataset (a few shops list one URL twice). */
function uniqueIds(products: CorpusProduct[]): CorpusProduct[] {
  const seen = new Map<string, number>();
  return products.map((item) => {
    const key = `${item.dataset}\n${item.id}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? item : { ...item, id: `${item.id}#${count + 1}` };
  });
}

let cached: CorpusProduct[] | undefined;

/** Every product with an ingredient list in the four product datasets (read once per process). */
export function readCorpusProducts(): CorpusProduct[] {
  if (!hasCorpus) return [];
  cached ??= uniqueIds([...readLookfantastic(), ...readSephoraCosmetics(), ...readDaisy(), ...readBoots()].filter((item) => !isPlaceholder(item.text)));
  return [...cached];
}
