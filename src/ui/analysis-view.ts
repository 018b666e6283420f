import type { EvidenceGrade, KbClass } from '../knowledge/types.ts';
import type { Analysis, ScoredIngredient } from '../score/types.ts';
import { eachNameOnce as uniqueBy, flaggedIngredients } from '../score/flagged.ts';

// How the popup arranges an analysis: flagged names grouped under the class that decided their
// window, the quiet "also checked" notes, the good-after-needling names and the unrecognised ones.

/** The group id of names that are flagged only because they are on the person's own list. */
export const OWN_LIST_GROUP = 'own-list';

export interface FlagGroup<C extends KbClass = KbClass> {
  classId: string;
  /** Undefined for the own-list group (and for a class missing from the knowledge base). */
  cls: C | undefined;
  ingredients: ScoredIngredient[];
}

/** Flagged ingredients grouped by deciding class, worst group first (the order of flaggedIngredients). */
export function groupFlagged<C extends KbClass>(analysis: Analysis, classOf: (id: string) => C | undefined): FlagGroup<C>[] {
  const groups = new Map<string, FlagGroup<C>>();
  for (const ingredient of flaggedIngredients(analysis)) {
    const cls = decidingClass(ingredient, analysis.depth, classOf);
    const classId = ingredient.notes.includes('on-your-list') ? OWN_LIST_GROUP : (cls?.id ?? ingredient.classes[0] ?? ingredient.effect);
    const group = groups.get(classId) ?? { classId, cls: classId === OWN_LIST_GROUP ? undefined : cls, ingredients: [] };
    group.ingredients.push(ingredient);
    groups.set(classId, group);
  }
  return [...groups.values()];
}

/**
 * The group's one window, for its one date: the longest of its names (null, never, on the own list).
 * A name rinsed off sooner shows its own shorter time beside it.
 */
export function groupWindow(group: FlagGroup): number | null {
  const windows = group.ingredients.map((i) => i.okAfterHours);
  return windows.includes(null) ? null : Math.max(0, ...(windows as number[]));
}

/** The class of the ingredient's own effect with the longest window: the one its "OK from" comes from. */
function decidingClass<C extends KbClass>(ingredient: ScoredIngredient, depth: Analysis['depth'], classOf: (id: string) => C | undefined): C | undefined {
  return ingredient.classes
    .map(classOf)
    .filter((c): c is C => c !== undefined && c.effect === ingredient.effect)
    .reduce<C | undefined>((best, c) => (best && best.windowHours[depth] >= c.windowHours[depth] ? best : c), undefined);
}

/** Acids that only adjust the pH (late, alone, no claim): checked, deliberately not a warning. */
export function phAdjusters(analysis: Analysis): ScoredIngredient[] {
  return uniqueBy(allIngredients(analysis).filter((i) => i.notes.includes('ph-adjuster')));
}

export function beneficialIngredients(analysis: Analysis): ScoredIngredient[] {
  return uniqueBy(allIngredients(analysis).filter((i) => i.effect === 'beneficial'));
}

export function unknownIngredients(analysis: Analysis): ScoredIngredient[] {
  return uniqueBy(allIngredients(analysis).filter((i) => i.effect === 'unknown'));
}

/** The first source a person can open, or else the first one by title. */
export function firstSource(cls: KbClass): { title: string; url?: string } | undefined {
  return cls.sources.find((s) => s.url) ?? cls.sources[0];
}

/** The i18n key of an evidence grade in words. */
export function gradeKey(grade: EvidenceGrade): `grade.${EvidenceGrade}` {
  return `grade.${grade}`;
}

function allIngredients(analysis: Analysis): ScoredIngredient[] {
  return analysis.components.flatMap((c) => c.ingredients);
}
