import { normalizeName } from '../inci/normalize.ts';
import type { Component, Ingredient, ParsedLabel } from '../inci/types.ts';
import { avoidTermHits, resolveAvoidTerm, type AvoidTerm } from '../knowledge/avoid-terms.ts';
import { flags, worstEffect } from '../knowledge/effects.ts';
import type { Effect, KbClass, Match } from '../knowledge/types.ts';
import { isExfoliatingClaim, isRinseOff, isScrub, isSet } from './product-kind.ts';
import { firstHoursOf, ingredientWindows, largestWindow, sessionWindows } from './windows.ts';
import type { Analysis, ComponentAnalysis, Doubt, ScoreOptions, ScoredIngredient, ScoringMatcher, UnknownReason, Verdict } from './types.ts';

/** Below this share of recognised ingredients a list without warnings is "unknown", not "suitable". */
export const MIN_COVERAGE_FOR_SUITABLE = 0.9;

const VERDICT_RANK: Record<Verdict, number> = { avoid: 3, caution: 2, unknown: 1, suitable: 0 };
const FRAGRANCE = 'fragrance';
const EXFOLIATING_ACID = 'exfoliating-acid';

interface Context {
  matcher: ScoringMatcher;
  classOf: (id: string) => KbClass | undefined;
  options: ScoreOptions;
  avoidTerms: AvoidTerm[];
  /** What the product's name says. */
  product: ComponentKind;
  /** Several lists, or a product named as a set: its name says nothing about any one part. */
  set: boolean;
}

/** What one component is, from its own name (a kit part) or, for a single list, the product's. */
interface ComponentKind {
  rinseOff: boolean;
  scrub: boolean;
  exfoliatingClaim: boolean;
}

/** Scores a parsed label by the rubric (../shared/reference/verdict-rubric.md). Pure. */
export function scoreLabel(label: ParsedLabel, matcher: ScoringMatcher, options: ScoreOptions): Analysis {
  const productName = options.productName ?? '';
  const listed = label.components.filter((c) => c.ingredients.length > 0);
  const context: Context = {
    matcher,
    classOf: (id) => matcher.classOf(id),
    options,
    avoidTerms: options.avoidList.filter((t) => t.trim() !== '').map((t) => resolveAvoidTerm(t, matcher)),
    product: kindOf(productName),
    set: listed.length > 1 || isSet(productName),
  };
  const components = listed.map((c) => scoreComponent(c, context));
  const all = components.flatMap((c) => c.ingredients);
  const recognised = all.filter((i) => i.via !== 'none').length;
  const worst = components.length === 0 ? 'unknown' : worstVerdict(components.map((c) => c.verdict));
  const doubts = doubtsOf(all, options);
  // A list cut by a cap was not read whole, and a doubt may hide a warning: "suitable" must be earned.
  const verdict = worst === 'suitable' && (label.truncated || doubts.length > 0) ? 'unknown' : worst;
  const { classOf } = context;
  const firstHours = matcher.session.firstHours.hours;
  const windows = {
    pro: sessionWindows(components, 'pro', classOf, firstHours, options.clinic),
    home: sessionWindows(components, 'home', classOf, firstHours, options.clinic),
  };
  const okAfterHours = windows[options.depth].afterHours;
  return {
    verdict,
    okAfterHours,
    windows,
    okFrom: okFromTime(options.treatmentAt, okAfterHours),
    coverage: all.length === 0 ? 0 : recognised / all.length,
    recognised,
    total: all.length,
    components,
    unknownReason: unknownReason(verdict, all.length, label.truncated, worst === 'suitable' && doubts.length > 0),
    rinseOff: components.length > 0 && components.every((c) => c.rinseOff),
    truncated: label.truncated,
    doubts,
    depth: options.depth,
    kbVersion: matcher.version,
  };
}

function unknownReason(verdict: Verdict, total: number, truncated: boolean, doubtful: boolean): UnknownReason | null {
  if (verdict !== 'unknown') return null;
  if (total === 0) return 'no-list';
  if (truncated) return 'truncated';
  return doubtful ? 'doubtful' : 'low-coverage';
}

