import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launch, openTab, type Harness } from './harness.ts';
import { axeViolations, daysAgo, openPopup, setProfile, settledBadge, shot, storedList } from './look.ts';
import { PAGES, servePages, words } from './states.ts';

// What a person does, and that nothing of it is lost: corrections kept for the product, the
// treatment edited without fake history, Remove undone, imports that keep the newer note, a name for
// a pasted list, exports for people, focus that follows every action, and the options page at 800 px.

const t = words('en');
let h: Harness;

beforeAll(async () => {
  h = await launch();
  servePages(h);
  await setProfile(h, { treatmentAt: daysAgo(2), depth: 'pro' });
});
afterAll(() => h?.close());

async function optionsPage(width = 1280): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);
const highlighted = (page: Page) =>
  page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('needle-safe-flagged') ?? [])].map((r) => r.toString()));

/** A local wall time as the treatment field takes it: "2026-12-07 14:00" (the browser and the test share the zone). */
function fieldText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe('a corrected list is kept', () => {
  it('"Update saved product" keeps the correction, the next reading of the page uses it, and the page’s own list is one click away', async () => {
    const { page, tabId } = await openTab(h, PAGES.retinol);
    await settledBadge(h, tabId, 'NO');
    await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['Retinol']));
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save').textContent()).toMatch(/Saved/);
    // Focus moves to the result of Save, never to the page's body.
    expect(await focusedTestId(popup)).toBe('save');

    // The page misread the list: the person corrects it and checks again.
    await popup.getByTestId('list-toggle').click();
    const corrected = 'Aqua (Water), Squalane, Glycerin, Caprylic/Capric Triglyceride, Tocopherol, Phenoxyethanol, Ethylhexylglycerin';
    await popup.getByTestId('list-text').fill(corrected);
    await popup.getByTestId('rescore').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('suitable');
    expect(await focusedTestId(popup)).toBe('verdict');
    expect(await popup.getByTestId('corrected').textContent()).toContain(t('popup.corrected'));
    expect((await popup.getByTestId('save').textContent())?.trim()).toBe(t('popup.update'));
    await popup.getByTestId('save').click();
    await expect.poll(async () => (await storedList(popup))[0]?.components[0]?.text).toBe(corrected);
    expect((await storedList(popup))[0]?.analysis.verdict).toBe('suitable');
    expect(await focusedTestId(popup)).toBe('save');
    await shot(popup, 'popup-corrected-saved');
    // The marks on the page follow the corrected list.
    await expect.poll(() => highlighted(page)).toEqual([]);
    await popup.close();

    // The page is read again later: the person's list is used, and said so.
    await page.reload();
    await settledBadge(h, tabId, 'OK');
    const again = await openPopup(h, tabId);
    expect(await again.getByTestId('verdict').getAttribute('data-verdict')).toBe('suitable');
    await again.getByTestId('corrected').waitFor();
    await again.getByTestId('use-page-list').click();
    await expect.poll(() => again.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    expect(await again.getByTestId('corrected').count()).toBe(0);
    expect(await focusedTestId(again)).toBe('verdict');
    await settledBadge(h, tabId, 'NO');
    await again.close();
  });
});

