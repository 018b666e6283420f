import { i18n } from '#i18n';
import { decidingNames } from '../score/flagged.ts';
import type { Analysis } from '../score/types.ts';
import type { Clock } from '../wording/calendar.ts';
import { productState, stateTone, type NextSession } from '../wording/product-state.ts';
import { stateTooltip } from '../wording/state-text.ts';

export interface BadgeSpec {
  text: string;
  color: string;
  title: string;
}

/** Badge colours per verdict: red, amber, green, grey (contrast ≥ 4.5:1 with white text). */
export const BADGE_COLORS = {
  avoid: '#B3261E',
  caution: '#8A5300',
  suitable: '#1E6B34',
  unknown: '#5F6368',
} as const;

/**
 * The toolbar badge of a tab: the product's state now (product-state.ts) — its colour, a short
 * mark, and the tooltip in the very words of the popup's chip and sentence.
 */
export function badgeFor(analysis: Analysis, treatmentAt: string | null, clock: Clock, next: NextSession | null = null): BadgeSpec {
  const state = productState(analysis, treatmentAt, clock.now, next);
  const tone = stateTone(state);
  return { text: i18n.t(`badge.${tone}`), color: BADGE_COLORS[tone], title: stateTooltip(state, decidingNames(analysis), clock) };
}
