/** Splitting label text at separators that are not inside brackets. Linear in the text length. */
import { ABBREVIATIONS, MAY_CONTAIN_SENTINEL } from './vocabulary.ts';

/**
 * How a piece was separated from the one before it: a sentence or line ends a marketing text;
 * `marker` means a "may contain" marker (MAY_CONTAIN_SENTINEL) came just before it.
 */
export type Break = 'start' | 'comma' | 'sentence' | 'line' | 'marker';

export interface Piece {
  text: string;
  brk: Break;
}

const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
/**
 * Jumping from bracket to bracket: names hold few, and a lookup per character would cost more.
 * Global, so each use sets `lastIndex` first (nothing it calls uses it meanwhile).
 */
const BRACKET = /[()[\]{}]/g;
/** A bracket group longer than this is a stray opener, not a group (it would swallow the list). */
const MAX_GROUP_LENGTH = 2000;

/**
 * Each opening bracket that is closed (by the same kind, within MAX_GROUP_LENGTH) → the index of
 * its closer. Unmatched brackets count as plain characters.
 */
export function matchBrackets(text: string): Map<number, number> {
  const closeAt = new Map<number, number>();
  const stack: number[] = [];
  BRACKET.lastIndex = 0;
  for (let found = BRACKET.exec(text); found !== null; found = BRACKET.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (char === '(' || char === '[' || char === '{') stack.push(i);
    else {
      const open = stack.at(-1);
      if (open === undefined || CLOSER_OF[text[open] ?? ''] !== char) continue;
      stack.pop();
      if (i - open <= MAX_GROUP_LENGTH) closeAt.set(open, i);
    }
  }
  return closeAt;
}

/**
 * Locants opening a name (`1,2-Hexanediol`, `1,2 Hexanediol`, `4,4'-…`), decimals (`17,1 %`) and locants inside a name that
 * opens with a locant (`2-Oleamido-1,3-Octadecanediol`); `Polysilicone-11,1,2-Hexanediol` is two names.
 */
const NAME_COMMAS = /(?<![\p{L}\p{N}-])\d{1,3}(?:,\d{1,3})*(?:-[\p{L}\p{N}()[\]'′-]{0,60}?-\d{1,3})?(?:,\d{1,3})+(?=['′]?\s?-|\s*%|\s\p{L}{4})/gu;

/** Indexes of commas that belong to a name (NAME_COMMAS). */
function protectedCommas(text: string): Set<number> {
  const protect = new Set<number>();
  for (const match of text.matchAll(NAME_COMMAS)) {
    for (let i = match.index; i < match.index + match[0].length; i++) if (text[i] === ',') protect.add(i);
  }
  return protect;
}

const BREAK_STRENGTH: Record<Break, number> = { comma: 0, sentence: 1, line: 2, start: 3, marker: 4 };
const LIST_SEPARATORS = /* @__PURE__ */ new Set([',', ';', '•', '·', '●', '▪', '◦', '|', '･', '・']);
/**
 * Every character splitPieces acts on (bracket openers start a group to jump over). Jumping from one
 * to the next spares a lookup per character: most characters of a list are letters. Reset before use.
 */
const SPLIT_POINT = /* @__PURE__ */ new RegExp(`[([{\n${MAY_CONTAIN_SENTINEL}.%${[...LIST_SEPARATORS].join('')}]`, 'g');
/** `Ext. D&C Violet No. 2`, `FD&C Yellow No.5 Al. Lake`: a full stop that ends a word of a name. */
const ABBREVIATION = /* @__PURE__ */ new RegExp(`(?:^|[\\s(])${ABBREVIATIONS}$`, 'i');

const NUMBERED_LEGEND_AHEAD = /^\s*\(\d{1,2}\)/;
const ENDS_IN_INITIAL = /(?:^|\.)\p{L}$/u;
const LETTER = /\p{L}/u;

/** A full stop that ends a sentence: followed by a space (or the end), not an abbreviation or initial. */
function endsSentence(text: string, at: number): boolean {
  const next = text[at + 1];
  if (next !== undefined && next !== ' ' && next !== '\n') return false;
  const after = text.slice(at + 1, at + 4).trimStart()[0];
  // `Denat. (SD Alcohol 40-B)` goes on; `Urea [2]. (1) Humectant…` starts a numbered legend.
  if (after === '(' && !NUMBERED_LEGEND_AHEAD.test(text.slice(at + 1, at + 8))) return false;
  if (after === ',' || after === ')' || after === ';') return false;
  const before = text.slice(Math.max(0, at - 8), at);
  return !ABBREVIATION.test(before) && !ENDS_IN_INITIAL.test(before);
}

