import type { CompiledLabelWords } from './compile.ts';

/**
 * A name printed in one of the shops' languages, rewritten word by word into English INCI words:
 * "helianthus annuus samenol" → "helianthus annuus seed oil", "huile de graines de tournesol" →
 * "sunflower seed oil", "olej z nasion slonecznika" → "sunflower seed oil". Input and output are
 * normalised keys (src/inci/normalize.ts). Words a table does not know stay as printed, in their order
 * (Latin names). The language whose table explains most of the name is used; when none explains any of
 * it, the name comes back unchanged. Pure; the matcher only accepts the result when it is a known name.
 */
export function translateLabelWords(key: string, tables: readonly CompiledLabelWords[]): string {
  const tokens = tokensOf(key);
  let best: Reading | null = null;
  for (const table of tables) {
    const reading = read(tokens, prepared(table));
    if (reading && (!best || reading.score > best.score)) best = reading;
  }
  return best?.text ?? key;
}

interface Unit {
  text: string;
  translated: boolean;
}

interface Reading {
  text: string;
  /** Words found in the table count twice, connectors once. */
  score: number;
}

interface PreparedTable {
  table: CompiledLabelWords;
  connectors: ReadonlySet<string>;
  skip: ReadonlySet<string>;
  words: ReadonlyMap<string, string>;
  /** Words and phrases without spaces and hyphens, for the parts of a compound ("" for a skipped qualifier). */
  pieces: PieceNode;
  /** The most words a phrase of the table has. */
  longestPhrase: number;
}

/** A letter tree of the pieces: walking a compound from one letter finds every piece that starts there. */
interface PieceNode {
  next: Map<string, PieceNode>;
  /** The English of the piece that ends here ("" for a skipped qualifier). */
  english?: string;
}

/** In a compound, a part the table does not know may stand before a word of at least this many letters. */
const MIN_WORD_AFTER_UNKNOWN = 5;
const MIN_UNKNOWN_PREFIX = 3;

const preparedTables = new WeakMap<CompiledLabelWords, PreparedTable>();

function prepared(table: CompiledLabelWords): PreparedTable {
  let ready = preparedTables.get(table);
  if (!ready) {
    // Phrase keys are split like the names they meet: "cera d'api" is met as "cera d api".
    const words = new Map(Object.entries(table.words).map(([word, english]) => [tokensOf(word).join(' '), english]));
    const pieces: PieceNode = { next: new Map() };
    if (table.compounds) {
      for (const [word, english] of words) addPiece(pieces, compact(word), english);
      for (const word of table.skip) addPiece(pieces, compact(word), '');
    }
    const longestPhrase = Math.max(1, ...[...words.keys()].map((word) => word.split(' ').length));
    ready = { table, connectors: new Set(table.connectors), skip: new Set(table.skip), words, pieces, longestPhrase };
    preparedTables.set(table, ready);
  }
  return ready;
}

/** The name in English order, or null when the table explains none of it. */
function read(tokens: readonly string[], table: PreparedTable): Reading | null {
  const segments: Unit[][] = [[]];
  let score = 0;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as string;
    const segment = segments[segments.length - 1] as Unit[];
    const phrase = longestPhraseAt(tokens, i, table);
    if (phrase) {
      segment.push({ text: phrase.english, translated: true });
      score += 2;
      i += phrase.length;
      continue;
    }
    i += 1;
    if (table.connectors.has(token)) {
      if (segment.length > 0) segments.push([]);
      score += 1;
      continue;
    }
    if (table.skip.has(token)) continue;
    const parts = table.table.compounds ? compoundParts(token, table) : null;
    if (parts) {
      segment.push({ text: parts.text, translated: true });
      score += 2 * parts.known;
      continue;
    }
    const last = segment[segment.length - 1];
    if (last && !last.translated) last.text += ` ${token}`;
    else segment.push({ text: token, translated: false });
  }
  if (score === 0) return null;
  const ordered = segments
    .filter((segment) => segment.length > 0)
    .map((segment) => (table.table.modifiersFollow ? [...segment].reverse() : segment))
    .reverse()
    .flat();
  const text = ordered
    .map((unit) => unit.text)
    .filter(Boolean)
    .join(' ');
  return { text, score };
}

