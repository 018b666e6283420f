import { describe, expect, it } from 'vitest';
import { setClassWindow, setFirstHours } from '../../src/list/clinic.ts';
import { DEFAULT_PROFILE, type TreatmentProfile } from '../../src/list/model.ts';
import { advancePlan, bookSession, cancelSession, nextSession, proposedSessions, startSeries, upcomingSessions } from '../../src/list/plan.ts';
import { addCalendarDays } from '../../src/wording/calendar.ts';

// The treatment plan: sessions booked ahead become the current treatment once they took place, the next session is
// the first still to come, and a series proposes dates the person books (never booked for them).

const BERLIN = 'Europe/Berlin';
const addDays = (iso: string, days: number) => addCalendarDays(iso, days, BERLIN);
const plan: TreatmentProfile = {
  ...DEFAULT_PROFILE,
  treatmentAt: '2026-11-03T09:00:00.000Z',
  depth: 'pro',
  past: [{ treatmentAt: '2026-10-06T08:00:00.000Z', depth: 'pro' }],
  booked: [
    { treatmentAt: '2026-12-01T09:00:00.000Z', depth: 'pro' },
    { treatmentAt: '2026-12-29T09:00:00.000Z', depth: 'home' },
  ],
  onboarded: true,
};

describe('the plan over time', () => {
  it('the next session is the first booked one still to come', () => {
    expect(nextSession(plan, Date.parse('2026-11-20T00:00:00Z'))).toEqual(plan.booked[0]);
    expect(nextSession(plan, Date.parse('2026-12-01T09:00:00Z'))).toEqual(plan.booked[1]);
    expect(nextSession(plan, Date.parse('2027-01-01T00:00:00Z'))).toBeNull();
    expect(upcomingSessions(plan, Date.parse('2026-11-20T00:00:00Z'))).toEqual(plan.booked);
  });

  it('a current treatment still ahead (set before plans existed) is the next session', () => {
    const ahead = { ...DEFAULT_PROFILE, treatmentAt: '2026-12-08T09:00:00.000Z' };
    expect(nextSession(ahead, Date.parse('2026-12-01T00:00:00Z'))).toEqual({ treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' });
  });

  it('a booked session that has taken place becomes the current treatment, and the one before an earlier one', () => {
    expect(advancePlan(plan, Date.parse('2026-11-20T00:00:00Z'))).toBe(plan);
    const after = advancePlan(plan, Date.parse('2027-01-02T00:00:00Z'));
    expect(after).toMatchObject({ treatmentAt: '2026-12-29T09:00:00.000Z', depth: 'home', booked: [] });
    expect(after.past.map((p) => p.treatmentAt)).toEqual(['2026-12-01T09:00:00.000Z', '2026-11-03T09:00:00.000Z', '2026-10-06T08:00:00.000Z']);
  });

  it('books in time order, once per time, and cancels', () => {
    const booked = bookSession(plan, { treatmentAt: '2026-12-15T09:00:00.000Z', depth: 'home' });
    expect(booked.booked.map((s) => s.treatmentAt)).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-15T09:00:00.000Z', '2026-12-29T09:00:00.000Z']);
    expect(bookSession(booked, { treatmentAt: '2026-12-15T09:00:00.000Z', depth: 'pro' }).booked).toHaveLength(3);
    expect(cancelSession(booked, '2026-12-15T09:00:00.000Z').booked).toEqual(plan.booked);
  });
});

describe('a series ("every 4 weeks, 5 sessions")', () => {
  const series = startSeries({ ...plan, past: [], booked: [] }, 28, 5);

  it('counts from the current treatment and proposes the rest, 4 weeks apart at the same local time across the DST change', () => {
    expect(series.series).toEqual({ everyDays: 28, sessions: 5, since: '2026-11-03T09:00:00.000Z' });
    // 10:00 in Berlin each time; Berlin is on UTC+1 all winter, and on UTC+2 from 29 March 2027.
    expect(proposedSessions(series, addDays).map((s) => s.treatmentAt)).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-29T09:00:00.000Z',
      '2027-01-26T09:00:00.000Z',
      '2027-02-23T09:00:00.000Z',
    ]);
    const spring = startSeries({ ...plan, treatmentAt: '2027-03-02T09:00:00.000Z', past: [], booked: [] }, 28, 2);
    expect(proposedSessions(spring, addDays)).toEqual([{ treatmentAt: '2027-03-30T08:00:00.000Z', depth: 'pro' }]);
  });

  it('a booked proposal is no longer proposed; the series ends at its number of sessions', () => {
    const [first] = proposedSessions(series, addDays);
    const booked = bookSession(series, first as NonNullable<typeof first>);
    expect(proposedSessions(booked, addDays).map((s) => s.treatmentAt)).toEqual(['2026-12-29T09:00:00.000Z', '2027-01-26T09:00:00.000Z', '2027-02-23T09:00:00.000Z']);
    expect(proposedSessions({ ...series, series: { ...(series.series as NonNullable<typeof series.series>), sessions: 1 } }, addDays)).toEqual([]);
  });

  it('needs a session to count from', () => {
    expect(startSeries(DEFAULT_PROFILE, 28, 5).series).toBeNull();
  });
});

describe('the clinic instructions as the options page sets them', () => {
  it('a value equal to the default, or a reset, is no instruction', () => {
    const set = setClassWindow({ windows: {} }, 'retinoid', 'afterHours', 240, 168);
    expect(set).toEqual({ windows: { retinoid: { afterHours: 240 } } });
    const both = setClassWindow(set, 'retinoid', 'beforeHours', 168, 120);
    expect(both).toEqual({ windows: { retinoid: { afterHours: 240, beforeHours: 168 } } });
    expect(setClassWindow(both, 'retinoid', 'afterHours', 168, 168)).toEqual({ windows: { retinoid: { beforeHours: 168 } } });
    expect(setClassWindow(setClassWindow(both, 'retinoid', 'afterHours', undefined, 168), 'retinoid', 'beforeHours', undefined, 120)).toEqual({ windows: {} });
    expect(setFirstHours({ windows: {} }, 8, 6)).toEqual({ firstHours: 8, windows: {} });
    expect(setFirstHours({ firstHours: 8, windows: {} }, 6, 6)).toEqual({ windows: {} });
  });
});
