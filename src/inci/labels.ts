/** Recognising what is not an ingredient: headings, drug-facts blocks and may-contain markers (prose: vocabulary.ts). */
import { isProse, LIST_HEADING, LIST_WORDS, MARKETING_HEADING, MAY_CONTAIN_SENTINEL, MAY_CONTAIN_WORDS, NOTE_LABEL, SECTION_HEADING } from './vocabulary.ts';

export { isDisclaimer, isProse, MAY_CONTAIN_SENTINEL } from './vocabulary.ts';

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
const TRAILING_HEADING = /\s((?:inactive|active|other)\s+ingredients?|purposes?|uses|warnings|directions|other\s+information|glossary|legend)$/i;

export function classifyLabel(label: string): LabelKind {
  if (INACTIVE_HEADING.test(label)) return 'inactive';
  if (ACTIVE_HEADING.test(label)) return 'active';
  if (MARKETING_HEADING.test(label)) return 'marketing';
  if (LIST_HEADING.test(label)) return 'list';
  if (SECTION_HEADING.test(label)) return 'skip';
  if (NOTE_LABEL.test(label) || label.split(' ').length > 8 || label.length > 80 || isProse(label)) return 'prose';
  return 'other';
}

const NAMED_LIST_HEADING = /* @__PURE__ */ new RegExp(String.raw`^(.+?)\s+${LIST_WORDS}$`, 'i');

/** `Cleanser Ingredients` → `Cleanser`: a component named by the heading of its list. */
export function componentOfHeading(label: string): string | null {
  const match = NAMED_LIST_HEADING.exec(label);
  return match?.[1] && !TRAILING_HEADING.test(label) ? match[1] : null;
}

/** Splits `1% Colloidal Oatmeal Inactive Ingredients` into the item before it and the heading. */
export function splitTrailingHeading(label: string): { before: string; heading: string } | null {
  const match = TRAILING_HEADING.exec(label);
  return match?.[1] ? { before: label.slice(0, match.index), heading: match[1] } : null;
}

/** A heading printed without a colon at the start of a line: `INGREDIENTS WATER, …`, `Active ingredients Avobenzone 3%`. */
const LEADING_HEADING = /* @__PURE__ */ new RegExp(String.raw`^((?:(?:full|complete|inactive|active|other)\s+)?${LIST_WORDS})(?:\s*[-–—]\s*|\s+|$)`, 'i');

export function splitLeadingHeading(text: string): { heading: string; rest: string } | null {
  const match = LEADING_HEADING.exec(text);
  return match?.[1] ? { heading: match[1], rest: text.slice(match[0].length) } : null;
}
