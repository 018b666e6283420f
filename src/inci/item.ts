/** One list item (`Aqua (Water)`, `Zinc Oxide 17.1%`, `A (and) B`) → the ingredient names it holds. */
import { matchBrackets, splitTopLevel } from './split.ts';
import { FOOTNOTE_MARK_CHARS, FOOTNOTE_MARKS, GLUED_FOOTNOTE_NUMBER, LEGEND, LEGEND_MARK_CHARS } from './vocabulary.ts';

export interface NameDraft {
  /** As printed, footnote marks and list punctuation removed. */
  text: string;
  name: string;
  synonyms: string[];
  percent: number | null;
}

const MAX_NAME_LENGTH = 200;
/** Longer items are not names; reading them further would only cost time. */
const MAX_ITEM_SOURCE = 2000;
const MAX_SYNONYMS = 20;

/** Numbered footnote marks after a name: `Glycerin[1]`, `Aqua [5]`, `Urea (2)`. */
const NUMBERED_FOOTNOTE = /\s?[[(]\d{1,2}(?:\s?,\s?\d{1,2})*[\])](?=\s|$)/g;
/** A mark with its legend after the last name: `Phenoxyethanol * essential oil`, `Sorbate *Plant origin`, `Caprylate.*Organic`. */
const TRAILING_LEGEND = new RegExp(`(?:\\s|\\.)[${LEGEND_MARK_CHARS}]+\\s*\\p{L}.*$`, 'su');
/** A footnote number with its legend after the last name: `Cumarin 1erhalten aus natürlichen ätherischen Ölen`. */
const NUMBERED_LEGEND = /\s\d{1,2}\s?(?=\p{L})(.*)$/su;
/** Lower-case letters right before a digit: the necessary condition for a footnote number glued to a name. */
const GLUED_DIGIT = /\p{Ll}{3}\d/u;
/** The cheap tests before the costly ones: a glued number and a numbered legend need a digit, a marked legend its mark. */
const DIGIT = /\d/;
const LEGEND_MARK = new RegExp(`[${LEGEND_MARK_CHARS}]`);
/** Every character the footnote and bracket clean-up looks for; most items have none and skip it. */
const MARK_OR_BRACKET = new RegExp(`[${FOOTNOTE_MARK_CHARS}+()[\\]{}]`);
/** What makes an item more than a plain name: marks, brackets, a percentage, alternatives. */
const NOT_PLAIN = new RegExp(`[${FOOTNOTE_MARK_CHARS}+()[\\]{}%/\\\\]`);
/** A drug-facts purpose printed after an active's percentage: `Avobenzone 3% Sunscreen`. */
export const DRUG_PURPOSE = String.raw`(?:sunscreens?|skin\s+protectants?|acne\s+(?:treatment|medication)|anti-?perspirants?|antiseptics?|astringents?|analgesics?|anti-?dandruff|exfoliants?|lip\s+protectants?|purpose)`;

const PERCENT = String.raw`[<≤~≈]?\s*(\d{1,3}(?:[.,]\d+)?)\s*%`;
const TRAILING_PERCENT = new RegExp(String.raw`\s*(?:[-–:]\s*)?[([]?\s*${PERCENT}\s*\+?\s*[)\]]?(?:\s+${DRUG_PURPOSE})?$`, 'i');
const LEADING_PERCENT = new RegExp(String.raw`^${PERCENT}\s*\+?\s*`);
/** A percentage between a name and its bracket: `Salicylic Acid 1% (BHA)`, `AHAs 5% (Glycolic and Lactic Acids)`. */
const PERCENT_BEFORE_GROUP = new RegExp(String.raw`\s+${PERCENT}\s*(?=[([][^()[\]]*[)\]]$)`);

