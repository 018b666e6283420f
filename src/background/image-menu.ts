import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { ImageOffer } from '../ocr/largest.ts';

// "Check ingredients in this image" on any picture: opens the OCR page (entrypoints/ocr) in a tab
// next to the shop's, which reads the picture on the device. The service worker cannot run the OCR
// engine itself (no Worker there), and a tab survives the popup closing.

const MENU_ID = 'check-image';

export function registerImageMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('menu.checkImage'), contexts: ['image'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.srcUrl) return;
    void onImageChosen(info.srcUrl, info.pageUrl ?? tab?.url ?? '', tab).catch((error: unknown) =>
      console.warn('[needle-safe] check image:', error instanceof Error ? error.message : error),
    );
  });
}

interface ClickedTab {
  id?: number;
  index?: number;
  title?: string;
}

/** Asks the page which larger versions it offers of the clicked picture, then opens the OCR page. */
export async function onImageChosen(src: string, pageUrl: string, tab: ClickedTab | undefined): Promise<void> {
  const offer = tab?.id === undefined ? null : await offerInPage(tab.id, src);
  await browser.tabs.create({
    url: ocrPageUrl({ offer: offer ?? { src, srcsets: [], zoom: [], dynamic: null }, pageUrl, title: tab?.title ?? null }),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.id === undefined ? {} : { openerTabId: tab.id }),
  });
}

/** The OCR page's address carries the offer: the page has no access to the shop's tab. */
export function ocrPageUrl({ offer, pageUrl, title }: { offer: ImageOffer; pageUrl: string; title: string | null }): string {
  const params = new URLSearchParams({ offer: JSON.stringify(offer), page: pageUrl });
  if (title) params.set('title', title);
  return browser.runtime.getURL(`/ocr.html?${params}`);
}

/**
 * Reads the clicked image element's srcset, zoom attributes and link in the page (the menu click
 * grants activeTab). Nothing is fetched here; where the page cannot be read, only `src` is known.
 */
async function offerInPage(tabId: number, src: string): Promise<ImageOffer | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: describeImage, args: [src] });
    return result?.result ?? null;
  } catch {
    return null;
  }
}

/** Runs in the page: self-contained, returns plain data. */
export function describeImage(src: string): ImageOffer | null {
  const image = [...document.images].find((img) => img.currentSrc === src || img.src === src);
  if (!image) return null;
  const sources = image.parentElement instanceof HTMLPictureElement ? [...image.parentElement.querySelectorAll('source')] : [];
  const zoom = [...image.attributes].filter((a) => /zoom|hires|large|full|original/i.test(a.name) && /^(https?:)?\/\//.test(a.value.trim())).map((a) => a.value.trim());
  const link = image.closest('a')?.href;
  if (link && /\.(jpe?g|png|webp|avif)(\?|$)/i.test(link)) zoom.push(link);
  return {
    src,
    srcsets: [image.srcset, ...sources.map((s) => s.srcset)].filter(Boolean),
    zoom,
    dynamic: image.getAttribute('data-a-dynamic-image'),
  };
}
