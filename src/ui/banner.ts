import { okFromTime } from '../score/score.ts';
import type { Analysis, Doubt, UnknownReason, Verdict } from '../score/types.ts';

// Which sentence the popup's verdict banner says, decided without i18n so that it can be tested
// and reused: the components turn the kind into text. The "OK from" time is always computed from
// the current treatment, so a changed profile shows at once.

export type Banner =
  | { kind: 'unknown'; reason: UnknownReason; recognised: number; total: number; doubt?: Doubt }
  | { kind: 'own-list' }
  | { kind: 'ok-now' }
  | { kind: 'check' }
  | { kind: 'not-yet'; verdict: 'avoid' | 'caution'; okFrom: string; hoursLeft: number }
  | { kind: 'wait-after'; verdict: 'avoid' | 'caution'; hours: number };

export function bannerFor(analysis: Analysis, treatmentAt: string | null, now: number): Banner {
  const { verdict, okAfterHours } = analysis;
  if (verdict === 'unknown') {
    const reason = analysis.unknownReason ?? (analysis.total === 0 ? 'no-list' : 'low-coverage');
    // Analyses stored before doubts existed have none (they are scored again on the next read).
    const [doubt] = analysis.doubts ?? [];
    const banner: Banner = { kind: 'unknown', reason, recognised: analysis.recognised, total: analysis.total };
    return reason === 'doubtful' && doubt ? { ...banner, doubt } : banner;
  }
  if (okAfterHours === null) return { kind: 'own-list' };
  if (verdict === 'suitable') return { kind: 'ok-now' };
  if (okAfterHours === 0) return { kind: 'check' };
  const okFrom = okFromTime(treatmentAt, okAfterHours);
  if (okFrom === null) return { kind: 'wait-after', verdict, hours: okAfterHours };
  const left = Date.parse(okFrom) - now;
  if (left <= 0) return { kind: 'ok-now' };
  return { kind: 'not-yet', verdict, okFrom, hoursLeft: left / 3_600_000 };
}

/** The colour the banner wears: a product whose wait is over is shown green like the badge. */
export function bannerTone(banner: Banner): Verdict {
  switch (banner.kind) {
    case 'unknown':
      return 'unknown';
    case 'own-list':
      return 'avoid';
    case 'ok-now':
      return 'suitable';
    case 'check':
      return 'caution';
    default:
      return banner.verdict;
  }
}

/** "in 5 hours" below two days, "in 3 days" from then on; always rounded up, never "in 0". */
export function relativeParts(hoursLeft: number): { value: number; unit: 'hour' | 'day' } {
  if (hoursLeft < 48) return { value: Math.max(1, Math.ceil(hoursLeft)), unit: 'hour' };
  return { value: Math.ceil(hoursLeft / 24), unit: 'day' };
}
