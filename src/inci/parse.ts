/**
 * Label text → ingredients per component. Pure and total: any string gives a ParsedLabel.
 * The text is cleaned (text.ts), its "may contain" markers marked (labels.ts) and cut into pieces
 * (split.ts); then two passes: what each piece says — headings, names, bullets, items (classify.ts) —
 * and what that makes of the components (fold.ts).
 */
import { classifyPieces } from './classify.ts';
import { foldComponents, LIMITS, type ComponentDraft, type Draft } from './fold.ts';
import { markMayContain } from './labels.ts';
import { normalizeName } from './normalize.ts';
import { splitPieces } from './split.ts';
import { cleanLabelText } from './text.ts';
import type { Component, Ingredient, ParsedLabel } from './types.ts';

export { LIMITS } from './fold.ts';
export { splitTopLevel } from './split.ts';

/** The ingredients of a label, per component, in label order. Never throws. */
export function parseInci(text: string): ParsedLabel {
  const capped = text.length > LIMITS.characters;
  const cleaned = markMayContain(cleanLabelText(capped ? text.slice(0, LIMITS.characters) : text));
  const pieces = splitPieces(cleaned);
  const folded = foldComponents(pieces, classifyPieces(pieces, cleaned.includes('\n')));
  let truncated = capped || folded.truncated;
  const components = folded.components.map((draft, index) => {
    const { component, cut } = finish(draft, index);
    truncated ||= cut;
    return component;
  });
  return { components, truncated };
}

/** Merges actives declared apart into the list (by normalised name); the others lead the list. */
function finish(draft: ComponentDraft, component: number): { component: Component; cut: boolean } {
  const byName = new Map<string, Draft>();
  for (const item of draft.actives.length > 0 ? draft.items : []) {
    for (const name of [item.name, ...item.synonyms]) if (!byName.has(normalizeName(name))) byName.set(normalizeName(name), item);
  }
  const leading: Draft[] = [];
  for (const active of draft.actives) {
    const key = normalizeName(active.name);
    const listed = byName.get(key);
    if (listed) {
      listed.declaredActive = true;
      listed.percent ??= active.percent;
    } else {
      byName.set(key, active);
      leading.push(active);
    }
  }
  const all = [...leading, ...draft.items];
  const ingredients: Ingredient[] = all.slice(0, LIMITS.ingredientsPerComponent).map((item, position) => ({
    text: item.text,
    name: item.name,
    synonyms: item.synonyms,
    position,
    percent: item.percent,
    mayContain: item.mayContain,
    component,
    declaredActive: item.declaredActive,
  }));
  return { component: { name: draft.name, ingredients }, cut: all.length > ingredients.length };
}
