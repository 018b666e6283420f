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
import { advancePlan } from './plan.ts';
import { sanitizeProfile, sanitizeSettings } from './sanitize.ts';

// Every storage item the extension's pages and worker share, defined once so that every context runs
// the same versions and migrations (the per-tab analyses are the worker's own: src/background/tabs.ts).
// The saved list lives in local: (never sync:, 8 KB per item).

/** Version 2 profiles held no plan: no booked sessions, no series, no clinic instructions. */
type ProfileV2 = Omit<TreatmentProfile, 'booked' | 'series' | 'clinic'>;

export const profileItem = storage.defineItem<TreatmentProfile>('local:profile', {
  fallback: DEFAULT_PROFILE,
  version: 3,
  migrations: {
    // Version 1 kept a corrected date as an "earlier treatment": only sessions that happened stay.
    // Anything unreadable is left for sanitizeProfile, which every reader applies.
    2: (profile: ProfileV2) => (Array.isArray(profile?.past) ? realHistory(profile as TreatmentProfile) : profile),
    // The treatment plan: nothing booked yet, no series, the defaults of every window.
    3: (profile: ProfileV2): TreatmentProfile => (profile && typeof profile === 'object' ? { ...profile, booked: [], series: null, clinic: { windows: {} } } : profile),
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

/**
 * The profile and settings the engine scores with: stored values, validated field by field, and the plan as it
 * stands now (a booked session that has taken place is the current treatment, src/list/plan.ts).
 */
export async function readProfileAndSettings(now = Date.now()): Promise<[TreatmentProfile, Settings]> {
  const [profile, settings] = await Promise.all([profileItem.getValue(), settingsItem.getValue()]);
  return [advancePlan(sanitizeProfile(profile), now), sanitizeSettings(settings)];
}

/**
 * A photo pasted into the popup, as a data URL, handed to the OCR page the popup opens: that page
 * takes it and removes it at once. Memory only (storage.session), never the disk.
 */
export const pastedPictureItem = storage.defineItem<string | null>('session:pastedPicture', { fallback: null, version: 1 });
