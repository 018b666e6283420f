/** Recognising what is not an ingredient: headings, drug-facts blocks, marketing prose, disclaimers. */
import {
  DISCLAIMER,
  LIST_HEADING,
  LIST_WORDS,
  MARKETING_HEADING,
  MAY_CONTAIN_WORDS,
  NOTE_LABEL,
  PROSE_WORDS,
  SECTION_HEADING,
  WEAK_PROSE_WORDS,
} from './vocabulary.ts';

/** Replaces each "may contain" marker run (`May Contain/Peut Contenir (+/-):`, `[+/-`) in the cleaned text. */
export const MAY_CONTAIN_SENTINEL = '\u0001';

const MARKER = String.raw`(?:[[(]\s*)?${MAY_CONTAIN_WORDS}(?:\s*[)\]])?`;
const MARKER_RUN = /* @__PURE__ */ new RegExp(String.raw`${MARKER}(?:[\s:/]*${MARKER})*\s*:?`, 'gi');

export function markMayContain(text: string): string {
  return text.replace(MARKER_RUN, MAY_CONTAIN_SENTINEL);
}

export type LabelKind = 'list' | 'marketing' | 'inactive' | 'active' | 'skip' | 'prose' | 'other';

const INACTIVE_HEADING = /^(?:inactive|other)(?:\s+ingredients?)?$/i;
const ACTIVE_HEADING = /^(?:drug\s+facts\s+)?(?:active\s+ingredients?|actives?|medicinal\s+ingredients?)(?:\s*\([^)]*\))?$/i;

/**
 * Drug-facts headings printed after the previous block's last word, with no separator:
 * `Octocrylene 5% Inactive Ingredients:`, `Zinc Oxide 17.1% Purpose:`, `Citric Acid [14] Glossary:`.
 */
const TRAILING_HEADING =
  /\s((?:inactive|active|other)\s+ingredients?|purposes?|uses|warnings|directions|other\s+information|glossary|legend)$/i;

export function classifyLabel(label: string): LabelKind {
  if (INACTIVE_HEADING.test(label)) return 'inactive';
  if (ACTIVE_HEADING.test(label)) return 'active';
  if (MARKETING_HEADING.test(label)) return 'marketing';
  if (LIST_HEADING.test(label)) return 'list';
  if (SECTION_HEADING.test(label)) return 'skip';
  if (NOTE_LABEL.test(label) || label.split(' ').length > 8 || label.length > 80 || isProse(label)) return 'prose';
  return 'other';
}

/** `Cleanser Ingredients` → `Cleanser`: a component named by the heading of its list. */
export function componentOfHeading(label: string): string | null {
  const match = new RegExp(String.raw`^(.+?)\s+${LIST_WORDS}$`, 'i').exec(label);
  return match?.[1] && !TRAILING_HEADING.test(label) ? match[1] : null;
}

/** Splits `1% Colloidal Oatmeal Inactive Ingredients` into the item before it and the heading. */
export function splitTrailingHeading(label: string): { before: string; heading: string } | null {
  const match = TRAILING_HEADING.exec(label);
  return match?.[1] ? { before: label.slice(0, match.index), heading: match[1] } : null;
}

/** A heading printed without a colon at the start of a line: `INGREDIENTS WATER, …`, `Active ingredients Avobenzone 3%`. */
const LEADING_HEADING = /* @__PURE__ */ new RegExp(
  String.raw`^((?:(?:full|complete|inactive|active|other)\s+)?${LIST_WORDS})(?:\s*[-–—]\s*|\s+|$)`,
  'i',
);

export function splitLeadingHeading(text: string): { heading: string; rest: string } | null {
  const match = LEADING_HEADING.exec(text);
  return match?.[1] ? { heading: match[1], rest: text.slice(match[0].length) } : null;
}

/** Every function word: a sentence has two of them, a name none (`(and)` between names aside). */
const FUNCTION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([...PROSE_WORDS, ...WEAK_PROSE_WORDS]);

const BLEND_AND = /\((?:and|et)\)/g;
const WORD_BREAK = /(?:['’]s)?[^\p{L}'-]+/u;
/**
 * A stopword between two characters that are not a-z. Stopwords are ASCII lower case and every one
 * isProse counts stands so (its neighbours are not letters), so a text without one is no prose; most
 * names have none, and this is much cheaper than splitting them into words.
 */
const STOPWORD_AS_WORD = /* @__PURE__ */ new RegExp(String.raw`(?:^|[^a-z])(?:${[...FUNCTION_WORDS].join('|')})(?![a-z])`);

/** Marketing or explanatory sentence rather than a name: several function words. */
export function isProse(text: string): boolean {
  if (text.indexOf(' ', text.indexOf(' ') + 1) < 0) return false; // fewer than three words
  const lower = text.slice(0, 300).toLowerCase();
  if (!STOPWORD_AS_WORD.test(lower)) return false; // both tests below need a function word
  const words = lower.replace(BLEND_AND, ' ').split(WORD_BREAK).filter(Boolean);
  if (words.length < 3) return false;
  const functionWords = words.filter((word) => FUNCTION_WORDS.has(word)).length;
  return functionWords >= 2 || (functionWords >= 1 && words.length > 14);
}

export function isDisclaimer(text: string): boolean {
  return DISCLAIMER.test(text.slice(0, 300));
}
