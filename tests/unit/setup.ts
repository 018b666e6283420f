import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fakeBrowser has no i18n: serve the real English messages (locales/en.yml) the way browser.i18n
// does, so tests see the text a person sees.
const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML'));
Object.assign(fakeBrowser, {
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'en-GB',
  },
});
