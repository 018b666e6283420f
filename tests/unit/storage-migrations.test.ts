import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every storage item is versioned; a value written by an older version is migrated wherever the
// item is defined, and the version is recorded beside it.

async function freshStorage() {
  vi.resetModules();
  return import('../../src/list/storage.ts');
}

const v1Product = {
  id: 'a1',
  savedAt: '2026-11-20T10:00:00.000Z',
  url: 'https://www.sephora.com/product/x-P1',
  title: 'Serum',
  brand: 'Lumen Lab',
  components: [{ name: null, text: 'Aqua, Retinol' }],
  source: 'site:sephora',
  analysis: { verdict: 'avoid' },
  note: 'from my practitioner',
};

beforeEach(() => {
  fakeBrowser.reset();
});

/**
 * What version 1 becomes in version 4: no variant or codes, an analysis of an unknown knowledge base,
 * and a note as old as the save it came with.
 */
const v4Product = { ...v1Product, variant: null, gtin: null, sku: null, analysis: { verdict: 'avoid', kbVersion: '' }, noteAt: v1Product.savedAt };

describe('the saved list', () => {
  it('migrates version 1 products (no variant or codes) through versions 2 and 3 to 4 and keeps everything else', async () => {
    await fakeBrowser.storage.local.set({ savedList: [v1Product], savedList$: { v: 1 } });
    const { savedListItem } = await freshStorage();
    const list = await savedListItem.getValue();
    expect(list).toEqual([v4Product]);
    expect(await fakeBrowser.storage.local.get('savedList$')).toEqual({ savedList$: { v: 4 } });
  });

  it('migrates version 2 analyses to version 3: scored by an unknown knowledge base, so scored again', async () => {
    const v2Product = { ...v1Product, variant: 'Shade 2', gtin: '123', sku: null };
    await fakeBrowser.storage.local.set({ savedList: [v2Product], savedList$: { v: 2 } });
    const { savedListItem } = await freshStorage();
    expect(await savedListItem.getValue()).toEqual([{ ...v2Product, analysis: { verdict: 'avoid', kbVersion: '' }, noteAt: v2Product.savedAt }]);
  });

  it('migrates version 3 to 4: a note is dated by its save, no note has no date', async () => {
    const noted = { ...v4Product, id: 'n' };
    const { noteAt: _noted, ...v3Noted } = noted;
    const { noteAt: _plain, ...v3Plain } = { ...v4Product, id: 'p', note: '' };
    await fakeBrowser.storage.local.set({ savedList: [v3Noted, v3Plain], savedList$: { v: 3 } });
    const { savedListItem } = await freshStorage();
    expect((await savedListItem.getValue()).map((p) => [p.id, p.noteAt])).toEqual([
      ['n', v1Product.savedAt],
      ['p', null],
    ]);
  });

  it('treats an unversioned value as version 1', async () => {
    await fakeBrowser.storage.local.set({ savedList: [v1Product] });
    const { savedListItem } = await freshStorage();
    expect((await savedListItem.getValue())[0]?.sku).toBeNull();
  });

  it('records the current version with a first write', async () => {
    const { savedListItem } = await freshStorage();
    await savedListItem.setValue([]);
    expect(await fakeBrowser.storage.local.get('savedList$')).toEqual({ savedList$: { v: 4 } });
  });
});

