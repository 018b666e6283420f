import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, openTab, ROOT, type Harness } from './harness.ts';
import { axeViolations, daysAgo, openPopup, setProfile, settledBadge, shot, storedList } from './look.ts';
import { PAGES, pattern, servePages, words } from './states.ts';

// The treatment cycle in Chromium (shared/reference/treatment-cycle.md): a session booked on the options page,
// the popup's pause sentence before it, the timeline from seven days before it to fourteen after, a clinic
// window changed and the verdict saying so, the plan exported as a calendar and read back with ical.js, and
// the reminders scheduled as alarms at the right times.

const t = words('en');
const HOUR = 3_600_000;
const TONER = 'https://www.lookfantastic.com/p/glow-glycolic-toner/1006/';
let h: Harness;
/** The next session: nine days from now at 10:00 on the machine's clock (the browser shares its zone). */
const session = new Date();
session.setDate(session.getDate() + 9);
session.setHours(10, 0, 0, 0);
const sessionAt = session.getTime();
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

beforeAll(async () => {
  h = await launch();
  servePages(h);
  const cream = readFileSync(join(ROOT, 'tests/e2e/pages/gentle-cream.html'), 'utf8');
  h.serve(
    TONER,
    cream
      .replace(/Barrier Calm Cream/g, 'Glow Glycolic Toner')
      .replace(/<p>Aqua,[^<]*<\/p>/, '<p>Aqua, Glycolic Acid, Glycerin, Panthenol, Sodium Hyaluronate, Allantoin, Phenoxyethanol</p>'),
  );
  // The last treatment long over: every wait after it has ended.
  await setProfile(h, { treatmentAt: daysAgo(40), depth: 'pro' });
});
afterAll(() => h?.close());

async function optionsPage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

async function saveFromPopup(url: string, badge: string): Promise<void> {
  const { tabId } = await openTab(h, url);
  await settledBadge(h, tabId, badge);
  const popup = await openPopup(h, tabId);
  await popup.getByTestId('save').click();
  await expect.poll(() => popup.getByTestId('save').textContent()).toMatch(/Saved/);
  await popup.close();
}

