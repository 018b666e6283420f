import type { PageReading } from '../extract/types.ts';
import type { Analysis } from '../score/types.ts';

/** A product on the person's post-treatment list. */
export interface SavedProduct {
  id: string;
  savedAt: string;
  url: string;
  title: string | null;
  brand: string | null;
  /** The ingredient text as read, per component. */
  components: { name: string | null; text: string }[];
  source: string;
  analysis: Analysis;
  note: string;
}

/** The treatment the verdicts are relative to. */
export interface TreatmentProfile {
  /** ISO date-time of the treatment; null = "not scheduled yet" (verdicts for the first day after one). */
  treatmentAt: string | null;
  depth: 'pro' | 'home';
  /** Earlier treatments, newest first. */
  past: { treatmentAt: string; depth: 'pro' | 'home' }[];
  /** False until the person has been through the first-run page. */
  onboarded: boolean;
}

export interface Settings {
  marksOnPage: boolean;
  notifications: boolean;
  avoidList: string[];
}

/** What the background keeps per tab in storage.session. */
export interface TabState {
  reading: PageReading;
  analysis: Analysis;
  at: string;
}

export const DEFAULT_PROFILE: TreatmentProfile = { treatmentAt: null, depth: 'pro', past: [], onboarded: false };
export const DEFAULT_SETTINGS: Settings = { marksOnPage: true, notifications: false, avoidList: [] };

/** The identity that makes two saves the same product: its URL without query and hash, or its text. */
export function productKey(p: Pick<SavedProduct, 'url' | 'components'>): string {
  try {
    const url = new URL(p.url);
    if (url.protocol === 'http:' || url.protocol === 'https:') return `${url.host}${url.pathname}`;
  } catch {
    // not a URL: a pasted list
  }
  return `text:${p.components.map((c) => c.text).join('\n')}`;
}

/** Adds or replaces (same product) a saved product; the newest save wins, its note is kept. */
export function upsertProduct(list: SavedProduct[], product: SavedProduct): SavedProduct[] {
  const key = productKey(product);
  const existing = list.find((p) => productKey(p) === key);
  if (!existing) return [...list, product];
  const merged = { ...product, id: existing.id, note: product.note || existing.note };
  return list.map((p) => (p === existing ? merged : p));
}
