import { normalizeName } from '../inci/normalize.ts';
import type { KbSources, LabelWordsSource, TextLanguage } from './schema.ts';
import type { KbClass, SessionRules } from './types.ts';

/** The shopper-facing words of a class. */
export interface ClassText {
  label: string;
  reason: string;
}

/** A class as bundled: its English texts and their translation into every other language of the extension. */
export type CompiledClass = KbClass & { texts: Record<TextLanguage, ClassText> };

/** A class as a page explains it: its English texts and the translations at hand (a page loads its UI language's alone). */
export type ExplainedClass = KbClass & { texts: Partial<Record<TextLanguage, ClassText>> };

/** A family pattern as the matcher receives it, in the order it is tried (most specific first). */
export interface CompiledFamily {
  id: string;
  /** A regular expression over the normalised name without its parenthesised parts. */
  pattern: string;
  classes: string[];
  rules: string[];
}

export type CompiledEntry = [inci: string, classes: number[], rules?: string[]];

/** One language's label words (src/knowledge/label-words.ts): every word, phrase and English word normalised. */
export type CompiledLabelWords = LabelWordsSource & { language: string };

/** The compact knowledge base the worker loads: built once from data/ at build time. */
export interface CompiledKb {
  /** A hash of everything below: an analysis keeps it, so one scored by an older knowledge base is known. */
  version: string;
  classes: CompiledClass[];
  /**
   * [canonical INCI, indexes into `classes`, rules when any] per entry: indexes and the omitted empty
   * rules keep the bundle small. Canonical names are keyed at load time.
   */
  entries: CompiledEntry[];
  /** Normalised label synonym (aka) → entry index. */
  synonyms: Record<string, number>;
  families: CompiledFamily[];
  labelWords: CompiledLabelWords[];
  /** What holds around every session whatever the ingredients: the first hours, arriving clean, never rolling over a product. */
  session: SessionRules;
}

export function compileKnowledgeBase(sources: KbSources): CompiledKb {
  const compiled = compileSources(sources);
  return { version: contentHash(JSON.stringify(compiled)), ...compiled };
}

function compileSources(sources: KbSources): Omit<CompiledKb, 'version'> {
  const classIndex = new Map(sources.classes.map((c, i) => [c.id, i]));
  const indexOf = (id: string): number => {
    const index = classIndex.get(id);
    if (index === undefined) throw new Error(`unknown class "${id}"`);
    return index;
  };
  const entries: CompiledEntry[] = [];
  const synonyms: Record<string, number> = {};
  /** Normalised canonical name → entry index. */
  const canonical = new Map<string, number>();
  for (const { entries: list } of sources.ingredients) {
    for (const entry of list) {
      const compiled: CompiledEntry = [entry.inci, entry.classes.map(indexOf)];
      if (entry.rules?.length) compiled.push(entry.rules);
      const index = entries.push(compiled) - 1;
      const key = normalizeName(entry.inci);
      canonical.set(key, index);
      for (const aka of entry.aka ?? []) {
        const akaKey = normalizeName(aka);
        if (akaKey !== key) synonyms[akaKey] = index;
      }
    }
  }
  addTranslations(sources, entries, canonical, synonyms);
  return {
    classes: sources.classes,
    entries,
    synonyms,
    // A family naming an unknown class would match names and give them no effect: refused at build.
    families: sources.families.map(({ id, pattern, classes, rules }) => {
      const unknown = classes.find((c) => !classIndex.has(c));
      if (unknown !== undefined) throw new Error(`family "${id}": unknown class "${unknown}"`);
      return { id, pattern, classes, rules: rules ?? [] };
    }),
    labelWords: sources.labelWords.map(({ language, table }) => compileLabelWords(language, table)),
    session: sources.session,
  };
}

/**
 * The shops' label names become synonyms of their entry. A name may never point elsewhere than an
 * entry's own names do: a translation that names no entry or another entry's name stops the build.
 */
function addTranslations(sources: KbSources, entries: readonly CompiledEntry[], canonical: ReadonlyMap<string, number>, synonyms: Record<string, number>): void {
  const byInci = new Map(entries.map(([inci], index) => [inci, index]));
  for (const { language, names } of sources.translations) {
    for (const { name, inci } of names) {
      const where = `data/translations/${language}.json: "${name}"`;
      const target = byInci.get(inci);
      if (target === undefined) throw new Error(`${where} names "${inci}", which is not the INCI name of an entry`);
      const key = normalizeName(name);
      const owner = canonical.get(key) ?? synonyms[key];
      if (owner !== undefined && owner !== target) {
        throw new Error(`${where} → "${inci}" is already a name of "${entries[owner]?.[0]}"`);
      }
      if (owner === undefined) synonyms[key] = target;
    }
  }
}

/** Keys and English words normalised like label names, so they meet the matcher's keys. */
function compileLabelWords(language: string, table: LabelWordsSource): CompiledLabelWords {
  const words: Record<string, string> = {};
  for (const [word, english] of Object.entries(table.words)) {
    const key = normalizeName(word);
    const value = normalizeName(english);
    if (words[key] !== undefined && words[key] !== value) {
      throw new Error(`data/label-words/${language}.json: "${word}" is given twice ("${words[key]}", "${value}")`);
    }
    words[key] = value;
  }
  return {
    language,
    compounds: table.compounds,
    modifiersFollow: table.modifiersFollow,
    connectors: table.connectors.map(normalizeName),
    skip: table.skip.map(normalizeName),
    words,
  };
}

/** FNV-1a over the text, twice with different offsets: 64 bits as hex. Pure, the same in Node and the browser. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return [a, b].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
