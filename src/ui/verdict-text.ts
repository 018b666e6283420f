import { i18n } from '#i18n';
import type { Analysis, Doubt, ScoredIngredient } from '../score/types.ts';

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
