import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/list/model.ts';
import { blockedSpans, dayCell, SESSION_DAYS, spanCell, timelineDays, TIMELINE_DAYS, usableNow } from '../../src/ui/timeline.ts';
import type { Clock } from '../../src/wording/calendar.ts';
import { productState } from '../../src/wording/product-state.ts';
import { analysis, sessionWindows } from './ui-fixtures.ts';

// The timeline's columns are calendar days in the person's zone (day 0 = the treatment's date), and
// today's cell agrees with "OK now" at every moment, in every zone, across daylight-saving changes.

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
/** Mon 30 Nov 2026, 14:00 in Berlin. */
const treatmentAt = '2026-11-30T13:00:00.000Z';
const clock = (now: number, timeZone = BERLIN): Clock => ({ now, locale: 'en-GB', timeZone });
const kinds = (okAfterHours: number | null, c: Clock, start = treatmentAt) => timelineDays(start, c).map((day) => dayCell(okAfterHours, start, day, c).kind);

describe('timelineDays', () => {
  it('has one column per calendar day from the treatment’s date on, days 0 to 14', () => {
    const days = timelineDays(treatmentAt, clock(at('2026-12-02T09:00:00Z')));
    expect(days).toHaveLength(TIMELINE_DAYS.to - TIMELINE_DAYS.from + 1);
    expect(days[0]?.date?.start).toBe(at('2026-11-29T23:00:00Z')); // midnight of Mon 30 Nov in Berlin
    expect(days[7]?.date?.start).toBe(at('2026-12-06T23:00:00Z')); // Mon 7 Dec
  });

  it('puts "today" on the calendar day, not on the count of 24-hour blocks', () => {
    // Tue 1 Dec, 10:00: 20 hours after the treatment, but already the next day.
    const days = timelineDays(treatmentAt, clock(at('2026-12-01T09:00:00Z')));
    expect(days.findIndex((d) => d.today)).toBe(1);
    // Late the same evening (23:30) it is still day 0; in New York (UTC−5) that instant is day 0 too,
    // but in Tokyo (UTC+9) it is already the next day.
    expect(timelineDays(treatmentAt, clock(at('2026-11-30T22:30:00Z'))).findIndex((d) => d.today)).toBe(0);
    expect(timelineDays(treatmentAt, clock(at('2026-11-30T16:30:00Z'), 'Asia/Tokyo')).findIndex((d) => d.today)).toBe(1);
  });

  it('has no dates and no today without a treatment date', () => {
    const days = timelineDays(null, clock(at('2026-12-01T09:00:00Z')));
    expect(days.every((d) => d.date === null && !d.today)).toBe(true);
  });
});

describe('dayCell', () => {
  it('is not yet before the OK-from day, usable from its time on that day, and usable after', () => {
    // Retinol, 7 days: OK from Mon 7 Dec, 14:00 (day 7); on day 0 it was usable until the treatment.
    const cells = kinds(168, clock(at('2026-12-01T09:00:00Z')));
    expect(cells).toEqual(['until', ...Array<string>(6).fill('no'), 'from', ...Array<string>(7).fill('yes')]);
    const day7 = timelineDays(treatmentAt, clock(at('2026-12-01T09:00:00Z')))[7];
    expect(dayCell(168, treatmentAt, day7 as never, clock(at('2026-12-01T09:00:00Z')))).toEqual({ kind: 'from', at: at('2026-12-07T13:00:00Z') });
  });

  it('marks today usable exactly when the product is OK now', () => {
    // Mon 7 Dec at 13:00 (not yet) and at 15:00 (OK now) in Berlin.
    expect(kinds(168, clock(at('2026-12-07T12:00:00Z')))[7]).toBe('from');
    expect(kinds(168, clock(at('2026-12-07T14:00:00Z')))[7]).toBe('yes');
  });

  it('is never usable for a name on the own avoid list, and always for nothing to wait for', () => {
    expect(kinds(null, clock(at('2026-12-01T09:00:00Z'))).every((k) => k === 'no')).toBe(true);
    expect(kinds(0, clock(at('2026-12-01T09:00:00Z'))).every((k) => k === 'yes')).toBe(true);
  });

  it('counts whole days after the treatment without a date', () => {
    const c = clock(at('2026-12-01T09:00:00Z'));
    const cells = timelineDays(null, c).map((day) => dayCell(72, null, day, c).kind);
    expect(cells.slice(0, 5)).toEqual(['no', 'no', 'no', 'yes', 'yes']);
    expect(
      timelineDays(null, c)
        .map((day) => dayCell(36, null, day, c).kind)
        .slice(0, 3),
    ).toEqual(['no', 'no', 'yes']);
  });
});

