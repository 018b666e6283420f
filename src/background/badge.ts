import { i18n } from '#i18n';
import { decidingNames } from '../score/flagged.ts';
import type { Analysis } from '../score/types.ts';
import { doubtText, formatDateTime, formatDuration } from './words.ts';

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

/** The toolbar tooltip: the verdict, until when, and the names that decide it. */
export function verdictTooltip(analysis: Analysis, locale?: string): string {
  const verdict = i18n.t(`verdict.${analysis.verdict}`);
  if (analysis.verdict === 'suitable') return i18n.t('badge.suitableTitle', [String(analysis.total)]);
  if (analysis.verdict === 'unknown') {
    // Analyses stored before doubts existed have none (they are scored again on the next read).
    const [doubt] = analysis.doubts ?? [];
    if (analysis.unknownReason === 'truncated') return i18n.t('banner.truncated');
    if (analysis.unknownReason === 'doubtful' && doubt) return i18n.t('banner.doubtful', [doubtText(doubt)]);
    return i18n.t('badge.unknownLowCoverage', [String(analysis.recognised), String(analysis.total)]);
  }
  const names = decidingNames(analysis);
  if (analysis.okAfterHours === null) return i18n.t('badge.onYourList', [verdict, names]);
  if (analysis.okFrom) return i18n.t('badge.untilDate', [verdict, formatDateTime(analysis.okFrom, locale), names]);
  return i18n.t('badge.forDuration', [verdict, formatDuration(analysis.okAfterHours), names]);
}
