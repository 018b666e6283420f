import Fuse from 'fuse.js';
import { normalizeName } from '../inci/normalize.ts';
import type { CompiledEntry, CompiledKb } from './compile.ts';
import { translateLabelWords } from './label-words.ts';
import type { Effect, KbClass, Match } from './types.ts';

/** Label name → knowledge-base entry. Pure; one instance per worker (see README.md beside this file). */
export interface Matcher {
  /** Recognises one ingredient: its printed name and the other names the parser found for it. */
  match(name: string, synonyms?: readonly string[]): Match;
  classOf(id: string): KbClass | undefined;
  readonly classes: readonly KbClass[];
  /** The most severe effect among the classes (avoid > caution > neutral > beneficial), or null for none. */
  effectOf(classIds: readonly string[]): Effect | null;
}

/** Fuzzy matching is a last resort for misspellings: strict, and never on short names. */
export const FUZZY = {
  /** Fuse.js score (0 = perfect) a candidate must reach. */
  threshold: 0.2,
  minLength: 5,
  /** At most one edit per this many characters (at least one): "formic acid" is not "boric acid". */
  charactersPerEdit: 8,
  candidates: 8,
} as const;

export interface MatcherOptions {
  /** Off for measuring what the data alone recognises (npm run eval, coverage tests). */
  fuzzy?: boolean;
}

const CONFIDENCE = { exact: 1, variant: 0.95, family: 0.9 } as const;
const SEVERITY: Record<Effect, number> = { beneficial: 0, neutral: 1, caution: 2, avoid: 3 };

export const UNKNOWN_MATCH: Match = freeze({ inci: null, classes: [], rules: [], via: 'none', confidence: 0 });

const BRACKETS = /\s*[([][^)\]]*[)\]]/g;
const QUALIFIERS =
  /^(?:(?:(?:certified )?organic|bio|natural|pure|nano|non-nano|micronized|vegetable|vegan|virgin|extra virgin|cold-pressed|refined|unrefined|raw) )+| (?:nano|organic|bio)$/g;

/** Cheap rewrites tried, in order, before families and fuzzy matching (measured by `npm run eval`). */
const NAME_VARIANTS: readonly { id: string; rewrite: (key: string, kb: CompiledKb) => string }[] = [
  { id: 'colour-index', rewrite: (key) => key.replace(/\bci ?-?(\d{5})\b/g, 'ci $1') },
  { id: 'trailing-colour-index', rewrite: (key) => key.replace(/,? \(?ci ?\d{5}\)?$/, '') },
  { id: 'brackets', rewrite: (key) => key.replace(BRACKETS, '').trim() },
  { id: 'qualifier', rewrite: (key) => key.replace(BRACKETS, '').replace(QUALIFIERS, '').trim() },
  { id: 'punctuation', rewrite: (key) => key.replace(/^[^a-z0-9]+|[^a-z0-9)\]]+$/g, '') },
  /** A footnote number glued on by a shop: "Aroma2", "Cera Alba1", "Beeswax 2". */
  { id: 'footnote', rewrite: (key) => key.replace(/(?<=[a-z])\d$| \d$/, '') },
  { id: 'plural', rewrite: (key) => (key.length < 6 ? key : key.endsWith('s') ? key.slice(0, -1) : `${key}s`) },
  { id: 'powder', rewrite: (key) => key.replace(/ powder$/, '') },
  { id: 'extract', rewrite: (key) => (key.endsWith(' extract') ? key.slice(0, -' extract'.length) : `${key} extract`) },
  /** A name in a shop's language, word by word into English INCI words: "Sonnenblumenöl" → "sunflower oil". */
  { id: 'label-words', rewrite: (key, kb) => translateLabelWords(key, kb.labelWords) },
];

