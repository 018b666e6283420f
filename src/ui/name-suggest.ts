import Fuse from 'fuse.js';
import type { CompiledKb } from '../knowledge/compile.ts';

// Autocomplete for the personal avoid list over every name the knowledge base answers to: INCI names and the
// label synonyms people know (common names, EU/US names). The best match comes first — the name itself, then
// names that start with what was typed, then names with a word that does, then typo-tolerant ones (Fuse) —
// and each ingredient shows once, under its best-matching name.

export interface NameOption {
  name: string;
  /** The knowledge-base entry it names: one suggestion per entry. */
  entry: number;
}

/** Every canonical INCI name and label synonym of the knowledge base, synonyms in title case. */
export function nameOptions(kb: Pick<CompiledKb, 'entries' | 'synonyms'>): NameOption[] {
  return [...kb.entries.map(([inci], entry) => ({ name: inci, entry })), ...Object.entries(kb.synonyms).map(([key, entry]) => ({ name: titleCase(key), entry }))];
}

export function createNameSuggester(options: readonly NameOption[]): (query: string, limit?: number) => string[] {
  const lower = options.map((o) => ({ ...o, lower: o.name.toLowerCase() }));
  const fuse = new Fuse(lower, { keys: ['lower'], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 });
  return (query, limit = 8) => {
    const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
    if (q.length < 2) return [];
    const byLength = (a: { lower: string }, b: { lower: string }) => a.lower.length - b.lower.length || (a.lower < b.lower ? -1 : 1);
    const ranked = [
      ...lower.filter((o) => o.lower === q),
      ...lower.filter((o) => o.lower !== q && o.lower.startsWith(q)).sort(byLength),
      ...lower.filter((o) => !o.lower.startsWith(q) && o.lower.includes(` ${q}`)).sort(byLength),
      ...fuse.search(q, { limit: limit * 4 }).map((r) => r.item),
    ];
    const entries = new Set<number>();
    const names = new Set<string>();
    const out: string[] = [];
    for (const option of ranked) {
      if (out.length >= limit) break;
      if (entries.has(option.entry) || names.has(option.lower)) continue;
      entries.add(option.entry);
      names.add(option.lower);
      out.push(option.name);
    }
    return out;
  };
}

/** "sunflower seed oil" → "Sunflower Seed Oil"; codes without vowels or with digits stay upper case ("CI 77491", "PEG-8"). */
function titleCase(key: string): string {
  return key.replace(/[\p{L}\p{N}][\p{L}\p{N}&'-]*/gu, (word) =>
    /\d/.test(word) || !/[aeiouy]/.test(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
  );
}
