import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type TreatmentProfile } from '../../src/list/model.ts';
import type { Clock } from '../../src/wording/calendar.ts';
import { planCalendar } from '../../src/ui/plan-calendar.ts';
import { analysis, saved, sessionWindows } from './ui-fixtures.ts';
import { inLanguage } from './ui-i18n.ts';

// The plan's calendar export (RFC 5545), read back with ical.js: the sessions as timed events, and per saved
// product the pause before each session to come and the moment it is OK again, at the right instants, with UIDs
// that stay the same from one export to the next.

const BERLIN = 'Europe/Berlin';
const clock = (now: number): Clock => ({ now, locale: 'en-GB', timeZone: BERLIN });
const FIRST_HOURS = { pro: 6, home: 0 };
const now = Date.parse('2026-11-20T09:00:00Z');
const profile: TreatmentProfile = {
  ...DEFAULT_PROFILE,
  treatmentAt: '2026-11-17T09:00:00.000Z',
  depth: 'pro',
  booked: [
    { treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' },
    { treatmentAt: '2027-01-05T09:00:00.000Z', depth: 'home' },
  ],
  onboarded: true,
};
const windows = (pro: [number, number], home: [number, number]) => ({
  pro: sessionWindows({ afterHours: pro[0], pauseHours: pro[1] }),
  home: sessionWindows({ afterHours: home[0], pauseHours: home[1] }),
});
const list = [
  saved('r1', 'https://shop.example/serum', {
    title: 'Nachtserum, Retinol; 0,3 %: with a name long enough to be folded across lines — ÄÖÜ äöü ß',
    analysis: analysis([], { verdict: 'avoid', okAfterHours: 168, windows: windows([168, 120], [72, 48]) }),
  }),
  saved('g1', 'https://shop.example/cream', {
    title: 'Barrier Cream',
    analysis: analysis([], { okAfterHours: 6, windows: { pro: sessionWindows({ afterHours: 6, byFirstHours: true, firstHours: 6 }), home: sessionWindows() } }),
  }),
  saved('own', 'https://shop.example/own', { title: 'Own', analysis: analysis([], { verdict: 'avoid', okAfterHours: null }) }),
];

function events(text: string) {
  const calendar = ICAL.Component.fromString(text);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      utc: event.startDate.zone?.tzid === 'UTC' && !event.startDate.isDate,
      hasEnd: vevent.hasProperty('dtend'),
      description: event.description,
    };
  });
}

describe('the calendar export', () => {
  inLanguage('en');
  const text = planCalendar(profile, list, clock(now), FIRST_HOURS);
  const parsed = events(text);
  const at = (iso: string) => Date.parse(iso);

  it('is RFC 5545 text: CRLF lines of at most 75 octets, a calendar with a product id and version', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = ICAL.Component.fromString(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('holds the current treatment and the booked sessions as timed events in UTC', () => {
    const sessions = parsed.filter((e) => e.uid.startsWith('session-'));
    expect(sessions.map((e) => [e.start, e.summary])).toEqual([
      [at('2026-11-17T09:00:00Z'), 'Professional microneedling (0.5–2.5\u00a0mm)'],
      [at('2026-12-08T09:00:00Z'), 'Professional microneedling (0.5–2.5\u00a0mm)'],
      [at('2027-01-05T09:00:00Z'), 'At-home roller (up to 0.3\u00a0mm)'],
    ]);
    expect(sessions.every((e) => e.utc && e.end - e.start === 3_600_000)).toBe(true);
    expect(sessions[1]?.description).toContain('In the first 6\u00a0hours after a professional session');
    expect(sessions[2]?.description).not.toContain('first');
  });

  it('pauses each product before each session to come, for that session’s kind, until the session', () => {
    const pauses = parsed.filter((e) => e.uid.startsWith('pause-')).map((e) => [e.summary, e.start, e.end]);
    const name = list[0]?.title as string;
    expect(pauses).toEqual([
      [`Pause: ${name}`, at('2026-12-03T09:00:00Z'), at('2026-12-08T09:00:00Z')],
      [`Pause: ${name}`, at('2027-01-03T09:00:00Z'), at('2027-01-05T09:00:00Z')],
    ]);
  });

  it('says when it is OK again, a moment without an end, after the current treatment and each session', () => {
    const resumes = parsed.filter((e) => e.uid.startsWith('resume-'));
    expect(resumes.map((e) => [e.summary.replace(/:.*/, ''), e.start])).toEqual([
      ['OK again', at('2026-11-24T09:00:00Z')],
      ['OK again', at('2026-12-15T09:00:00Z')],
      ['OK again', at('2027-01-08T09:00:00Z')],
    ]);
    expect(resumes.every((e) => !e.hasEnd && e.end === e.start)).toBe(true);
    // The cream only waits out the first hours; the own-list product never becomes OK: no events of theirs.
    expect(parsed.some((e) => /Barrier Cream|Own/.test(e.summary))).toBe(false);
  });

  it('keeps the same UIDs from one export to the next, one per event', () => {
    const later = events(planCalendar(profile, list, clock(now + 3_600_000), FIRST_HOURS));
    expect(later.map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });
});

describe('the calendar export in German', () => {
  inLanguage('de');

  it('words the events in the UI language', () => {
    const parsed = events(planCalendar(profile, list, clock(now), FIRST_HOURS));
    expect(parsed[0]?.summary).toBe('Professionelles Microneedling (0,5–2,5\u00a0mm)');
    expect(parsed.find((e) => e.uid.startsWith('pause-'))?.summary).toMatch(/^Pausieren: Nachtserum, Retinol; 0,3 %/);
  });
});
