import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, realHistory, type TreatmentProfile } from '../../src/list/model.ts';
import { addTreatment, correctTreatment, deletePastTreatment, exampleInput, parseDateTime, toInputText, treatmentTookPlace } from '../../src/ui/profile-form.ts';

// The treatment profile as the person edits it: correcting a date edits the current treatment; a
// treatment becomes an "earlier treatment" only when a new, later one is entered after it took place.

const now = Date.parse('2026-12-02T11:00:00.000Z');
const current: TreatmentProfile = { ...DEFAULT_PROFILE, treatmentAt: '2026-11-30T13:00:00.000Z', depth: 'pro', onboarded: true };

describe('correcting the current treatment', () => {
  it('changes its date and kind and adds nothing to the earlier treatments', () => {
    const corrected = correctTreatment(current, { treatmentAt: '2026-11-29T13:00:00.000Z', depth: 'home' });
    expect(corrected).toEqual({ ...DEFAULT_PROFILE, treatmentAt: '2026-11-29T13:00:00.000Z', depth: 'home', onboarded: true });
    expect(correctTreatment(corrected, { treatmentAt: null, depth: 'home' }).past).toEqual([]);
  });

  it('marks the person onboarded, also when not scheduled', () => {
    expect(correctTreatment(DEFAULT_PROFILE, { treatmentAt: null, depth: 'home' })).toEqual({ ...DEFAULT_PROFILE, treatmentAt: null, depth: 'home', onboarded: true });
  });
});

describe('a new treatment', () => {
  it('moves the current one, which took place, to the earlier treatments', () => {
    const next = addTreatment(current, { treatmentAt: '2026-12-28T10:00:00.000Z', depth: 'pro' }, now);
    expect(next).toEqual({
      ...DEFAULT_PROFILE,
      treatmentAt: '2026-12-28T10:00:00.000Z',
      depth: 'pro',
      past: [{ treatmentAt: '2026-11-30T13:00:00.000Z', depth: 'pro' }],
      onboarded: true,
    });
  });

  it('replaces a date that never came, and is offered only once the current one took place', () => {
    const booked = { ...current, treatmentAt: '2026-12-05T13:00:00.000Z' };
    expect(treatmentTookPlace(booked, now)).toBe(false);
    expect(treatmentTookPlace(current, now)).toBe(true);
    expect(addTreatment(booked, { treatmentAt: '2026-12-06T13:00:00.000Z', depth: 'pro' }, now).past).toEqual([]);
  });

  it('each earlier treatment can be deleted', () => {
    const two = addTreatment(
      addTreatment(current, { treatmentAt: '2026-12-01T10:00:00.000Z', depth: 'home' }, now),
      { treatmentAt: '2026-12-20T10:00:00.000Z', depth: 'pro' },
      Date.parse('2026-12-03T00:00:00Z'),
    );
    expect(two.past.map((p) => p.treatmentAt)).toEqual(['2026-12-01T10:00:00.000Z', '2026-11-30T13:00:00.000Z']);
    expect(deletePastTreatment(two, '2026-11-30T13:00:00.000Z').past.map((p) => p.treatmentAt)).toEqual(['2026-12-01T10:00:00.000Z']);
  });
});

describe('realHistory (what the stored-profile migration keeps)', () => {
  it('drops the fake earlier treatments that date corrections left behind', () => {
    const stored: TreatmentProfile = {
      ...DEFAULT_PROFILE,
      treatmentAt: '2026-11-30T13:00:00.000Z',
      depth: 'pro',
      past: [
        { treatmentAt: '2026-11-30T13:00:00.000Z', depth: 'pro' }, // the current one again
        { treatmentAt: '2026-11-30T11:00:00.000Z', depth: 'pro' }, // a time corrected the same day
        { treatmentAt: '2026-12-03T13:00:00.000Z', depth: 'pro' }, // after the current one
        { treatmentAt: '2026-10-28T09:00:00.000Z', depth: 'home' }, // a real one
        { treatmentAt: '2026-10-28T09:00:00.000Z', depth: 'home' }, // twice
        { treatmentAt: '2026-09-30T09:00:00.000Z', depth: 'pro' }, // a real one
      ],
      onboarded: true,
    };
    expect(realHistory(stored).past).toEqual([
      { treatmentAt: '2026-10-28T09:00:00.000Z', depth: 'home' },
      { treatmentAt: '2026-09-30T09:00:00.000Z', depth: 'pro' },
    ]);
  });
});

describe('typing the date and time quickly', () => {
  const berlin = { now, locale: 'de', timeZone: 'Europe/Berlin' };
  const iso = (text: string, clock = berlin) => {
    const parsed = parseDateTime(text, clock);
    return parsed.ok ? parsed.iso : parsed.problem;
  };

  it('reads the ways people write it, in the person’s time zone', () => {
    // 7 December 2026, 14:00 in Berlin is 13:00 UTC.
    for (const text of ['7.12. 14:00', '7.12.2026 14:00', '07.12.26, 14.00', '2026-12-07 14:00', '2026-12-07T14:00', '7.12. 14 Uhr', ' 7.12.  14:00 ']) {
      expect(iso(text), text).toBe('2026-12-07T13:00:00.000Z');
    }
    const london = { now, locale: 'en-GB', timeZone: 'Europe/London' };
    expect(iso('7/12 2pm', london)).toBe('2026-12-07T14:00:00.000Z');
    const newYork = { now, locale: 'en-US', timeZone: 'America/New_York' };
    expect(iso('12/7 2:00 PM', newYork)).toBe('2026-12-07T19:00:00.000Z');
  });

  it('without a year, takes the date nearest to today (a January date typed in December is next year’s)', () => {
    expect(iso('5.1. 10:00')).toBe('2027-01-05T09:00:00.000Z');
    expect(iso('28.11. 10:00')).toBe('2026-11-28T09:00:00.000Z');
  });

  it('says what is missing or wrong', () => {
    expect(iso('')).toBe('empty');
    expect(iso('7.12.')).toBe('no-time');
    expect(iso('31.11. 14:00')).toBe('invalid');
    expect(iso('7.12. 25:00')).toBe('invalid');
    expect(iso('next tuesday')).toBe('invalid');
  });

  it('shows a stored treatment as text that reads back to the same moment, in any zone', () => {
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu']) {
      const text = toInputText('2026-12-07T13:00:00.000Z', timeZone);
      expect(iso(text, { ...berlin, timeZone })).toBe('2026-12-07T13:00:00.000Z');
    }
    expect(toInputText('2026-12-07T13:00:00.000Z', 'Europe/Berlin')).toBe('2026-12-07 14:00');
    expect(toInputText(null, 'Europe/Berlin')).toBe('');
  });

  it('offers an example the way the locale writes dates, which it reads back', () => {
    expect(exampleInput({ locale: 'de' })).toBe('7.12. 14:00');
    for (const locale of ['de', 'en-GB', 'en-US', 'fr', 'nl', 'sv', 'pl']) {
      expect(parseDateTime(exampleInput({ locale }), { now, locale, timeZone: 'UTC' }), locale).toEqual({ ok: true, iso: '2026-12-07T14:00:00.000Z' });
    }
  });
});
