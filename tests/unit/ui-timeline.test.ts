import { describe, expect, it } from 'vitest';
import { TIMELINE_DAYS, readiness, todayColumn, usableDays } from '../../src/ui/timeline.ts';

const HOUR = 3_600_000;
const treatmentAt = '2025-11-25T14:00:00.000Z';
const start = Date.parse(treatmentAt);

describe('usableDays', () => {
  it('marks day d usable when d whole days reach the window', () => {
    const days = usableDays(72);
    expect(days).toHaveLength(TIMELINE_DAYS);
    expect(days.slice(0, 5)).toEqual([false, false, false, true, true]);
  });

  it('rounds a window within a day to the next day', () => {
    expect(usableDays(36).slice(0, 3)).toEqual([false, false, true]);
  });

  it('is usable from day 0 without a window and never on the own avoid list', () => {
    expect(usableDays(0).every(Boolean)).toBe(true);
    expect(usableDays(null).some(Boolean)).toBe(false);
  });

  it('leaves a window longer than the timeline unusable throughout', () => {
    expect(usableDays(15 * 24).some(Boolean)).toBe(false);
  });
});

describe('todayColumn', () => {
  it('is the number of whole days since the treatment', () => {
    expect(todayColumn(treatmentAt, start)).toBe(0);
    expect(todayColumn(treatmentAt, start + 23 * HOUR)).toBe(0);
    expect(todayColumn(treatmentAt, start + 50 * HOUR)).toBe(2);
  });

  it('is none before the treatment, after the timeline or without a date', () => {
    expect(todayColumn(treatmentAt, start - HOUR)).toBeNull();
    expect(todayColumn(treatmentAt, start + TIMELINE_DAYS * 24 * HOUR)).toBeNull();
    expect(todayColumn(null, start)).toBeNull();
  });
});

describe('readiness', () => {
  it('follows the current treatment', () => {
    expect(readiness(168, treatmentAt, start)).toEqual({ kind: 'ok-from', at: '2025-12-02T14:00:00.000Z' });
    expect(readiness(168, treatmentAt, start + 168 * HOUR)).toEqual({ kind: 'ok-now' });
    expect(readiness(168, null, start)).toEqual({ kind: 'after', hours: 168 });
    expect(readiness(0, null, start)).toEqual({ kind: 'ok-now' });
    expect(readiness(null, treatmentAt, start)).toEqual({ kind: 'never' });
  });
});
