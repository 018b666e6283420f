import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { listReading } from '../extract/list-reading.ts';
import type { PageReading } from '../extract/types.ts';
import kb from '../knowledge/bundled-kb.ts';
import type { CompiledClass } from '../knowledge/compile.ts';
import { createMatcher } from '../knowledge/matcher.ts';
import { correctionFor, forget, remember } from '../list/corrections.ts';
import { listText, productKey, upsertProduct, type SavedProduct, type Settings, type TreatmentProfile } from '../list/model.ts';
import { correctionsItem, readProfileAndSettings, removedItem, savedListItem } from '../list/storage.ts';
import { importSavedList } from '../list/transfer.ts';
import { tabMessenger, type ImportResult, type PageList, type PageMarks, type PopupView, type TabState } from '../messaging/protocol.ts';
import { RefusedMessage } from '../messaging/guard.ts';
import { analyzeComponents } from '../score/analyze.ts';
import { flaggedIngredients } from '../score/flagged.ts';
import { okFromTime } from '../score/score.ts';
import type { Analysis, ReadingDoubt, ScoringMatcher } from '../score/types.ts';
import { localTimeZone, type Clock } from '../wording/calendar.ts';
import { classText } from '../wording/class-text.ts';
import { readiness } from '../wording/product-state.ts';
import { readinessText } from '../wording/state-text.ts';
import { mutateList, queued } from './list-writer.ts';
import { clearTabState, getTabState, setTabState, tabStateItem } from './tabs.ts';

// What the background does for each message. State is read from storage on every call: a worker
// woken by a message starts with nothing but the bundled knowledge base.

/** How long a removed product can be brought back with Undo, and how many are kept (memory only). */
export const UNDO_MS = 10 * 60_000;
const MAX_REMOVED = 50;

let matcher: ScoringMatcher | undefined;
/** Built once per worker lifetime from the bundled, compiled knowledge base. */
export function getMatcher(): ScoringMatcher {
  return (matcher ??= createMatcher(kb));
}

/** Scores a reading for the person's current profile, with what the page reader was unsure of. */
export async function analyzeReading(reading: PageReading): Promise<TabState> {
  const [profile, settings] = await readProfileAndSettings();
  return scoreReading(reading, profile, settings);
}

function scoreReading(reading: PageReading, profile: TreatmentProfile, settings: Settings, page?: PageList): TabState {
  // Tab states kept before readings reported doubts have none.
  const analysis = analyzeComponents(reading.components, reading.title, getMatcher(), profile, settings, reading.doubts ?? []);
  return { reading, analysis, at: new Date().toISOString(), ...(page ? { page } : {}) };
}

/** The page reader's doubts kept in an analysis, so that scoring it again keeps them. */
function readingDoubts(analysis: Analysis): ReadingDoubt[] {
  return (analysis.doubts ?? []).flatMap((doubt) => (doubt.kind === 'reading' ? [doubt.reason] : []));
}

export async function onPageRead(tabId: number, reading: PageReading): Promise<PageMarks | null> {
  if (!reading.isProduct || reading.components.every((c) => c.text.trim() === '')) {
    await clearTabState(tabId);
    return null;
  }
  const [[profile, settings], corrections] = await Promise.all([readProfileAndSettings(), correctionsItem.getValue()]);
  // The person corrected this very list before: their list is scored, the page's is kept to go back to.
  const correction = correctionFor(corrections, reading);
  const state = correction
    ? scoreReading(corrected(reading, correction.components), profile, settings, { components: reading.components, doubts: reading.doubts })
    : scoreReading(reading, profile, settings);
  await setTabState(tabId, state, profile);
  // The content script never reads storage itself: the marks setting travels with the reply.
  return settings.marksOnPage ? marksFor(state, profile.treatmentAt, Date.now(), browser.i18n.getUILanguage()) : { marks: [] };
}

/**
 * The flagged names, their reasons and when each is OK again, for the marks on the page, in the
 * person's language. A name that is OK already (its window after the treatment has passed) is not marked.
 */