export function createMatcher(kb: CompiledKb, { fuzzy: allowFuzzy = true }: MatcherOptions = {}): Matcher {
  const classById = new Map(kb.classes.map((c) => [c.id, c]));
  const classIds = kb.classes.map((c) => c.id);
  const canonical = new Map<string, number>();
  kb.entries.forEach(([inci], index) => canonical.set(normalizeName(inci), index));
  const synonyms = new Map(Object.entries(kb.synonyms));
  const families = kb.families.map((family) => ({ ...family, regexp: new RegExp(family.pattern) }));
  const cache = new Map<string, Match>();
  let compactIndex: Map<string, number | null> | undefined;
  /** One Fuse index per first letter, built on first use: a misspelling keeps its first letter. */
  const fuseByInitial = new Map<string, Fuse<{ key: string; index: number }>>();

  const effectOf = (classIds: readonly string[]): Effect | null => {
    let worst: Effect | null = null;
    for (const id of classIds) {
      const effect = classById.get(id)?.effect;
      if (effect && (worst === null || SEVERITY[effect] > SEVERITY[worst])) worst = effect;
    }
    return worst;
  };

  const entryMatch = (index: number, via: 'exact' | 'synonym' | 'fuzzy', confidence: number, variant?: string): Match => {
    const [inci, classIndexes, rules = []] = kb.entries[index] as CompiledEntry;
    const classes = classIndexes.map((i) => classIds[i] as string);
    return freeze({ inci, classes, rules: [...rules], via, confidence, ...(variant ? { variant } : {}) });
  };

  const lookup = (key: string, variant?: string): Match | null => {
    const confidence = variant ? CONFIDENCE.variant : CONFIDENCE.exact;
    const exact = canonical.get(key);
    if (exact !== undefined) return entryMatch(exact, 'exact', confidence, variant);
    const synonym = synonyms.get(key);
    return synonym === undefined ? null : entryMatch(synonym, 'synonym', confidence, variant);
  };

  /** "Butyleneglycol" = "Butylene Glycol": spaces, hyphens and slashes ignored, where that stays unambiguous. */
  const compactLookup = (key: string): Match | null => {
    compactIndex ??= buildCompactIndex([...canonical, ...synonyms]);
    const index = compactIndex.get(compact(key));
    return index === undefined || index === null ? null : entryMatch(index, 'exact', CONFIDENCE.variant, 'spacing');
  };

  const variantLookup = (key: string): Match | null => {
    for (const { id, rewrite } of NAME_VARIANTS) {
      const rewritten = rewrite(key, kb);
      const found = rewritten !== key && rewritten !== '' ? lookup(rewritten, id) : null;
      if (found) return found;
    }
    return compactLookup(key) ?? alternativesLookup(key);
  };

  /** "Water/Aqua/Eau" or "CI 77891/Titanium Dioxide" printed as one name: every part must be known. */
  const alternativesLookup = (key: string): Match | null => {
    const parts = key.split('/').map((part) => part.trim());
    if (parts.length < 2) return null;
    const found = parts.map((part) => lookup(part) ?? (part ? compactLookup(part) : null));
    if (found.some((m) => m === null)) return null;
    const worst = (found as Match[]).reduce((a, b) => (severity(b) > severity(a) ? b : a));
    return freeze({ ...worst, confidence: CONFIDENCE.variant, variant: 'alternatives' });
  };

  const severity = (match: Match): number => {
    const effect = effectOf(match.classes);
    return effect === null ? -1 : SEVERITY[effect];
  };

  const familyLookup = (keys: readonly string[]): Match | null => {
    for (const key of keys) {
      const family = families.find((f) => f.regexp.test(key));
      if (family) {
        const { id, classes, rules } = family;
        return freeze({ inci: null, classes, rules, via: 'family', confidence: CONFIDENCE.family, family: id });
      }
    }
    return null;
  };

  const fuseFor = (initial: string): Fuse<{ key: string; index: number }> => {
    let fuse = fuseByInitial.get(initial);
    if (!fuse) {
      const names = [...canonical, ...synonyms].filter(([name]) => name.startsWith(initial));
      fuse = new Fuse(
        names.map(([name, index]) => ({ key: name, index })),
        { keys: ['key'], threshold: FUZZY.threshold, ignoreLocation: true, includeScore: true },
      );
      fuseByInitial.set(initial, fuse);
    }
    return fuse;
  };

  const fuzzyLookup = (key: string): Match | null => {
    if (!allowFuzzy || key.length < FUZZY.minLength) return null;
    const maxEdits = Math.max(1, Math.floor(key.length / FUZZY.charactersPerEdit));
    const accepted = fuseFor(key.charAt(0))
      .search(key, { limit: FUZZY.candidates })
      .map(({ item, score = 1 }) => ({ item, score, edits: editDistance(key, item.key) }))
      .filter((c) => c.edits <= maxEdits && digits(c.item.key) === digits(key))
      .sort((a, b) => a.edits - b.edits || a.score - b.score);
    const best = accepted[0];
    if (!best) return null;
    const bestMatch = entryMatch(best.item.index, 'fuzzy', 1 - best.score);
    // A misspelt name must never come out safer than a near name it could also be: then it stays unknown.
    const riskier = accepted.some((c) => severity(entryMatch(c.item.index, 'fuzzy', 0)) > severity(bestMatch));
    return riskier ? null : bestMatch;
  };

  const resolve = (name: string, parserSynonyms: readonly string[]): Match => {
    const key = normalizeName(name);
    const synonymKeys = parserSynonyms.map(normalizeName).filter((k) => k !== '' && k !== key);
    const bare = key.replace(BRACKETS, '').replace(QUALIFIERS, '').trim();
    return (
      lookup(key) ??
      firstOf(synonymKeys, (k) => asSynonym(lookup(k))) ??
      variantLookup(key) ??
      firstOf(synonymKeys, (k) => asSynonym(variantLookup(k))) ??
      familyLookup(unique([key, bare, ...synonymKeys])) ??
      fuzzyLookup(bare) ??
      UNKNOWN_MATCH
    );
  };

  return {
    classes: kb.classes,
    classOf: (id) => classById.get(id),
    effectOf,
    match(name, parserSynonyms = []) {
      const cacheKey = [name, ...parserSynonyms].join('\u0001');
      let found = cache.get(cacheKey);
      if (!found) {
        found = name.trim() === '' ? UNKNOWN_MATCH : resolve(name, parserSynonyms);
        cache.set(cacheKey, found);
      }
      return found;
    },
  };
}

