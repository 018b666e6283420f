/** Recognising what is not an ingredient: headings, drug-facts blocks, marketing prose, disclaimers. */

/** Replaces each "may contain" marker run (`May Contain/Peut Contenir (+/-):`, `[+/-`) in the cleaned text. */
export const MAY_CONTAIN_SENTINEL = '\u0001';

const MAY_CONTAIN_WORDS = String.raw`(?:\+\s*\/\s*[-−–]|\+\s*\/(?=\s*[)\]])|±|\bmay\s*contain\b|\bpeut\s+contenir\b|\bpuede\s+contener\b|\bkann\s+enthalten\b|\bpuò\s+contenere\b|\bpode\s+conter\b|\bbevat\s+mogelijk\b|\bkan\s+innehålla\b|\bmoże\s+zawierać\b)`;
const MARKER = String.raw`(?:[[(]\s*)?${MAY_CONTAIN_WORDS}(?:\s*[)\]])?`;
const MARKER_RUN = new RegExp(String.raw`${MARKER}(?:[\s:/]*${MARKER})*\s*:?`, 'gi');

export function markMayContain(text: string): string {
  return text.replace(MARKER_RUN, MAY_CONTAIN_SENTINEL);
}

export type LabelKind = 'list' | 'marketing' | 'inactive' | 'active' | 'skip' | 'prose' | 'other';

const LIST_WORDS = String.raw`(?:ingredients?(?:\s+list)?|ingredient\s+list|inci(?:\s+list)?|composition|inhaltsstoffe|ingr[ée]dients|ingredientes|ingredienti|sk[łl]adniki|ingredi[ëe]nten|ingredienser)`;
const LIST_HEADING = new RegExp(String.raw`^(?:(?:full|complete|all|main|major)\s+)?${LIST_WORDS}$`, 'i');
const MARKETING_HEADING = /^(?:key|highlighted|hero|star|featured|clean|notable|powerful)\s+ingredients?$/i;
const INACTIVE_HEADING = /^(?:inactive|other)(?:\s+ingredients?)?$/i;
const ACTIVE_HEADING = /^(?:drug\s+facts\s+)?(?:active\s+ingredients?|actives?|medicinal\s+ingredients?)(?:\s*\([^)]*\))?$/i;
const SKIP_HEADING =
  /^(?:glossary|legend|footnotes?|drug\s+facts|purposes?|uses?|warnings?|directions(?:\s+for\s+use)?|how\s+to\s+use|other\s+information|questions(?:\s+or\s+comments)?\??|do\s+not\s+use|stop\s+use(?:\s+and\s+ask\s+a\s+doctor(?:\s+if)?)?|when\s+using\s+this\s+product|ask\s+a\s+doctor(?:\s+before\s+use)?|keep\s+out\s+of\s+reach\s+of\s+children)$/i;
const PROSE_LABEL = /^(?:disclaimer|note|please\s+note|important|caution|sunburn\s+alert|storage)$/i;

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
  if (SKIP_HEADING.test(label)) return 'skip';
  if (PROSE_LABEL.test(label) || label.split(' ').length > 8 || label.length > 80 || isProse(label)) return 'prose';
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
const LEADING_HEADING = new RegExp(
  String.raw`^((?:(?:full|complete|inactive|active|other)\s+)?${LIST_WORDS})(?:\s*[-–—]\s*|\s+|$)`,
  'i',
);

export function splitLeadingHeading(text: string): { heading: string; rest: string } | null {
  const match = LEADING_HEADING.exec(text);
  return match?.[1] ? { heading: match[1], rest: text.slice(match[0].length) } : null;
}

const STOPWORDS = new Set(
  (
    'a an the to of for and or is are be been that this these with your you our we it its may can will please ' +
    'from by on in as at which have has before after using use used product products helps help skin while ' +
    'more most not no all any only if when than so up into out also such like very each their them they ' +
    // marketing verbs and nouns no INCI name uses
    'provide provides improve improves reduce reduces boost boosts deliver delivers support supports protect ' +
    'protects soothe soothes visibly look appearance lines wrinkles immediate long-lasting ' +
    // French and German function words (legends such as "du total des ingrédients")
    'de du des la le les et est sont en pour par au aux issus der die das und ist von mit'
  ).split(' '),
);

const BLEND_AND = /\((?:and|et)\)/g;
const WORD_BREAK = /(?:['’]s)?[^\p{L}'-]+/u;
/**
 * A stopword between two characters that are not a-z. Stopwords are ASCII lower case and every one
 * isProse counts stands so (its neighbours are not letters), so a text without one is no prose; most
 * names have none, and this is much cheaper than splitting them into words.
 */
const STOPWORD_AS_WORD = new RegExp(String.raw`(?:^|[^a-z])(?:${[...STOPWORDS].join('|')})(?![a-z])`);

/** Marketing or explanatory sentence rather than a name: several function words. */
export function isProse(text: string): boolean {
  if (text.indexOf(' ', text.indexOf(' ') + 1) < 0) return false; // fewer than three words
  const lower = text.slice(0, 300).toLowerCase();
  if (!STOPWORD_AS_WORD.test(lower)) return false; // both tests below need a function word
  const words = lower.replace(BLEND_AND, ' ').split(WORD_BREAK).filter(Boolean);
  if (words.length < 3) return false;
  const functionWords = words.filter((word) => STOPWORDS.has(word)).length;
  return functionWords >= 2 || (functionWords >= 1 && words.length > 14);
}

const DISCLAIMER =
  /subject to change|refer to|please|disclaimer|packaging|up[- ]to[- ]date|may (?:change|vary|differ)|clean at sephora|formulated without|free (?:of|from)\b|https?:|www\.|\.com\b|ecocert|cosmos|natural origin|of total|organic farming|certified|derived from|naturally derived|\biso\b|updated periodically|ingredient list/i;

export function isDisclaimer(text: string): boolean {
  return DISCLAIMER.test(text.slice(0, 300));
}
