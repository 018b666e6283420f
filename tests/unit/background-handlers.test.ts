import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReading } from '../../src/extract/types.ts';
import { tabStateItem } from '../../src/background/tabs.ts';
import { profileItem, savedListItem, settingsItem } from '../../src/list/storage.ts';
import { exportSavedList } from '../../src/list/transfer.ts';
import type { SavedProduct } from '../../src/list/model.ts';
import type { Analysis } from '../../src/score/types.ts';

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
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toMatch(/^Avoid for 7 days after your treatment — retinol/);
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
    await profileItem.setValue({ treatmentAt: '2026-11-24T10:00:00.000Z', depth: 'home', past: [], onboarded: true });
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
    await expect(onSaveProduct(77)).rejects.toThrow(/no analysed product/);
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
    expect(result).toEqual({ added: 2, updated: 0, total: 2 });
    expect(await savedListItem.getValue()).toEqual(before);
  });

  it('follows the profile and the avoid list: every saved product is scored again', async () => {
    const { onPageRead, onSaveProduct, rescoreSavedList } = await handlers();
    await onPageRead(1, reading('a', RETINOL));
    await onSaveProduct(1);
    await profileItem.setValue({ treatmentAt: null, depth: 'home', past: [], onboarded: true });
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
    await profileItem.setValue({ treatmentAt: null, depth: 'home', past: [], onboarded: true });
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
