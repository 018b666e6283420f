import { i18n } from '#i18n';
import type { Doubt } from '../score/types.ts';

// How a time, a wait and a doubt are said: the toolbar's tooltip and the marks on the page (set by the
// worker) and the extension's pages (src/ui/verdict-text.ts) use these same words.

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
