/**
 * Names glued without a comma ("Cellulose Gum Gluconolactone", "Linalool Limonene"): a name cut at word
 * boundaries into two or more known names, the fewest that cover it. The parts keep their printed spelling.
 */
export interface GluedParts {
  /** Each part as printed. */
  texts: string[];
  /** Each part's normalised key. */
  keys: string[];
}

/** Longer names are no handful of glued names. */
const MAX_WORDS = 12;

/**
 * @param name the name as printed
 * @param key its normalised key (src/inci/normalize.ts)
 * @param isKnown whether a normalised key is a name of the knowledge base
 */
export function gluedParts(name: string, key: string, isKnown: (key: string) => boolean): GluedParts | null {
  const words = key.split(' ');
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  // best[i]: the fewest known names covering the first i words, as [start, end) word ranges.
  const best: ([number, number][] | null)[] = [[]];
  for (let end = 1; end <= words.length; end++) {
    best[end] = null;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const current = best[end];
      if (!before || (start === 0 && end === words.length) || (current && current.length <= before.length + 1)) continue;
      if (isKnown(words.slice(start, end).join(' '))) best[end] = [...before, [start, end]];
    }
  }
  const ranges = best[words.length];
  if (!ranges) return null;
  const printed = name.trim().split(/\s+/);
  const source = printed.length === words.length ? printed : words;
  return {
    texts: ranges.map(([start, end]) => source.slice(start, end).join(' ')),
    keys: ranges.map(([start, end]) => words.slice(start, end).join(' ')),
  };
}
