import { browser } from 'wxt/browser';

/** On first install, the options page asks for the treatment date: verdicts depend on it. */
export function openOptionsOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}
