/**
 * The edit distance (insertions, deletions, substitutions) between two strings when it is at most
 * `max`, else `max + 1`: rows stop as soon as every cell is over the bound.
 */
export function boundedEdits(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length] as number, max + 1);
}

/** Names looked up by edit distance: bucketed by length, so a lookup compares only near lengths. */
export interface NameIndex {
  /** A listed name within `maxEdits` of `name` (normalised first), or null. */
  near(name: string, maxEdits?: number): string | null;
}

export function nameIndex(names: Iterable<string>, normalize: (name: string) => string): NameIndex {
  const exact = new Set<string>();
  const byLength = new Map<number, string[]>();
  for (const raw of names) {
    const key = normalize(raw);
    if (key === '' || exact.has(key)) continue;
    exact.add(key);
    const bucket = byLength.get(key.length) ?? [];
    bucket.push(key);
    byLength.set(key.length, bucket);
  }
  return {
    near(name, maxEdits = 2) {
      const key = normalize(name);
      if (exact.has(key)) return key;
      // Nearest lengths first: a name differing only in letters is likelier than one missing some.
      const lengths = [key.length, ...Array.from({ length: maxEdits }, (_, d) => [key.length - d - 1, key.length + d + 1]).flat()];
      for (const length of lengths) {
        for (const candidate of byLength.get(length) ?? []) if (boundedEdits(key, candidate, maxEdits) <= maxEdits) return candidate;
      }
      return null;
    },
  };
}
