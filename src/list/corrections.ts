import { productKey, type ComponentText, type Correction } from './model.ts';

// The person's corrections of page lists (model.ts Correction): which one applies to a reading, and
// how the remembered ones change. Pure; the background stores them (storage.ts correctionsItem).

/** At most this many are kept: the oldest go first. */
export const MAX_CORRECTIONS = 200;

type Page = { url: string; gtin: string | null; components: ComponentText[] };

/**
 * The correction of this product (its URL, or its barcode on another address of the shop) that was
 * made to the very list the page shows now; a page whose list changed since is read as it is.
 */
export function correctionFor(corrections: readonly Correction[], page: Page): Correction | undefined {
  const key = productKey(page);
  const shown = JSON.stringify(page.components);
  return corrections.find((c) => (c.key === key || (c.gtin !== null && c.gtin === page.gtin)) && JSON.stringify(c.page) === shown);
}

export function remember(corrections: readonly Correction[], correction: Correction): Correction[] {
  return [...forget(corrections, correction.key), correction].slice(-MAX_CORRECTIONS);
}

export function forget(corrections: readonly Correction[], key: string): Correction[] {
  return corrections.filter((c) => c.key !== key);
}
