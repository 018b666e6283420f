import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../../src/knowledge/schema.ts';
import { launch, ROOT } from './harness.ts';

// Chromium started in each language of the extension (launch's `lang`, Debian's chromium-l10n): an
// extension page is told that language, formats dates in it, and shows the extension's texts in it
// where locales/ has them (English until then, the manifest's default locale).

declare const chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };

/** The extension's name as locales/<language>.yml (or en.yml, the default, when there is none yet) gives it. */
function extensionName(language: string): string {
  const file = [join(ROOT, 'locales', `${language}.yml`), join(ROOT, 'locales', 'en.yml')].find((f) => existsSync(f)) ?? '';
  const name = parseMessagesText(readFileSync(file, 'utf8'), 'YAML').find((m) => m.key.join('.') === 'extName');
  if (name?.type !== 'simple') throw new Error(`${file} has no extName`);
  return name.message;
}

describe('the browser\'s UI language', () => {
  for (const language of ['en', ...TEXT_LANGUAGES]) {
    it(`${language}: an extension page is told it, formats dates in it and names the extension in it`, async () => {
      const h = await launch({ lang: language });
      try {
        const page = await h.context.newPage();
        await page.goto(`chrome-extension://${h.extensionId}/options.html`);
        const seen = await page.evaluate(() => ({
          ui: chrome.i18n.getUILanguage(),
          dates: new Intl.DateTimeFormat().resolvedOptions().locale,
          name: chrome.i18n.getMessage('extName'),
        }));
        expect(seen.ui.split('-')[0]).toBe(language);
        expect(seen.dates.split('-')[0]).toBe(language);
        expect(seen.name).toBe(extensionName(language));
      } finally {
        await h.close();
      }
    });
  }
});
