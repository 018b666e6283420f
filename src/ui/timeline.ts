import { okFromTime } from '../score/score.ts';

// The recovery timeline of the options page: days 0..14 after the treatment as columns. Day d is
// usable when treatment + d days ≥ OK-from, i.e. d × 24 h ≥ the product's window; a product on the
// person's own avoid list (window null) is never usable.

export const TIMELINE_DAYS = 15;
const DAY_MS = 86_400_000;

/** Whether each day 0..days-1 after the treatment is usable for a product with this window. */
export function usableDays(okAfterHours: number | null, days = TIMELINE_DAYS): boolean[] {
  return Array.from({ length: days }, (_, day) => okAfterHours !== null && day * 24 >= okAfterHours);
}

/** Today's column, or null when there is no treatment date or today lies outside the timeline. */
export function todayColumn(treatmentAt: string | null, now: number, days = TIMELINE_DAYS): number | null {
  if (treatmentAt === null) return null;
  const start = Date.parse(treatmentAt);
  if (Number.isNaN(start) || now < start) return null;
  const day = Math.floor((now - start) / DAY_MS);
  return day < days ? day : null;
}

export type Readiness = { kind: 'ok-now' } | { kind: 'ok-from'; at: string } | { kind: 'after'; hours: number } | { kind: 'never' };

/** When a saved product is OK, relative to the current treatment (not the one it was saved under). */
export function readiness(okAfterHours: number | null, treatmentAt: string | null, now: number): Readiness {
  if (okAfterHours === null) return { kind: 'never' };
  if (okAfterHours === 0) return { kind: 'ok-now' };
  const at = okFromTime(treatmentAt, okAfterHours);
  if (at === null) return { kind: 'after', hours: okAfterHours };
  return Date.parse(at) <= now ? { kind: 'ok-now' } : { kind: 'ok-from', at };
}
