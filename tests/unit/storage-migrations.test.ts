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

/** What version 1 becomes in version 3: no variant or codes, and an analysis of an unknown knowledge base. */
const v3Product = { ...v1Product, variant: null, gtin: null, sku: null, analysis: { verdict: 'avoid', kbVersion: '' } };

describe('the saved list', () => {
  it('migrates version 1 products (no variant or codes) through version 2 to 3 and keeps everything else', async () => {
    await fakeBrowser.storage.local.set({ savedList: [v1Product], savedList$: { v: 1 } });
    const { savedListItem } = await freshStorage();
    const list = await savedListItem.getValue();
    expect(list).toEqual([v3Product]);
    expect(await fakeBrowser.storage.local.get('savedList$')).toEqual({ savedList$: { v: 3 } });
  });

  it('migrates version 2 analyses to version 3: scored by an unknown knowledge base, so scored again', async () => {
    const v2Product = { ...v1Product, variant: 'Shade 2', gtin: '123', sku: null };
    await fakeBrowser.storage.local.set({ savedList: [v2Product], savedList$: { v: 2 } });
    const { savedListItem } = await freshStorage();
    expect(await savedListItem.getValue()).toEqual([{ ...v2Product, analysis: { verdict: 'avoid', kbVersion: '' } }]);
  });

  it('treats an unversioned value as version 1', async () => {
    await fakeBrowser.storage.local.set({ savedList: [v1Product] });
    const { savedListItem } = await freshStorage();
    expect((await savedListItem.getValue())[0]?.sku).toBeNull();
  });

  it('records the current version with a first write', async () => {
    const { savedListItem } = await freshStorage();
    await savedListItem.setValue([]);
    expect(await fakeBrowser.storage.local.get('savedList$')).toEqual({ savedList$: { v: 3 } });
  });
});

describe.each([
  ['profile', 'profileItem'],
  ['settings', 'settingsItem'],
] as const)('the %s (version 1, the baseline: no migration yet)', (key, item) => {
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
    await fakeBrowser.storage.local.set({ savedList: future, savedList$: { v: 4 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { savedListItem } = await freshStorage();
    await savedListItem.getValue().catch(() => undefined);
    expect(await fakeBrowser.storage.local.get(['savedList', 'savedList$'])).toEqual({ savedList: future, savedList$: { v: 4 } });
  });
});
