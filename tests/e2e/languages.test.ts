import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../../src/knowledge/schema.ts';
import { badgeOf, eventually, launch, openTab, popupUrl, ROOT } from './harness.ts';

// Chromium started in each language of the extension (launch's `lang`, Debian's chromium-l10n): the
// popup is told that language, formats dates in it, shows the extension's texts in it where locales/
// has them (English until then, the manifest's default locale), and explains a flagged ingredient
// with the class text data/classes.json gives in that language.

declare const chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };

const SHOP_PAGE = 'https://www.lookfantastic.com/p/night-renewal-retinol-serum/1001/';
const RETINOID = (JSON.parse(readFileSync(join(ROOT, 'data/classes.json'), 'utf8')) as {
  id: string;
  reason: string;
  texts: Record<TextLanguage, { reason: string }>;
}[]).find((c) => c.id === 'retinoid');

/** The extension's name as locales/<language>.yml (or en.yml, the default, when there is none yet) gives it. */
function extensionName(language: string): string {
  const file = [join(ROOT, 'locales', `${language}.yml`), join(ROOT, 'locales', 'en.yml')].find((f) => existsSync(f)) ?? '';
  const name = parseMessagesText(readFileSync(file, 'utf8'), 'YAML').find((m) => m.key.join('.') === 'extName');
  if (name?.type !== 'simple') throw new Error(`${file} has no extName`);
  return name.message;
}

describe('the browser\'s UI language', () => {
  for (const language of ['en', ...TEXT_LANGUAGES]) {
    it(`${language}: the popup is told it, formats dates and names the extension in it, and explains a class in it`, async () => {
      if (!RETINOID) throw new Error('data/classes.json has no retinoid class');
      const h = await launch({ lang: language });
      try {
        // Read in the popup: the options page opens by itself on a first run and would race a visit.
        h.servePage(SHOP_PAGE, 'retinol-serum.html');
        const { tabId } = await openTab(h, SHOP_PAGE);
        await eventually(async () => ((await badgeOf(h, tabId)).text ? true : undefined), 'the badge');
        const popup = await h.context.newPage();
        await popup.goto(popupUrl(h, tabId));
        const seen = await popup.evaluate(() => ({
          ui: chrome.i18n.getUILanguage(),
          dates: new Intl.DateTimeFormat().resolvedOptions().locale,
          name: chrome.i18n.getMessage('extName'),
        }));
        expect(seen.ui.split('-')[0]).toBe(language);
        expect(seen.dates.split('-')[0]).toBe(language);
        expect(seen.name).toBe(extensionName(language));
        const reason = language === 'en' ? RETINOID.reason : RETINOID.texts[language as TextLanguage].reason;
        await expect.poll(() => popup.locator('body').textContent()).toContain(reason);
      } finally {
        await h.close();
      }
    });
  }
});
