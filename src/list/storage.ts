import { storage } from 'wxt/utils/storage';
import type { Analysis } from '../score/types.ts';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  sanitizeProfile,
  sanitizeSettings,
  type SavedProduct,
  type Settings,
  type TreatmentProfile,
} from './model.ts';

// Every storage item of the extension, defined once so that every context runs the same
// versions and migrations. The saved list lives in local: (never sync:, 8 KB per item).

export const profileItem = storage.defineItem<TreatmentProfile>('local:profile', {
  fallback: DEFAULT_PROFILE,
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Version 2 analyses kept no knowledge-base version. */
type SavedProductV2 = Omit<SavedProduct, 'analysis'> & { analysis: Omit<Analysis, 'kbVersion'> };
/** Version 1 saved products had no variant or product codes either. */
type SavedProductV1 = Omit<SavedProductV2, 'variant' | 'gtin' | 'sku'>;

export const savedListItem = storage.defineItem<SavedProduct[]>('local:savedList', {
  fallback: [],
  version: 3,
  migrations: {
    2: (list: SavedProductV1[]): SavedProductV2[] => list.map((p) => ({ ...p, variant: null, gtin: null, sku: null })),
    // Scored by a knowledge base of unknown version: the background scores these again (handlers.ts).
    3: (list: SavedProductV2[]): SavedProduct[] => list.map((p) => ({ ...p, analysis: { ...p.analysis, kbVersion: '' } })),
  },
});

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