describe('the profile', () => {
  it('migrates version 1 to 2: the fake earlier treatments that date corrections left are dropped', async () => {
    const profile = {
      treatmentAt: '2026-11-30T13:00:00.000Z',
      depth: 'pro',
      past: [
        { treatmentAt: '2026-11-30T13:00:00.000Z', depth: 'pro' },
        { treatmentAt: '2026-11-30T12:00:00.000Z', depth: 'pro' },
        { treatmentAt: '2026-10-28T09:00:00.000Z', depth: 'home' },
      ],
      onboarded: true,
    };
    await fakeBrowser.storage.local.set({ profile, profile$: { v: 1 } });
    const { profileItem } = await freshStorage();
    expect(await profileItem.getValue()).toEqual({
      ...profile,
      past: [{ treatmentAt: '2026-10-28T09:00:00.000Z', depth: 'home' }],
      booked: [],
      series: null,
      clinic: { windows: {} },
    });
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 3 } });
  });

  it('migrates version 2 to 3: a treatment plan with nothing booked, no series and every window at its default', async () => {
    const profile = {
      treatmentAt: '2026-11-30T13:00:00.000Z',
      depth: 'home',
      past: [{ treatmentAt: '2026-10-28T09:00:00.000Z', depth: 'pro' }],
      onboarded: true,
    };
    await fakeBrowser.storage.local.set({ profile, profile$: { v: 2 } });
    const { profileItem, readProfileAndSettings } = await freshStorage();
    const migrated = { ...profile, booked: [], series: null, clinic: { windows: {} } };
    expect(await profileItem.getValue()).toEqual(migrated);
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 3 } });
    expect((await readProfileAndSettings(Date.parse('2026-12-01T00:00:00Z')))[0]).toEqual(migrated);
  });

  it('reads a booked session that has taken place as the current treatment, the one before as an earlier one', async () => {
    const { profileItem, readProfileAndSettings } = await freshStorage();
    await profileItem.setValue({
      treatmentAt: '2026-11-03T09:00:00.000Z',
      depth: 'pro',
      past: [],
      booked: [
        { treatmentAt: '2026-12-01T09:00:00.000Z', depth: 'pro' },
        { treatmentAt: '2026-12-29T09:00:00.000Z', depth: 'pro' },
      ],
      series: null,
      clinic: { windows: {} },
      onboarded: true,
    });
    const [profile] = await readProfileAndSettings(Date.parse('2026-12-02T00:00:00Z'));
    expect(profile).toMatchObject({
      treatmentAt: '2026-12-01T09:00:00.000Z',
      past: [{ treatmentAt: '2026-11-03T09:00:00.000Z', depth: 'pro' }],
      booked: [{ treatmentAt: '2026-12-29T09:00:00.000Z', depth: 'pro' }],
    });
  });

  it('leaves an unreadable stored profile for the field-by-field fallback of its readers', async () => {
    const broken = { treatmentAt: 'not a date', depth: 'deep', past: 'none', onboarded: true };
    await fakeBrowser.storage.local.set({ profile: broken });
    const { profileItem, readProfileAndSettings } = await freshStorage();
    expect(await profileItem.getValue()).toEqual({ ...broken, booked: [], series: null, clinic: { windows: {} } });
    expect((await readProfileAndSettings())[0]).toEqual({
      treatmentAt: null,
      depth: 'pro',
      past: [],
      booked: [],
      series: null,
      clinic: { windows: {} },
      onboarded: true,
    });
  });
});

describe('the corrections and the removed products (version 1, new)', () => {
  it('start empty', async () => {
    const { correctionsItem, removedItem } = await freshStorage();
    expect(await correctionsItem.getValue()).toEqual([]);
    expect(await removedItem.getValue()).toEqual([]);
  });
});

describe.each([
  ['profile', 'profileItem'],
  ['settings', 'settingsItem'],
] as const)('the %s', (key, item) => {
  it('falls back to its defaults and reads back what a page wrote, in a fresh context', async () => {
    const storage = await freshStorage();
    const value = await storage[item].getValue();
    expect(value).toBeTruthy();
    await storage[item].setValue(value as never);
    const again = await freshStorage();
    expect(await again[item].getValue()).toEqual(value);
    expect((await fakeBrowser.storage.local.get(key))[key]).toEqual(value);
  });
});

describe('a value from a newer version of the extension', () => {
  it('is not migrated down or overwritten', async () => {
    const future = [{ ...v1Product, shelf: 'bathroom' }];
    await fakeBrowser.storage.local.set({ savedList: future, savedList$: { v: 5 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { savedListItem } = await freshStorage();
    await savedListItem.getValue().catch(() => undefined);
    expect(await fakeBrowser.storage.local.get(['savedList', 'savedList$'])).toEqual({ savedList: future, savedList$: { v: 5 } });
  });
});
