import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStateItem } from '../../src/background/tabs.ts';

// "Check these ingredients" on selected text. fakeBrowser has no contextMenus API: a small stand-in
// records the menu and lets the test click it.

type Clicked = (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number; title?: string; url?: string }) => void;

function standInMenus() {
  const created: unknown[] = [];
  let clicked: Clicked = () => undefined;
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (props: unknown) => created.push(props),
      onClicked: { addListener: (listener: Clicked) => (clicked = listener) },
    },
  });
  return { created, click: (...args: Parameters<Clicked>) => clicked(...args) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('the selection menu', () => {
  it('is created on install for selected text', async () => {
    const menus = standInMenus();
    (await import('../../src/background/selection-menu.ts')).registerSelectionMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(menus.created).toEqual([{ id: 'check-selection', title: 'Check these ingredients', contexts: ['selection'] }]);
  });

  it('scores the selected list for the tab, with the selection as its source', async () => {
    const menus = standInMenus();
    (await import('../../src/background/selection-menu.ts')).registerSelectionMenu();
    menus.click({ menuItemId: 'check-selection', selectionText: 'Aqua, Glycerin, Retinol, Parfum' }, { id: 8, title: 'A serum', url: 'https://shop.example/serum' });
    await vi.waitFor(async () => expect(await tabStateItem(8).getValue()).not.toBeNull());
    const state = await tabStateItem(8).getValue();
    expect(state?.reading).toMatchObject({ source: 'selection', url: 'https://shop.example/serum', title: 'A serum' });
    expect(state?.analysis.verdict).toBe('avoid');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('NO');
  });

  it('ignores other menu items and clicks without a selection', async () => {
    const menus = standInMenus();
    (await import('../../src/background/selection-menu.ts')).registerSelectionMenu();
    menus.click({ menuItemId: 'something-else', selectionText: 'Retinol' }, { id: 9 });
    menus.click({ menuItemId: 'check-selection' }, { id: 9 });
    // A check clicked afterwards has been scored: work the two clicks above had started would be done too.
    menus.click({ menuItemId: 'check-selection', selectionText: 'Aqua, Glycerin' }, { id: 10 });
    await vi.waitFor(async () => expect(await tabStateItem(10).getValue()).not.toBeNull());
    expect(await tabStateItem(9).getValue()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
  });
});
