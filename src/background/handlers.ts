import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { PageReading } from '../extract/types.ts';
import kb from '../knowledge/bundled-kb.ts';
import { createMatcher } from '../knowledge/matcher.ts';
import { productKey, upsertProduct, type SavedProduct } from '../list/model.ts';
import { readProfileAndSettings } from '../list/storage.ts';
import type { ImportResult, PageMarks, TabState } from '../messaging/protocol.ts';
import { RefusedMessage } from '../messaging/guard.ts';
import { okFromTime } from '../score/score.ts';
import type { Analysis, ReadingDoubt, ScoringMatcher } from '../score/types.ts';
import { flaggedIngredients } from '../score/flagged.ts';
import { analyzeComponents } from '../score/analyze.ts';
import { importSavedList } from '../list/transfer.ts';
import { mutateList } from './list-writer.ts';
import { clearTabState, getTabState, setTabState } from './tabs.ts';
import { formatDateTime } from './words.ts';

// What the background does for each message. State is read from storage on every call: a worker
// woken by a message starts with nothing but the bundled knowledge base.

let matcher: ScoringMatcher | undefined;
/** Built once per worker lifetime from the bundled, compiled knowledge base. */
export function getMatcher(): ScoringMatcher {
  return (matcher ??= createMatcher(kb));
}

/** Scores a reading for the person's current profile, with what the page reader was unsure of. */
export async function analyzeReading(reading: PageReading): Promise<TabState> {
  const [profile, settings] = await readProfileAndSettings();
  // Tab states kept before readings reported doubts have none.
  const analysis = analyzeComponents(reading.components, reading.title, getMatcher(), profile, settings, reading.doubts ?? []);
  return { reading, analysis, at: new Date().toISOString() };
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
  const state = await analyzeReading(reading);
  await setTabState(tabId, state);
  // The content script never reads storage itself: the marks setting travels with the reply.
  const [profile, settings] = await readProfileAndSettings();
  return settings.marksOnPage ? marksFor(state, profile.treatmentAt, Date.now(), browser.i18n.getUILanguage()) : { marks: [] };
}

/**
 * The flagged names, their reasons and when each is OK again, for the marks on the page. A name that
 * is OK already (its window after the treatment has passed) is not marked.
 */
export function marksFor(state: TabState, treatmentAt: string | null, now = Date.now(), locale?: string): PageMarks {
  const m = getMatcher();
  return {
    marks: flaggedIngredients(state.analysis).flatMap((i) => {
      const okFrom = okFromTime(treatmentAt, i.okAfterHours);
      if (okFrom !== null && Date.parse(okFrom) <= now) return [];
      const cls = i.classes.map((id) => m.classOf(id)).find((c) => c && c.effect === i.effect);
      const when = okFrom === null ? '' : i18n.t('popup.okFrom', [formatDateTime(okFrom, locale)]);
      return [{ text: i.text, label: cls?.label ?? i.effect, reason: cls?.reason ?? '', okFrom, when }];
    }),
  };
}

/** The tab's analysis, scored again so that a changed profile shows at once. */
export async function onGetTab(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (!state) return null;
  const fresh = await analyzeReading(state.reading);
  await setTabState(tabId, fresh);
  return fresh;
}

/** A pasted or edited list: scored, and kept for the tab when there is one. */
export async function onScoreText(
  tabId: number | null,
  text: string,
  name: string | null,
  origin: { url: string; source: 'paste' | 'selection' | 'image' } = { url: '', source: 'paste' },
): Promise<TabState> {
  const previous = tabId === null ? null : await getTabState(tabId);
  const edited = previous !== null && origin.source === 'paste';
  const reading: PageReading = {
    ...(edited ? previous.reading : emptyReading(origin.url, origin.source)),
    title: name ?? previous?.reading.title ?? null,
    components: [{ name: null, text }],
    source: edited ? `${previous.reading.source.replace(/\+edited$/, '')}+edited` : origin.source,
    // The person checked the list against the label: what the page reader doubted is settled.
    doubts: [],
  };
  const state = await analyzeReading(reading);
  if (tabId !== null) await setTabState(tabId, state);
  return state;
}

export async function onSaveProduct(tabId: number): Promise<SavedProduct> {
  const state = await getTabState(tabId);
  if (!state) throw new RefusedMessage('this tab has no analysed product to save');
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
  };
  return mutateList((list) => {
    const next = upsertProduct(list, product);
    const saved = next.find((p) => productKey(p) === productKey(product)) as SavedProduct;
    return { list: next, result: saved };
  });
}

export function onRemoveProduct(id: string): Promise<void> {
  return mutateList((list) => ({ list: list.filter((p) => p.id !== id), result: undefined }));
}

export function onUpdateNote(id: string, note: string): Promise<void> {
  return mutateList((list) => ({ list: list.map((p) => (p.id === id ? { ...p, note } : p)), result: undefined }));
}

export async function onImportList(json: string, mode: 'merge' | 'replace'): Promise<ImportResult> {
  const [profile, settings] = await readProfileAndSettings();
  return mutateList((list) =>
    importSavedList(list, json, mode, (p) => analyzeComponents(p.components, p.title, getMatcher(), profile, settings)),
  );
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

function emptyReading(url: string, source: string): PageReading {
  return {
    url,
    isProduct: true,
    title: null,
    brand: null,
    gtin: null,
    sku: null,
    variant: null,
    components: [],
    source,
    confidence: 1,
    doubts: [],
  };
}
