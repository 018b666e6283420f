import * as v from 'valibot';
import type { Analysis, ScoreProfile, ScoreSettings } from '../score/types.ts';

/** A product on the person's post-treatment list. */
export interface SavedProduct {
  id: string;
  savedAt: string;
  url: string;
  title: string | null;
  brand: string | null;
  /** The selected shade or size, and the product's codes, when the page showed them (list version 2). */
  variant: string | null;
  gtin: string | null;
  sku: string | null;
  /** The ingredient text as read, per component. */
  components: { name: string | null; text: string }[];
  source: string;
  analysis: Analysis;
  note: string;
}

/** The treatment the verdicts are relative to. */
export interface TreatmentProfile extends ScoreProfile {
  /** Earlier treatments, newest first. */
  past: { treatmentAt: string; depth: ScoreProfile['depth'] }[];
  /** False until the person has been through the first-run page. */
  onboarded: boolean;
}

export interface Settings extends ScoreSettings {
  marksOnPage: boolean;
  notifications: boolean;
}

export const DEFAULT_PROFILE: TreatmentProfile = { treatmentAt: null, depth: 'pro', past: [], onboarded: false };
export const DEFAULT_SETTINGS: Settings = { marksOnPage: true, notifications: false, avoidList: [] };

const Depth = v.picklist(['pro', 'home']);
const IsoTime = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s))));

const ProfileSchema = v.object({
  treatmentAt: v.fallback(v.nullable(IsoTime), null),
  depth: v.fallback(Depth, DEFAULT_PROFILE.depth),
  past: v.fallback(v.array(v.object({ treatmentAt: IsoTime, depth: Depth })), []),
  onboarded: v.fallback(v.boolean(), false),
});

const SettingsSchema = v.object({
  marksOnPage: v.fallback(v.boolean(), DEFAULT_SETTINGS.marksOnPage),
  notifications: v.fallback(v.boolean(), DEFAULT_SETTINGS.notifications),
  avoidList: v.fallback(v.array(v.string()), []),
});

/** A stored profile as the code can use it: each unreadable field falls back to its default. */
export function sanitizeProfile(value: unknown): TreatmentProfile {
  return v.parse(v.fallback(ProfileSchema, DEFAULT_PROFILE), value);
}

/** Stored settings as the code can use them: each unreadable field falls back to its default. */
export function sanitizeSettings(value: unknown): Settings {
  return v.parse(v.fallback(SettingsSchema, DEFAULT_SETTINGS), value);
}

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
