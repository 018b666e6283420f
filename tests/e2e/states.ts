import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openTab, ROOT, type Harness } from './harness.ts';
import { axeViolations, daysAgo, inFirstScreen, markTooltip, openPopup, POPUP, savePages, setProfile, settledBadge, shot } from './look.ts';

// The popup in each state a shopper meets — not yet, OK now, ask first, could not judge, no list —
// and the options page, in one UI language: the chip, the sentence and the badge's tooltip say the
// same words (locales/<language>.yml), the 19-name product keeps Save on the first screen, axe finds
// nothing serious, and a screenshot of each goes to test-results/screenshots.

export const SHOP = 'https://www.lookfantastic.com';
export const PAGES = {
  retinol: `${SHOP}/p/night-renewal-retinol-serum/1001/`,
  cream: `${SHOP}/p/barrier-calm-cream/1002/`,
  gift: `${SHOP}/p/gift-card/1003/`,
  niacinamide: `${SHOP}/p/clarifying-niacinamide-serum/1004/`,
  everything: `${SHOP}/p/radiance-overnight-peel-serum/1005/`,
  cut: 'https://www.boots.com/meadow-lab-night-repair-cream-50ml-10399101',
};

export function servePages(h: Harness): void {
  h.servePage(PAGES.retinol, 'retinol-serum.html');
  h.servePage(PAGES.cream, 'gentle-cream.html');
  h.servePage(PAGES.gift, 'no-list.html');
  h.servePage(PAGES.niacinamide, 'niacinamide-serum.html');
  h.servePage(PAGES.everything, 'everything-serum.html');
  h.servePage(PAGES.cut, 'show-more.html');
}

/** The UI's own words in a language, by key ("state.notYet"), as the locale file writes them. */
export function words(language: string): (key: string) => string {
  const messages = generateChromeMessages(parseMessagesText(readFileSync(join(ROOT, `locales/${language}.yml`), 'utf8'), 'YAML'));
  return (key) => {
    const message = messages[key.replace(/\./g, '_')]?.message;
    if (message === undefined) throw new Error(`no message ${key} in ${language}`);
    return message;
  };
}

