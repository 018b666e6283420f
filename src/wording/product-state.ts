import { okFromTime } from '../score/score.ts';
import type { Analysis, Doubt, UnknownReason, Verdict } from '../score/types.ts';

// What a product (or one flagged name) means for the person NOW, decided once, without words: the
// badge, its tooltip, the popup, the marks on the page and the timeline all word this same state
// (state-text.ts), so a chip can never say "avoid" beside "OK now". Times follow the current
// treatment (`treatmentAt` + the window), never an "OK from" stored with an older one.

export type Flag = 'avoid' | 'caution';

/** When something with a window is OK, relative to the treatment and now. */
export type Readiness =
  | { kind: 'ok-now' }
  | { kind: 'ok-from'; at: string }
  /** No treatment date: so long after a treatment. */
  | { kind: 'after'; hours: number }
  /** On the person's own avoid list. */
  | { kind: 'never' };

export type ProductState =
  | { kind: 'unknown'; reason: UnknownReason; recognised: number; total: number; doubt?: Doubt }
  | { kind: 'own-list' }
  /** Usable now; `was` is the wait that has ended (null: nothing needed one). */
  | { kind: 'ok-now'; was: { verdict: Flag; until: string } | null }
  /** A caution without a window to wait out: the practitioner decides. */
  | { kind: 'ask' }
  | { kind: 'not-yet'; verdict: Flag; okFrom: string }
  /** No treatment date: the wait is given as a duration. */
  | { kind: 'wait-after'; verdict: Flag; hours: number };

/** A product on one calendar day of the timeline: not usable, usable all day, or from a time of that day (ms). */
export type DayCell = { kind: 'no' } | { kind: 'yes' } | { kind: 'from'; at: number };

export function readiness(okAfterHours: number | null, treatmentAt: string | null, now: number): Readiness {
  if (okAfterHours === null) return { kind: 'never' };
  if (okAfterHours === 0) return { kind: 'ok-now' };
  const at = okFromTime(treatmentAt, okAfterHours);
  if (at === null) return { kind: 'after', hours: okAfterHours };
  return Date.parse(at) <= now ? { kind: 'ok-now' } : { kind: 'ok-from', at };
}

type StateInput = Pick<Analysis, 'verdict' | 'okAfterHours' | 'unknownReason' | 'recognised' | 'total'> & { doubts?: Doubt[] };

export function productState(analysis: StateInput, treatmentAt: string | null, now: number): ProductState {
  const { verdict, okAfterHours } = analysis;
  if (verdict === 'unknown') {
    const reason = analysis.unknownReason ?? (analysis.total === 0 ? 'no-list' : 'low-coverage');
    // Analyses stored before doubts existed have none (they are scored again on the next read).
    const [doubt] = analysis.doubts ?? [];
    const state: ProductState = { kind: 'unknown', reason, recognised: analysis.recognised, total: analysis.total };
    return reason === 'doubtful' && doubt ? { ...state, doubt } : state;
  }
  if (okAfterHours === null) return { kind: 'own-list' };
  if (verdict === 'suitable') return { kind: 'ok-now', was: null };
  const ready = readiness(okAfterHours, treatmentAt, now);
  switch (ready.kind) {
    case 'ok-from':
      return { kind: 'not-yet', verdict, okFrom: ready.at };
    case 'after':
      return { kind: 'wait-after', verdict, hours: ready.hours };
    default: {
      // A window of 0 hours: nothing to wait out, the caution stays.
      if (okAfterHours === 0) return { kind: 'ask' };
      return { kind: 'ok-now', was: { verdict, until: okFromTime(treatmentAt, okAfterHours) as string } };
    }
  }
}

/** The colour a state wears (the badge's palette): green once the wait is over. */
export function stateTone(state: ProductState): Verdict {
  switch (state.kind) {
    case 'unknown':
      return 'unknown';
    case 'own-list':
      return 'avoid';
    case 'ok-now':
      return 'suitable';
    case 'ask':
      return 'caution';
    default:
      return state.verdict;
  }
}
