import { describe, expect, it } from 'vitest';
import { calendarDays, formatDateTime, formatDistance, formatTime, startOfDay, dayNumber, wallTime, zonedInstant } from '../../src/wording/calendar.ts';

// Calendar days in the person's time zone, at the edges. Every expectation is the calendar's own
// answer for the instants given (UTC offsets of the zones on those dates), never the code's output;
// the time zone is always passed explicitly, so the machine's zone plays no part.

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const KATHMANDU = 'Asia/Kathmandu'; // UTC+5:45 all year
const at = (iso: string) => Date.parse(iso);
const NBSP = '\u00a0';

describe('calendar days count midnights, not 24-hour blocks', () => {
  it('says "in 5 days" for a date five calendar days away, even when it is 126 hours off', () => {
    // Wed 2 Dec 2026, 08:00 in Berlin (UTC+1) → Mon 7 Dec, 14:00: 126 hours, five midnights.
    const clock = { now: at('2026-12-02T07:00:00Z'), locale: 'en-GB', timeZone: BERLIN };
    expect(calendarDays(clock.now, at('2026-12-07T13:00:00Z'), BERLIN)).toBe(5);
    expect(formatDistance(at('2026-12-07T13:00:00Z'), clock)).toBe(`in${NBSP}5${NBSP}days`);
    expect(formatDistance(at('2026-12-07T13:00:00Z'), { ...clock, locale: 'de' })).toBe(`in${NBSP}5${NBSP}Tagen`);
  });

  it('late in the evening, anything tomorrow is "tomorrow", however few hours away', () => {
    // Sun 6 Dec, 23:30 in Berlin; OK from Mon 7 Dec at 00:30 and at 22:00.
    const clock = { now: at('2026-12-06T22:30:00Z'), locale: 'en-GB', timeZone: BERLIN };
    expect(formatDistance(at('2026-12-06T23:30:00Z'), clock)).toBe('tomorrow');
    expect(formatDistance(at('2026-12-07T21:00:00Z'), clock)).toBe('tomorrow');
    expect(formatDistance(at('2026-12-08T21:00:00Z'), { ...clock, locale: 'de' })).toBe('übermorgen');
  });

  it('within today counts hours, then minutes, rounded up and never "in 0"', () => {
    const clock = { now: at('2026-12-07T08:00:00Z'), locale: 'en-GB', timeZone: BERLIN }; // 09:00 in Berlin
    expect(formatDistance(at('2026-12-07T13:00:00Z'), clock)).toBe(`in${NBSP}5${NBSP}hours`);
    expect(formatDistance(at('2026-12-07T10:20:00Z'), clock)).toBe(`in${NBSP}3${NBSP}hours`);
    expect(formatDistance(at('2026-12-07T08:20:00Z'), clock)).toBe(`in${NBSP}20${NBSP}minutes`);
    expect(formatDistance(at('2026-12-07T08:00:10Z'), clock)).toBe(`in${NBSP}1${NBSP}minute`);
  });

  it('the same two instants are a different number of days apart in another zone', () => {
    // Sun 6 Dec 23:30 UTC is Mon 7 Dec 00:30 in Berlin but Sun 6 Dec 18:30 in New York.
    const now = at('2026-12-06T23:30:00Z');
    const okFrom = at('2026-12-07T13:00:00Z'); // Mon 7 Dec: 14:00 in Berlin, 08:00 in New York
    expect(calendarDays(now, okFrom, BERLIN)).toBe(0);
    expect(calendarDays(now, okFrom, NEW_YORK)).toBe(1);
    // Kathmandu (UTC+5:45): 05:15 on Mon 7 Dec → 18:45 the same day.
    expect(calendarDays(now, okFrom, KATHMANDU)).toBe(0);
    expect(formatDistance(okFrom, { now, locale: 'en-GB', timeZone: NEW_YORK })).toBe('tomorrow');
  });

  it('a day that loses an hour (Europe/Berlin, 29 March 2026) is still one day', () => {
    // Sat 28 Mar 23:00 CET (22:00Z) → Sun 29 Mar 23:00 CEST (21:00Z): 23 hours, one midnight.
    expect(calendarDays(at('2026-03-28T22:00:00Z'), at('2026-03-29T21:00:00Z'), BERLIN)).toBe(1);
    expect(startOfDay(dayNumber(at('2026-03-29T12:00:00Z'), BERLIN), BERLIN)).toBe(at('2026-03-28T23:00:00Z'));
    expect(startOfDay(dayNumber(at('2026-03-30T12:00:00Z'), BERLIN), BERLIN)).toBe(at('2026-03-29T22:00:00Z'));
  });

  it('a day that gains an hour (America/New_York, 1 November 2026) is still one day', () => {
    // Sun 1 Nov 00:30 EDT (04:30Z) → 23:30 EST (Mon 2 Nov 04:30Z): 24 hours later, the same day.
    expect(calendarDays(at('2026-11-01T04:30:00Z'), at('2026-11-02T04:30:00Z'), NEW_YORK)).toBe(0);
    expect(formatDistance(at('2026-11-02T04:30:00Z'), { now: at('2026-11-01T04:30:00Z'), locale: 'en-US', timeZone: NEW_YORK })).toBe(`in${NBSP}24${NBSP}hours`);
  });
});