/** A message with its placeholders as a pattern: "OK from $1 ($2)" → /^OK from .+ \(.+\)$/. */
export function pattern(message: string): RegExp {
  const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$\d/g, '.+');
  return new RegExp(`^${escaped}$`);
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** Every state in one UI language (a locales/<language>.yml the browser runs in; English is the machine's). */
export function statesTour(language: string): void {
  const t = words(language);
  const suffix = language === 'en' ? '' : `-${language}`;
  let h: Harness;

  beforeAll(async () => {
    h = await launch(language === 'en' ? {} : { lang: language });
    servePages(h);
  });
  afterAll(() => h?.close());

  describe(`the popup in each state (${language})`, () => {
    it('speaks the browser’s language', async () => {
      const page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/options.html`).catch(() => undefined);
      const ui = await page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
      expect(ui.split('-')[0]).toBe(language);
      await page.close();
    });

    it('not yet: the chip, the sentence and the badge say the same, with the date and the days left', async () => {
      await setProfile(h, { treatmentAt: daysAgo(2), depth: 'pro' });
      const { tabId } = await openTab(h, PAGES.retinol);
      const badge = await settledBadge(h, tabId);
      const popup = await openPopup(h, tabId);
      const word = plain(await popup.getByTestId('verdict-word').textContent());
      const line = plain(await popup.getByTestId('verdict-text').textContent());
      expect(word).toBe(t('state.notYet'));
      expect(line).toMatch(pattern(t('state.okFrom')));
      expect(plain(badge.title).startsWith(`${word}. ${line}`)).toBe(true);
      expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('not-yet');
      expect(await inFirstScreen(popup, 'save')).toBe(true);
      expect(await axeViolations(popup)).toEqual([]);
      await shot(popup, `popup-avoid${suffix}`);
      await popup.close();
    });

    it('OK now: green, with the wait that ended in small print', async () => {
      await setProfile(h, { treatmentAt: daysAgo(10), depth: 'pro' });
      const { tabId } = await openTab(h, PAGES.retinol);
      const badge = await settledBadge(h, tabId, 'OK');
      const popup = await openPopup(h, tabId);
      expect(plain(await popup.getByTestId('verdict-word').textContent())).toBe(t('state.okNow'));
      expect(plain(await popup.getByTestId('verdict-text').textContent())).toBe(t('state.waitOver'));
      expect(plain(await popup.getByTestId('verdict-note').textContent())).toMatch(pattern(t('state.was.avoid')));
      expect(plain(badge.title)).toMatch(new RegExp(`^${t('state.okNow')}\\. `));
      expect(badge.title).not.toMatch(/\(\s*\)/);
      expect(await axeViolations(popup)).toEqual([]);
      await shot(popup, `popup-ok-now${suffix}`);
      await popup.close();
    });

    it('ask first: a caution sends the person to the practitioner, with the day to wait for', async () => {
      await setProfile(h, { treatmentAt: daysAgo(1), depth: 'pro' });
      const { tabId } = await openTab(h, PAGES.niacinamide);
      await settledBadge(h, tabId, '!');
      const popup = await openPopup(h, tabId);
      expect(plain(await popup.getByTestId('verdict-word').textContent())).toBe(t('state.ask'));
      expect(plain(await popup.getByTestId('verdict-text').textContent())).toMatch(pattern(t('state.askOrWait')));
      expect(await axeViolations(popup)).toEqual([]);
      await shot(popup, `popup-caution${suffix}`);
      await popup.close();
    });

    it('could not judge — and why', async () => {
      const { tabId } = await openTab(h, PAGES.cut);
      await settledBadge(h, tabId, '?');
      const popup = await openPopup(h, tabId);
      expect(plain(await popup.getByTestId('verdict-word').textContent())).toBe(t('state.unknown'));
      expect(plain(await popup.getByTestId('verdict-text').textContent())).toBe(t('doubt.partial'));
      expect(await axeViolations(popup)).toEqual([]);
      await shot(popup, `popup-unknown${suffix}`);
      await popup.close();
    });

    it('no list: what the person can do instead', async () => {
      const { tabId } = await openTab(h, PAGES.gift);
      const popup = await openPopup(h, tabId);
      expect(plain(await popup.getByTestId('no-list').locator('h1').textContent())).toBe(t('popup.noListHeading'));
      await popup.getByTestId('pictures').waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await shot(popup, `popup-no-list${suffix}`);
      await popup.close();
    });

    it('the marks’ tooltip on the shop page speaks the same language', async () => {
      await setProfile(h, { treatmentAt: daysAgo(2), depth: 'pro' });
      const { page, tabId } = await openTab(h, PAGES.everything);
      await settledBadge(h, tabId, t('badge.avoid'));
      await page.locator('summary').click();
      const tooltip = plain(await markTooltip(h, page, 'Retinol'));
      // The class's name and reason as data/classes.json writes them in this language, and the day it is OK.
      type Text = { label: string; reason: string };
      const classes = JSON.parse(readFileSync(join(ROOT, 'data/classes.json'), 'utf8')) as (Text & { id: string; texts: Record<string, Text> })[];
      const retinoid = classes.find((c) => c.id === 'retinoid');
      const text = language === 'en' ? retinoid : retinoid?.texts[language];
      expect(tooltip).toContain(text?.label);
      expect(tooltip).toContain(text?.reason);
      expect(tooltip).toMatch(new RegExp(pattern(t('state.okFrom')).source.replace(/^\^|\$$/g, '')));
      await shot(page, `page-mark-tooltip${suffix}`);
    });

    it('nineteen flagged names: the first screen holds the product, the verdict, the reason and Save; one date per class', async () => {
      await setProfile(h, { treatmentAt: daysAgo(2), depth: 'pro' });
      const { tabId } = await openTab(h, PAGES.everything);
      await settledBadge(h, tabId, t('badge.avoid'));
      const popup = await openPopup(h, tabId, POPUP);
      expect(await popup.getByTestId('flagged-item').count()).toBe(19);
      for (const id of ['product-name', 'verdict', 'verdict-reason', 'save']) expect(await inFirstScreen(popup, id), id).toBe(true);
      const groups = await popup.getByTestId('flag-group').count();
      expect(await popup.getByTestId('group-when').count()).toBe(groups);
      // The names carry no dates of their own: the group's one date says it.
      for (const name of await popup.getByTestId('flagged-item').allTextContents()) expect(name).not.toMatch(/\d{1,2}:\d{2}/);
      await shot(popup, `popup-many-flags${suffix}`);
      await shot(popup, `popup-many-flags-full${suffix}`, true);
      await popup.close();
    });
  });

  describe(`the options page (${language})`, () => {
    it('shows the saved products on the timeline at full width and at 800 px', async () => {
      await setProfile(h, { treatmentAt: daysAgo(2), depth: 'pro', past: [{ treatmentAt: daysAgo(40), depth: 'home' }] });
      await savePages(h, [PAGES.retinol, PAGES.cream, PAGES.niacinamide]);
      const options = await h.context.newPage();
      await options.setViewportSize({ width: 1280, height: 900 });
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(3);
      expect(await axeViolations(options)).toEqual([]);
      await shot(options, `options${suffix}`, true);
      await options.setViewportSize({ width: 800, height: 900 });
      await shot(options, `options-800${suffix}`, true);
      await options.close();
    });
  });
}
