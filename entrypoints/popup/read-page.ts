import { browser } from 'wxt/browser';
import type { TabState } from '../../src/messaging/protocol.ts';
import { uiMessenger } from '../../src/messaging/protocol.ts';
import { pause, pollFor } from '../../src/ui/poll.ts';

/** After injecting the content script: ask the background every 250 ms for about 3 s. */
const READ_ATTEMPTS = 12;
const READ_INTERVAL_MS = 250;

/** Runs the content script once in the tab (activeTab allows it) and waits for what it read (null: nothing). */
export async function readPage(tabId: number): Promise<TabState | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  return pollFor(
    () => uiMessenger.sendMessage('getTab', { tabId }),
    READ_ATTEMPTS,
    () => pause(READ_INTERVAL_MS),
  );
}
