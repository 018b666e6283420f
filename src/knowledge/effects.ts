import type { Effect } from './types.ts';

/**
 * The one order of effects, least to most restrictive right after needling: what "worst" and "riskier"
 * mean wherever effects are compared (which reading of a name the matcher keeps, an ingredient's effect
 * in the scorer, which flagged names come first).
 */
export const EFFECT_SEVERITY: Readonly<Record<Effect, number>> = { beneficial: 0, neutral: 1, caution: 2, avoid: 3 };

/** Whether an effect flags a name (caution or worse): what the badge, the marks and the popup's class texts show. */
export function flags(effect: Effect | 'unknown' | null): effect is 'avoid' | 'caution' {
  return effect !== null && effect !== 'unknown' && EFFECT_SEVERITY[effect] >= EFFECT_SEVERITY.caution;
}

/** The most severe of the effects, or null for none. */
export function worstEffect(effects: Iterable<Effect>): Effect | null {
  let worst: Effect | null = null;
  for (const effect of effects) if (worst === null || EFFECT_SEVERITY[effect] > EFFECT_SEVERITY[worst]) worst = effect;
  return worst;
}