/** The reader's doubts, then each name in doubt once, in label order. */
function doubtsOf(ingredients: ScoredIngredient[], options: ScoreOptions): Doubt[] {
  const doubts: Doubt[] = (options.readingDoubts ?? []).map((reason) => ({ kind: 'reading', reason }));
  const seen = new Set<string>();
  for (const { text, notes, near } of ingredients) {
    const doubt: Doubt | null = notes.includes('unknown-active')
      ? { kind: 'unknown-active', text }
      : notes.includes('near-risky') && near
        ? { kind: 'near-risky', text, near }
        : null;
    if (doubt && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      doubts.push(doubt);
    }
  }
  return doubts;
}

/** Treatment time + window, or null when either is unknown or the product is never OK (own avoid list). */
export function okFromTime(treatmentAt: string | null, okAfterHours: number | null): string | null {
  if (treatmentAt === null || okAfterHours === null) return null;
  const start = Date.parse(treatmentAt);
  if (Number.isNaN(start)) return null;
  return new Date(start + okAfterHours * 3_600_000).toISOString();
}

/**
 * Rinse-off is decided by what the component is: a kit part by its own name ("Cleanser" yes, "Serum" no), a single
 * list by the product's name, never a part by its set's name (rubric: decisions after the first release). A scrub
 * or an exfoliating claim in the product's name counts for every part: it only makes the verdict stricter.
 */
function componentKind(component: Component, { product, set }: Context): ComponentKind {
  if (component.name === null) return set ? { ...product, rinseOff: false } : product;
  const own = kindOf(component.name);
  return {
    rinseOff: own.rinseOff,
    scrub: own.scrub || product.scrub,
    exfoliatingClaim: own.exfoliatingClaim || product.exfoliatingClaim,
  };
}

function kindOf(name: string): ComponentKind {
  return { rinseOff: isRinseOff(name), scrub: isScrub(name), exfoliatingClaim: isExfoliatingClaim(name) };
}

function scoreComponent(component: Component, context: Context): ComponentAnalysis {
  const kind = componentKind(component, context);
  const [listed, matches] = readGluedNames(component.ingredients, context.matcher);
  const hasOtherFragrance = matches.some((m) => m.classes.includes(FRAGRANCE) && !m.rules.includes('preservative-when-alone'));
  const acidCount = matches.filter((m) => m.classes.includes(EXFOLIATING_ACID)).length;
  const total = listed.length;
  const ingredientContext: IngredientContext = { ...context, ...kind, total, hasOtherFragrance, acidCount };
  const ingredients = listed.map((ingredient, index) => scoreIngredient(ingredient, matches[index] as Match, ingredientContext));
  const recognised = ingredients.filter((i) => i.via !== 'none').length;
  const coverage = total === 0 ? 0 : recognised / total;
  const largest = largestWindow(ingredients.map((i) => i.okAfterHours));
  const firstHours = firstHoursOf(context.options.depth, context.matcher.session.firstHours.hours, context.options.clinic);
  return {
    name: component.name,
    verdict: componentVerdict(ingredients, coverage),
    // After a professional session no ordinary product is OK in the first hours (verdict rubric, last section).
    okAfterHours: largest === null ? null : Math.max(largest, firstHours),
    pauseHours: Math.max(0, ...ingredients.map((i) => i.pauseHours)),
    coverage,
    rinseOff: kind.rinseOff,
    ingredients,
  };
}

/**
 * Each ingredient with its match. Names glued without a comma ("Linalool Limonene") become one ingredient per
 * part, as printed, in list order: each part is scored and shown on its own.
 */
function readGluedNames(ingredients: readonly Ingredient[], matcher: ScoringMatcher): [readonly Ingredient[], readonly Match[]] {
  const matches = ingredients.map((i) => matcher.match(i.name, i.synonyms));
  if (!matches.some((m) => m.parts)) return [ingredients, matches];
  const listed = ingredients
    .flatMap((i, index) => matches[index]?.parts?.map((part) => ({ ...i, text: part, name: part, synonyms: [] })) ?? [i])
    .map((i, position) => ({ ...i, position }));
  return [listed, listed.map((i) => matcher.match(i.name, i.synonyms))];
}

interface IngredientContext extends Context, ComponentKind {
  total: number;
  hasOtherFragrance: boolean;
  acidCount: number;
}

