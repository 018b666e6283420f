import { i18n } from '#i18n';
import { displayName } from '../list/display-name.ts';
import { productKey, type SavedProduct } from '../list/model.ts';
import { ImportRefused, parseImport } from '../list/transfer.ts';

// What an import would do, shown before the person confirms. It follows the background's merge
// (upsertProduct: same product key = update) so the preview and the result agree.

export interface ImportPreview {
  count: number;
  /** Names of the file's products that are new to the list, and of those that update one on it. */
  added: string[];
  updated: string[];
  /** Products of the current list that a replace drops. */
  dropped: number;
}

/** Throws ImportRefused (from parseImport) when the file is not acceptable. */
export function previewImport(json: string, list: SavedProduct[], mode: 'merge' | 'replace'): ImportPreview {
  const products = parseImport(json);
  const keys = new Set(mode === 'merge' ? list.map(productKey) : []);
  const added: string[] = [];
  const updated: string[] = [];
  for (const product of products) {
    const key = productKey(product);
    (keys.has(key) ? updated : added).push(displayName(product));
    keys.add(key);
  }
  const importedKeys = new Set(products.map(productKey));
  return {
    count: products.length,
    added,
    updated,
    dropped: mode === 'replace' ? list.filter((p) => !importedKeys.has(productKey(p))).length : 0,
  };
}

/** A refused import in the person's language; other errors as they came. */
export function importErrorText(error: unknown): string {
  if (!(error instanceof ImportRefused)) return error instanceof Error ? error.message : String(error);
  const [first = '', second = ''] = error.details;
  switch (error.reason) {
    case 'too-large':
      return i18n.t('import.tooLarge', [first]);
    case 'not-json':
      return i18n.t('import.notJson');
    case 'not-export':
      return i18n.t('import.notExport');
    case 'newer-version':
      return i18n.t('import.newerVersion', [first]);
    case 'too-many':
      return i18n.t('import.tooMany', [first]);
    case 'invalid-product':
      return i18n.t('import.invalidProduct', [first, second]);
  }
}