export function marksFor(state: TabState, treatmentAt: string | null, now = Date.now(), locale?: string, timeZone = localTimeZone()): PageMarks {
  const m = getMatcher();
  const clock: Clock = { now, locale, timeZone };
  return {
    marks: flaggedIngredients(state.analysis).flatMap((i) => {
      const okFrom = okFromTime(treatmentAt, i.okAfterHours);
      if (okFrom !== null && Date.parse(okFrom) <= now) return [];
      if (i.notes.includes('on-your-list')) {
        return [{ text: i.text, label: i18n.t('popup.ownListGroup'), reason: i18n.t('popup.ownListReason'), okFrom: null, when: '' }];
      }
      const cls = i.classes.map((id) => m.classOf(id)).find((c) => c && c.effect === i.effect) as CompiledClass | undefined;
      const text = cls ? classText(cls, locale ?? '') : { label: i18n.t(`verdict.${i.effect === 'caution' ? 'caution' : 'avoid'}`), reason: '' };
      const when = okFrom === null ? '' : readinessText(readiness(i.okAfterHours, treatmentAt, now), clock);
      return [{ text: i.text, label: text.label, reason: text.reason, okFrom, when }];
    }),
  };
}

/** The tab's analysis, scored again so that a changed profile shows at once. */
export async function onGetTab(tabId: number): Promise<TabState | null> {
  return (await onPopupView(tabId)).tab;
}

/**
 * What the popup shows, in one answer: the tab's analysis scored again for the current profile, the
 * profile, and the same product on the saved list. The popup reads no storage itself.
 */
export async function onPopupView(tabId: number): Promise<PopupView> {
  const [state, [profile, settings], list] = await Promise.all([getTabState(tabId), readProfileAndSettings(), savedListItem.getValue()]);
  if (!state) return { tab: null, profile, saved: null };
  const fresh = scoreReading(state.reading, profile, settings, state.page);
  await setTabState(tabId, fresh, profile);
  const key = productKey(fresh.reading);
  return { tab: fresh, profile, saved: list.find((p) => productKey(p) === key) ?? null };
}

/**
 * A pasted or edited list: scored, and kept for the tab when there is one. The person's edit of a
 * page's list is remembered for that product (and used when its page shows the same list again);
 * an edit back to the page's own list forgets it.
 */
export async function onScoreText(
  tabId: number | null,
  text: string,
  name: string | null,
  origin: { url: string; source: 'paste' | 'selection' | 'image' } = { url: '', source: 'paste' },
): Promise<TabState> {
  const previous = tabId === null ? null : await getTabState(tabId);
  const edited = previous !== null && origin.source === 'paste';
  const title = name ?? previous?.reading.title ?? null;
  if (edited && isPageReading(previous.reading)) return correctPageList(tabId as number, previous, text, title);
  const reading: PageReading = {
    ...(edited ? previous.reading : listReading(origin.url, origin.source, text)),
    title,
    components: [{ name: null, text }],
    source: edited ? editedSource(previous.reading.source) : origin.source,
    // The person checked the list against the label: what the page reader doubted is settled.
    doubts: [],
  };
  const [profile, settings] = await readProfileAndSettings();
  const state = scoreReading(reading, profile, settings);
  if (tabId !== null) await setTabState(tabId, state, profile);
  return state;
}

async function correctPageList(tabId: number, previous: TabState, text: string, title: string | null): Promise<TabState> {
  const page = previous.page ?? { components: previous.reading.components, doubts: previous.reading.doubts ?? [] };
  const key = productKey(previous.reading);
  const backToPage = normalized(text) === normalized(listText(page.components));
  await queued(async () => {
    const corrections = await correctionsItem.getValue();
    await correctionsItem.setValue(
      backToPage
        ? forget(corrections, key)
        : remember(corrections, { key, gtin: previous.reading.gtin, page: page.components, components: [{ name: null, text }], at: new Date().toISOString() }),
    );
  });
  const own = { ...previous.reading, title, components: page.components, doubts: page.doubts, source: pageSource(previous.reading.source) };
  const [profile, settings] = await readProfileAndSettings();
  const state = backToPage ? scoreReading(own, profile, settings) : scoreReading(corrected(own, [{ name: null, text }]), profile, settings, page);
  await setTabState(tabId, state, profile);
  // The marks on the page follow the list now scored: the page's content script reads it again.
  tabMessenger.sendMessage('readPageAgain', undefined, tabId).catch(() => undefined);
  return state;
}

/** "Use the page's own list": the correction is forgotten and the page's list scored again. */
export async function onUsePageList(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (!state?.page) return state;
  return correctPageList(tabId, state, listText(state.page.components), state.reading.title);
}

