import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The UI in another of its languages for the tests of one describe block: the real messages of
// locales/<language>.yml served as browser.i18n serves them (setup.ts serves English otherwise).

export function inLanguage(language: string): void {
  const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(import.meta.dirname, `../../locales/${language}.yml`), 'utf8'), 'YAML'));
  let original: typeof fakeBrowser.i18n | undefined;
  beforeEach(() => {
    original = fakeBrowser.i18n;
    Object.assign(fakeBrowser, {
      i18n: {
        getMessage: (key: string, subs?: string | string[]) => {
          const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
          return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
        },
        getUILanguage: () => language,
      },
    });
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { i18n: original });
  });
}
