import { i18n } from '#i18n';
import type { Analysis } from '../score/types.ts';
import { decidingNames, formatDateTime, verdictTooltip } from '../ui/verdict-text.ts';

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

/** The toolbar badge of a tab: verdict text and colour, and a tooltip naming the reason. */
export function badgeFor(analysis: Analysis, now: number, locale?: string): BadgeSpec {
  if (analysis.okFrom && Date.parse(analysis.okFrom) <= now) {
    return {
      text: i18n.t('badge.suitable'),
      color: BADGE_COLORS.suitable,
      title: i18n.t('badge.okNow', [formatDateTime(analysis.okFrom, locale), decidingNames(analysis)]),
    };
  }
  return {
    text: i18n.t(`badge.${analysis.verdict}`),
    color: BADGE_COLORS[analysis.verdict],
    title: verdictTooltip(analysis, locale),
  };
}
