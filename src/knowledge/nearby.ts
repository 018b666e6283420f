/**
 * Names indexed for one question: which of them are within n edits of a name? It serves the fuzzy step
 * (misspellings of any name) and the safety rule (names close to a risky one). A name's length and its
 * letter counts rule out nearly every other name before an edit distance is computed.
 */

export interface NamedEntry {
  /** A normalised name (src/inci/normalize.ts). */
  key: string;
  /** The knowledge-base entry it names. */
  entry: number;
}

export interface NearbyName extends NamedEntry {
  edits: number;
}

export interface NearbyIndex {
  /**
   * The names within `maxEdits` edits of `query` (a swap of neighbours is one edit) that a typist could have
   * meant: beyond one edit, every word changed keeps its first letter ("seed" is no misspelt "peel", "oleyl" no
   * misspelt "ethyl").
   */
  within(query: string, maxEdits: number): NearbyName[];
}

interface Indexed extends NamedEntry {
  counts: Uint8Array;
}

const BINS = 27;

export function createNearbyIndex(names: Iterable<NamedEntry>): NearbyIndex {
  const byLength = new Map<number, Indexed[]>();
  for (const { key, entry } of names) {
    const bucket = byLength.get(key.length) ?? [];
    bucket.push({ key, entry, counts: letterCounts(key) });
    byLength.set(key.length, bucket);
  }
  return {
    within(query, maxEdits) {
      const counts = letterCounts(query);
      const found: NearbyName[] = [];
      for (let length = query.length - maxEdits; length <= query.length + maxEdits; length++) {
        for (const name of byLength.get(length) ?? []) {
          // One edit changes the letter counts by at most two (a substitution), a swap by none.
          if (countDistance(counts, name.counts) > 2 * maxEdits) continue;
          const edits = editDistance(query, name.key, maxEdits);
          if (edits <= maxEdits && (edits < 2 || typoLike(query, name.key))) found.push({ key: name.key, entry: name.entry, edits });
        }
      }
      return found;
    },
  };
}

/** At most one edit per eight characters, and at least one, as typists make them: "formic acid" is not "boric acid". */
export function typoEdits(length: number): number {
  return Math.max(1, Math.floor(length / 8));
}

/** Numbers are identity in INCI (PEG-40, CI 77491, Red 4): a misspelling does not change them. */
export function digits(key: string): string {
  return key.replace(/\D+/g, ' ').trim();
}

/** Edits as typos make them: each word changed keeps its first letter (a word itself, not a slip within one). */
function typoLike(a: string, b: string): boolean {
  const aWords = a.split(' ');
  const bWords = b.split(' ');
  if (aWords.length !== bWords.length) return true; // a space added or lost is one of the edits
  return aWords.every((word, i) => word === bWords[i] || word.charAt(0) === bWords[i]?.charAt(0));
}

function letterCounts(key: string): Uint8Array {
  const counts = new Uint8Array(BINS);
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i) - 97;
    const bin = code >= 0 && code < 26 ? code : 26;
    counts[bin] = Math.min(255, (counts[bin] as number) + 1);
  }
  return counts;
}

function countDistance(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BINS; i++) sum += Math.abs((a[i] as number) - (b[i] as number));
  return sum;
}

/**
 * Edit distance counting a swap of neighbours as one edit ("alochol"), as typists make them. Stops early
 * once every path costs more than `limit` and then answers `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j - 1] as number) + cost, (previous[j] as number) + 1, (row[j - 1] as number) + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}