describe('the treatment cycle', () => {
  it('books the next session on the options page', async () => {
    const options = await optionsPage();
    const pad = (n: number) => String(n).padStart(2, '0');
    await options.getByTestId('book-date').fill(`${session.getFullYear()}-${pad(session.getMonth() + 1)}-${pad(session.getDate())} 10:00`);
    await options.getByTestId('book-kind').selectOption('pro');
    await options.getByTestId('book').click();
    await expect.poll(() => options.getByTestId('booked-session').getAttribute('data-at')).toBe(session.toISOString());
    await expect.poll(async () => plain(await options.getByTestId('plan-status').textContent())).toMatch(pattern(t('plan.booked')));
    await options.close();
  });

  it('the popup says from when to stop using a product before the session, and when it is OK again after it', async () => {
    await saveFromPopup(PAGES.retinol, 'OK');
    await saveFromPopup(TONER, 'OK');
    await saveFromPopup(PAGES.cream, 'OK');
    const { tabId } = await openTab(h, PAGES.retinol);
    const popup = await openPopup(h, tabId);
    expect(await popup.getByTestId('verdict-word').textContent()).toBe(t('state.okNow'));
    const pause = popup.getByTestId('plan-pause');
    // Retinol (OTC): five days before a professional session.
    expect(await pause.getAttribute('data-pause-hours')).toBe('120');
    expect(await pause.getAttribute('data-pause-from')).toBe(new Date(sessionAt - 120 * HOUR).toISOString());
    const sentence = plain(await pause.textContent());
    expect(sentence).toMatch(pattern(t('plan.pauseFrom')));
    expect(sentence).toContain(' — 5 days before your session on ');
    expect(plain(await popup.getByTestId('plan-after').textContent())).toMatch(pattern(t('plan.after')));
    expect(await popup.getByTestId('plan-clinic').count()).toBe(0);
    await shot(popup, 'popup-pause-before-session');
    await popup.close();
  });

  it('the timeline shows days −7 to +14 of the session: when each product pauses and when it is OK again', async () => {
    const options = await optionsPage();
    await expect.poll(() => options.getByTestId('timeline-row').count()).toBe(3);
    const offsets = await options.getByTestId('timeline-day').evaluateAll((days) => days.map((d) => Number(d.getAttribute('data-offset'))));
    expect(offsets).toEqual(Array.from({ length: 22 }, (_, i) => i - 7));
    const cells = async (title: string) => {
      const row = options.getByTestId('timeline-row').filter({ hasText: title });
      return row.getByTestId('timeline-cell').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-usable')));
    };
    const expected = (pauseDays: number, waitDays: number) =>
      Array.from({ length: 22 }, (_, i) => {
        const offset = i - 7;
        if (offset < -pauseDays || offset > waitDays) return 'true';
        if (offset === -pauseDays) return 'until';
        return offset === waitDays ? 'from' : 'false';
      });
    // Retinol pauses 5 days, the glycolic acid 3; both wait 7 days after; the cream only the session's first hours.
    expect(await cells('Night Renewal Retinol Serum')).toEqual(expected(5, 7));
    expect(await cells('Glow Glycolic Toner')).toEqual(expected(3, 7));
    expect(await cells('Barrier Calm Cream')).toEqual(expected(0, 0).map((cell, i) => (i === 7 ? 'false' : 'true')));
    const toner = options.getByTestId('timeline-row').filter({ hasText: 'Glow Glycolic Toner' });
    expect(plain(await toner.getByTestId('row-pause').textContent())).toMatch(pattern(t('timeline.pauseFrom')));
    expect(plain(await toner.getByTestId('row-resume').textContent())).toMatch(pattern(t('timeline.againFrom')));
    expect(await axeViolations(options)).toEqual([]);
    await shot(options, 'options-plan', true);
    // The plan and the timeline, for the README (docs/plan.png is a copy of it).
    await options.setViewportSize({ width: 1500, height: 900 });
    const timeline = await options.locator('section.card').nth(1).boundingBox();
    if (timeline) {
      const clip = { x: 0, y: 0, width: 1500, height: timeline.y + timeline.height + 12 };
      await options.screenshot({ path: join(ROOT, 'test-results/screenshots/options-plan-readme.png'), clip, fullPage: true });
    }
    await options.close();
  });

  it("a clinic window changed on the options page decides the verdict, and the popup says it is the clinic's instruction", async () => {
    const options = await optionsPage();
    const retinoid = options.getByTestId('clinic-row').and(options.locator('[data-class="retinoid"]'));
    // Ten days before the session: the pause has begun.
    await retinoid.getByTestId('clinic-before').fill('240');
    await retinoid.getByTestId('clinic-before').press('Enter');
    await retinoid.getByTestId('clinic-before').blur();
    await expect.poll(() => options.getByTestId('clinic-status').textContent()).toBe(t('clinic.saved'));
    await retinoid.getByTestId('clinic-reset').waitFor();
    const { tabId } = await openTab(h, PAGES.retinol);
    await settledBadge(h, tabId, 'NO');
    const popup = await openPopup(h, tabId);
    expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('paused');
    expect(await popup.getByTestId('verdict-word').textContent()).toBe(t('state.paused'));
    expect(plain(await popup.getByTestId('verdict-text').textContent())).toContain('10 days before your session on');
    expect(await popup.getByTestId('verdict-clinic').textContent()).toBe(t('plan.clinic'));
    // While paused, each group counts from the session ahead: OK again after it, not "OK now".
    expect(plain(await popup.getByTestId('group-when').first().textContent())).toMatch(new RegExp(`^${t('state.okFrom').split(' $1')[0]} `));
    await shot(popup, 'popup-paused-clinic');
    await popup.close();
    await options.close();
  });

  it('exports the plan as a calendar that an iCalendar library reads back: the session, each pause and each return', async () => {
    const options = await optionsPage();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/^needle-safe-plan-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = ICAL.Component.fromString(readFileSync(await download.path(), 'utf8'));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime() };
    });
    const booked = events.find((e) => e.uid.startsWith('session-') && e.start === sessionAt);
    // The calendar gets the kind's words without the screen's word joiner (it keeps "0.5–2.5 mm" on one line).
    expect(booked?.summary).toBe(t('kind.pro').replace(/\u2060/g, ''));
    const pauses = events.filter((e) => e.uid.startsWith('pause-')).map((e) => [e.summary, sessionAt - e.start, e.end]);
    expect(pauses).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('Night Renewal Retinol Serum'), 240 * HOUR, sessionAt],
        [expect.stringContaining('Glow Glycolic Toner'), 72 * HOUR, sessionAt],
      ]),
    );
    expect(pauses).toHaveLength(2);
    const returns = events.filter((e) => e.uid.startsWith('resume-') && e.start > sessionAt).map((e) => e.start - sessionAt);
    expect(returns).toEqual([168 * HOUR, 168 * HOUR]);
    expect(events.some((e) => e.summary.includes('Barrier Calm Cream'))).toBe(false);
    await options.close();
  });

  it('schedules the reminders once they are on: the pause of what still has one ahead, and the session itself', async () => {
    const options = await optionsPage();
    await options.getByTestId('notify-switch').check();
    const list = await storedList(options);
    const toner = list.find((p) => p.title === 'Glow Glycolic Toner');
    const sw = await h.worker();
    const alarms = await eventually(async () => {
      const all = await sw.evaluate(() =>
        (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } }).chrome.alarms.getAll(),
      );
      return all.some((a) => a.name.startsWith('pause:')) ? all : undefined;
    }, 'a pause alarm');
    const byName = new Map(alarms.map((a) => [a.name, a.scheduledTime]));
    // The toner pauses from 10:00 three days before the session: reminded then (earlier than that evening).
    expect(byName.get(`pause:${toner?.id}`)).toBe(sessionAt - 72 * HOUR);
    expect(byName.get(`session:${session.toISOString()}`)).toBe(sessionAt);
    // The retinol serum's pause has begun already, and the cream needs none: no reminder for them.
    expect([...byName.keys()].filter((name) => name.startsWith('pause:'))).toEqual([`pause:${toner?.id}`]);
    await options.close();
  });
});

describe('on the day of an at-home session', () => {
  it('warns against rolling over a serum, with its source, and a gentle product needs no first hours at home', async () => {
    await setProfile(h, { treatmentAt: new Date(Date.now() - HOUR).toISOString(), depth: 'home' });
    const { tabId } = await openTab(h, PAGES.cream);
    await settledBadge(h, tabId, 'OK');
    const popup = await openPopup(h, tabId);
    expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('ok-now');
    const warning = popup.getByTestId('rolling-over');
    expect(plain(await warning.textContent())).toContain(plain(t('plan.rollingOver')));
    expect(await warning.locator('a').getAttribute('href')).toBe('https://doi.org/10.1001/jamadermatol.2013.6955');
    await popup.close();
  });
});
