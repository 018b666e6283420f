import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../../src/knowledge/schema.ts';
import { badgeOf, eventually, launch, openTab, popupUrl, ROOT, type Harness } from './harness.ts';
import { daysAgo, daysAhead, layoutProblems, openPopup, POPUP, savePages, setProfile, settledBadge, shot } from './look.ts';
import { PAGES, servePages } from './states.ts';

// Chromium started in each language of the extension (launch's `lang`, Debian's chromium-l10n), once per
// language: the popup is told that language, formats dates in it, shows the extension's texts in it where
// locales/ has them (English until then, the manifest's default locale), and explains a flagged ingredient
// with the class text data/classes.json gives in that language. Then the popup at its real size, on a product
// with many flagged names, dates and a session ahead, and the options page with saved products, the timeline
// and the plan at a laptop's width: nothing may stick out of its box and no word may break across two lines.
// Screenshots of each go to test-results/screenshots (lang-*-<language>.png).

declare const chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };

const RETINOID = (
  JSON.parse(readFileSync(join(ROOT, 'data/classes.json'), 'utf8')) as {
    id: string;
    reason: string;
    texts: Record<TextLanguage, { reason: string }>;
  }[]
).find((c) => c.id === 'retinoid');

/** The extension's name as locales/<language>.yml (or en.yml, the default, when there is none yet) gives it. */
function extensionName(language: string): string {
  const file = [join(ROOT, 'locales', `${language}.yml`), join(ROOT, 'locales', 'en.yml')].find((f) => existsSync(f)) ?? '';
  const name = parseMessagesText(readFileSync(file, 'utf8'), 'YAML').find((m) => m.key.join('.') === 'extName');
  if (name?.type !== 'simple') throw new Error(`${file} has no extName`);
  return name.message;
}

/**
 * A page with one fault of each kind and what is allowed: a word wider than its box (overflow), a word broken
 * inside by overflow-wrap: anywhere, a box that scrolls on purpose, a hyphenated word and a date joined by no-break
 * spaces each wrapping where they may, and hidden text.
 */
const LAYOUT_SAMPLE = `<!doctype html><html lang="de"><body style="margin:0;font:16px sans-serif">
<p class="narrow" style="width:80px">Donaudampfschifffahrt</p>
<p class="anywhere" style="width:80px;overflow-wrap:anywhere">Inhaltsstoffunverträglichkeitsprüfung</p>
<div class="scroller" style="width:80px;overflow-x:auto"><p style="width:400px">Ein breiter Inhalt, der scrollt</p></div>
<p style="width:120px">Der Inhaltsstoff-Check nach dem Microneedling</p>
<p style="width:180px">Verwendbar ab Mo.,\u00a07.\u00a0Dez.,\u00a014:00 (in\u00a05\u00a0Tagen)</p>
<p style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)" class="visually-hidden">Verborgener langer Text</p>
</body></html>`;

/** A laptop's browser window. */
const WINDOW = { width: 1280, height: 900 };

for (const language of ['en', ...TEXT_LANGUAGES]) {
  describe(`the extension in ${language}`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await launch({ lang: language });
      servePages(h);
    });
    afterAll(() => h?.close());

    it('the popup is told the language, formats dates and names the extension in it, and explains a class in it', async () => {
      if (!RETINOID) throw new Error('data/classes.json has no retinoid class');
      // Read in the popup: the options page opens by itself on a first run and would race a visit.
      const { tabId } = await openTab(h, PAGES.retinol);
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
      await popup.close();
    });

    if (language === 'en') {
      it('the layout check finds a box that overflows and a word broken inside, and lets scrolling boxes and breaks between words be', async () => {
        h.serve('https://layout.test/', LAYOUT_SAMPLE);
        const page = await h.context.newPage();
        await page.setViewportSize({ width: 300, height: 400 });
        await page.goto('https://layout.test/');
        const { overflowing, brokenWords } = await layoutProblems(page);
        expect(overflowing).toEqual(['<p.narrow> "Donaudampfschifffahrt"']);
        expect(brokenWords).toEqual(['"Inhaltsstoffunverträglichkeitsprüfung" in <p.anywhere> "Inhaltsstoffunverträglichkeitsprüfung"']);
        await page.close();
      });
    }

    it('the popup at its real size: nineteen flagged names, their dates and the session ahead fit, no word broken', async () => {
      // Two days after a professional session, the next one booked four weeks after it, a series of five.
      const treatmentAt = daysAgo(2);
      await setProfile(h, {
        treatmentAt,
        depth: 'pro',
        booked: [{ treatmentAt: daysAhead(26), depth: 'pro' }],
        series: { everyDays: 28, sessions: 5, since: treatmentAt },
      });
      const { tabId } = await openTab(h, PAGES.everything);
      await settledBadge(h, tabId);
      const popup = await openPopup(h, tabId, POPUP);
      expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('not-yet');
      await popup.getByTestId('plan-pause').waitFor();
      expect(await layoutProblems(popup)).toEqual({ overflowing: [], brokenWords: [] });
      await shot(popup, `lang-popup-${language}`);
      // Every "Why" and the list as read open: the class reasons and the evidence, in this language.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await layoutProblems(popup)).toEqual({ overflowing: [], brokenWords: [] });
      await shot(popup, `lang-popup-open-${language}`, true);
      await popup.close();
    });

    it('the options page at a laptop’s width: the plan, the timeline and the clinic’s windows fit, no word broken', async () => {
      await savePages(h, [PAGES.retinol, PAGES.cream, PAGES.niacinamide]);
      const options = await h.context.newPage();
      await options.setViewportSize(WINDOW);
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(3);
      await options.getByTestId('clinic-row').first().waitFor();
      expect(await options.getByTestId('proposal').count()).toBeGreaterThan(0);
      expect(await layoutProblems(options)).toEqual({ overflowing: [], brokenWords: [] });
      await shot(options, `lang-options-${language}`, true);
      await options.close();
    });
  });
}
