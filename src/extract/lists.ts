import { inciLikeness, looksLikeInciName } from '../inci/likeness.ts';
import { splitList } from '../inci/split.ts';
import {
  ABBREVIATIONS,
  DRUG_FACTS_LINE,
  isDisclaimer,
  isProse,
  FREE_FROM_LABEL,
  LIST_HEADING,
  LIST_LABEL,
  LIST_LABEL_PREFIX,
  LIST_STUB,
  MAY_CONTAIN_LINE,
  NOTE_LABEL,
  PICK_LABEL,
  PROSE_WORDS,
  SECTION_HEADING,
  STARTS_WITH_FOOTNOTE,
  WEAK_PROSE_WORDS,
} from '../inci/vocabulary.ts';
import { HEADER_MARK } from './text.ts';

/**
 * The lists in a text of lines (a panel's text, a description): which lines are list text, which
 * name a component, which are marketing, notes or legends, and how broken lines join up. Pure: the
 * text comes from text.ts, the choice between lists is candidates.ts's.
 */

/** One list of a text, with what the reader needs to judge it. */
export interface TextList {
  /** The header above it ("Toner", "Step 01"), or null. */
  name: string | null;
  /** The list as the parser will read it: declared-active lines first, then the joined list. */
  text: string;
  /** The list's own items, for scoring (actives and may-contain blocks aside). */
  items: string[];
  /** An "Ingredients" label opened it. */
  labelled: boolean;
  /** It looks cut: it ends in "…", a comma, "etc.". */
  cut: boolean;
}

/** The lists of one text, and the headers of a set that have no list below them. */
export interface TextLists {
  lists: TextList[];
  /** Two or more headers: the named lists are the parts of a set. */
  kit: boolean;
  /** Headers of the set whose list could not be read. */
  unread: number;
}

type Line =
  | { kind: 'blank' | 'label' | 'pick' | 'free' | 'marketing' | 'legend' | 'note' }
  | { kind: 'header'; name: string }
  | { kind: 'active' | 'may-contain'; text: string }
  | { kind: 'list'; text: string; name: string | null; labelled: boolean; bulleted?: boolean };

const BULLET = /^[-–—•▪●]\s*/;
/** "Name: rest" with no comma before the colon: a header, a named list, or a benefit. */
const NAMED = /^([^:：,]{1,80})[:：]\s*(.*)$/s;
/** "[Refill] Aqua, …" (Korean shops). */
const BRACKET_NAMED = /^\[([^\]]{1,40})\]\s*(.+)$/s;
const PERCENT = /\d\s*%/;
/** Before a full stop that ends no sentence: an abbreviation, `Alcohol Denat.` at a line's end, an initial. */
const NOT_AFTER_ABBREVIATION = `(?<!\\b(?:${ABBREVIATIONS}|denat|\\p{L}))`;
/** A full stop that ends a list or a sentence. */
const SENTENCE_END = new RegExp(`${NOT_AFTER_ABBREVIATION}[.!?]$`, 'iu');
/** A sentence after the list on the same line: "… Benzyl Salicylate. Fresh product listings are …". */
const SENTENCE_BREAK = new RegExp(`${NOT_AFTER_ABBREVIATION}\\.\\s+(?=[A-Z])`, 'gu');
/** The end of a list that is visibly cut. */
const CUT_END = /(?:…|\.\.\.|,|\betc\.?|\band more)\s*$/i;
/** A list this long is the full list even under a "Key ingredients" label. */
const FULL_LIST_ITEMS = 8;
/** Headers, kit parts and labels are short: a longer line is text. */
const MAX_HEADER_WORDS = 8;
/** Labels that head notes, directions and warnings, never a product of a set. */
function notAPart(label: string): boolean {
  return SECTION_HEADING.test(label) || NOTE_LABEL.test(label);
}

/** A product's name in a set: a few words, letters in them, no sentence, no price. */
function isName(text: string): boolean {
  return text.split(/\s+/).length <= MAX_HEADER_WORDS && /\p{L}{3}/u.test(text) && !/[$£€¥]/.test(text) && !isProse(text) && !/[.!?]$/.test(text);
}

