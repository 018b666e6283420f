import { storage } from 'wxt/utils/storage';
import type { Analysis } from '../score/types.ts';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  realHistory,
  type Correction,
  type RemovedProduct,
  type SavedProduct,
  type Settings,
  type TreatmentProfile,
} from './model.ts';
import { sanitizeProfile, sanitizeSettings } from './sanitize.ts';

// Every storage item the extension's pages and worker share, defined once so that every context runs
// the same versions and migrations (the per-tab analyses are the worker's own: src/background/tabs.ts).
// The saved list lives in local: (never sync:, 8 KB per item).

export const profileItem = storage.defineItem<TreatmentProfile>('local:profile', {
  fallback: DEFAULT_PROFILE,
  version: 2,
  migrations: {
    // Version 1 kept a corrected date as an "earlier treatment": only sessions that happened stay.
    // Anything unreadable is left for sanitizeProfile, which every reader applies.
    2: (profile: TreatmentProfile) => (Array.isArray(profile?.past) ? realHistory(profile) : profile),
  },
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Version 3 products kept no time for their note. */
type SavedProductV3 = Omit<SavedProduct, 'noteAt'>;
/** Version 2 analyses kept no knowledge-base version. */
type SavedProductV2 = Omit<SavedProductV3, 'analysis'> & { analysis: Omit<Analysis, 'kbVersion'> };
/** Version 1 saved products had no variant or product codes either. */
type SavedProductV1 = Omit<SavedProductV2, 'variant' | 'gtin' | 'sku'>;

export const savedListItem = storage.defineItem<SavedProduct[]>('local:savedList', {
  fallback: [],
  version: 4,
  migrations: {
    2: (list: SavedProductV1[]): SavedProductV2[] => list.map((p) => ({ ...p, variant: null, gtin: null, sku: null })),
    // Scored by a knowledge base of unknown version: the background scores these again (handlers.ts).
    3: (list: SavedProductV2[]): SavedProductV3[] => list.map((p) => ({ ...p, analysis: { ...p.analysis, kbVersion: '' } })),
    // A note is as old as the save it came with.
    4: (list: SavedProductV3[]): SavedProduct[] => list.map((p) => ({ ...p, noteAt: p.note ? p.savedAt : null })),
  },
});

/** The person's corrected lists, per product page (model.ts Correction); written by the background only. */
export const correctionsItem = storage.defineItem<Correction[]>('local:corrections', { fallback: [], version: 1 });

/** Products removed in the last minutes, for Undo: memory only (storage.session), written by the background. */
export const removedItem = storage.defineItem<RemovedProduct[]>('session:removedProducts', { fallback: [], version: 1 });

/** The profile and settings the engine scores with: stored values, validated field by field. */
export async function readProfileAndSettings(): Promise<[TreatmentProfile, Settings]> {
  const [profile, settings] = await Promise.all([profileItem.getValue(), settingsItem.getValue()]);
  return [sanitizeProfile(profile), sanitizeSettings(settings)];
}

/**
 * A photo pasted into the popup, as a data URL, handed to the OCR page the popup opens: that page
 * takes it and removes it at once. Memory only (storage.session), never the disk.
 */
export const pastedPictureItem = storage.defineItem<string | null>('session:pastedPicture', { fallback: null, version: 1 });
