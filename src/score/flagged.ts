import { EFFECT_SEVERITY, flags } from '../knowledge/effects.ts';
import type { Analysis, ScoredIngredient } from './types.ts';

// What an analysis flags, in the order every view shows it: the badge's tooltip, the popup's groups,
// the marks on the page, the CSV export.

/** Flagged (avoid/caution) ingredients of every component, worst first, each name once. */
export function flaggedIngredients(analysis: Analysis): ScoredIngredient[] {
  const flagged = analysis.components.flatMap((c) => c.ingredients).filter((i) => flags(i.effect));
  flagged.sort((a, b) => rank(b) - rank(a));
  return eachNameOnce(flagged);
}

/** The first of each name, by its INCI name or else its text, in any case: a kit's parts share names. */
export function eachNameOnce(ingredients: readonly ScoredIngredient[]): ScoredIngredient[] {
  const seen = new Set<string>();
  return ingredients.filter((i) => {
    const key = (i.inci ?? i.text).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The more severe effect first, then the longer window; never OK again (null, the person's own list) is longest. */
function rank(i: ScoredIngredient): number {
  return (i.effect === 'unknown' ? 0 : EFFECT_SEVERITY[i.effect] * 1e6) + (i.okAfterHours ?? 1e5);
}

/** The flagged names, worst first and lower case, for the badge's tooltip (which lists the first few in the person's language). */
export function decidingNames(analysis: Analysis): string[] {
  return flaggedIngredients(analysis).map((i) => (i.inci ?? i.text).toLowerCase());
}
