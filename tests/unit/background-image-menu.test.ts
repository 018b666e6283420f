import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStateItem } from '../../src/background/tabs.ts';
import { savedListItem } from '../../src/list/storage.ts';
import { validated } from '../../src/messaging/guard.ts';

// "Check ingredients in this image". fakeBrowser has no contextMenus or scripting API: small
// stand-ins record the menu, let the test click it and answer the page's description of the image.

type Clicked = (info: { menuItemId: string; srcUrl?: string; pageUrl?: string }, tab?: { id?: number; index?: number; title?: string }) => void;

function standIns(described: unknown) {
  const created: unknown[] = [];
  let clicked: Clicked = () => undefined;
  const executeScript = vi.fn(async () => [{ result: described }]);
  Object.assign(fakeBrowser, {
    contextMenus: { create: (props: unknown) => created.push(props), onClicked: { addListener: (l: Clicked) => (clicked = l) } },
    scripting: { executeScript },
  });
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  return { created, create, executeScript, click: (...args: Parameters<Clicked>) => clicked(...args) };
}

function opened(create: ReturnType<typeof standIns>['create']) {
  const [props] = create.mock.calls[0] ?? [];
  const url = new URL((props as { url: string }).url);
  return { props, url, offer: JSON.parse(url.searchParams.get('offer') ?? 'null') as unknown, page: url.searchParams.get('page'), title: url.searchParams.get('title') };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('the image menu', () => {
  it('is created on install for images', async () => {
    const menus = standIns(null);
    (await import('../../src/background/image-menu.ts')).registerImageMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(menus.created).toEqual([{ id: 'check-image', title: 'Check ingredients in this image', contexts: ['image'] }]);
  });

  it('opens the OCR page next to the shop with what the page offers of the picture', async () => {
    const described = { src: 'https://shop.example/a.jpg', srcsets: ['https://shop.example/b.jpg 1200w'], zoom: [], dynamic: null };
    const menus = standIns(described);
    (await import('../../src/background/image-menu.ts')).registerImageMenu();
    menus.click({ menuItemId: 'check-image', srcUrl: 'https://shop.example/a.jpg', pageUrl: 'https://shop.example/p/serum' }, { id: 7, index: 2, title: 'Serum' });
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalled());
    expect(menus.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 }, args: ['https://shop.example/a.jpg'] }));
    const tab = opened(menus.create);
    expect(tab.url.pathname).toBe('/ocr.html');
    expect(tab.props).toMatchObject({ index: 3, openerTabId: 7 });
    expect(tab).toMatchObject({ offer: described, page: 'https://shop.example/p/serum', title: 'Serum' });
  });

  it('falls back to the clicked address when the page cannot be read, and ignores other clicks', async () => {
    const menus = standIns(null);
    menus.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    (await import('../../src/background/image-menu.ts')).registerImageMenu();
    menus.click({ menuItemId: 'check-selection', srcUrl: 'https://shop.example/a.jpg' }, { id: 7 });
    menus.click({ menuItemId: 'check-image' }, { id: 7 });
    menus.click({ menuItemId: 'check-image', srcUrl: 'https://shop.example/a.jpg', pageUrl: 'https://shop.example/p/1' }, { id: 7 });
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(1));
    expect(opened(menus.create).offer).toEqual({ src: 'https://shop.example/a.jpg', srcsets: [], zoom: [], dynamic: null });
  });
});

describe('a list read from a picture', () => {
  const LIST = 'Aqua, Glycerin, Retinol, Parfum';

  it('is scored for the OCR tab with the page it came from, and saved as read from an image', async () => {
    const message = validated('scoreText', { tabId: 12, text: LIST, name: 'Night Cream', from: { url: 'https://shop.example/p/cream', source: 'image' } });
    const { onSaveProduct, onScoreText } = await import('../../src/background/handlers.ts');
    const state = await onScoreText(message.tabId, message.text, message.name, message.from);
    expect(state.reading).toMatchObject({ url: 'https://shop.example/p/cream', source: 'image', title: 'Night Cream' });
    expect(state.analysis.verdict).toBe('avoid');
    // Corrected and checked again: still a reading of that picture, not an edit of a page.
    await onScoreText(12, `${LIST}, Linalool`, 'Night Cream', message.from);
    expect((await tabStateItem(12).getValue())?.reading.source).toBe('image');
    await onSaveProduct(12);
    expect(await savedListItem.getValue()).toEqual([expect.objectContaining({ url: 'https://shop.example/p/cream', source: 'image', title: 'Night Cream' })]);
  });

  it("comes only from the OCR page's own kind of origin", () => {
    expect(() => validated('scoreText', { tabId: 1, text: LIST, name: null, from: { url: '', source: 'selection' } })).toThrow(
      /invalid scoreText message at from.source/,
    );
    expect(validated('scoreText', { tabId: 1, text: LIST, name: null }).from).toBeUndefined();
  });
});
