import { i18n } from '#i18n';
import { clinicFile, mergeClinic } from '../list/clinic.ts';
import { displayName } from '../list/display-name.ts';
import { productKey, type MergeSide, type SavedProduct } from '../list/model.ts';
import { ImportRefused, planMerge, readImport } from '../list/transfer.ts';
import type { ClinicWindows } from '../score/types.ts';
import { formatMegabytes, formatNumber } from '../wording/format.ts';

// What an import would do, shown before the person confirms. It runs the very merge the background
// runs (planMerge: by product, the newer list and the newer note each win), so preview and result agree.

export interface ImportConflict {
  name: string;
  /** Which side's list and note the import keeps ('same': they do not differ). */
  list: MergeSide;
  note: MergeSide;
  /** When each side's list was saved. */
  yoursSavedAt: string;
  fileSavedAt: string;
}

export interface ImportPreview {
  count: number;
  /** Names of the file's products that are new to the list. */
  added: string[];
  /** On the list and in the file, with a difference: which side wins for each. */
  conflicts: ImportConflict[];
  /** On the list and in the file, the same. */
  unchanged: string[];
  /** Products of the current list that a replace drops. */
  dropped: number;
  /**
   * The clinic instructions the import leaves (the options page saves them with the profile) and how many of
   * the person's windows they change; null when the file holds none (before format 3).
   */
  clinic: { next: ClinicWindows; changes: number } | null;
}

/** Throws ImportRefused (from readImport) when the file is not acceptable. */
export function previewImport(json: string, list: SavedProduct[], mode: 'merge' | 'replace', clinic: ClinicWindows = { windows: {} }): ImportPreview {
  const file = readImport(json);
  // Scores are left out: the background scores every imported product again.
  const products = file.products.map((p) => ({ ...p, analysis: undefined as never }));
  const plan = planMerge(mode === 'merge' ? list : [], products);
  const next = file.clinic === null ? null : mergeClinic(clinic, file.clinic, mode);
  const preview: ImportPreview = {
    count: products.length,
    added: [],
    conflicts: [],
    unchanged: [],
    dropped: 0,
    clinic: next === null ? null : { next, changes: instructionChanges(clinic, next) },
  };
  for (const step of plan) {
    const name = displayName(step.product);
    if (!step.current) preview.added.push(name);
    else if (step.list === 'same' && step.note === 'same') preview.unchanged.push(name);
    else preview.conflicts.push({ name, list: step.list, note: step.note, yoursSavedAt: step.current.savedAt, fileSavedAt: step.incoming.savedAt });
  }
  const importedKeys = new Set(products.map(productKey));
  if (mode === 'replace') preview.dropped = list.filter((p) => !importedKeys.has(productKey(p))).length;
  return preview;
}

/** How many instructions (a class's window or pause, the first hours) differ between two sets. */
function instructionChanges(before: ClinicWindows, after: ClinicWindows): number {
  const flat = (clinic: ClinicWindows) => {
    const { firstHours, windows } = clinicFile(clinic);
    const entries = Object.entries(windows).flatMap(([id, w]) => Object.entries(w).map(([key, hours]) => `${id}.${key}=${hours}`));
    return new Set(firstHours === undefined ? entries : [...entries, `firstHours=${firstHours}`]);
  };
  const [a, b] = [flat(before), flat(after)];
  return [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x) && ![...a].some((y) => y.split('=')[0] === x.split('=')[0])).length;
}

/** A refused import in the person's language, its numbers as the locale writes them; other errors as they came. */
export function importErrorText(error: unknown, locale: string | undefined): string {
  if (!(error instanceof ImportRefused)) return error instanceof Error ? error.message : String(error);
  const [first = 0, second = ''] = error.details;
  const number = () => formatNumber(Number(first), locale);
  switch (error.reason) {
    case 'too-large':
      return i18n.t('import.tooLarge', [formatMegabytes(Number(first) / 1_000_000, locale)]);
    case 'not-json':
      return i18n.t('import.notJson');
    case 'not-export':
      return i18n.t('import.notExport');
    case 'newer-version':
      return i18n.t('import.newerVersion', [number()]);
    case 'too-many':
      return i18n.t('import.tooMany', [number()]);
    case 'invalid-product':
      return i18n.t('import.invalidProduct', [number(), String(second)]);
    case 'invalid-clinic':
      return i18n.t('import.invalidClinic');
  }
}