describe('today’s cell and "OK now" always agree', () => {
  const cases = [
    // [zone, treatment, window in hours]
    ['Europe/Berlin', '2026-11-30T13:00:00.000Z', 168],
    ['Europe/Berlin', '2026-11-30T22:30:00.000Z', 72], // late evening: 23:30 in Berlin
    ['Europe/Berlin', '2026-03-26T13:00:00.000Z', 72], // across the spring-forward night of 29 March
    ['America/New_York', '2026-10-29T03:30:00.000Z', 96], // 23:30 the evening before, across 1 November
    ['Asia/Kathmandu', '2026-12-01T18:00:00.000Z', 48],
    ['Europe/Berlin', '2026-11-30T13:00:00.000Z', 0], // nothing to wait for
  ] as const;

  it.each(cases)('in %s, treatment %s, window %i h: every half hour for 15 days', (timeZone, start, hours) => {
    const product = analysis([], { verdict: hours === 0 ? 'suitable' : 'avoid', okAfterHours: hours });
    for (let now = Date.parse(start); now < Date.parse(start) + 15 * 24 * HOUR; now += HOUR / 2) {
      const c = clock(now, timeZone);
      const today = timelineDays(start, c).find((d) => d.today);
      if (!today) continue;
      const okNow = productState(product, start, now).kind === 'ok-now';
      expect(dayCell(hours, start, today, c).kind === 'yes', new Date(now).toISOString()).toBe(okNow);
    }
  });
});

describe('around a session: the pause before it and the wait after it', () => {
  // Retinol (professional): pause 5 days before, wait 7 days after. The last treatment Mon 2 Nov, 10:00 in Berlin;
  // the next session Tue 8 Dec, 10:00.
  const last: Session = { treatmentAt: '2026-11-02T09:00:00.000Z', depth: 'pro' };
  const next: Session = { treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' };
  const retinol = analysis([], {
    verdict: 'avoid',
    okAfterHours: 168,
    windows: { pro: sessionWindows({ afterHours: 168, pauseHours: 120 }), home: sessionWindows({ afterHours: 72, pauseHours: 48 }) },
  });
  const now = at('2026-12-01T09:00:00Z');
  const cells = (product = retinol, c = clock(now)) => {
    const spans = blockedSpans(product, [last, next]);
    return timelineDays(next.treatmentAt, c, SESSION_DAYS).map((day) => spanCell(spans, day, c));
  };

  it('spans days −7 to +14 with their dates', () => {
    const days = timelineDays(next.treatmentAt, clock(now), SESSION_DAYS);
    expect(days.map((d) => d.offset)).toEqual(Array.from({ length: 22 }, (_, i) => i - 7));
    expect(days[7]?.date?.start).toBe(at('2026-12-07T23:00:00Z'));
    expect(days.findIndex((d) => d.today)).toBe(0);
  });

  it('usable until the pause begins (Thu 3 Dec, 10:00), paused to the session, then not yet until Tue 15 Dec, 10:00', () => {
    expect(cells().map((c) => c.kind)).toEqual(['yes', 'yes', 'until', ...Array<string>(11).fill('no'), 'from', ...Array<string>(7).fill('yes')]);
    expect(cells()[2]).toEqual({ kind: 'until', at: at('2026-12-03T09:00:00Z') });
    expect(cells()[14]).toEqual({ kind: 'from', at: at('2026-12-15T09:00:00Z') });
  });

  it('nothing flagged: usable until the session and again after its first 6 hours', () => {
    const gentle = analysis([], { okAfterHours: 6, windows: { pro: sessionWindows({ afterHours: 6 }), home: sessionWindows() } });
    const kinds = cells(gentle).map((c) => c.kind);
    expect(kinds[7]).toBe('no'); // the session day: until 10:00, then from 16:00 — said the stricter way
    expect(kinds.filter((k) => k !== 'yes')).toEqual(['no']);
  });

  it('never usable on the own avoid list', () => {
    expect(cells(analysis([], { verdict: 'avoid', okAfterHours: null })).every((c) => c.kind === 'no')).toBe(true);
  });

  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu'] as const;
  it.each(zones)('in %s, today’s cell is usable exactly when the product is OK now, every hour from the last treatment to after the next', (timeZone) => {
    for (let t = at(last.treatmentAt); t < at(next.treatmentAt) + 16 * 24 * HOUR; t += HOUR) {
      const c = clock(t, timeZone);
      const advanced = t >= at(next.treatmentAt) ? next : last;
      const upcoming = t >= at(next.treatmentAt) ? null : next;
      const focus = upcoming ?? advanced;
      const spans = blockedSpans(retinol, [last, next]);
      const today = timelineDays(focus.treatmentAt, c, SESSION_DAYS).find((d) => d.today);
      if (!today) continue;
      const okNow = productState(retinol, advanced.treatmentAt, t, upcoming).kind === 'ok-now';
      expect(usableNow(spanCell(spans, today, c), t), new Date(t).toISOString()).toBe(okNow);
    }
  });
});