function scoreIngredient(ingredient: Ingredient, match: Match, context: IngredientContext): ScoredIngredient {
  const notes: string[] = [];
  const classes = applyPositionRules(ingredient, match, context, notes);
  const scored: ScoredIngredient = {
    text: ingredient.text,
    inci: match.inci,
    classes,
    effect: match.via === 'none' ? 'unknown' : effectOfClasses(classes, context),
    okAfterHours: 0,
    pauseHours: 0,
    via: match.via,
    confidence: match.confidence,
    position: ingredient.position,
    component: ingredient.component,
    mayContain: ingredient.mayContain,
    notes,
  };
  if (match.via === 'none') {
    // An active we cannot name could be anything, and a name close to a risky one could be that: either keeps
    // the product from "suitable".
    if (ingredient.percent !== null || ingredient.declaredActive) notes.push('unknown-active');
    if (match.near) {
      notes.push('near-risky');
      scored.near = match.near;
    }
  }
  if (isOnAvoidList(ingredient, match, context)) {
    scored.effect = 'avoid';
    notes.push('on-your-list');
  }
  const { depth, clinic } = context.options;
  const windows = ingredientWindows(scored, context.rinseOff, depth, context.classOf, clinic);
  scored.okAfterHours = windows.afterHours;
  scored.pauseHours = windows.pauseHours;
  if (windows.halved) notes.push('rinse-off');
  if (windows.clinic) notes.push('clinic');
  return scored;
}

/** The rubric's rules that depend on where an ingredient stands and what stands beside it. */
function applyPositionRules(ingredient: Ingredient, match: Match, context: IngredientContext, notes: string[]): string[] {
  const { rules } = match;
  const inLastThird = ingredient.position >= Math.ceil((context.total * 2) / 3);
  const inSecondHalf = ingredient.position >= Math.ceil(context.total / 2);
  if (
    rules.includes('ph-adjuster-when-late') &&
    inLastThird &&
    ingredient.percent === null &&
    !ingredient.declaredActive &&
    context.acidCount === 1 &&
    !context.exfoliatingClaim
  ) {
    notes.push('ph-adjuster');
    return ['ph-adjuster'];
  }
  if (rules.includes('position-sensitive') && inSecondHalf) {
    notes.push('late-in-list');
    return ['alcohol-late'];
  }
  if (rules.includes('preservative-when-alone') && !context.hasOtherFragrance) {
    notes.push('preservative-alone');
    return ['benzyl-alcohol-preservative'];
  }
  if (rules.includes('scrub-only') && !context.scrub) {
    return match.classes.filter((c) => c !== 'physical-exfoliant');
  }
  return match.classes;
}

/**
 * The worst effect among the classes (its windows: windows.ts). A name that nothing flags is beneficial when one
 * of its classes is (the rubric shows it as a plus), else neutral.
 */
function effectOfClasses(classIds: string[], context: Context): Effect {
  const known = classIds.map((id) => context.matcher.classOf(id)).filter((c): c is KbClass => c !== undefined);
  const worst = worstEffect(known.map((c) => c.effect));
  return flags(worst) ? worst : known.some((c) => c.effect === 'beneficial') ? 'beneficial' : 'neutral';
}

/** On the person's own list by any name it goes by: as printed, its synonyms, its entry's names, its classes. */
function isOnAvoidList(ingredient: Ingredient, match: Match, { avoidTerms, matcher }: Context): boolean {
  if (avoidTerms.length === 0) return false;
  const names = {
    printed: [ingredient.text, ingredient.name, ...ingredient.synonyms].map(normalizeName),
    entry: match.inci ? (matcher.entryNames().get(match.inci) ?? []) : [],
  };
  return avoidTerms.some((term) => avoidTermHits(term, names, match));
}

function componentVerdict(ingredients: ScoredIngredient[], coverage: number): Verdict {
  if (ingredients.some((i) => i.effect === 'avoid')) return 'avoid';
  if (ingredients.some((i) => i.effect === 'caution')) return 'caution';
  return coverage >= MIN_COVERAGE_FOR_SUITABLE ? 'suitable' : 'unknown';
}

function worstVerdict(verdicts: Verdict[]): Verdict {
  return verdicts.reduce((worst, v) => (VERDICT_RANK[v] > VERDICT_RANK[worst] ? v : worst), 'suitable');
}
