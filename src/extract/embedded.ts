import { isObject } from './jsonld.ts';
import { pickLists } from './lists.ts';
import { htmlToText } from './text.ts';
import type { Finding } from './types.ts';

/** Keys under which shops' page state keeps the label text (Sephora `ingredientDesc`, YesStyle `majorIngredients`). */
const INGREDIENT_KEY = /^(ingredientDesc|ingredients?|ingredientList|ingredientsList|fullIngredients|majorIngredients|inci|inciList)$/i;
const MAX_DEPTH = 24;

/** Parses the JSON of a `<script>`; shops' state blocks that do not parse are skipped. */
export function scriptJson(script: Element | null): unknown {
  if (!script) return null;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch {
    return null;
  }
}

function collectStrings(value: unknown, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) value.forEach((item) => collectStrings(item, depth + 1, out));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && INGREDIENT_KEY.test(key)) out.push(child);
      else collectStrings(child, depth + 1, out);
    }
  }
}

/**
 * Embedded page state (`__NEXT_DATA__`, `type="application/json"` blocks): the first string under
 * an ingredient key that reads as a list. Page order puts the page's own product before
 * recommendations in the state blocks seen so far, hence "first".
 */
export function readEmbeddedJson(doc: Document): Finding {
  for (const script of doc.querySelectorAll('script[type="application/json"], script[type="text/json"]')) {
    const strings: string[] = [];
    collectStrings(scriptJson(script), 0, strings);
    for (const text of strings) {
      const pick = pickLists(htmlToText(doc, text));
      if (pick.components.length > 0) return pick;
    }
  }
  return { components: [], quality: 0 };
}