/** A name found through the parser's synonyms is a synonym match, whatever the entry calls it. */
function asSynonym(match: Match | null): Match | null {
  return match && match.via === 'exact' ? freeze({ ...match, via: 'synonym' }) : match;
}

function firstOf<T>(items: readonly string[], find: (item: string) => T | null): T | null {
  for (const item of items) {
    const found = find(item);
    if (found) return found;
  }
  return null;
}

function unique(keys: string[]): string[] {
  return [...new Set(keys.filter(Boolean))];
}

function compact(key: string): string {
  return key.replace(/[\s/-]+/g, '');
}

/** Compact key → entry index, or null when two different entries share it. */
function buildCompactIndex(names: Iterable<[string, number]>): Map<string, number | null> {
  const index = new Map<string, number | null>();
  for (const [name, entry] of names) {
    const key = compact(name);
    const seen = index.get(key);
    index.set(key, seen === undefined || seen === entry ? entry : null);
  }
  return index;
}

/** Numbers are identity in INCI (PEG-40, CI 77491, Red 4): a fuzzy match may not change them. */
function digits(key: string): string {
  return key.replace(/\D+/g, ' ').trim();
}

/** Edit distance counting a swap of neighbours as one edit ("alochol"), as typists make them. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j - 1] as number) + cost, (above[j] as number) + 1, (row[j - 1] as number) + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function freeze(match: Match): Match {
  Object.freeze(match.classes);
  Object.freeze(match.rules);
  return Object.freeze(match);
}
