import type { Analysis, ClinicWindows, ScoreProfile, ScoreSettings } from '../score/types.ts';

/**
 * The list of one component as read: a kit part or shade (named), or the product itself (null). The shape
 * of src/extract's ComponentText, a room this one does not import (tests/unit/rooms-types.test.ts).
 */
export interface ComponentText {
  name: string | null;
  text: string;
}

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
  components: ComponentText[];
  source: string;
  analysis: Analysis;
  note: string;
  /** When the note was last written (list version 4; null: never), so an import keeps the newer note. */
  noteAt: string | null;
}

/** One session: when, and which kind (professional pen or at-home roller). */
export interface Session {
  treatmentAt: string;
  depth: ScoreProfile['depth'];
}

/** A series of sessions ("every 4 weeks, 5 sessions"): it proposes the next dates; the person books them. */
export interface Series {
  everyDays: number;
  /** How many sessions the series has in all, the current one and the earlier ones of the series included. */
  sessions: number;
  /** The first session of the series. */
  since: string;
}

/** The treatment plan: the current treatment the verdicts are relative to, the earlier ones, the booked ones. */
export interface TreatmentProfile extends ScoreProfile {
  /** Earlier treatments, newest first. */
  past: Session[];
  /** Sessions booked after the current one, soonest first (profile version 3). */
  booked: Session[];
  series: Series | null;
  /** The person's clinic instructions: windows that replace the defaults (profile version 3). */
  clinic: ClinicWindows;
  /** False until the person has been through the first-run page. */
  onboarded: boolean;
}

export interface Settings extends ScoreSettings {
  marksOnPage: boolean;
  notifications: boolean;
}

/**
 * The person's correction of a page's list, remembered for that product and used whenever its page
 * shows the same list again (a changed list on the page is read afresh).
 */
export interface Correction {
  /** productKey of the page. */
  key: string;
  gtin: string | null;
  /** The page's own list, as read when the person corrected it. */
  page: ComponentText[];
  components: ComponentText[];
  at: string;
}

/** A removed product, kept for a few minutes so that Undo brings it back exactly where it was. */
export interface RemovedProduct {
  product: SavedProduct;
  index: number;
  removedAt: string;
}

export const DEFAULT_PROFILE: TreatmentProfile = {
  treatmentAt: null,
  depth: 'pro',
  past: [],
  booked: [],
  series: null,
  clinic: { windows: {} },
  onboarded: false,
};
export const DEFAULT_SETTINGS: Settings = { marksOnPage: true, notifications: false, avoidList: [] };

/** The list as one text, a kit's part headed by its name: what the person reads and corrects. */
export function listText(components: ComponentText[]): string {
  return components
    .map((c) => (c.name ? `${c.name}: ${c.text.trim()}` : c.text.trim()))
    .filter(Boolean)
    .join('\n\n');
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
  const keepNote = product.note === '' && product.noteAt === null;
  const merged = { ...product, id: existing.id, ...(keepNote ? { note: existing.note, noteAt: existing.noteAt } : {}) };
  return list.map((p) => (p === existing ? merged : p));
}

/** Which side of an import a product's list or note comes from ('same': nothing differs). */
export type MergeSide = 'yours' | 'file' | 'same';

export interface MergedProduct {
  product: SavedProduct;
  list: MergeSide;
  note: MergeSide;
}

/**
 * One product of an import against the same product on the list: the newer list (savedAt) and the
 * newer note (noteAt) win, each on its own; a tie keeps yours. Not on the list: the file's, as it is.
 */
export function mergeImported(current: SavedProduct | undefined, incoming: SavedProduct): MergedProduct {
  if (!current) return { product: incoming, list: 'file', note: 'file' };
  const list: MergeSide = sameList(current, incoming) ? 'same' : newer(incoming.savedAt, current.savedAt) ? 'file' : 'yours';
  const note: MergeSide = current.note === incoming.note ? 'same' : newer(incoming.noteAt, current.noteAt) ? 'file' : 'yours';
  const base = list === 'file' ? { ...incoming, id: current.id } : current;
  const noted = note === 'file' ? { note: incoming.note, noteAt: incoming.noteAt } : { note: current.note, noteAt: current.noteAt };
  return { product: { ...base, ...noted }, list, note };
}

function sameList(a: SavedProduct, b: SavedProduct): boolean {
  const text = (p: SavedProduct) => JSON.stringify([p.title, p.brand, p.variant, p.components]);
  return text(a) === text(b);
}

/** Whether time `a` is later than `b`; a missing time is the oldest. */
function newer(a: string | null, b: string | null): boolean {
  return (a === null ? -Infinity : Date.parse(a)) > (b === null ? -Infinity : Date.parse(b));
}

/**
 * Earlier treatments that really happened: before the current one, not the current one again, each
 * once, newest first. Entries within a day of a later one are corrections of it, not sessions
 * (earlier versions kept the replaced date when a date was corrected).
 */
export function realHistory(profile: TreatmentProfile): TreatmentProfile {
  const current = profile.treatmentAt === null || Number.isNaN(Date.parse(profile.treatmentAt)) ? Infinity : Date.parse(profile.treatmentAt);
  const sorted = profile.past.filter((p) => !Number.isNaN(Date.parse(p?.treatmentAt))).sort((a, b) => Date.parse(b.treatmentAt) - Date.parse(a.treatmentAt));
  const past: TreatmentProfile['past'] = [];
  let later = current;
  for (const entry of sorted) {
    const at = Date.parse(entry.treatmentAt);
    if (later - at < 86_400_000) continue;
    past.push(entry);
    later = at;
  }
  return { ...profile, past };
}