/** The label text cut into pieces at top-level commas, semicolons, bullets, pipes, full stops and line breaks. */
export function splitPieces(text: string): Piece[] {
  const closeAt = matchBrackets(text);
  const keep = protectedCommas(text);
  const pieces: Piece[] = [];
  // The strongest break since the last piece: ". ," still ends a sentence.
  let brk: Break = 'start';
  let start = 0;
  // `skip`: the separator's length; a percentage glued to the next name (`5.0%Water`) has none.
  const cut = (end: number, next: Break, skip = 1) => {
    const piece = text.slice(start, end).trim();
    if (piece !== '') {
      pieces.push({ text: piece, brk });
      brk = next;
    } else if (BREAK_STRENGTH[next] > BREAK_STRENGTH[brk]) brk = next;
    start = end + skip;
  };
  SPLIT_POINT.lastIndex = 0;
  for (let point = SPLIT_POINT.exec(text); point !== null; point = SPLIT_POINT.exec(text)) {
    const i = point.index;
    const close = closeAt.get(i);
    if (close !== undefined) {
      SPLIT_POINT.lastIndex = close + 1;
      continue;
    }
    const char = point[0];
    if (char === '\n') cut(i, 'line');
    else if (char === MAY_CONTAIN_SENTINEL) cut(i, 'marker');
    else if (char === '.' && endsSentence(text, i)) cut(i, 'sentence');
    else if (LIST_SEPARATORS.has(char) && !keep.has(i)) cut(i, 'comma');
    else if (char === '%' && LETTER.test(text[i + 1] ?? '')) cut(i + 1, 'comma', 0);
  }
  cut(text.length, 'comma');
  return joinInvertedNames(pieces);
}

/** A chemical name opening with a locant: `1,6-Octadien-3-Ol`, `2(3H)-Furanone`, `2H-Pyran-4-ol`. */
const LOCANT_NAME = /^\d[\dH,()]*-\S/;
const MAX_SUBSTITUENT_LENGTH = 120;
/** A substituent printed after its parent (CAS index order): `Dihydro-5-Pentyl`, `3,7-dimethyl (note)`. */
const SUBSTITUENT = /^(?:\d{1,3}(?:,\d{1,3})*-)?[\p{L}\d-]*?(?:yl|hydro|-)(?:\s*\([^()]*\))?$/iu;
/** A substituent left open by its hyphen follows any parent: `Benzoic Acid, 2-Hydroxy-`, `Propanol, Oxybis-`. */
const OPEN_SUBSTITUENT = /^[\p{L}\d(),.'-]*?(?:yl|oxy|hydro|bis|cis|trans|\))-(?:\s*\([^()]*\))?$/iu;
/** What completes a name left open by a hyphen: `3-Acetate`, `(3Z)-3-Hexen-1-Yl Ester`, `Methyl Ester`, `Cis-`. */
const REST_OF_OPEN_NAME = /^[\d(]|\b(?:ester|acetate)\b|-(?:\s*\(|$)/i;

/**
 * CAS names print substituents after the parent behind a comma: `2(3H)-Furanone, Dihydro-5-Pentyl-`.
 * A substituent piece, or any piece after a name left open by a hyphen, joins the name before it.
 */
function joinInvertedNames(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && piece.brk === 'comma' && isSubstituentOf(last.text, piece.text)) {
      last.text = `${last.text}, ${piece.text}`;
    } else out.push(piece);
  }
  return out;
}

function isSubstituentOf(parent: string, piece: string): boolean {
  if (piece.length > MAX_SUBSTITUENT_LENGTH) return false;
  if (piece.includes('-') && OPEN_SUBSTITUENT.test(piece)) return true;
  if (parent.endsWith('-') && REST_OF_OPEN_NAME.test(piece)) return true;
  return LOCANT_NAME.test(parent) && SUBSTITUENT.test(piece);
}

/**
 * The one top-level splitter: `text` cut at every separator character outside brackets, commas that
 * belong to a name (NAME_COMMAS) excepted. `splitTopLevel(text, ',')` for one separator,
 * `splitList(text)` for every list separator.
 */
function splitAt(text: string, isSeparator: (char: string) => boolean): string[] {
  const closeAt = matchBrackets(text);
  const keep = isSeparator(',') && text.includes(',') ? protectedCommas(text) : new Set<number>();
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const close = closeAt.get(i);
    if (close !== undefined) i = close;
    else if (isSeparator(text[i] ?? '') && !keep.has(i)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `text` split at every top-level occurrence of `separator` (a single character). */
export function splitTopLevel(text: string, separator: string): string[] {
  if (!text.includes(separator)) return [text];
  return splitAt(text, (char) => char === separator);
}

/** The items of a list text: cut at every top-level list separator, trimmed, empty items dropped. */
export function splitList(text: string): string[] {
  return splitAt(text, (char) => LIST_SEPARATORS.has(char))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
