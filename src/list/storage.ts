import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type SavedProduct,
  type Settings,
  type TabState,
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

export const savedListItem = storage.defineItem<SavedProduct[]>('local:savedList', {
  fallback: [],
  version: 1,
});

/** The analysis of one tab; storage.session survives service-worker restarts and ends with the browser session. */
export function tabStateItem(tabId: number) {
  return storage.defineItem<TabState | null>(`session:tab:${tabId}`, { fallback: null, version: 1 });
}
