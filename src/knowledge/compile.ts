import { normalizeName } from '../inci/normalize.ts';
import type { KbSources } from './schema.ts';
import type { KbClass } from './types.ts';

/** The shopper-facing words of a class. */
export interface ClassText {
  label: string;
  reason: string;
}

/** A class as bundled: its texts travel with their German translation when there is one. */
export type CompiledClass = KbClass & { de?: ClassText };

/** A family pattern as the matcher receives it, in the order it is tried (most specific first). */
export interface CompiledFamily {
  id: string;
  /** A regular expression over the normalised name without its parenthesised parts. */
  pattern: string;
  classes: string[];
  rules: string[];
}

export type CompiledEntry = [inci: string, classes: number[], rules?: string[]];

/** The compact knowledge base the worker loads: built once from data/ at build time. */
export interface CompiledKb {
  classes: CompiledClass[];
  /**
   * [canonical INCI, indexes into `classes`, rules when any] per entry: indexes and the omitted empty
   * rules keep the bundle small. Canonical names are keyed at load time.
   */
  entries: CompiledEntry[];
  /** Normalised label synonym (aka) → entry index. */
  synonyms: Record<string, number>;
  families: CompiledFamily[];
}

export function compileKnowledgeBase(sources: KbSources): CompiledKb {
  const classIndex = new Map(sources.classes.map((c, i) => [c.id, i]));
  const indexOf = (id: string): number => {
    const index = classIndex.get(id);
    if (index === undefined) throw new Error(`unknown class "${id}"`);
    return index;
  };
  const entries: CompiledEntry[] = [];
  const synonyms: Record<string, number> = {};
  for (const { entries: list } of sources.ingredients) {
    for (const entry of list) {
      const compiled: CompiledEntry = [entry.inci, entry.classes.map(indexOf)];
      if (entry.rules?.length) compiled.push(entry.rules);
      const index = entries.push(compiled) - 1;
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
