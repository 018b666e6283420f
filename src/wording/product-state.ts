import type { Depth } from '../knowledge/types.ts';
import { okFromTime } from '../score/score.ts';
import type { Analysis, Doubt, UnknownReason, Verdict } from '../score/types.ts';

// What a product (or one flagged name) means for the person NOW, decided once, without words: the
// badge, its tooltip, the popup, the marks on the page and the timeline all word this same state
// (state-text.ts), so a chip can never say "avoid" beside "OK now". Times follow the current
// treatment (`treatmentAt` + the window), never an "OK from" stored with an older one. Before the next
// session a product is paused for its pause window (shared/reference/treatment-cycle.md): not OK now.

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
  | { kind: 'wait-after'; verdict: Flag; hours: number }
  /** Nothing flagged, but the first hours after a professional session are not over (okFrom null: no date). */
  | { kind: 'first-hours'; okFrom: string | null; hours: number }
  /** In the pause before the next session, or never usable again before it: OK again after it (`resumeAt`). */
  | { kind: 'paused'; session: string; hours: number; resumeAt: string | null };

/** The next session, as the plan gives it (src/list/plan.ts nextSession). */
export interface NextSession {
  treatmentAt: string;
  depth: Depth;
}

/** A product before the next session: when to pause it, and when it is OK again after the session. */
export interface SessionPlan {
  session: string;
  depth: Depth;
  /** 0: nothing to pause (nothing is on the skin at the session anyway). */
  pauseHours: number;
  pauseFrom: string;
  /** null: never (the person's own avoid list). */
  resumeAt: string | null;
  /** The person's clinic instructions decide the pause / the wait after. */
  clinicPause: boolean;
  clinicAfter: boolean;
}

type PlanInput = Pick<Analysis, 'okAfterHours'> & { windows?: Analysis['windows'] };

/** When to pause before the next session and when the product is OK after it; null without a next session. */
export function sessionPlan(analysis: PlanInput, next: NextSession | null | undefined): SessionPlan | null {
  if (!next) return null;
  // Analyses kept before windows existed know only their own wait: nothing paused until they are scored again.
  const windows = analysis.windows?.[next.depth] ?? { pauseHours: 0, afterHours: analysis.okAfterHours, clinicPause: false, clinicAfter: false };
  const at = Date.parse(next.treatmentAt);
  return {
    session: next.treatmentAt,
    depth: next.depth,
    pauseHours: windows.pauseHours,
    pauseFrom: new Date(at - windows.pauseHours * 3_600_000).toISOString(),
    resumeAt: okFromTime(next.treatmentAt, windows.afterHours),
    clinicPause: windows.clinicPause,
    clinicAfter: windows.clinicAfter,
  };
}

/**
 * A product on one calendar day of the timeline: not usable, usable all day, from a time of that day, or until one
 * (a pause before a session begins that day) (ms).
 */
export type DayCell = { kind: 'no' } | { kind: 'yes' } | { kind: 'from'; at: number } | { kind: 'until'; at: number };

export function readiness(okAfterHours: number | null, treatmentAt: string | null, now: number): Readiness {
  if (okAfterHours === null) return { kind: 'never' };
  if (okAfterHours === 0) return { kind: 'ok-now' };
  const at = okFromTime(treatmentAt, okAfterHours);
  if (at === null) return { kind: 'after', hours: okAfterHours };
  return Date.parse(at) <= now ? { kind: 'ok-now' } : { kind: 'ok-from', at };
}

type StateInput = Pick<Analysis, 'verdict' | 'okAfterHours' | 'unknownReason' | 'recognised' | 'total'> & {
  doubts?: Doubt[];
  windows?: Analysis['windows'];
};

/**
 * The product's state now: after the current treatment (`treatmentAt`, its window) and before the next session
 * (`next`, its pause). A treatment still ahead is no wait yet: before it the product is usable until its pause.
 */
export function productState(analysis: StateInput, treatmentAt: string | null, now: number, next?: NextSession | null): ProductState {
  const state = stateAfter(analysis, treatmentAt, now);
  const plan = sessionPlan(analysis, next);
  if (plan === null || state.kind === 'unknown' || state.kind === 'own-list') return state;
  const pauseFrom = Date.parse(plan.pauseFrom);
  const usableUntilPause = state.kind === 'not-yet' || state.kind === 'first-hours' ? Date.parse(state.okFrom ?? '') < pauseFrom : true;
  if (now >= pauseFrom || !usableUntilPause) {
    return { kind: 'paused', session: plan.session, hours: plan.pauseHours, resumeAt: plan.resumeAt };
  }
  return state;
}

function stateAfter(analysis: StateInput, treatmentAt: string | null, now: number): ProductState {
  const { verdict, okAfterHours } = analysis;
  if (verdict === 'unknown') {
    const reason = analysis.unknownReason ?? (analysis.total === 0 ? 'no-list' : 'low-coverage');
    // Analyses stored before doubts existed have none (they are scored again on the next read).
    const [doubt] = analysis.doubts ?? [];
    const state: ProductState = { kind: 'unknown', reason, recognised: analysis.recognised, total: analysis.total };
    return reason === 'doubtful' && doubt ? { ...state, doubt } : state;
  }
  if (okAfterHours === null) return { kind: 'own-list' };
  // A treatment still to come: nothing to wait out yet (its pause is the next session's, productState).
  if (treatmentAt !== null && Date.parse(treatmentAt) > now) return { kind: 'ok-now', was: null };
  const ready = readiness(okAfterHours, treatmentAt, now);
  if (verdict === 'suitable') {
    // Nothing flagged waits only for the first hours after a professional session (rubric, last section).
    if (ready.kind === 'ok-from') return { kind: 'first-hours', okFrom: ready.at, hours: okAfterHours };
    if (ready.kind === 'after') return { kind: 'first-hours', okFrom: null, hours: okAfterHours };
    return { kind: 'ok-now', was: null };
  }
  switch (ready.kind) {
    case 'ok-from':
      return { kind: 'not-yet', verdict, okFrom: ready.at };
    case 'after':
      return { kind: 'wait-after', verdict, hours: ready.hours };
    case 'never':
    case 'ok-now': {
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
    case 'first-hours':
      // Without a treatment date nothing is waited out yet: the product itself is fine (its sentence
      // says "OK 6 hours after your treatment"); with a date, the first hours are a wait like any other.
      return state.okFrom === null ? 'suitable' : 'caution';
    case 'paused':
      return 'avoid';
    case 'not-yet':
    case 'wait-after':
      return state.verdict;
  }
}
