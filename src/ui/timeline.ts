import { okFromTime } from '../score/score.ts';
import { dayNumber, startOfDay, type Clock } from '../wording/calendar.ts';
import type { DayCell } from '../wording/product-state.ts';

// The recovery timeline of the options page: one column per calendar day around the treatment, in
// the person's time zone (day 0 is the treatment's date). A product's cell says whether it may be
// used that day: not at all, all day, or from a time of that day. Today's cell is decided by the
// same rule as the product's "OK now" (its OK-from time ≤ now), so the two always agree. Without a
// treatment date the columns are days after a treatment and a day is usable when d × 24 h ≥ the window.

/** Days 0..14 after the treatment. */
export const TIMELINE_DAYS = { from: 0, to: 14 } as const;

export interface TimelineDay {
  /** Days from the treatment's date (0 = that date). */
  offset: number;
  /** The calendar date (dayNumber) and the instant it begins; null without a treatment date. */
  date: { day: number; start: number } | null;
  today: boolean;
}

export function timelineDays(treatmentAt: string | null, clock: Clock, range: { from: number; to: number } = TIMELINE_DAYS): TimelineDay[] {
  const start = treatmentAt === null ? NaN : Date.parse(treatmentAt);
  const first = Number.isNaN(start) ? null : dayNumber(start, clock.timeZone);
  const today = dayNumber(clock.now, clock.timeZone);
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => {
    const offset = range.from + i;
    if (first === null) return { offset, date: null, today: false };
    const day = first + offset;
    return { offset, date: { day, start: startOfDay(day, clock.timeZone) }, today: day === today };
  });
}

export function dayCell(okAfterHours: number | null, treatmentAt: string | null, column: TimelineDay, clock: Clock): DayCell {
  if (okAfterHours === null) return { kind: 'no' };
  // Nothing to wait for is OK now (product-state.ts), so it is usable every day, the treatment's included.
  if (okAfterHours === 0) return { kind: 'yes' };
  const okFrom = okFromTime(treatmentAt, okAfterHours);
  if (okFrom === null || column.date === null) return column.offset * 24 >= okAfterHours ? { kind: 'yes' } : { kind: 'no' };
  const at = Date.parse(okFrom);
  if (column.today && at <= clock.now) return { kind: 'yes' };
  const okDay = dayNumber(at, clock.timeZone);
  if (column.date.day > okDay || at <= column.date.start) return { kind: 'yes' };
  return column.date.day === okDay ? { kind: 'from', at } : { kind: 'no' };
}
