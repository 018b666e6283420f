/**
 * How much a piece of text looks like an INCI ingredient list, 0..1.
 *
 * Used by the page reader to prefer the full list over "key ingredients" blurbs, reviews,
 * "how to use" and disclaimers. A cheap heuristic on purpose: it runs on every candidate block
 * of a shop page inside the content script, so no knowledge base and no parser here.
 */
import { splitList } from './split.ts';
import { LEGEND_MARK_CHARS, LIST_ANCHOR, PROSE_WORDS, WEAK_PROSE_WORDS } from './vocabulary.ts';

function withoutParentheses(token: string): string {
  return token.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
}

/** A bullet or footnote mark before a name, a full stop or mark after it. */
const LEADING_MARKS = /* @__PURE__ */ new RegExp(`^[-•\\s${LEGEND_MARK_CHARS}]+`);
const TRAILING_MARKS = /* @__PURE__ */ new RegExp(`[.${LEGEND_MARK_CHARS}]+$`);

/** True when one list item reads like an ingredient name: no prose words, no links, not too long. */
export function looksLikeInciName(raw: string): boolean {
  const token = raw.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').trim();
  if (token.length < 2 || token.length > 90) return false;
  if (/[:!?@$£€]|https?|www\./i.test(token)) return false;
  const words = withoutParentheses(token)
    .toLowerCase()
    .split(/[\s/]+/)
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.length > 7) return false;
  let prose = 0;
  for (const word of words) {
    if (PROSE_WORDS.has(word)) prose += 1;
    else if (WEAK_PROSE_WORDS.has(word)) prose += 0.5;
  }
  return prose < 1;
}

/** Sentence breaks inside the text ("… texture. Apply …"), which lists do not have. */
function sentenceBreaks(text: string): number {
  return (text.match(/[a-z]{3,}[.!?] +[A-Z][a-z]/g) ?? []).length;
}

/**
 * Share of name-like items, raised by items full of INCI name parts, lowered by sentence breaks;
 * `minItems` items or more count fully (fewer are a blurb's picks unless a label says otherwise).
 */
export function inciLikeness(text: string, minItems = 6): number {
  const tokens = splitList(text);
  if (tokens.length === 0) return 0;
  const named = tokens.filter(looksLikeInciName);
  const anchored = named.filter((token) => LIST_ANCHOR.test(token)).length;
  const share = named.length / tokens.length;
  const anchorFactor = 0.6 + 0.4 * Math.min(1, (3 * anchored) / tokens.length);
  const countFactor = Math.min(1, tokens.length / minItems);
  const proseFactor = 1 / (1 + sentenceBreaks(text));
  return share * anchorFactor * countFactor * proseFactor;
}