describe('wall-clock times in a time zone', () => {
  it('finds the instant of a local time, and back', () => {
    expect(zonedInstant({ year: 2026, month: 12, day: 7, hour: 14, minute: 0 }, BERLIN)).toBe(at('2026-12-07T13:00:00Z'));
    expect(zonedInstant({ year: 2026, month: 7, day: 7, hour: 14, minute: 0 }, BERLIN)).toBe(at('2026-07-07T12:00:00Z'));
    expect(zonedInstant({ year: 2026, month: 12, day: 7, hour: 14, minute: 0 }, KATHMANDU)).toBe(at('2026-12-07T08:15:00Z'));
    expect(wallTime(at('2026-12-07T08:15:00Z'), KATHMANDU)).toEqual({ year: 2026, month: 12, day: 7, hour: 14, minute: 0 });
  });

  it('moves a time the spring-forward night skips forward by the gap', () => {
    // 02:30 does not exist in Berlin on 29 March 2026 (02:00 CET → 03:00 CEST): 03:30 CEST.
    expect(zonedInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, BERLIN)).toBe(at('2026-03-29T01:30:00Z'));
    // New York, 8 March 2026: 02:30 → 03:30 EDT.
    expect(zonedInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NEW_YORK)).toBe(at('2026-03-08T07:30:00Z'));
  });

  it('gives a time the fall-back night repeats one of its two instants', () => {
    const twice = [at('2026-11-01T05:30:00Z'), at('2026-11-01T06:30:00Z')]; // 01:30 EDT, 01:30 EST
    expect(twice).toContain(zonedInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NEW_YORK));
  });
});

describe('dates as people read them', () => {
  it('never break in the middle: the spaces inside a date are non-breaking', () => {
    const clock = { locale: 'en-GB', timeZone: BERLIN };
    expect(formatDateTime(at('2026-12-07T13:00:00Z'), clock)).toBe(`Mon${NBSP}7${NBSP}Dec,${NBSP}14:00`);
    expect(formatDateTime(at('2026-12-07T13:00:00Z'), { locale: 'de', timeZone: BERLIN })).toBe(`Mo.,${NBSP}7.${NBSP}Dez.,${NBSP}14:00`);
    expect(formatDateTime(at('2026-12-07T13:00:00Z'), clock, true)).toContain('2026');
    expect(formatDateTime(at('2026-12-07T13:00:00Z'), clock)).not.toMatch(/ /);
  });

  it('keep the 12-hour clock without a leading zero where the locale uses one', () => {
    expect(formatTime(at('2026-12-07T14:05:00Z'), { locale: 'en-US', timeZone: NEW_YORK })).toMatch(/^9:05\s?AM$/);
    expect(formatTime(at('2026-12-07T08:05:00Z'), { locale: 'de', timeZone: BERLIN })).toBe('09:05');
  });
});
