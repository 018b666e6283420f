/** Splitting label text at separators that are not inside brackets. Linear in the text length. */
import { MAY_CONTAIN_SENTINEL } from './labels.ts';

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
const ANY_BRACKET = /[()[\]{}]/;
/** A bracket group longer than this is a stray opener, not a group (it would swallow the list). */
const MAX_GROUP_LENGTH = 2000;

/**
 * Each opening bracket that is closed (by the same kind, within MAX_GROUP_LENGTH) → the index of
 * its closer. Unmatched brackets count as plain characters.
 */
export function matchBrackets(text: string): Map<number, number> {
  const closeAt = new Map<number, number>();
  if (!ANY_BRACKET.test(text)) return closeAt;
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '(' || char === '[' || char === '{') stack.push(i);
    else if (char === ')' || char === ']' || char === '}') {
      const open = stack.at(-1);
      if (open === undefined || CLOSER_OF[text[open] ?? ''] !== char) continue;
      stack.pop();
      if (i - open <= MAX_GROUP_LENGTH) closeAt.set(open, i);
    }
  }
  return closeAt;
}

/** Indexes of commas that belong to a name: locants `1,2-Hexanediol`, `4,4'-…`, decimals `17,1 %`. */
function protectedCommas(text: string): Set<number> {
  const protect = new Set<number>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}-])\d{1,3}(?:,\d{1,3})+(?=['′]?\s?-|\s*%)/gu)) {
    for (let i = match.index; i < match.index + match[0].length; i++) if (text[i] === ',') protect.add(i);
  }
  return protect;
}

const BREAK_STRENGTH: Record<Break, number> = { comma: 0, sentence: 1, line: 2, start: 3, marker: 4 };
const LIST_SEPARATORS = new Set([',', ';', '•', '·', '●', '▪', '◦', '|', '･', '・']);
const ABBREVIATION = /(?:^|[\s(])(?:dr|no|nr|st|vs|e\.g|i\.e|approx|ca|incl|spp|var|sp|ssp|subsp|fig)$/i;

/** A full stop that ends a sentence: followed by a space (or the end), not an abbreviation or initial. */
function endsSentence(text: string, at: number): boolean {
  const next = text[at + 1];
  if (next !== undefined && next !== ' ' && next !== '\n') return false;
  const after = text.slice(at + 1, at + 4).trimStart()[0];
  if (after === '(' || after === ',' || after === ')' || after === ';') return false;
  const before = text.slice(Math.max(0, at - 8), at);
  return !ABBREVIATION.test(before) && !/(?:^|\.)\p{L}$/u.test(before);
}

/** The label text cut into pieces at top-level commas, semicolons, bullets, pipes, full stops and line breaks. */
export function splitPieces(text: string): Piece[] {
  const closeAt = matchBrackets(text);
  const keep = protectedCommas(text);
  const pieces: Piece[] = [];
  // The strongest break since the last piece: ". ," still ends a sentence.
  let brk: Break = 'start';
  let start = 0;
  const cut = (end: number, next: Break) => {
    const piece = text.slice(start, end).trim();
    if (piece !== '') {
      pieces.push({ text: piece, brk });
      brk = next;
    } else if (BREAK_STRENGTH[next] > BREAK_STRENGTH[brk]) brk = next;
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const close = closeAt.get(i);
    if (close !== undefined) {
      i = close;
      continue;
    }
    const char = text[i] ?? '';
    if (char === '\n') cut(i, 'line');
    else if (char === MAY_CONTAIN_SENTINEL) cut(i, 'marker');
    else if (char === '.' && endsSentence(text, i)) cut(i, 'sentence');
    else if (LIST_SEPARATORS.has(char) && !keep.has(i)) cut(i, 'comma');
  }
  cut(text.length, 'comma');
  return pieces;
}

/** `text` split at every top-level occurrence of `separator` (a single character). */
export function splitTopLevel(text: string, separator: string): string[] {
  if (!text.includes(separator)) return [text];
  const closeAt = matchBrackets(text);
  const keep = separator === ',' ? protectedCommas(text) : new Set<number>();
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const close = closeAt.get(i);
    if (close !== undefined) i = close;
    else if (text[i] === separator && !keep.has(i)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
