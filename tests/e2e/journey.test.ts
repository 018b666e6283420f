import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, eventually, launch, openTab, popupUrl, type Harness } from './harness.ts';
import { axeViolations } from './look.ts';

// The whole path a person takes: first run → shop page → badge → popup → edit and rescore → save →
// options timeline → export → import into a fresh profile → notification scheduled; axe-core checks
// both pages (the screenshots of every state are states-en/de.test.ts's).

const SHOP = 'https://www.lookfantastic.com';
const SERUM = `${SHOP}/p/night-renewal-retinol-serum/1001/`;
const CREAM = `${SHOP}/p/barrier-calm-cream/1002/`;
const GIFT = `${SHOP}/p/gift-card/1003/`;

let h: Harness;
let exported = '';

beforeAll(async () => {
  h = await launch();
  h.servePage(SERUM, 'retinol-serum.html');
  h.servePage(CREAM, 'gentle-cream.html');
  h.servePage(GIFT, 'no-list.html');
});
afterAll(() => h?.close());

/** A local date-time two days ago at 14:00, as a datetime-local input takes it. */
function twoDaysAgo(): string {
  const d = new Date(Date.now() - 2 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T14:00`;
}

/** The options page the extension opens by itself on install. */
function firstRunOptions(harness: Harness): Promise<Page> {
  return eventually(async () => harness.context.pages().find((p) => p.url().includes('/options.html')), 'the options page to open on install');
}

async function optionsPage(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  return page;
}

describe('first run', () => {
  it('opens the options page, which asks for the treatment and keeps it', async () => {
    const opened = await firstRunOptions(h);
    const entered = twoDaysAgo();
    await opened.getByTestId('treatment-date').fill(entered);
    await opened.getByTestId('treatment-kind').selectOption('pro');
    await opened.getByTestId('save-profile').click();
    const profile = await eventually(async () => {
      const stored = await opened.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, { treatmentAt: string | null; depth: string; onboarded: boolean } | undefined>> } } };
          }
        ).chrome;
        return (await api.storage.local.get('profile')).profile;
      });
      return stored?.onboarded ? stored : undefined;
    }, 'the profile to be saved');
    // The local date and time the person entered (the browser and the test share the machine's time zone).
    expect(profile).toMatchObject({ treatmentAt: new Date(entered).toISOString(), depth: 'pro' });
  });
});

describe('on a shop page', () => {
  let tabId: number;

  it('the badge warns until a date, naming the reasons', async () => {
    ({ tabId } = await openTab(h, SERUM));
    const badge = await eventually(async () => ((await badgeOf(h, tabId)).text ? badgeOf(h, tabId) : undefined), 'the badge');
    expect(badge.text).toBe('NO');
    expect(badge.title).toMatch(/^Not yet\. OK from .+\. Because of retinol/);
  });

  it('the popup says from when, lets the person edit and rescore, then save', async () => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    expect(await popup.getByTestId('verdict-text').textContent()).toMatch(/OK from|Not yet/);
    // The page lists ten names, all of them known.
    expect(await popup.getByTestId('coverage').textContent()).toContain('10 of 10');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByTestId('list-toggle').click();
    const original = await popup.getByTestId('list-text').inputValue();
    expect(original).toContain('Retinol');
    await popup.getByTestId('list-text').fill('Aqua, Glycerin, Squalane, Panthenol, Sodium Hyaluronate, Allantoin');
    await popup.getByTestId('rescore').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('suitable');
    await popup.getByTestId('list-text').fill(original);
    await popup.getByTestId('rescore').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');

    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save').textContent()).toMatch(/Saved/);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('save').textContent()).toMatch(/Saved/);
    await popup.close();
  });

  it('the popup on a page without a list says what to do, and checks a pasted list', async () => {
    const { tabId: giftTab } = await openTab(h, GIFT);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(popupUrl(h, giftTab));
    await expect.poll(() => popup.getByTestId('no-list').isVisible()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByTestId('paste-text').fill('Aqua, Glycerin, Salicylic Acid, Panthenol');
    await popup.getByTestId('paste-check').click();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('avoid');
    await popup.close();
  });
});

describe('keyboard only', () => {
  it("reaches the popup's save button with Tab and saves with Enter", async () => {
    const { tabId } = await openTab(h, CREAM);
    await eventually(async () => ((await badgeOf(h, tabId)).text ? true : undefined), 'the badge');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('suitable');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 25 && !seen.includes('save'); i++) {
      await popup.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen).toContain('save');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('save').textContent()).toMatch(/Saved/);
    await popup.close();
  });
});

describe('the options page', () => {
  it('shows the saved product on the recovery timeline, days −7 to 14 of the treatment', async () => {
    const options = await optionsPage(h);
    await options.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    const serum = options.getByTestId('timeline-row').filter({ hasText: 'Night Renewal Retinol Serum' });
    const cells = serum.getByTestId('timeline-cell');
    expect(await cells.count()).toBe(22);
    const usable = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-usable')));
    // Retinol: paused 5 days before a professional treatment at 14:00 (until 14:00 on day −5), and 7 days after
    // it, so from 14:00 on day 7.
    expect(usable).toEqual(['true', 'true', 'until', ...Array<string>(11).fill('false'), 'from', ...Array<string>(7).fill('true')]);
    expect(await axeViolations(options)).toEqual([]);
  });

  it('exports the list as JSON and CSV', async () => {
    const options = await optionsPage(h);
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
    const [json] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    exported = readFileSync(await json.path(), 'utf8');
    expect((JSON.parse(exported) as { products: unknown[] }).products).toHaveLength(2);
    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
    const table = readFileSync(await csv.path(), 'utf8');
    expect(table).toContain('Night Renewal Retinol Serum');
    expect(table.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('schedules a notification for when the saved product becomes OK, once notifications are on', async () => {
    const options = await optionsPage(h);
    await options.getByTestId('notify-switch').check();
    const sw = await h.worker();
    const alarms = await eventually(async () => {
      const all = await sw.evaluate(() =>
        (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } }).chrome.alarms.getAll(),
      );
      return all.some((a) => a.name.startsWith('ready:')) ? all : undefined;
    }, 'a ready alarm');
    const ready = alarms.find((a) => a.name.startsWith('ready:'));
    expect(ready?.scheduledTime).toBeGreaterThan(Date.now());
  });
});

describe("the person's own avoid list", () => {
  it('suggests names from the dataset as the person types, and the popup honours the list', async () => {
    const options = await optionsPage(h);
    await options.getByTestId('avoid-input').fill('panthenl');
    await options.getByTestId('avoid-option').filter({ hasText: 'Panthenol' }).first().click();
    await expect.poll(() => options.getByTestId('avoid-chip').allTextContents()).toEqual([expect.stringContaining('Panthenol')]);
    const { tabId } = await openTab(h, CREAM);
    await eventually(async () => ((await badgeOf(h, tabId)).text === 'NO' ? true : undefined), 'the badge to say NO');
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await expect.poll(() => popup.getByTestId('flag-group').first().getAttribute('data-class')).toBe('own-list');
    expect(await popup.getByTestId('flagged-item').first().textContent()).toContain('Panthenol');
    await popup.close();
    // A name nothing answers to is kept, and the person is told at once.
    await options.getByTestId('avoid-input').fill('Xyzzyquat');
    await options.getByTestId('avoid-input').press('Enter');
    await expect.poll(() => options.getByTestId('avoid-no-match').textContent()).toContain('Xyzzyquat');
  });
});

describe('import into a fresh profile', () => {
  it('previews the file, then brings back the same list', async () => {
    const fresh = await launch();
    try {
      const options = await firstRunOptions(fresh);
      await options.waitForLoadState('load');
      await options.getByTestId('import-file').setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await expect.poll(() => options.getByTestId('import-preview').textContent()).toContain('Night Renewal Retinol Serum');
      await options.getByTestId('import-confirm').click();
      await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(2);
      await options
        .getByTestId('import-file')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"needle-safe-list","version":42,"products":[]}') });
      await expect.poll(() => options.getByTestId('import-error').textContent()).toMatch(/newer version/);
      expect(await options.getByTestId('timeline-row').count()).toBe(2);
    } finally {
      await fresh.close();
    }
  });
});
