import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReading } from '../../src/extract/types.ts';
import { tabStateItem } from '../../src/background/tabs.ts';
import { profileItem, savedListItem, settingsItem } from '../../src/list/storage.ts';
import { exportSavedList } from '../../src/list/transfer.ts';
import { DEFAULT_PROFILE, type SavedProduct } from '../../src/list/model.ts';
import type { Analysis } from '../../src/score/types.ts';
import { inLanguage } from './ui-i18n.ts';

// The background's handlers against fakeBrowser's in-memory storage and action API.

function reading(path: string, text: string, title = 'Night Serum'): PageReading {
  return {
    url: `https://www.sephora.com/product/${path}`,
    isProduct: true,
    title,
    brand: 'Lumen Lab',
    gtin: null,
    sku: null,
    variant: null,
    components: [{ name: null, text }],
    source: 'site:sephora',
    confidence: 0.9,
    doubts: [],
  };
}

const RETINOL = 'Aqua, Squalane, Glycerin, Retinol, Parfum, Phenoxyethanol';
const GENTLE = 'Aqua, Glycerin, Squalane, Panthenol, Sodium Hyaluronate, Phenoxyethanol';

async function handlers() {
  return import('../../src/background/handlers.ts');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('pageRead', () => {
  it('keeps the analysis of the tab in storage.session, sets the badge and returns the marks', async () => {
    const { onPageRead } = await handlers();
    const marks = await onPageRead(5, reading('a', RETINOL));
    expect(marks?.marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Retinol', 'Parfum']));
    expect(marks?.marks[0]?.reason.length).toBeGreaterThan(20);
    const state = await tabStateItem(5).getValue();
    expect(state?.analysis.verdict).toBe('avoid');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('NO');
    // No treatment date yet: the wait is told as a duration, in the popup's words, then the reasons.
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Not yet. OK 7\u00a0days after your treatment. Because of retinol and parfum');
  });

  it('clears the tab for a page that is not a product or has no list', async () => {
    const { onPageRead } = await handlers();
    await onPageRead(5, reading('a', RETINOL));
    expect(await onPageRead(5, { ...reading('a', ''), components: [] })).toBeNull();
    expect(await tabStateItem(5).getValue()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('survives a restarted worker: a fresh module finds the analysis in storage', async () => {
    await (await handlers()).onPageRead(9, reading('a', RETINOL));
    vi.resetModules();
    const fresh = await handlers();
    const state = await fresh.onGetTab(9);
    expect(state?.analysis.verdict).toBe('avoid');
    expect(state?.reading.title).toBe('Night Serum');
  });

  it('scores again for a changed profile when the popup asks', async () => {
    const { onPageRead, onGetTab } = await handlers();
    await onPageRead(3, reading('a', RETINOL));
    await profileItem.setValue({ ...DEFAULT_PROFILE, treatmentAt: '2026-11-24T10:00:00.000Z', depth: 'home', onboarded: true });
    const state = await onGetTab(3);
    expect(state?.analysis.okAfterHours).toBe(72);
    expect(state?.analysis.okFrom).toBe('2026-11-27T10:00:00.000Z');
  });
});

describe('scoreText', () => {
  it('scores an edited list for the tab and marks the source as edited', async () => {
    const { onPageRead, onScoreText } = await handlers();
    await onPageRead(4, reading('a', RETINOL));
    const state = await onScoreText(4, GENTLE, null);
    expect(state.analysis.verdict).toBe('suitable');
    expect(state.reading.source).toBe('site:sephora+edited');
    expect(state.reading.url).toContain('sephora.com');
    expect((await tabStateItem(4).getValue())?.analysis.verdict).toBe('suitable');
  });

  it('scores a pasted list without a tab', async () => {
    const { onScoreText } = await handlers();
    const state = await onScoreText(null, RETINOL, 'Pasted');
    expect(state.analysis.verdict).toBe('avoid');
    expect(state.reading.source).toBe('paste');
  });
});

describe('the saved list (one writer)', () => {
  it('saves the product of a tab once, however often it is saved', async () => {
    const { onPageRead, onSaveProduct } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    const first = await onSaveProduct(1);
    const again = await onSaveProduct(1);
    expect(again.id).toBe(first.id);
    expect(await savedListItem.getValue()).toHaveLength(1);
  });

  it('loses nothing when many tabs save at the same time', async () => {
    const { onPageRead, onSaveProduct } = await handlers();
    await Promise.all(Array.from({ length: 20 }, (_, i) => onPageRead(i + 1, reading(`p${i}`, RETINOL, `Product ${i}`))));
    await Promise.all(Array.from({ length: 20 }, (_, i) => onSaveProduct(i + 1)));
    const list = await savedListItem.getValue();
    expect(list.map((p) => p.title).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Product ${i}`).sort());
  });

  it('refuses to save a tab without an analysis', async () => {
    const { onSaveProduct } = await handlers();
    await expect(onSaveProduct(77)).rejects.toThrow('this page has not been read yet — read it again, then save.');
  });

  it('edits notes and removes products', async () => {
    const { onPageRead, onSaveProduct, onUpdateNote, onRemoveProduct } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onPageRead(2, reading('b', GENTLE, 'Cream'));
    const serum = await onSaveProduct(1);
    const cream = await onSaveProduct(2);
    await onUpdateNote(cream.id, 'from my practitioner');
    await onRemoveProduct(serum.id);
    const list = await savedListItem.getValue();
    expect(list.map((p) => [p.title, p.note])).toEqual([['Cream', 'from my practitioner']]);
  });

  it('imports an export of itself back to exactly the same list', async () => {
    const { onPageRead, onSaveProduct, onImportList } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onPageRead(2, reading('b', GENTLE, 'Cream'));
    await onSaveProduct(1);
    await onSaveProduct(2);
    const before = await savedListItem.getValue();
    const file = exportSavedList(before);
    await savedListItem.setValue([]);
    const result = await onImportList(file, 'replace');
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 0, total: 2 });
    expect(await savedListItem.getValue()).toEqual(before);
  });

  it('follows the profile and the avoid list: every saved product is scored again', async () => {
    const { onPageRead, onSaveProduct, rescoreSavedList } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onSaveProduct(1);
    await profileItem.setValue({ ...DEFAULT_PROFILE, treatmentAt: null, depth: 'home', onboarded: true });
    await rescoreSavedList();
    expect((await savedListItem.getValue())[0]?.analysis.okAfterHours).toBe(72);
    await settingsItem.setValue({ marksOnPage: true, notifications: false, avoidList: ['squalane'] });
    await rescoreSavedList();
    expect((await savedListItem.getValue())[0]?.analysis.okAfterHours).toBeNull();
  });

  it('scores again, after an update, what another knowledge base scored: a correction reaches the saved list', async () => {
    const { onPageRead, onSaveProduct, rescoreSavedList, getMatcher } = await handlers();
    await onPageRead(1, reading('a', 'Aqua, Glycerin, Sulfur, Squalane, Panthenol, Phenoxyethanol', 'Spot Mask'));
    await onPageRead(2, reading('b', GENTLE, 'Cream'));
    await onSaveProduct(1);
    await onSaveProduct(2);
    const [mask, cream] = await savedListItem.getValue();
    // As a list saved by an older release left them: the mask judged without sulfur, versions unknown or old.
    const old = { ...cream?.analysis, verdict: 'unknown' as const, kbVersion: 'an-older-one' };
    await savedListItem.setValue([
      { ...(mask as SavedProduct), analysis: { ...(mask as SavedProduct).analysis, verdict: 'unknown', okAfterHours: 0, kbVersion: '' } },
      { ...(cream as SavedProduct), analysis: { ...(cream as SavedProduct).analysis, ...old } },
    ]);
    await rescoreSavedList('stale');
    const [rescoredMask, rescoredCream] = await savedListItem.getValue();
    expect(rescoredMask?.analysis).toMatchObject({ verdict: 'avoid', okAfterHours: 168, kbVersion: getMatcher().version });
    expect(rescoredCream?.analysis).toMatchObject({ verdict: 'suitable', kbVersion: getMatcher().version });
  });

  it('leaves products the current knowledge base scored alone when only stale ones are asked for', async () => {
    const { onPageRead, onSaveProduct, rescoreSavedList } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onSaveProduct(1);
    const [saved] = await savedListItem.getValue();
    await profileItem.setValue({ ...DEFAULT_PROFILE, treatmentAt: null, depth: 'home', onboarded: true });
    await rescoreSavedList('stale');
    expect(await savedListItem.getValue()).toEqual([saved]);
  });

  it('keeps the doubts of the page reading when it scores a saved product again', async () => {
    const { onPageRead, onSaveProduct, rescoreSavedList } = await handlers();
    await onPageRead(1, reading('a', GENTLE));
    await onSaveProduct(1);
    const saved = (await savedListItem.getValue())[0] as SavedProduct;
    const partial: Analysis = { ...saved.analysis, verdict: 'unknown', unknownReason: 'doubtful', doubts: [{ kind: 'reading', reason: 'partial' }] };
    await savedListItem.setValue([{ ...saved, analysis: partial }]);
    await rescoreSavedList();
    expect((await savedListItem.getValue())[0]?.analysis).toMatchObject({ verdict: 'unknown', doubts: [{ kind: 'reading', reason: 'partial' }] });
  });

  it('tells the person when storage is full, and keeps the list as it was', async () => {
    const { onPageRead, onSaveProduct } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onPageRead(2, reading('b', GENTLE, 'Cream'));
    await onSaveProduct(1);
    const before = await savedListItem.getValue();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(onSaveProduct(2)).rejects.toThrow('QUOTA_BYTES quota exceeded');
    vi.restoreAllMocks();
    expect(await savedListItem.getValue()).toEqual(before);
    expect(await onSaveProduct(2)).toMatchObject({ title: 'Cream' });
  });

  it.each([
    ['malformed JSON', '{"format": "needle-safe-list", "version": 1, "products": [', /not valid JSON/],
    ['a future version', JSON.stringify({ format: 'needle-safe-list', version: 99, products: [] }), /newer version/],
    ['another file', JSON.stringify({ hello: 'world' }), /not a Needle Safe list/],
    ['an oversized file', ' '.repeat(5_000_001), /too large/],
    ['an invalid product', JSON.stringify({ format: 'needle-safe-list', version: 1, products: [{ id: 1 }] }), /Product 1 is invalid/],
  ])('refuses %s with a clear message and leaves the list unchanged', async (_, file, message) => {
    const { onPageRead, onSaveProduct, onImportList } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onSaveProduct(1);
    const before = await savedListItem.getValue();
    await expect(onImportList(file, 'replace')).rejects.toThrow(message);
    expect(await savedListItem.getValue()).toEqual(before);
  });
});

describe('stored values a page wrote badly', () => {
  it('fall back field by field instead of breaking the analysis', async () => {
    await fakeBrowser.storage.local.set({
      settings: { marksOnPage: 'sometimes', notifications: 'yes', avoidList: {} },
      profile: { treatmentAt: 'not a date', depth: 'deep', past: 'none', onboarded: true },
    });
    const { onPageRead } = await handlers();
    const marks = await onPageRead(5, reading('a', RETINOL));
    expect(marks?.marks.length).toBeGreaterThan(0);
    const state = await tabStateItem(5).getValue();
    expect(state?.analysis.depth).toBe('pro');
    expect(state?.analysis.okFrom).toBeNull();
  });
});

describe('marks on the page', () => {
  it('are sent only when the person wants them', async () => {
    const { onPageRead } = await handlers();
    await settingsItem.setValue({ marksOnPage: false, notifications: false, avoidList: [] });
    expect(await onPageRead(6, reading('a', RETINOL))).toEqual({ marks: [] });
    expect((await tabStateItem(6).getValue())?.analysis.verdict).toBe('avoid');
  });
});

describe('the badge', () => {
  it('turns green with "OK now" once the wait is over, and names the wait that ended', async () => {
    // Retinol and parfum: 7 days after a professional treatment; this one was ten days ago.
    const treatmentAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    await profileItem.setValue({ ...DEFAULT_PROFILE, treatmentAt, depth: 'pro', onboarded: true });
    const { onPageRead } = await handlers();
    expect(await onPageRead(5, reading('a', RETINOL))).toEqual({ marks: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('OK');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toMatch(/^OK now\. The wait after your treatment is over \(was: avoid until .+\)$/);
  });
});

describe('the popup’s view', () => {
  it('brings the analysis, the profile and the product as saved, in one answer', async () => {
    const { onPageRead, onSaveProduct, onPopupView } = await handlers();
    await profileItem.setValue({ ...DEFAULT_PROFILE, treatmentAt: '2026-11-24T10:00:00.000Z', depth: 'pro', onboarded: true });
    await onPageRead(3, reading('a', RETINOL));
    expect((await onPopupView(3)).saved).toBeNull();
    const product = await onSaveProduct(3);
    const view = await onPopupView(3);
    expect(view.tab?.analysis.verdict).toBe('avoid');
    expect(view.profile.treatmentAt).toBe('2026-11-24T10:00:00.000Z');
    expect(view.saved?.id).toBe(product.id);
    expect(await onPopupView(99)).toEqual({ tab: null, profile: view.profile, saved: null });
  });
});

describe('a corrected list', () => {
  const PAGE = 'Aqua, Glycerin, Retinal, Squalane'; // the page misprints a gentle list with a retinoid
  const FIXED = 'Aqua, Glycerin, Squalane, Panthenol';

  it('is remembered for the product and used the next time its page shows the same list', async () => {
    const { onPageRead, onScoreText, onSaveProduct } = await handlers();
    await onPageRead(1, reading('a', PAGE));
    await onSaveProduct(1);
    const checked = await onScoreText(1, FIXED, 'Night Serum');
    expect(checked.analysis.verdict).toBe('suitable');
    expect(checked.page?.components).toEqual([{ name: null, text: PAGE }]);
    // "Update saved product" replaces the saved analysis and list, and keeps the note.
    const [first] = await savedListItem.getValue();
    await (await handlers()).onUpdateNote((first as SavedProduct).id, 'from my practitioner');
    const updated = await onSaveProduct(1);
    expect(updated).toMatchObject({ id: first?.id, note: 'from my practitioner', components: [{ name: null, text: FIXED }] });
    expect(updated.analysis.verdict).toBe('suitable');
    // The page is read again (another visit, another tab): the person's list is scored, the page's kept.
    await onPageRead(2, reading('a', PAGE));
    const again = await tabStateItem(2).getValue();
    expect(again?.analysis.verdict).toBe('suitable');
    expect(again?.reading.components).toEqual([{ name: null, text: FIXED }]);
    expect(again?.page?.components).toEqual([{ name: null, text: PAGE }]);
  });

  it('is not used once the page shows another list, and is forgotten with "use the page\'s own list"', async () => {
    const { onPageRead, onScoreText, onUsePageList } = await handlers();
    await onPageRead(1, reading('a', PAGE));
    await onScoreText(1, FIXED, null);
    await onPageRead(2, reading('a', `${PAGE}, Parfum`));
    expect((await tabStateItem(2).getValue())?.page).toBeUndefined();
    const back = await onUsePageList(1);
    expect(back?.analysis.verdict).toBe('avoid');
    expect(back?.page).toBeUndefined();
    await onPageRead(3, reading('a', PAGE));
    expect((await tabStateItem(3).getValue())?.analysis.verdict).toBe('avoid');
  });

  it('an edit back to the page’s own list forgets the correction', async () => {
    const { onPageRead, onScoreText } = await handlers();
    await onPageRead(1, reading('a', PAGE));
    await onScoreText(1, FIXED, null);
    const back = await onScoreText(1, `  ${PAGE} `, null);
    expect(back.page).toBeUndefined();
    expect(back.reading.source).toBe('site:sephora');
    await onPageRead(2, reading('a', PAGE));
    expect((await tabStateItem(2).getValue())?.page).toBeUndefined();
  });
});

describe('remove and undo', () => {
  it('brings the product back exactly where it was, with its note', async () => {
    const { onPageRead, onSaveProduct, onUpdateNote, onRemoveProduct, onRestoreProduct } = await handlers();
    for (const [tab, path] of [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ] as const) {
      await onPageRead(tab, reading(path, RETINOL, `Product ${path}`));
      await onSaveProduct(tab);
    }
    const before = await savedListItem.getValue();
    await onUpdateNote((before[1] as SavedProduct).id, 'works for me');
    const noted = await savedListItem.getValue();
    await onRemoveProduct((noted[1] as SavedProduct).id);
    expect((await savedListItem.getValue()).map((p) => p.title)).toEqual(['Product a', 'Product c']);
    expect(await onRestoreProduct((noted[1] as SavedProduct).id)).toBe(true);
    expect(await savedListItem.getValue()).toEqual(noted);
    // Undone once: nothing more to bring back.
    expect(await onRestoreProduct((noted[1] as SavedProduct).id)).toBe(false);
  });

  it('is offered for a few minutes only', async () => {
    const { onPageRead, onSaveProduct, onRemoveProduct, onRestoreProduct, UNDO_MS } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    const product = await onSaveProduct(1);
    const removedAt = Date.now();
    await onRemoveProduct(product.id, removedAt);
    expect(await onRestoreProduct(product.id, removedAt + UNDO_MS + 1)).toBe(false);
    expect(await savedListItem.getValue()).toEqual([]);
  });
});

describe('a pasted list', () => {
  it('is saved under the name the person gave it', async () => {
    const { onScoreText, onSaveProduct } = await handlers();
    const state = await onScoreText(8, 'Aqua, Glycerin, Salicylic Acid', null);
    expect(state.reading.title).toBeNull();
    expect(await onSaveProduct(8, '  Blemish toner ')).toMatchObject({ title: 'Blemish toner', source: 'paste' });
    expect((await tabStateItem(8).getValue())?.reading.title).toBe('Blemish toner');
  });
});

describe('the marks’ tooltip in German', () => {
  inLanguage('de');

  it('names the class and its reason in German, and says from when in German', async () => {
    const { analyzeReading, marksFor } = await handlers();
    const state = await analyzeReading(reading('a', RETINOL));
    const treatmentAt = '2026-11-30T13:00:00.000Z';
    const marks = marksFor(state, treatmentAt, Date.parse('2026-12-02T09:00:00Z'), 'de', 'Europe/Berlin').marks;
    const retinol = marks.find((m) => m.text === 'Retinol');
    expect(retinol?.label).toBe('Retinoid');
    expect(retinol?.reason).toMatch(/^Retinol und verwandte Stoffe/);
    expect(retinol?.when.replace(/\u00a0/g, ' ')).toBe('Verwendbar ab Mo., 7. Dez., 14:00 (in 5 Tagen)');
    expect(marks.find((m) => m.text === 'Parfum')?.reason).not.toMatch(/\b(the|and|skin)\b/);
  });
});
