import { browser } from 'wxt/browser';
import { contentMessenger, uiMessenger } from '../src/messaging/protocol.ts';
import { RefusedMessage, senderKind, validated, type Sender, type SenderKind } from '../src/messaging/guard.ts';
import {
  onGetTab,
  onImportList,
  onPageRead,
  onPopupView,
  onRemoveProduct,
  onRestoreProduct,
  onSaveProduct,
  onScoreText,
  onUpdateNote,
  onUsePageList,
  rescoreSavedList,
} from '../src/background/handlers.ts';
import { profileItem, settingsItem } from '../src/list/storage.ts';
import { clearTabState, getTabState } from '../src/background/tabs.ts';
import { registerSelectionMenu } from '../src/background/selection-menu.ts';
import { registerImageMenu } from '../src/background/image-menu.ts';
import { syncSiteScripts } from '../src/background/site-access.ts';
import { registerAlarms } from '../src/background/alarms.ts';
import { openOptionsOnInstall } from '../src/background/first-run.ts';

// Thin: every listener is registered synchronously (a worker woken by an event must find its
// listener), checks who sent the message and validates it, then hands over to src/background.

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  const guard = (sender: Sender, expected: SenderKind) => {
    const kind = senderKind(sender, browser.runtime.id, origin);
    if (kind !== expected) throw new RefusedMessage(`a ${kind} context may not send this message`);
  };
  const logged = async <T>(type: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      console.warn(`[needle-safe] ${type} failed:`, error instanceof Error ? error.message : error);
      throw error;
    }
  };

  contentMessenger.onMessage('pageRead', ({ data, sender }) =>
    logged('pageRead', async () => {
      guard(sender, 'content');
      return onPageRead(sender.tab?.id as number, validated('pageRead', data));
    }),
  );
  contentMessenger.onMessage('pageLeft', ({ sender }) =>
    logged('pageLeft', async () => {
      guard(sender, 'content');
      await clearTabState(sender.tab?.id as number);
    }),
  );
  uiMessenger.onMessage('getTab', ({ data, sender }) => logged('getTab', async () => (guard(sender, 'ui'), onGetTab(validated('getTab', data).tabId))));
  uiMessenger.onMessage('popupView', ({ data, sender }) => logged('popupView', async () => (guard(sender, 'ui'), onPopupView(validated('popupView', data).tabId))));
  uiMessenger.onMessage('scoreText', ({ data, sender }) =>
    logged('scoreText', async () => {
      guard(sender, 'ui');
      const { tabId, text, name, from } = validated('scoreText', data);
      return onScoreText(tabId, text, name, from);
    }),
  );
  uiMessenger.onMessage('saveProduct', ({ data, sender }) =>
    logged('saveProduct', async () => {
      guard(sender, 'ui');
      const { tabId, name = null } = validated('saveProduct', data);
      return onSaveProduct(tabId, name);
    }),
  );
  uiMessenger.onMessage('usePageList', ({ data, sender }) =>
    logged('usePageList', async () => (guard(sender, 'ui'), onUsePageList(validated('usePageList', data).tabId))),
  );
  uiMessenger.onMessage('removeProduct', ({ data, sender }) =>
    logged('removeProduct', async () => (guard(sender, 'ui'), onRemoveProduct(validated('removeProduct', data).id))),
  );
  uiMessenger.onMessage('restoreProduct', ({ data, sender }) =>
    logged('restoreProduct', async () => (guard(sender, 'ui'), onRestoreProduct(validated('restoreProduct', data).id))),
  );
  uiMessenger.onMessage('updateNote', ({ data, sender }) =>
    logged('updateNote', async () => {
      guard(sender, 'ui');
      const { id, note } = validated('updateNote', data);
      return onUpdateNote(id, note);
    }),
  );
  uiMessenger.onMessage('importList', ({ data, sender }) =>
    logged('importList', async () => {
      guard(sender, 'ui');
      const { json, mode } = validated('importList', data);
      return onImportList(json, mode);
    }),
  );

  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void getTabState(tabId).then((state) => {
      if (state && withoutHash(state.reading.url) !== withoutHash(change.url as string)) return clearTabState(tabId);
    });
  });
  registerSelectionMenu();
  registerImageMenu();
  registerAlarms();
  const rescore = (which: 'all' | 'stale') => () => void rescoreSavedList(which).catch((error: unknown) => console.warn('[needle-safe] rescoring the list:', error));
  profileItem.watch(rescore('all'));
  settingsItem.watch(rescore('all'));
  // A new release may bring a corrected knowledge base or rules: after an update every saved product is scored
  // again; at each browser start, any that another knowledge base scored (an update cut short).
  browser.runtime.onInstalled.addListener(({ reason }) => rescore(reason === 'update' ? 'all' : 'stale')());
  browser.runtime.onStartup.addListener(rescore('stale'));
  openOptionsOnInstall();
  // Sites the person allowed one by one get the content script too.
  const syncSites = () => void syncSiteScripts().catch((error: unknown) => console.warn('[needle-safe] site scripts:', error));
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  browser.runtime.onInstalled.addListener(syncSites);
});

function withoutHash(url: string): string {
  return url.split('#')[0] as string;
}
