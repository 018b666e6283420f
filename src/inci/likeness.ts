/**
 * How much a piece of text looks like an INCI ingredient list, 0..1.
 *
 * Used by the page reader to prefer the full list over "key ingredients" blurbs, reviews,
 * "how to use" and disclaimers. A cheap heuristic on purpose: it runs on every candidate block
 * of a shop page inside the content script, so no knowledge base and no parser here.
 */

/** Words that make a comma-separated piece read as prose rather than an ingredient name. */
const PROSE_WORDS = new Set(
  ('the a an i my me we our you your it its this that these those is are was were be been has have had ' +
    'will would can could should do does did not so very than then helps help helping skin feel feels ' +
    'use using used love loved product apply provides gives makes keeps leaves while who which what when')
    .split(' '),
);

/** Words that are weak prose signals: they do appear in a few INCI names. */
const WEAK_PROSE_WORDS = new Set('and with for to of in on by from at as or but if'.split(' '));

/** Name parts that real INCI lists are full of. */
const ANCHOR =
  /\b(aqua|water|eau|glycerin|extract|acid|oil|alcohol|glycol|sodium|potassium|butter|wax|oxide|ferment|filtrate|dimethicone|tocopherol|parfum|fragrance|peg-\d+|ci \d{5}|\w+(ate|ide|ine|ol|ene|one|ose|ium))\b/i;

/** A list separator, except the comma of a chemical locant ("1,2-Hexanediol"). */
function isSeparator(text: string, index: number): boolean {
  const ch = text[index];
  if (ch === ',') return !(/\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? ''));
  return ch === ';' || ch === '•' || ch === '·' || ch === '|';
}

/** Splits on list separators that are not inside parentheses or brackets. */
export function splitTopLevel(text: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && isSeparator(text, i)) {
      tokens.push(text.slice(start, i));
      start = i + 1;
    }
  }
  tokens.push(text.slice(start));
  return tokens.map((token) => token.trim()).filter((token) => token.length > 0);
}

function withoutParentheses(token: string): string {
  return token.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
}

/** True when one comma-separated piece reads like an ingredient name. */
export function looksLikeInciName(raw: string): boolean {
  const token = raw.replace(/^[-*†•\s]+/, '').replace(/[.*†]+$/, '').trim();
  if (token.length < 2 || token.length > 90) return false;
  if (/[:!?@$£€]|https?|www\./i.test(token)) return false;
  const words = withoutParentheses(token).toLowerCase().split(/[\s/]+/).filter(Boolean);
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

export function inciLikeness(text: string): number {
  const tokens = splitTopLevel(text);
  if (tokens.length === 0) return 0;
  const named = tokens.filter(looksLikeInciName);
  const anchored = named.filter((token) => ANCHOR.test(token)).length;
  const share = named.length / tokens.length;
  const anchorFactor = 0.6 + 0.4 * Math.min(1, (3 * anchored) / tokens.length);
  const countFactor = Math.min(1, tokens.length / 6);
  const proseFactor = 1 / (1 + sentenceBreaks(text));
  return share * anchorFactor * countFactor * proseFactor;
}