describe('the treatment', () => {
  it('is typed quickly; correcting it adds no earlier treatment; a new one does, and each can be deleted', async () => {
    const options = await optionsPage();
    const field = options.getByTestId('treatment-date');
    await expect.poll(() => field.inputValue()).not.toBe('');
    // "7.12. 14:00" the way people write it: the field says how it read it.
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await field.fill(`${threeDaysAgo.getDate()}.${threeDaysAgo.getMonth() + 1}. 10:00`);
    const expected = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(threeDaysAgo);
    await expect.poll(async () => (await options.getByTestId('date-read').textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toContain(expected);
    await options.getByTestId('save-profile').click();
    await expect.poll(() => options.getByTestId('profile-status').textContent()).toBe(t('options.profileSaved'));
    // A correction of the date: still no earlier treatment.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    twoDaysAgo.setHours(9, 30, 0, 0);
    await field.fill(fieldText(twoDaysAgo));
    await options.getByTestId('save-profile').click();
    await expect.poll(() => options.getByTestId('profile-status').textContent()).toBe(t('options.profileSaved'));
    expect(await options.getByTestId('past-treatment').count()).toBe(0);
    // A new treatment, this morning: the one two days ago becomes an earlier treatment.
    await options.getByTestId('new-treatment').click();
    expect(await focusedTestId(options)).toBe('treatment-date');
    const thisMorning = new Date(Date.now() - 3_600_000);
    await options.keyboard.type(fieldText(thisMorning));
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('past-treatment').count()).toBe(1);
    expect(await options.getByTestId('past-treatment').textContent()).toContain(String(twoDaysAgo.getDate()));
    await options.getByTestId('delete-past').click();
    await expect.poll(() => options.getByTestId('past-treatment').count()).toBe(0);
    expect(await focusedTestId(options)).not.toBe('BODY');
    // Back to the treatment of two days ago for the tests that follow.
    await field.fill(fieldText(twoDaysAgo));
    await options.getByTestId('save-profile').click();
    await expect.poll(() => options.getByTestId('profile-status').textContent()).toBe(t('options.profileSaved'));
    await options.close();
  });
});

describe('nothing is lost silently', () => {
  it('a pasted list asks for a name, prefilled from the page’s title', async () => {
    const { tabId } = await openTab(h, PAGES.gift);
    // Opened from the toolbar, the popup may read the page's title (activeTab).
    await clickToolbarButton(h, PAGES.gift);
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('paste-text').fill('Aqua, Glycerin, Salicylic Acid, Panthenol');
    await popup.getByTestId('paste-check').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    // The page is "Gift Card | Example Beauty": its title without the shop's name.
    await expect.poll(() => popup.getByTestId('save-name').inputValue()).toBe('Gift Card');
    await popup.getByTestId('save-name').fill('Blemish toner');
    await popup.getByTestId('save').click();
    await expect.poll(async () => (await storedList(popup)).map((p) => p.title)).toContain('Blemish toner');
    expect(await popup.getByTestId('product-name').textContent()).toContain('Blemish toner');
    await popup.close();
  });

  it('Remove offers Undo, which brings the product and its note back exactly; focus follows', async () => {
    const options = await optionsPage();
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    const row = options.getByTestId('timeline-row').filter({ hasText: 'Night Renewal Retinol Serum' });
    await row.getByTestId('note-input').fill('my practitioner said after day 5');
    await row.getByTestId('note-input').press('Tab');
    await expect.poll(async () => (await storedList(options)).find((p) => p.title === 'Night Renewal Retinol Serum')?.note).toBe('my practitioner said after day 5');
    const before = await storedList(options);
    await row.getByTestId('remove').click();
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(1);
    expect(await options.getByTestId('undo-bar').textContent()).toContain('Night Renewal Retinol Serum');
    expect(await focusedTestId(options)).toBe('undo');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    expect(await storedList(options)).toEqual(before);
    expect(await options.evaluate(() => document.activeElement?.closest('[data-testid="timeline-row"]')?.textContent)).toContain('Night Renewal Retinol Serum');
    await options.close();
  });

  it('an import merges by product, keeps the newer note, and its preview says which side wins', async () => {
    const options = await optionsPage();
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { products: { title: string; note: string; noteAt: string | null; savedAt: string }[] };
    // An older export: the serum's note from the day it was saved, and an older note than the list's now.
    for (const product of exported.products) {
      if (product.title === 'Night Renewal Retinol Serum') Object.assign(product, { note: 'an older note', noteAt: '2020-01-01T00:00:00.000Z' });
    }
    await options.getByTestId('import-file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    const conflict = options.getByTestId('import-conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('Night Renewal Retinol Serum');
    expect(await conflict.getByTestId('conflict-note').getAttribute('data-wins')).toBe('yours');
    expect(await conflict.getByTestId('conflict-note').textContent()).toBe(t('options.conflictNoteYours'));
    expect(await axeViolations(options)).toEqual([]);
    await shot(options, 'options-import-preview', true);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toMatch(/0 new, 0 updated, 2 unchanged/);
    expect(await focusedTestId(options)).toBe('import-done');
    expect((await storedList(options)).find((p) => p.title === 'Night Renewal Retinol Serum')?.note).toBe('my practitioner said after day 5');
    await options.close();
  });
});

describe('exports for people', () => {
  it('the CSV is UTF-8 with a byte-order mark, headers in the UI’s language and dates in the person’s zone', async () => {
    const options = await optionsPage();
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(['name', 'brand', 'variant', 'state', 'details', 'okFrom', 'flagged', 'savedAt', 'note', 'address'].map((c) => t(`csv.${c}`)).join(','));
    const saved = (await storedList(options)) as unknown as { title: string; savedAt: string }[];
    const serum = saved.find((p) => p.title === 'Night Renewal Retinol Serum') as { savedAt: string };
    const when = await options.evaluate(
      (iso) =>
        new Intl.DateTimeFormat((globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(), {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        }).format(new Date(iso)),
      serum.savedAt,
    );
    const row = lines.find((l) => l.includes('Night Renewal Retinol Serum')) as string;
    expect(row.replace(/[\u00a0\u202f]/g, ' ')).toContain(when);
    expect(row).not.toContain(serum.savedAt);
    await options.close();
  });
});

describe('the keyboard', () => {
  it('the avoid-list suggestions are a combobox: arrows move, Enter adds, Escape closes; focus stays in the field', async () => {
    const options = await optionsPage();
    const input = options.getByTestId('avoid-input');
    await input.focus();
    await options.keyboard.type('panthen');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('role')).toBe('combobox');
    await options.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('avoid-option-0');
    await options.keyboard.press('ArrowDown');
    await options.keyboard.press('ArrowUp');
    const active = options.locator('#avoid-option-0');
    expect(await active.getAttribute('aria-selected')).toBe('true');
    const chosen = (await active.textContent())?.trim();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('avoid-chip').allTextContents()).toEqual([expect.stringContaining(chosen as string)]);
    expect(await focusedTestId(options)).toBe('avoid-input');
    await options.keyboard.type('glyc');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await options.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await options.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    // The name is taken off again for the other tests.
    await options.getByRole('button', { name: t('options.avoidRemove').replace('$1', chosen as string) }).click();
    await expect.poll(() => options.getByTestId('avoid-chip').count()).toBe(0);
    expect(await focusedTestId(options)).toBe('avoid-input');
    await options.close();
  });
});

describe('the options page at 800 px', () => {
  it('scrolls the timeline inside its own box, and keeps Notes and Remove in view and working', async () => {
    const options = await optionsPage(800);
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    const box = options.locator('.scroll');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    for (const id of ['note-input', 'remove']) {
      for (const element of await options.getByTestId(id).all()) {
        await element.scrollIntoViewIfNeeded();
        const r = await element.boundingBox();
        expect(r && r.x >= 0 && r.x + r.width <= 800).toBe(true);
        // Nothing covers it: the element at its centre is the element itself.
        expect(
          await element.evaluate((el) => {
            const { x, y, width, height } = el.getBoundingClientRect();
            return document.elementFromPoint(x + width / 2, y + height / 2) === el;
          }),
        ).toBe(true);
      }
    }
    const row = options.getByTestId('timeline-row').first();
    await row.getByTestId('note-input').fill('reachable at 800 px');
    await row.getByTestId('note-input').press('Enter');
    await expect.poll(async () => (await storedList(options)).some((p) => p.note === 'reachable at 800 px')).toBe(true);
    await options.close();
  });
});