export async function onSaveProduct(tabId: number, name: string | null = null): Promise<SavedProduct> {
  const tab = await getTabState(tabId);
  if (!tab) throw new RefusedMessage(i18n.t('popup.notRead'));
  // A pasted list has no title of its own: the name the person gave it is kept for the tab too.
  const state = tab.reading.title === null && name?.trim() ? { ...tab, reading: { ...tab.reading, title: name.trim() } } : tab;
  if (state !== tab) await tabStateItem(tabId).setValue(state);
  const product: SavedProduct = {
    id: crypto.randomUUID(),
    savedAt: new Date().toISOString(),
    url: state.reading.url,
    title: state.reading.title,
    brand: state.reading.brand,
    variant: state.reading.variant,
    gtin: state.reading.gtin,
    sku: state.reading.sku,
    components: state.reading.components,
    source: state.reading.source,
    analysis: state.analysis,
    note: '',
    noteAt: null,
  };
  return mutateList((list) => {
    const next = upsertProduct(list, product);
    const saved = next.find((p) => productKey(p) === productKey(product)) as SavedProduct;
    return { list: next, result: saved };
  });
}

/** Removes a product; it is kept for UNDO_MS (memory only) so that Undo brings it back exactly. */
export function onRemoveProduct(id: string, now = Date.now()): Promise<void> {
  return queued(async () => {
    const [list, removed] = await Promise.all([savedListItem.getValue(), removedItem.getValue()]);
    const index = list.findIndex((p) => p.id === id);
    if (index < 0) return;
    const recent = removed.filter((r) => Date.parse(r.removedAt) > now - UNDO_MS && r.product.id !== id).slice(1 - MAX_REMOVED);
    // Kept first: a worker stopped in between leaves the product in both places, never in neither.
    await removedItem.setValue([...recent, { product: list[index] as SavedProduct, index, removedAt: new Date(now).toISOString() }]);
    await savedListItem.setValue(list.filter((p) => p.id !== id));
  });
}

/** Undo: the removed product comes back where it was, with its note. False when it is gone (too late). */
export function onRestoreProduct(id: string, now = Date.now()): Promise<boolean> {
  return queued(async () => {
    const [list, removed] = await Promise.all([savedListItem.getValue(), removedItem.getValue()]);
    const entry = removed.find((r) => r.product.id === id && Date.parse(r.removedAt) > now - UNDO_MS);
    if (!entry) return false;
    const key = productKey(entry.product);
    // Saved again in the meantime: that save stays, with the note it had before the removal.
    const next = list.some((p) => productKey(p) === key)
      ? list.map((p) => (productKey(p) === key && p.note === '' ? { ...p, note: entry.product.note, noteAt: entry.product.noteAt } : p))
      : [...list.slice(0, entry.index), entry.product, ...list.slice(entry.index)];
    await savedListItem.setValue(next);
    await removedItem.setValue(removed.filter((r) => r !== entry));
    return true;
  });
}

export function onUpdateNote(id: string, note: string): Promise<void> {
  const noteAt = new Date().toISOString();
  return mutateList((list) => ({ list: list.map((p) => (p.id === id && p.note !== note ? { ...p, note, noteAt } : p)), result: undefined }));
}

export async function onImportList(json: string, mode: 'merge' | 'replace'): Promise<ImportResult> {
  const [profile, settings] = await readProfileAndSettings();
  return mutateList((list) => importSavedList(list, json, mode, (p) => analyzeComponents(p.components, p.title, getMatcher(), profile, settings)));
}

/**
 * Scores saved products again: `all` for a changed profile or avoid list (the list's verdicts and windows follow the
 * person's treatment kind and own list); `stale`, after an update, those another knowledge base scored, so a
 * correction reaches the list, its timeline and its reminders. The page reader's doubts are kept.
 */
export async function rescoreSavedList(which: 'all' | 'stale' = 'all'): Promise<void> {
  const [profile, settings] = await readProfileAndSettings();
  const current = getMatcher();
  await mutateList((list) => {
    let changed = false;
    const next = list.map((p) => {
      if (which === 'stale' && p.analysis.kbVersion === current.version) return p;
      const analysis = analyzeComponents(p.components, p.title, current, profile, settings, readingDoubts(p.analysis));
      if (JSON.stringify(analysis) === JSON.stringify(p.analysis)) return p;
      changed = true;
      return { ...p, analysis };
    });
    return { list: changed ? next : list, result: undefined };
  });
}

function corrected(reading: PageReading, components: PageReading['components']): PageReading {
  return { ...reading, components, source: editedSource(reading.source), doubts: [] };
}

/** A list read from a shop page (not pasted, selected or read from a picture): its corrections are remembered. */
function isPageReading(reading: PageReading): boolean {
  return /^https?:/.test(reading.url) && !['paste', 'selection', 'image'].includes(pageSource(reading.source));
}

function editedSource(source: string): string {
  return `${pageSource(source)}+edited`;
}

function pageSource(source: string): string {
  return source.replace(/\+edited$/, '');
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
