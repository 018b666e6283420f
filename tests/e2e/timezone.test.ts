import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openTab, type Harness } from './harness.ts';
import { openPopup, setProfile, settledBadge, storedList } from './look.ts';
import { PAGES, servePages } from './states.ts';

// Days as the person counts them, in the person's own time zone: the whole browser runs in Auckland
// (UTC+13 in summer, far from the machine's zone). A treatment late in the evening there, and a
// retinol serum (7 days): the popup's "in N days" counts Auckland's midnights, the badge says the same,
// and the timeline's today column agrees with "OK now".

const ZONE = 'Pacific/Auckland';
let h: Harness;

beforeAll(async () => {
  h = await launch({ timeZone: ZONE });
  servePages(h);
});
afterAll(() => h?.close());

/** The calendar date (yyyy-mm-dd) an instant shows in Auckland. */
const dateThere = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
const daysBetween = (a: number, b: number) => (Date.parse(dateThere(b)) - Date.parse(dateThere(a))) / 86_400_000;

/** 23:30 in Auckland, `back` calendar days ago there. */
function lateEvening(back: number): number {
  const today = dateThere(Date.now());
  // Auckland is UTC+12 or +13: 23:30 there is 10:30 or 11:30 UTC the same date. Take the one that shows 23:30.
  for (const offset of [13, 12]) {
    const at = Date.parse(`${today}T23:30:00Z`) - offset * 3_600_000 - back * 86_400_000;
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    if (hour === '23:30') return at;
  }
  throw new Error('no 23:30 in Auckland');
}

describe(`in ${ZONE}`, () => {
  it('the browser and its worker run in the zone', async () => {
    const sw = await h.worker();
    expect(await sw.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
  });

  it('"in N days" counts the midnights there, and the badge, the popup and the timeline agree', async () => {
    const treatment = lateEvening(2);
    await setProfile(h, { treatmentAt: new Date(treatment).toISOString(), depth: 'pro' });
    const okFrom = treatment + 168 * 3_600_000;
    const days = daysBetween(Date.now(), okFrom);
    const distance = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }).format(days, 'day');

    const { tabId } = await openTab(h, PAGES.retinol);
    const badge = await settledBadge(h, tabId, 'NO');
    const popup = await openPopup(h, tabId);
    const line = (await popup.getByTestId('verdict-text').textContent())?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
    expect(line).toContain(`(${distance})`);
    // 23:30 there, seven days on.
    expect(line).toMatch(/11:30\sPM/);
    expect(badge.title.replace(/[\u00a0\u202f]/g, ' ')).toContain(line);
    await popup.getByTestId('save').click();
    await expect.poll(async () => (await storedList(popup)).length).toBe(1);
    await popup.close();

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const row = options.getByTestId('timeline-row').first();
    await row.waitFor();
    const today = await options.getByTestId('timeline-day').evaluateAll((cells) => cells.findIndex((c) => c.classList.contains('today')));
    // The columns start seven days before the treatment.
    expect(today).toBe(7 + daysBetween(treatment, Date.now()));
    const cells = await row.getByTestId('timeline-cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-usable')));
    // Not OK now, so today's cell is not usable; the OK-from day is usable from 23:30.
    expect(await row.getAttribute('data-state')).toBe('not-yet');
    expect(cells[today]).toBe('false');
    expect(cells[7 + daysBetween(treatment, okFrom)]).toBe('from');
    await options.close();
  });
});