function longestPhraseAt(tokens: readonly string[], start: number, table: PreparedTable) {
  for (let length = Math.min(table.longestPhrase, tokens.length - start); length >= 1; length--) {
    const english = table.words.get(tokens.slice(start, start + length).join(' '));
    if (english !== undefined) return { english, length };
  }
  return null;
}

/**
 * A compound read as the table words it is made of, fewest parts first ("sonnenblumen|ol"). A part the
 * table does not know may only stand first and before a long word ("cetyl|alkohol"), never before a short
 * one: "menthol" is not "menth|ol".
 */
function compoundParts(token: string, table: PreparedTable): { text: string; known: number } | null {
  const word = compact(token);
  const { best, longFirst } = fewestPieces(word, table.pieces);
  if (best[0]) return readPieces(word, 0, best);
  for (let prefix = MIN_UNKNOWN_PREFIX; prefix <= word.length - MIN_WORD_AFTER_UNKNOWN; prefix++) {
    const first = longFirst[prefix];
    if (!first) continue;
    const rest = readPieces(word, first.end, best);
    const text = [word.slice(0, prefix), first.english, rest?.text].filter(Boolean).join(' ');
    return { text, known: 1 + (rest?.known ?? 0) };
  }
  return null;
}

interface Split {
  /** Fewest pieces from here to the end of the word. */
  count: number;
  /** Where the first of them ends, and its English. */
  end: number;
  english: string;
}

/**
 * best[i]: how word.slice(i) splits into the fewest pieces (the longest first piece on a tie), or undefined.
 * longFirst[i]: the longest piece of MIN_WORD_AFTER_UNKNOWN letters or more that starts at i and is followed
 * by a split to the end.
 */
function fewestPieces(word: string, pieces: PieceNode) {
  const best = new Array<Split | undefined>(word.length + 1);
  const longFirst = new Array<{ end: number; english: string } | undefined>(word.length + 1);
  best[word.length] = { count: 0, end: word.length, english: '' };
  for (let start = word.length - 1; start >= 0; start--) {
    // Every piece that starts here, shortest first: a walk down the letter tree.
    let node: PieceNode | undefined = pieces;
    for (let end = start + 1; end <= word.length; end++) {
      node = node.next.get(word[end - 1] as string);
      if (!node) break;
      const { english } = node;
      const rest = best[end];
      if (english === undefined || !rest) continue;
      const current = best[start];
      if (!current || rest.count + 1 <= current.count) best[start] = { count: rest.count + 1, end, english };
      if (english && end - start >= MIN_WORD_AFTER_UNKNOWN) longFirst[start] = { end, english };
    }
  }
  return { best, longFirst };
}

/** The English of the split that starts at `start`, and how many known pieces it has. */
function readPieces(word: string, start: number, best: readonly (Split | undefined)[]) {
  const english: string[] = [];
  for (let at = start; at < word.length;) {
    const split = best[at] as Split;
    if (split.english) english.push(split.english);
    at = split.end;
  }
  return english.length > 0 ? { text: english.join(' '), known: english.length } : null;
}

function addPiece(root: PieceNode, piece: string, english: string): void {
  let node = root;
  for (const letter of piece) {
    let child = node.next.get(letter);
    if (!child) node.next.set(letter, (child = { next: new Map() }));
    node = child;
  }
  node.english = english;
}

/** Words split at spaces and elisions (d'argan), without the punctuation around them. */
function tokensOf(key: string): string[] {
  return key
    .split(/[\s'’]+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

function compact(word: string): string {
  return word.replace(/[\s-]+/g, '');
}
