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

describe('the saved list', () => {
  it('migrates version 1 products (no variant or codes) to version 2 and keeps everything else', async () => {
    await fakeBrowser.storage.local.set({ savedList: [v1Product], savedList$: { v: 1 } });
    const { savedListItem } = await freshStorage();
    const list = await savedListItem.getValue();
    expect(list).toEqual([{ ...v1Product, variant: null, gtin: null, sku: null }]);
    expect(await fakeBrowser.storage.local.get('savedList$')).toEqual({ savedList$: { v: 2 } });
  });

  it('treats an unversioned value as version 1', async () => {
    await fakeBrowser.storage.local.set({ savedList: [v1Product] });
    const { savedListItem } = await freshStorage();
    expect((await savedListItem.getValue())[0]?.sku).toBeNull();
  });

  it('records the current version with a first write', async () => {
    const { savedListItem } = await freshStorage();
    await savedListItem.setValue([]);
    expect(await fakeBrowser.storage.local.get('savedList$')).toEqual({ savedList$: { v: 2 } });
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
    await fakeBrowser.storage.local.set({ savedList: future, savedList$: { v: 3 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { savedListItem } = await freshStorage();
    await savedListItem.getValue().catch(() => undefined);
    expect(await fakeBrowser.storage.local.get(['savedList', 'savedList$'])).toEqual({ savedList: future, savedList$: { v: 3 } });
  });
});