/** A header's name without its colon and label words: "Rapid Relief Treatment Ingredients: Active:" → "Rapid Relief Treatment". */
function headerName(text: string): string {
  return text
    .replace(/\s*\b(?:(?:in)?active\s+)?(?:ingredients?|actives?|inactive)\s*[:：]/gi, '')
    .replace(/[\s:：]+$/, '')
    .trim();
}

/** A line of names whose first item is a name too (not "a unique blend of eight ingredients, …"). */
function readsAsList(text: string, minItems: number): boolean {
  const items = splitList(text);
  return items.length > 0 && !isProse(items[0] ?? '') && inciLikeness(text, minItems) >= LIST_THRESHOLD;
}

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
const WORD_BREAK = /[^\p{L}'-]+/u;
const BLEND_AND = /\((?:and|et)\)/i;

/** A line that can only be part of a list: names without a function word ("Add to bag" is none). */
function isFragment(text: string): boolean {
  const items = splitList(text);
  const words = text.replace(BRACKETED, ' ').toLowerCase().split(WORD_BREAK);
  return (
    items.length > 0 &&
    items.every((item) => looksLikeInciName(item) || /^[\d(]/.test(item)) &&
    !words.some((word) => PROSE_WORDS.has(word) || (WEAK_PROSE_WORDS.has(word) && !BLEND_AND.test(text)))
  );
}

/** Below this a line is prose (blurb, review, directions, disclaimer), not a list. */
export const LIST_THRESHOLD = 0.45;

/** The line without a sentence of notes after the list on it ("…, Linalool. Ingredients are subject to change."). */
function withoutNoteTail(line: string): string {
  for (const match of line.matchAll(SENTENCE_BREAK)) {
    const tail = line.slice(match.index + 1).trim();
    if (MAY_CONTAIN_LINE.test(tail)) continue;
    if (isDisclaimer(tail) || isProse(tail)) return line.slice(0, match.index + 1);
  }
  return line;
}

/** A line without separators, title-like, over a list of its own, after a finished line: "Spot Gel". */
function isTitleOver(line: string, previous: string | undefined, next: string | undefined): boolean {
  if (line.length > 60 || /[,;]/.test(line) || !isName(line) || next === undefined) return false;
  if (previous !== undefined && /[,;]$/.test(previous)) return false;
  return splitList(next).length >= 3 && readsAsList(next, 3);
}

function classify(raw: string, previous: string | undefined, next: string | undefined): Line {
  if (raw === '') return { kind: 'blank' };
  if (raw.startsWith(HEADER_MARK)) {
    const text = raw.slice(1);
    if (LIST_LABEL.test(text)) return { kind: 'label' };
    const label = text.replace(/[\s:：]+$/, '');
    if (PICK_LABEL.test(label)) return { kind: 'pick' };
    if (FREE_FROM_LABEL.test(label)) return { kind: 'free' };
    const name = headerName(text);
    return notAPart(name) || name === '' ? { kind: 'note' } : { kind: 'header', name };
  }
  if (LIST_LABEL.test(raw)) return { kind: 'label' };
  if (STARTS_WITH_FOOTNOTE.test(raw)) return { kind: 'legend' };
  if (MAY_CONTAIN_LINE.test(raw)) return { kind: 'may-contain', text: raw };
  const line = withoutNoteTail(raw);
  // Drug facts: "Active ingredients: …" declares actives for the list below, "Inactive ingredients: …" is it.
  if (DRUG_FACTS_LINE.test(line)) return /^active/i.test(line) ? { kind: 'active', text: line } : { kind: 'list', text: line, name: null, labelled: true };
  if (BULLET.test(line)) {
    const content = line.replace(BULLET, '');
    const label = content.split(/[:：]/)[0] ?? '';
    if (PERCENT.test(label)) return { kind: 'active', text: line };
    // "• Aqua" one name per bullet is a list; "-Retinol: smooths lines" is marketing.
    if (label === content && isFragment(content)) return { kind: 'list', text: content, name: null, labelled: false, bulleted: true };
    return { kind: 'marketing' };
  }
  const prefixed = LIST_LABEL_PREFIX.exec(line);
  if (prefixed) return { kind: 'list', text: line.slice(prefixed[0].length), name: null, labelled: true };
  const named = NAMED.exec(line) ?? BRACKET_NAMED.exec(line);
  if (named) return classifyNamed(line, (named[1] ?? '').trim(), (named[2] ?? '').trim());
  if (notAPart(line.replace(/[:：]$/, ''))) return { kind: 'note' };
  if (isTitleOver(line, previous, next)) return { kind: 'header', name: line };
  if (readsAsList(line, 3) || isFragment(line)) return { kind: 'list', text: line, name: null, labelled: false };
  return isDisclaimer(line) ? { kind: 'note' } : { kind: 'marketing' };
}

/** "Eye Cream: Aqua, …", "Lip Liner:" above its list, "Key ingredients: …", "2% Brightenyl: reduces …". */
function classifyNamed(line: string, label: string, rest: string): Line {
  if (PICK_LABEL.test(label)) return { kind: 'pick' };
  if (FREE_FROM_LABEL.test(label)) return { kind: 'free' };
  if (LIST_HEADING.test(label)) return rest === '' ? { kind: 'label' } : { kind: 'list', text: rest, name: null, labelled: true };
  if (PERCENT.test(label)) return { kind: 'active', text: line };
  if (rest === '') return notAPart(label) || !isName(label) ? { kind: 'note' } : { kind: 'header', name: headerName(`${label}:`) };
  if (isName(label) && readsAsList(rest, 3)) return { kind: 'list', text: rest, name: label, labelled: false };
  return { kind: 'marketing' };
}

interface Group {
  name: string | null;
  lines: string[];
  /** Its lines are bullets ("• Aqua"): a line without a bullet starts another list (key ingredients, then the list). */
  bulleted: boolean;
  /** Its lines carry separators (commas): a line break is no separator. */
  separated: boolean;
  actives: string[];
  mayContain: string[];
  labelled: boolean;
  pick: boolean;
}

/**
 * How two lines of one list join: in a list with separators a line break without one falls inside a
 * name (`Isoamyl</p><p>Laurate`); a list without separators has one name per line, and gets commas.
 */
function joinLine(group: Group, line: string): void {
  const last = group.lines.length - 1;
  const previous = group.lines[last] ?? '';
  group.separated ||= splitList(line).length > 1;
  const atSeparator = /[,;]$/.test(previous) || /^[,;]/.test(line);
  group.lines[last] = `${previous}${atSeparator || group.separated ? ' ' : ', '}${line}`;
}

function ended(group: Group): boolean {
  return SENTENCE_END.test(group.lines.at(-1) ?? '');
}

function listOf(group: Group): TextList {
  const list = group.lines.join('\n');
  const items = splitList(list).filter((item) => !LIST_HEADING.test(item.replace(/[:：]$/, '')) && !LIST_STUB.test(item));
  const text = [...group.actives, list, ...group.mayContain].join('\n');
  return { name: group.name, text, items, labelled: group.labelled, cut: CUT_END.test(list) };
}

/** A bullet inside a line: " -Caffeine: …", " • Squalane: …", " -Octinoxate 7.5%". */
const INNER_BULLET = /\s[-–—•▪●]\s?(?=\p{Lu})/gu;
/** Where a run-on line may turn into a list: after a full stop (not `Alcohol Denat.`, even `Vitamin C.`), or an active's percentage. */
const LIST_MAY_START = new RegExp(`(?:(?<!\\b(?:${ABBREVIATIONS}|denat))\\.|\\d\\s*%)\\s+(?=[^\\s,;•·|])`, 'giu');
/** Run-on lines are long; short ones are one thing. */
const RUN_ON_CHARS = 80;

/**
 * A line that runs several together, as scraped or pasted text does: "-Peptide: Firms. -Caffeine:
 * Depuffs. Water, Glycerin, …" or "Toner: Aqua, …. Serum: Aqua, …". Cut before each inner bullet and
 * before a sentence that opens a list or a named list.
 */
function splitRunOn(line: string): string[] {
  if (line.length < RUN_ON_CHARS) return [line];
  const cuts = new Set<number>();
  if (BULLET.test(line)) for (const match of line.matchAll(INNER_BULLET)) cuts.add(match.index + 1);
  for (const match of line.matchAll(LIST_MAY_START)) {
    const rest = line.slice(match.index + match[0].length);
    const sentence = rest.split(SENTENCE_BREAK)[0] ?? '';
    const named = NAMED.exec(sentence);
    if (readsAsList(sentence, 6) || (named && isName((named[1] ?? '').trim()) && readsAsList(named[2] ?? '', 6))) {
      cuts.add(match.index + match[0].length);
    }
  }
  if (cuts.size === 0) return [line];
  const at = [0, ...[...cuts].sort((a, b) => a - b), line.length];
  return at
    .slice(1)
    .map((end, i) => line.slice(at[i], end).trim())
    .filter((part) => part !== '');
}

/** Reads the lists of a text: components of a set when two or more headers name them. */
export function readLists(text: string): TextLists {
  const groups: Group[] = [];
  let current: Group | null = null;
  let pendingName: string | null = null;
  let pendingActives: string[] = [];
  let labelledNext = false;
  let section: 'list' | 'pick' | 'free' = 'list';
  let unread = 0;
  const close = () => {
    current = null;
  };
  const lines = text
    .split('\n')
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .flatMap(splitRunOn);
  lines.forEach((rawLine, index) => {
    // Blank lines never follow each other: the nearest other line is one or two away.
    const line = classify(rawLine, lines[index - 1] || lines[index - 2], lines[index + 1] || lines[index + 2]);
    switch (line.kind) {
      case 'blank':
        // A pick ("Key ingredients: …") is a line or two: a paragraph break ends it.
        if (section === 'pick' && current !== null) {
          close();
          section = 'list';
        }
        return;
      case 'legend':
        return;
      case 'header':
        close();
        if (pendingName !== null) unread++;
        pendingName = line.name;
        section = 'list';
        return;
      case 'label':
        close();
        labelledNext = true;
        section = 'list';
        return;
      case 'pick':
      case 'free':
        close();
        section = line.kind;
        return;
      case 'active':
        // Actives are declared above their list: one after a list opens the next.
        close();
        pendingActives.push(line.text);
        return;
      case 'marketing':
      case 'note':
        close();
        return;
      case 'may-contain': {
        const target: Group | undefined = current ?? groups.at(-1);
        target?.mayContain.push(line.text);
        return;
      }
      case 'list': {
        if (line.labelled) section = 'list';
        if (section === 'free') return;
        const open: Group | null = current;
        if (open !== null && line.name === null && !ended(open) && open.bulleted === (line.bulleted === true)) {
          joinLine(open, line.text);
          return;
        }
        const name = line.name ?? pendingName;
        const group: Group = {
          name,
          lines: [line.text],
          bulleted: line.bulleted === true,
          separated: splitList(line.text).length > 1,
          actives: pendingActives,
          mayContain: [],
          labelled: labelledNext || line.labelled,
          pick: section === 'pick',
        };
        groups.push(group);
        current = group;
        pendingName = null;
        pendingActives = [];
        labelledNext = false;
        return;
      }
    }
  });
  if (pendingName !== null) unread++;
  const lists = groups.map(listOf).filter((list, i) => !groups[i]?.pick || list.items.length >= FULL_LIST_ITEMS);
  const named = lists.filter((list) => list.name !== null).length;
  const kit = named > 0 && named + unread >= 2;
  return { lists, kit, unread: kit ? unread : 0 };
}
