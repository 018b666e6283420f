import { i18n } from '#i18n';
import { doubtText, formatDateTime, formatDuration } from '../background/words.ts';
import { relativeParts, type Banner } from './banner.ts';
import type { Readiness } from './timeline.ts';

export { doubtText, formatDateTime, formatDuration } from '../background/words.ts';

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
