import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { onScoreText } from './handlers.ts';

const MENU_ID = 'check-selection';

/** "Check these ingredients" on any selected text: the manual fallback on every page (with activeTab). */
export function registerSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('menu.checkSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText || tab?.id === undefined) return;
    void onScoreText(tab.id, info.selectionText, tab.title ?? null, { url: tab.url ?? '', source: 'selection' })
      // Opening the popup needs a user gesture; where the browser refuses (by throwing or rejecting),
      // the badge still shows the verdict.
      .then(() => browser.action.openPopup?.())
      .catch(() => undefined);
  });
}
