import { normalizeName } from '../inci/normalize.ts';
import type { KbSources } from './schema.ts';
import type { KbClass } from './types.ts';

/** A family pattern as the matcher receives it, in the order it is tried (most specific first). */
export interface CompiledFamily {
  id: string;
  /** A regular expression over the normalised name without its parenthesised parts. */
  pattern: string;
  classes: string[];
  rules: string[];
}

/** The compact knowledge base the worker loads: built once from data/ at build time. */
export interface CompiledKb {
  classes: KbClass[];
  /** [canonical INCI, class ids, rules] per entry; canonical names are keyed at load time. */
  entries: [string, string[], string[]][];
  /** Normalised label synonym (aka) → entry index. */
  synonyms: Record<string, number>;
  families: CompiledFamily[];
}

export function compileKnowledgeBase(sources: KbSources): CompiledKb {
  const entries: CompiledKb['entries'] = [];
  const synonyms: Record<string, number> = {};
  for (const { entries: list } of sources.ingredients) {
    for (const entry of list) {
      const index = entries.push([entry.inci, entry.classes, entry.rules ?? []]) - 1;
      const canonical = normalizeName(entry.inci);
      for (const aka of entry.aka ?? []) {
        const key = normalizeName(aka);
        if (key !== canonical) synonyms[key] = index;
      }
    }
  }
  return {
    classes: sources.classes,
    entries,
    synonyms,
    families: sources.families.map(({ id, pattern, classes, rules }) => ({ id, pattern, classes, rules: rules ?? [] })),
  };
}