/** Names printed as alternatives of each other on EU/US/French labels (accent-folded, lower case). */
const ALIASES = new Set([
  'water',
  'aqua',
  'eau',
  'agua',
  'acqua',
  'wasser',
  'purified water',
  'aqua purificata',
  'parfum',
  'fragrance',
  'perfume',
  'aroma',
  'flavor',
  'flavour',
  'parfum fragrance',
  'beeswax',
  'cera alba',
  'cera flava',
  "cire d'abeille",
  'mineral oil',
  'paraffinum liquidum',
  'huile minerale',
  'sea salt',
  'maris sal',
  'sel marin',
  'vegetable oil',
  'olus oil',
  'huile vegetale',
]);
/** French and Latin words that open an alternative name: `…/Cire De Candelilla`, `…/Huile Végétale`. */
const ALIAS_OPENER = /^(?:cire|huile|eau|extrait|beurre|cera|sel|parfum|aqua|aroma)\b/;
/** The last word of a complete botanical or material name; `Fruit/Leaf Extract` has none before its slash. */
const COMPLETE_NAME_END = /\s(?:extract|oil|butter|water|wax|filtrate|juice|powder|unsaponifiables|lysate|cera|hydrosol|distillate|resin|gum)$/;
const CI_NUMBER = /^ci\s?\d{5}$/i;
const BARE_COLOUR_NUMBER = /^\d{5}$/;
/** Parenthesised words that qualify a name rather than rename it. */
const QUALIFIER =
  /^(?:nano|non[- ]?nano|organic|certified organic|bio|natural|vegan|nature identical|fair ?trade|wildcrafted|cold[- ]pressed|extra virgin|carrier|solvent|and|or)$/i;
