import * as v from 'valibot';
import type { Analysis, ClinicWindows } from '../score/types.ts';
import { ClinicRefused, clinicFile, readClinic } from './clinic.ts';
import { mergeImported, productKey, type MergedProduct, type SavedProduct } from './model.ts';

// Export and import of the saved list. An import is all or nothing: a file that is malformed,
// too large or from a newer version is refused with a message, and the list stays as it was.

export const EXPORT_FORMAT = 'needle-safe-list';
/** Version 2 added each note's time (noteAt); version 3 the person's clinic instructions (`clinic`). */
export const EXPORT_VERSION = 3;
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_PRODUCTS = 2_000;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));

const ImportedProduct = v.object({
  id: str(64),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  url: str(4_096),
  title: v.nullable(str(1_000)),
  brand: v.nullable(str(500)),
  // Absent from files exported before list version 2.
  variant: v.optional(v.nullable(str(500)), null),
  gtin: v.optional(v.nullable(str(64)), null),
  sku: v.optional(v.nullable(str(128)), null),
  components: v.pipe(v.array(v.object({ name: v.nullable(str(500)), text: str(200_000) })), v.minLength(1), v.maxLength(20)),
  source: str(64),
  note: str(2_000),
  // Absent from version 1 files: a note is then as old as its product's save.
  noteAt: v.optional(v.nullable(v.pipe(v.string(), v.isoTimestamp()))),
});

const ExportFile = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  products: v.array(v.unknown()),
  // Absent from files before version 3: no instructions to import.
  clinic: v.optional(v.unknown()),
});

/** Why a file was refused; the UI words it in the person's language (locales: import.*). */
export type ImportRefusal = 'too-large' | 'not-json' | 'not-export' | 'newer-version' | 'too-many' | 'invalid-product' | 'invalid-clinic';

export class ImportRefused extends Error {
  override name = 'ImportRefused';
  readonly reason: ImportRefusal;
  /** What the message names: a limit (bytes, products), a format version, a product's position and the faulty field. */
  readonly details: readonly (number | string)[];
  constructor(message: string, reason: ImportRefusal, details: readonly (number | string)[] = []) {
    super(message);
    this.reason = reason;
    this.details = details;
  }
}

/** The list and the person's clinic instructions (the format `npm run check -- --clinic` reads, src/list/clinic.ts). */
export function exportSavedList(list: SavedProduct[], clinic: ClinicWindows = { windows: {} }, now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), products: list, clinic: clinicFile(clinic) }, null, 2);
}

/** A product of an import file, before it is scored: an imported analysis is never trusted. */
export type ImportedProduct = Omit<SavedProduct, 'analysis'>;

/** Validates an export file; throws ImportRefused with a message a person can act on. */
export function parseImport(json: string): ImportedProduct[] {
  return readImport(json).products;
}

/** An export file's products and clinic instructions (null: the file has none, as before version 3). */
export function readImport(json: string): { products: ImportedProduct[]; clinic: ClinicWindows | null } {
  if (json.length > MAX_IMPORT_BYTES) {
    throw new ImportRefused(`The file is too large (over ${MAX_IMPORT_BYTES / 1e6} MB).`, 'too-large', [MAX_IMPORT_BYTES]);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportRefused('The file is not valid JSON.', 'not-json');
  }
  const file = v.safeParse(ExportFile, data);
  if (!file.success) throw new ImportRefused('The file is not a Needle Safe list export.', 'not-export');
  if (file.output.version > EXPORT_VERSION) {
    throw new ImportRefused(`The file comes from a newer version of Needle Safe (format ${file.output.version}); update the extension first.`, 'newer-version', [
      file.output.version,
    ]);
  }
  if (file.output.products.length > MAX_IMPORT_PRODUCTS) {
    throw new ImportRefused(`The file holds more than ${MAX_IMPORT_PRODUCTS} products.`, 'too-many', [MAX_IMPORT_PRODUCTS]);
  }
  const products = file.output.products.map((raw, index) => {
    const product = v.safeParse(ImportedProduct, raw);
    if (!product.success) {
      const path = v.getDotPath(product.issues[0]);
      throw new ImportRefused(`Product ${index + 1} is invalid${path ? ` (${path})` : ''}: ${product.issues[0].message}`, 'invalid-product', [index + 1, path ?? '']);
    }
    const { variant, gtin, sku, noteAt, ...rest } = product.output;
    return { ...rest, variant, gtin, sku, noteAt: noteAt === undefined ? (rest.note ? rest.savedAt : null) : noteAt };
  });
  return { products, clinic: file.output.clinic === undefined ? null : importedClinic(file.output.clinic) };
}

function importedClinic(data: unknown): ClinicWindows {
  try {
    return readClinic(data);
  } catch (error) {
    if (!(error instanceof ClinicRefused)) throw error;
    throw new ImportRefused(`The clinic instructions in the file are invalid: ${error.message}`, 'invalid-clinic');
  }
}

/**
 * What merging the file's products into the list does, product by product (the import preview shows
 * this, the import applies it): `current` is undefined for a product new to the list.
 */
export function planMerge(list: SavedProduct[], products: SavedProduct[]): (MergedProduct & { current: SavedProduct | undefined; incoming: SavedProduct })[] {
  const byKey = new Map(list.map((p) => [productKey(p), p]));
  return products.map((incoming) => {
    const key = productKey(incoming);
    const current = byKey.get(key);
    const merged = mergeImported(current, incoming);
    byKey.set(key, merged.product);
    return { ...merged, current, incoming };
  });
}

/** What an import did to the list. */
export interface ImportResult {
  added: number;
  /** On the list already, with a newer list or note in the file. */
  updated: number;
  /** On the list already, and the list's own list and note are kept. */
  unchanged: number;
  total: number;
}

/**
 * Merges (or replaces the list with) the products of an export file. Each product is scored again
 * from its own ingredient text: an imported analysis is never trusted.
 */
export function importSavedList(
  list: SavedProduct[],
  json: string,
  mode: 'merge' | 'replace',
  rescore: (product: ImportedProduct) => Analysis,
): { list: SavedProduct[]; result: ImportResult } {
  const imported = parseImport(json).map((p) => ({ ...p, analysis: rescore(p) }));
  const base = mode === 'replace' ? [] : list;
  const plan = planMerge(base, imported);
  const byKey = new Map(base.map((p) => [productKey(p), p]));
  for (const { product } of plan) byKey.set(productKey(product), product);
  const added = plan.filter((step) => step.current === undefined).length;
  const unchanged = plan.filter((step) => step.list !== 'file' && step.note !== 'file' && step.current !== undefined).length;
  const next = [...byKey.values()];
  return { list: next, result: { added, updated: plan.length - added - unchanged, unchanged, total: next.length } };
}

/**
 * A table for a spreadsheet: UTF-8 with a byte-order mark (so spreadsheets read accents right),
 * CRLF lines, columns split by `separator` (',' or ';', as the person's spreadsheet expects), quoted where
 * needed. The cells come already worded (src/ui/list-csv.ts).
 */
export function toCsv(rows: string[][], separator: ',' | ';' = ','): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // Quoted when it holds either separator, so a cell reads the same whichever one the file uses.
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
