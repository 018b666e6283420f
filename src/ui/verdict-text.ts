import { i18n } from '#i18n';
import type { Analysis, Doubt, ScoredIngredient } from '../score/types.ts';
import { relativeParts, type Banner } from './banner.ts';
import type { Readiness } from './timeline.ts';

/** Flagged (avoid/caution) ingredients of every component, worst first, each name once. */
export function flaggedIngredients(analysis: Analysis): ScoredIngredient[] {
  const flagged = analysis.components
    .flatMap((c) => c.ingredients)
    .filter((i) => i.effect === 'avoid' || i.effect === 'caution');
  flagged.sort((a, b) => rank(b) - rank(a));
  const seen = new Set<string>();
  return flagged.filter((i) => {
    const key = (i.inci ?? i.text).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rank(i: ScoredIngredient): number {
  return (i.effect === 'avoid' ? 1e6 : 0) + (i.okAfterHours ?? 1e5);
}

/** The first few flagged names, worst first, as the badge's tooltip lists them: "retinol, parfum". */
export function decidingNames(analysis: Analysis): string {
  return flaggedIngredients(analysis)
    .slice(0, 4)
    .map((i) => (i.inci ?? i.text).toLowerCase())
    .join(', ');
}

/** "7 days" / "48 hours": whole days from 72 hours on. */
export function formatDuration(hours: number): string {
  return hours >= 72 && hours % 24 === 0 ? i18n.t('duration.days', hours / 24) : i18n.t('duration.hours', hours);
}

/** "Fri 28 Nov, 14:00" in the browser's locale. */
export function formatDateTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
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

/** "in 3 days" / "in 5 hours" in the given locale. */
export function formatRelative(hoursLeft: number, locale?: string): string {
  const { value, unit } = relativeParts(hoursLeft);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}

/** The popup's verdict sentence. */
export function bannerText(banner: Banner, locale?: string): string {
  switch (banner.kind) {
    case 'unknown':
      if (banner.reason === 'no-list') return i18n.t('banner.noList');
      if (banner.reason === 'truncated') return i18n.t('banner.truncated');
      if (banner.doubt) return i18n.t('banner.doubtful', [doubtText(banner.doubt)]);
      return i18n.t('banner.lowCoverage', [String(banner.recognised), String(banner.total)]);
    case 'own-list':
      return i18n.t('banner.ownList');
    case 'ok-now':
      return i18n.t('banner.okNow');
    case 'check':
      return i18n.t('banner.check');
    case 'not-yet': {
      const subs: [string, string] = [formatDateTime(banner.okFrom, locale), formatRelative(banner.hoursLeft, locale)];
      return banner.verdict === 'avoid' ? i18n.t('banner.notYet', subs) : i18n.t('banner.checkUntil', subs);
    }
    case 'wait-after':
      return banner.verdict === 'avoid'
        ? i18n.t('banner.avoidFor', [formatDuration(banner.hours)])
        : i18n.t('banner.checkFor', [formatDuration(banner.hours)]);
  }
}

/** "OK from Fri 28 Nov, 14:00" / "7 days after treatment" / "OK now" / "never". */
export function readinessText(readiness: Readiness, locale?: string): string {
  switch (readiness.kind) {
    case 'ok-now':
      return i18n.t('popup.okNow');
    case 'ok-from':
      return i18n.t('popup.okFrom', [formatDateTime(readiness.at, locale)]);
    case 'after':
      return i18n.t('popup.okAfter', [formatDuration(readiness.hours)]);
    case 'never':
      return i18n.t('popup.never');
  }
}

/** What is uncertain, and what the person can do about it: one sentence per doubt. */
export function doubtText(doubt: Doubt): string {
  switch (doubt.kind) {
    case 'reading':
      if (doubt.reason === 'ambiguous') return i18n.t('doubt.ambiguous');
      return doubt.reason === 'component-unread' ? i18n.t('doubt.componentUnread') : i18n.t('doubt.partial');
    case 'unknown-active':
      return i18n.t('doubt.unknownActive', [doubt.text]);
    case 'near-risky':
      return i18n.t('doubt.nearRisky', [doubt.text, doubt.near]);
  }
}