const BLEND_JOINER = /\s*\((?:and|et|und|y|e)\)\s*/i;
// Hot-path patterns live here, not as literals in functions: each evaluation of a literal builds a RegExp.
const COMBINING_MARK = /[\u0300-\u036f]/g;
const CURLY_QUOTE = /[’‘`]/g;
const ODD_SPACE = /\s\s|[^\S ]/;
const SPACE_RUN = /\s+/g;
const ANY_BRACKET = /[()[\]{}]/;
const EVERY_BRACKET = /[()[\]{}]/g;
// eslint-disable-next-line no-control-regex -- the range is all of ASCII, not a search for control characters
const NON_ASCII = /[^\x00-\x7f]/;
const THREE_LETTERS = /\p{L}{3}/u;
const CI_INSIDE = /\bci\s?\d{5}\b/i;
const CI_PREFIX = /^(ci\s?)\d{5}$/i;
/** A multiplying prefix just before a bracket group: `Tris(`, `Poly (`. */
const MULTIPLYING_PREFIX = /(?:poly|\b(?:tris|bis))\s?$/i;
const ENDS_NON_SPACE = /\S$/;
const ENDS_HYPHEN_OR_DIGIT = /[-\d]$/;
const STARTS_CARBON_COUNT = /^[CN]?\d/;
const FROM_FIRST_BRACKET = /[([{].*$/s;

function fold(text: string): string {
  // ASCII has nothing to decompose and no accents: the costly steps are for other text only.
  const bare = NON_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARK, '') : text;
  return bare.replace(CURLY_QUOTE, "'").toLowerCase().trim();
}

/** The UTF-16 code units of `chars`: what `charCodeAt` looks up, without building one-letter strings. */
function charCodes(chars: string): Set<number> {
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  return codes;
}

/** List punctuation trimmed from either end. */
const EDGE_PUNCTUATION = charCodes(' -–—:,.;&+…');
const JOINING_WORD = /^(?:and|or) /i;
/** First letters of the joining words: only these are worth a look with JOINING_WORD. */
const JOINING_INITIALS = charCodes('aAoO');

/** Collapses spaces and trims list punctuation and joining words left at either end. */
export function tidy(text: string): string {
  const spaced = ODD_SPACE.test(text) ? text.replace(SPACE_RUN, ' ') : text;
  let start = 0;
  let end = spaced.length;
  for (;;) {
    while (start < end && EDGE_PUNCTUATION.has(spaced.charCodeAt(start))) start++;
    if (!JOINING_INITIALS.has(spaced.charCodeAt(start))) break;
    const joining = JOINING_WORD.exec(spaced.slice(start, start + 4));
    if (!joining) break;
    start += joining[0].length;
  }
  while (end > start && EDGE_PUNCTUATION.has(spaced.charCodeAt(end - 1))) end--;
  return spaced.slice(start, end);
}

/** Removes brackets that have no partner (`Diodiu)`, `cire d'abeille)`). */
function dropStrayBrackets(text: string): string {
  if (!ANY_BRACKET.test(text)) return text;
  const paired = new Set<number>();
  for (const [open, close] of matchBrackets(text)) paired.add(open).add(close);
  return text.replace(EVERY_BRACKET, (bracket: string, at: number) => (paired.has(at) ? bracket : ''));
}

function toPercent(digits: string | undefined): number | null {
  const value = Number((digits ?? '').replace(',', '.'));
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : null;
}

/** `Zinc Oxide 17.1%`, `Retinol (0.3%)`, `colloidal oatmeal - 0.5%`, `0.5% Retinol` → name and number. */
function takePercent(text: string): { rest: string; percent: number | null } {
  if (!text.includes('%')) return { rest: text, percent: null };
  const trailing = TRAILING_PERCENT.exec(text);
  if (trailing && trailing.index > 0) {
    return { rest: text.slice(0, trailing.index), percent: toPercent(trailing[1]) };
  }
  const leading = LEADING_PERCENT.exec(text);
  if (leading && leading[0].length < text.length) {
    return { rest: text.slice(leading[0].length), percent: toPercent(leading[1]) };
  }
  const beforeGroup = PERCENT_BEFORE_GROUP.exec(text);
  if (beforeGroup && beforeGroup.index > 0) {
    return { rest: `${text.slice(0, beforeGroup.index)} ${text.slice(beforeGroup.index + beforeGroup[0].length)}`, percent: toPercent(beforeGroup[1]) };
  }
  return { rest: text, percent: null };
}

function isColourIndex(name: string): boolean {
  return CI_NUMBER.test(name) || BARE_COLOUR_NUMBER.test(name);
}

/** A synonym worth keeping: has a word of three letters, or is a colour index. */
function isNameLike(text: string): boolean {
  return THREE_LETTERS.test(text) || CI_INSIDE.test(text);
}

interface Group {
  start: number;
  end: number;
  content: string;
}

/** Top-level bracket groups, except those glued into a chemical name: `Poly(C6-14 Olefin)`. */
function bracketGroups(text: string): Group[] {
  const closeAt = matchBrackets(text);
  const groups: Group[] = [];
  if (closeAt.size === 0) return groups;
  for (let i = 0; i < text.length; i++) {
    const close = closeAt.get(i);
    if (close === undefined) continue;
    const content = text.slice(i + 1, close).trim();
    const before = text.slice(Math.max(0, i - 4), i);
    // `Tris(Tetramethylhydroxypiperidinol) Citrate`, `Hydrogenated Poly (C6-14 Olefin)`: a group after
    // a multiplying prefix is part of the name, spaced or not.
    const afterPrefix = MULTIPLYING_PREFIX.test(text.slice(Math.max(0, i - 6), i));
    // `L(+)-Lactic Acid`, `(3Z)-3-Hexenol`: a group followed by a hyphen is a locant or rotation of the name.
    const beforeHyphen = text[close + 1] === '-';
    const gluedToChemical = afterPrefix || beforeHyphen || (ENDS_NON_SPACE.test(before) && (ENDS_HYPHEN_OR_DIGIT.test(before) || STARTS_CARBON_COUNT.test(content)));
    if (!gluedToChemical) groups.push({ start: i, end: close + 1, content });
    i = close;
  }
  return groups;
}

function withoutGroups(text: string, groups: Group[]): string {
  let out = '';
  let from = 0;
  for (const group of groups) {
    out += `${text.slice(from, group.start)} `;
    from = group.end;
  }
  return tidy(out + text.slice(from));
}

/** Slash parts are alternative names only on the known patterns; otherwise the slash is chemistry. */
function areAlternatives(text: string, parts: string[]): boolean {
  if (/\s\/\s/.test(text) && !/\S\/\S/.test(text)) return true;
  const bare = parts.map((part) => fold(withoutGroups(part, bracketGroups(part))));
  if (bare.some((part) => isColourIndex(part) || ALIASES.has(part) || ALIAS_OPENER.test(part))) return true;
  // Two complete names (EU and US, or printed twice): `Prunus Amygdalus Dulcis Seed Extract/Sweet Almond Seed Extract`.
  return bare.every((part) => part.includes(' ') && COMPLETE_NAME_END.test(part));
}

/** `Water\Aqua\Eau`, `Aqua / Water`, `Mica/CI 77019` → parts; `Caprylic/Capric Triglyceride` stays whole. */
function splitAlternatives(text: string): string[] {
  if (!text.includes('\\') && !text.includes('/')) return [tidy(text)];
  const backslashed = splitTopLevel(text, '\\').map(tidy).filter(Boolean);
  if (backslashed.length > 1) return backslashed;
  const slashed = splitTopLevel(text, '/').map(tidy).filter(Boolean);
  return slashed.length > 1 && areAlternatives(text, slashed) ? slashed : [tidy(text)];
}

/** Three or more names in one bracket, not a row of colour indexes (`CI 77491, 77492, 77499`): a blend's members. */
function isSubList(parts: string[]): boolean {
  return parts.length >= 3 && !parts.every(isColourIndex);
}

/** The item as printed without its members' bracket: `Botanical Blend [Aqua, …]` prints as `Botanical Blend`. */
function withoutMembers(printed: string): string {
  const memberGroups = bracketGroups(printed).filter((group) => isSubList(splitTopLevel(group.content, ',').map(tidy).filter(Boolean)));
  return memberGroups.length > 0 ? withoutGroups(printed, memberGroups) : printed;
}

interface Named {
  name: string;
  synonyms: string[];
  /** Members of a bracketed sub-list: `Blend [A, B, C]`. */
  members: string[];
}

/** One alternative: parenthesised synonyms and common names taken out of the name. */
function readParentheses(text: string): Named {
  const groups = bracketGroups(text);
  const name = withoutGroups(text, groups);
  const synonyms: string[] = [];
  const members: string[] = [];
  for (const group of groups) {
    const content = tidy(group.content);
    if (content === '' || QUALIFIER.test(content) || !isNameLike(content)) continue;
    const parts = splitTopLevel(content, ',').map(tidy).filter(Boolean);
    if (isSubList(parts)) {
      members.push(...parts);
      continue;
    }
    const tail = tidy(text.slice(group.end).replace(FROM_FIRST_BRACKET, ''));
    if (tail !== '') {
      // A common name inside an INCI name: keep the printed form and the common-name form.
      synonyms.push(tidy(text));
      if (parts.length === 1 && splitAlternatives(content).length === 1) synonyms.push(`${content} ${tail}`);
    } else {
      for (const part of parts) synonyms.push(...splitAlternatives(part).map((alt) => withoutGroups(alt, bracketGroups(alt))));
    }
  }
  return { name, synonyms, members };
}

/** `CI 77491/77492/77499` → `CI 77491`, `CI 77492`, `CI 77499`. */
function expandColourNumbers(names: string[]): string[] {
  const prefix = CI_PREFIX.exec(names[0] ?? '')?.[1];
  return prefix ? names.map((name) => (BARE_COLOUR_NUMBER.test(name) ? prefix + name : name)) : names;
}

function unique(names: string[], except: string): string[] {
  if (names.length === 0) return names;
  const seen = new Set([fold(except)]);
  const out: string[] = [];
  for (const name of names) {
    const key = fold(name);
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

interface ItemReading {
  drafts: NameDraft[];
  /** A name or the item itself was cut at its cap. */
  truncated: boolean;
}

function clip(text: string): string {
  return text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH).trimEnd() : text;
}

function pushDraft(reading: ItemReading, printed: string, name: string, synonyms: string[], percent: number | null): void {
  if (name.length > MAX_NAME_LENGTH || printed.length > MAX_NAME_LENGTH) reading.truncated = true;
  reading.drafts.push({
    text: clip(printed),
    name: clip(name),
    synonyms: synonyms.slice(0, MAX_SYNONYMS).map(clip),
    percent,
  });
}

/** One ingredient: `source` is the printed text without its percentage. */
function readOne(source: string, printed: string, percent: number | null, reading: ItemReading, depth: number): void {
  const alternatives = splitAlternatives(source).map(readParentheses);
  const first = alternatives[0];
  if (!first) return;
  const names = expandColourNumbers(alternatives.map((alt) => alt.name));
  const name = names[0] || first.synonyms[0] || '';
  if (!isNameLike(name)) return;
  // The first alternative's synonyms, then each other alternative's name and synonyms.
  const candidates = [...first.synonyms];
  for (let i = 1; i < alternatives.length; i++) candidates.push(names[i] ?? '', ...(alternatives[i]?.synonyms ?? []));
  const synonyms = unique(candidates, name);
  const hasMembers = alternatives.some((alt) => alt.members.length > 0);
  pushDraft(reading, hasMembers ? withoutMembers(printed) : printed, name, synonyms, percent);
  if (depth > 0) return; // a sub-list inside a sub-list is read as names only
  for (const alt of alternatives) for (const member of alt.members) readItemInto(member, reading, depth + 1);
}

/** A legend printed after the last name, behind its mark or its number, cut off. */
export function withoutLegend(text: string): string {
  const marked = LEGEND_MARK.test(text) ? text.replace(TRAILING_LEGEND, '') : text;
  const numbered = DIGIT.test(marked) ? NUMBERED_LEGEND.exec(marked) : null;
  return numbered && LEGEND.test(numbered[1] ?? '') ? marked.slice(0, numbered.index) : marked;
}

/** Footnote marks and numbers, legends and unpaired brackets taken out of an item. */
function withoutMarks(source: string): string {
  const marked = withoutLegend(source.replace(GLUED_FOOTNOTE_NUMBER, '')).replace(NUMBERED_FOOTNOTE, '');
  return dropStrayBrackets(marked.replace(FOOTNOTE_MARKS, ''));
}

function readItemInto(raw: string, reading: ItemReading, depth: number): void {
  if (raw.length > MAX_ITEM_SOURCE) reading.truncated = true;
  const source = raw.slice(0, MAX_ITEM_SOURCE);
  const glued = DIGIT.test(source) && GLUED_DIGIT.test(source);
  if (!glued && !NOT_PLAIN.test(source)) {
    // Most items are a plain name, which none of the steps below would change.
    const name = tidy(source);
    if (isNameLike(name)) pushDraft(reading, name, name, [], null);
    return;
  }
  const printed = tidy(glued || MARK_OR_BRACKET.test(source) ? withoutMarks(source) : source);
  const { rest, percent } = takePercent(printed);
  // Not a blend: `rest` as is (readOne tidies it, and finds no name when nothing is left).
  const blend = BLEND_JOINER.test(rest) ? rest.split(BLEND_JOINER).map(tidy).filter(Boolean) : [rest];
  if (blend.length === 1) readOne(rest, printed, percent, reading, depth);
  // A blend's percentage cannot be shared out among its members.
  else for (const member of blend) readOne(member, member, null, reading, depth);
}

/** The ingredient names in one list item. Total: returns no drafts for text that names nothing. */
export function readItem(raw: string): ItemReading {
  const reading: ItemReading = { drafts: [], truncated: false };
  readItemInto(raw, reading, 0);
  return reading;
}
