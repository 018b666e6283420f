import type { Session } from '../list/model.ts';
import type { Analysis } from '../score/types.ts';
import { dayNumber, startOfDay, type Clock } from '../wording/calendar.ts';
import type { DayCell } from '../wording/product-state.ts';

// The timeline of the options page: one column per calendar day in the person's time zone, around a session
// (days −7 … +14, day 0 = the session's date). A product may not be used in the pause before each session
// and in the wait after it (shared/reference/treatment-cycle.md); a day's cell says whether it may be used
// that day: not at all, all day, from a time of that day or until one. Today's cell follows the same spans as
// the product's state now (product-state.ts), so it is usable exactly when the product is OK now. Without a
// treatment date the columns are days after a treatment and a day is usable when d × 24 h ≥ the window.

/** Days 0..14 after a treatment without a date. */
export const TIMELINE_DAYS = { from: 0, to: 14 } as const;
/** The days before and after a session. */
export const SESSION_DAYS = { from: -7, to: 14 } as const;

const HOUR_MS = 3_600_000;

export interface TimelineDay {
  /** Days from the session's date (0 = that date, −1 the day before). */
  offset: number;
  /** The calendar date (dayNumber) and the instant it begins; null without a treatment date. */
  date: { day: number; start: number } | null;
  today: boolean;
}

/** A time in which a product may not be used: [from, to). */
export interface Span {
  from: number;
  to: number;
}

export function timelineDays(sessionAt: string | null, clock: Clock, range: { from: number; to: number } = TIMELINE_DAYS): TimelineDay[] {
  const start = sessionAt === null ? NaN : Date.parse(sessionAt);
  const first = Number.isNaN(start) ? null : dayNumber(start, clock.timeZone);
  const today = dayNumber(clock.now, clock.timeZone);
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => {
    const offset = range.from + i;
    if (first === null) return { offset, date: null, today: false };
    const day = first + offset;
    return { offset, date: { day, start: startOfDay(day, clock.timeZone) }, today: day === today };
  });
}

type Windowed = Pick<Analysis, 'okAfterHours'> & { windows?: Analysis['windows'] };

/**
 * When the product may not be used around the sessions: each one's pause before it and its wait after it (the
 * windows of that session's kind); from the whole plan, so a session's pause within another's days shows too.
 * null: never usable (on the person's own avoid list).
 */
export function blockedSpans(analysis: Windowed, sessions: readonly Session[]): Span[] | null {
  if (analysis.okAfterHours === null) return null;
  return sessions.flatMap((session) => {
    // Analyses kept before windows existed know only their own wait.
    const windows = analysis.windows?.[session.depth] ?? { pauseHours: 0, afterHours: analysis.okAfterHours };
    const at = Date.parse(session.treatmentAt);
    const span = { from: at - windows.pauseHours * HOUR_MS, to: windows.afterHours === null ? Infinity : at + windows.afterHours * HOUR_MS };
    return span.to > span.from ? [span] : [];
  });
}

/** A dated day's cell: usable unless a span covers part of it; today's by the same rule as "OK now". */
export function spanCell(spans: readonly Span[] | null, column: TimelineDay, clock: Clock): DayCell {
  if (spans === null || column.date === null) return { kind: 'no' };
  const start = column.date.start;
  const end = startOfDay(column.date.day + 1, clock.timeZone);
  const parts = merge(spans.filter((s) => s.from < end && s.to > start).map((s) => ({ from: Math.max(s.from, start), to: Math.min(s.to, end) })));
  let cell: DayCell;
  if (parts.length === 0) cell = { kind: 'yes' };
  else if (parts.length > 1)
    cell = { kind: 'no' }; // blocked, free, blocked again: the stricter word
  else {
    const [part] = parts as [Span];
    if (part.from <= start && part.to >= end) cell = { kind: 'no' };
    else if (part.from <= start) cell = { kind: 'from', at: part.to };
    else if (part.to >= end) cell = { kind: 'until', at: part.from };
    else cell = { kind: 'no' };
  }
  if (!column.today) return cell;
  // Today: as the product's state now says it.
  if (cell.kind === 'from' && cell.at <= clock.now) return { kind: 'yes' };
  if (cell.kind === 'until' && cell.at <= clock.now) return { kind: 'no' };
  return cell;
}

/** Whether today's cell says the product may be used now. */
export function usableNow(cell: DayCell, now: number): boolean {
  return cell.kind === 'yes' || (cell.kind === 'until' && now < cell.at);
}

/** The cell of a day after the current treatment (its wait alone), or, without a date, of day d after one. */
export function dayCell(okAfterHours: number | null, treatmentAt: string | null, column: TimelineDay, clock: Clock): DayCell {
  if (okAfterHours === null) return { kind: 'no' };
  // Nothing to wait for is OK now (product-state.ts), so it is usable every day, the treatment's included.
  if (okAfterHours === 0) return { kind: 'yes' };
  if (treatmentAt === null || column.date === null) return column.offset * 24 >= okAfterHours ? { kind: 'yes' } : { kind: 'no' };
  const at = Date.parse(treatmentAt);
  return spanCell([{ from: at, to: at + okAfterHours * HOUR_MS }], column, clock);
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}
