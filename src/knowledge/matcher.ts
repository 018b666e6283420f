import { normalizeName } from '../inci/normalize.ts';
import type { CompiledEntry, CompiledKb } from './compile.ts';
import { EFFECT_SEVERITY, worstEffect } from './effects.ts';
import { gluedParts } from './glued-names.ts';
import { createNearbyIndex, digits, typoEdits, type NamedEntry, type NearbyIndex } from './nearby.ts';
import { createRiskyNames, type RiskyNames, type RiskyNear } from './risky-names.ts';
import { translateLabelWords } from './label-words.ts';
import type { Effect, KbClass, Match, SessionRules } from './types.ts';

/** Label name → knowledge-base entry. Pure; one instance per worker (see README.md beside this file). */
export interface Matcher {
  /** The compiled knowledge base's version (see CompiledKb.version). */
  readonly version: string;
  /** Recognises one ingredient: its printed name and the other names the parser found for it. */
  match(name: string, synonyms?: readonly string[]): Match;
  classOf(id: string): KbClass | undefined;
  readonly classes: readonly KbClass[];
  /** What holds around every session whatever the ingredients (data/session.json). */
  readonly session: SessionRules;
  /** The most severe effect among the classes (effects.ts: avoid > caution > neutral > beneficial), or null for none. */
  effectOf(classIds: readonly string[]): Effect | null;
  /** Every entry's normalised names (canonical first, then label synonyms), by canonical INCI. Built on first use. */
  entryNames(): ReadonlyMap<string, readonly string[]>;
}

/** Fuzzy matching is a last resort for misspellings: strict (see typoEdits), and never on short names. */
const FUZZY_MIN_LENGTH = 5;

export interface MatcherOptions {
  /** Off for measuring what the data alone recognises (npm run eval, coverage tests). */
  fuzzy?: boolean;
}

const CONFIDENCE = { exact: 1, variant: 0.95, family: 0.9 } as const;

export const UNKNOWN_MATCH: Match = freeze({ inci: null, classes: [], rules: [], via: 'none', confidence: 0 });

const BRACKETS = /\s*[([][^)\]]*[)\]]/g;
const QUALIFIERS =
  /^(?:(?:(?:certified )?organic|bio|natural|pure|nano|non-nano|micronized|vegetable|vegan|virgin|extra virgin|cold-pressed|refined|unrefined|raw) )+| (?:nano|organic|bio)$/g;

/** A cheap rewrite of a normalised name; `id` is reported as `Match.variant` and counted by `npm run eval`. */
interface NameRewrite {
  id: string;
  rewrite: (key: string) => string;
}

/** Cheap rewrites tried, in order, before splitting, families and fuzzy matching. */
const NAME_VARIANTS: readonly NameRewrite[] = [
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
];

export function createMatcher(kb: CompiledKb, { fuzzy: allowFuzzy = true }: MatcherOptions = {}): Matcher {
  const classById = new Map(kb.classes.map((c) => [c.id, c]));
  const classIds = kb.classes.map((c) => c.id);
  const canonical = new Map<string, number>();
  kb.entries.forEach(([inci], index) => canonical.set(normalizeName(inci), index));
  const synonyms = new Map(Object.entries(kb.synonyms));
  const families = kb.families.map((family) => ({ ...family, regexp: new RegExp(family.pattern) }));
  const cache = new Map<string, Match>();
  // Built on first need: a worker that only meets known names never pays for them.
  let compactIndex: Map<string, number | null> | undefined;
  let allNames: NearbyIndex | undefined;
  let namesByEntry: Map<string, string[]> | undefined;
  let riskyNames: RiskyNames | undefined;

  const effectOf = (classIds: readonly string[]): Effect | null => worstEffect(classIds.flatMap((id) => classById.get(id)?.effect ?? []));

  /** How risky a set of classes is: its worst effect, then the longest window of that effect; -1 for none. */
  const riskOf = (ids: readonly string[]): number => {
    const effect = effectOf(ids);
    if (effect === null) return -1;
    const windows = ids
      .map((id) => classById.get(id))
      .filter((c) => c?.effect === effect)
      .map((c) => c?.windowHours.pro ?? 0);
    return EFFECT_SEVERITY[effect] * 1000 + Math.max(0, ...windows);
  };
  const entryClasses = (index: number): string[] => (kb.entries[index] as CompiledEntry)[1].map((i) => classIds[i] as string);
  const entryRisk = (index: number): number => riskOf(entryClasses(index));
  const RISKY_FROM = EFFECT_SEVERITY.caution * 1000;

  const entryMatch = (index: number, via: 'exact' | 'synonym' | 'fuzzy', confidence: number, variant?: string): Match => {
    const [inci, , rules = []] = kb.entries[index] as CompiledEntry;
    return freeze({ inci, classes: entryClasses(index), rules: [...rules], via, confidence, ...(variant ? { variant } : {}) });
  };

  const lookup = (key: string, variant?: string): Match | null => {
    const confidence = variant ? CONFIDENCE.variant : CONFIDENCE.exact;
    const exact = canonical.get(key);
    if (exact !== undefined) return entryMatch(exact, 'exact', confidence, variant);
    const synonym = synonyms.get(key);
    return synonym === undefined ? null : entryMatch(synonym, 'synonym', confidence, variant);
  };

  const everyName = (): NamedEntry[] => [...canonical, ...synonyms].map(([key, entry]) => ({ key, entry }));

  /** "Butyleneglycol" = "Butylene Glycol": spaces, hyphens and slashes ignored, where that stays unambiguous. */
  const compactLookup = (key: string): Match | null => {
    compactIndex ??= buildCompactIndex([...canonical, ...synonyms]);
    const index = compactIndex.get(compact(key));
    return index === undefined || index === null ? null : entryMatch(index, 'exact', CONFIDENCE.variant, 'spacing');
  };

  // The rewrites, in order; the last needs the knowledge base. Whatever one finds passes the safety rule
  // like every other step.
  const rewrites: readonly NameRewrite[] = [
    ...NAME_VARIANTS,
    /** A name in a shop's language, word by word into English INCI words: "Sonnenblumenöl" → "sunflower oil". */
    { id: 'label-words', rewrite: (key) => translateLabelWords(key, kb.labelWords) },
  ];

  const variantLookup = (key: string): Match | null => {
    for (const { id, rewrite } of rewrites) {
      const rewritten = rewrite(key);
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
    return freeze({ ...riskiest(found as Match[]), confidence: CONFIDENCE.variant, variant: 'alternatives' });
  };

  const riskiest = (matches: readonly Match[]): Match => matches.reduce((a, b) => (riskOf(b.classes) > riskOf(a.classes) ? b : a));

  /** Names glued without a comma, read as the known names they are made of (glued-names.ts). */
  const splitLookup = (name: string, key: string): Match | null => {
    const glued = gluedParts(name, key, (part) => canonical.has(part) || synonyms.has(part));
    if (!glued) return null;
    const parts = glued.keys.map((part) => lookup(part) as Match);
    return freeze({ ...riskiest(parts), confidence: CONFIDENCE.variant, variant: 'split', parts: glued.texts });
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

  /** A family reads the whole name, a split reads names glued together: the riskier reading wins, the family on a tie. */
  const splitOrFamily = (name: string, key: string, keys: readonly string[]): Match | null => {
    const family = familyLookup(keys);
    const split = splitLookup(name, key);
    return split && (!family || riskOf(split.classes) > riskOf(family.classes)) ? split : family;
  };

  const fuzzyLookup = (key: string): Match | null => {
    if (!allowFuzzy || key.length < FUZZY_MIN_LENGTH) return null;
    const maxEdits = typoEdits(key.length);
    allNames ??= createNearbyIndex(everyName());
    // A misspelling keeps its first letter, and numbers are identity (PEG-40 is not PEG-60). Nearest first; on a
    // tie the entry listed first in data/ (each file leads with its main names).
    const accepted = allNames
      .within(key, maxEdits)
      .filter((c) => c.key.charAt(0) === key.charAt(0) && digits(c.key) === digits(key))
      .sort((a, b) => a.edits - b.edits || Math.abs(a.key.length - key.length) - Math.abs(b.key.length - key.length) || a.entry - b.entry);
    const best = accepted[0];
    if (!best) return null;
    const bestMatch = entryMatch(best.entry, 'fuzzy', 1 - best.edits / key.length);
    // A misspelt name must never come out safer than a near name it could also be: then it stays unknown.
    const riskier = accepted.some((c) => entryRisk(c.entry) > riskOf(bestMatch.classes));
    return riskier ? null : bestMatch;
  };

  /** The riskiest avoid or caution entries the name (printed, or without brackets) is close to (see risky-names.ts). */
  const nearRisky = (keys: readonly string[]): RiskyNear => {
    riskyNames ??= createRiskyNames(
      everyName(),
      (entry) => Math.max(0, entryRisk(entry) - RISKY_FROM + 1),
      (entry) => ((kb.entries[entry] as CompiledEntry)[2] ?? []).includes('scrub-only'),
    );
    const riskier = (a: number | null, b: number | null) => (a === null || (b !== null && entryRisk(b) > entryRisk(a)) ? b : a);
    return keys
      .map((key) => (riskyNames as RiskyNames).near(key))
      .reduce((a, b) => ({
        misspelt: riskier(a.misspelt, b.misspelt),
        named: riskier(a.named, b.named),
      }));
  };

  const resolve = (name: string, parserSynonyms: readonly string[]): Match => {
    const key = normalizeName(name);
    const synonymKeys = parserSynonyms.map(normalizeName).filter((k) => k !== '' && k !== key);
    const direct = lookup(key) ?? firstOf(synonymKeys, (k) => asSynonym(lookup(k)));
    if (direct) return direct;
    const bare = key.replace(BRACKETS, '').replace(QUALIFIERS, '').trim();
    // The one safety rule: no step may read the name as safer than a risky entry it is close to. A step whose
    // answer is safer is passed over; when none is left the name stays unknown, with that entry as the doubt.
    const near = nearRisky(unique([key, bare]));
    const floor = Math.max(near.misspelt === null ? -1 : entryRisk(near.misspelt), near.named === null ? -1 : RISKY_FROM);
    // A rule the near entry does not have (a scrub particle only in scrubs) can make an answer safer in some lists.
    const nearRules = new Set([near.misspelt, near.named].flatMap((e) => (e === null ? [] : entryMatch(e, 'exact', 1).rules)));
    const safeEnough = (found: Match) => floor < 0 || (riskOf(found.classes) >= floor && found.rules.every((rule) => nearRules.has(rule)));
    const steps: (() => Match | null)[] = [
      () => variantLookup(key) ?? firstOf(synonymKeys, (k) => asSynonym(variantLookup(k))),
      () => splitOrFamily(name, key, unique([key, bare, ...synonymKeys])),
      () => fuzzyLookup(bare),
    ];
    for (const step of steps) {
      const found = step();
      if (found && safeEnough(found)) return found;
    }
    const could = near.misspelt ?? near.named;
    return could === null ? UNKNOWN_MATCH : freeze({ ...UNKNOWN_MATCH, near: (kb.entries[could] as CompiledEntry)[0] });
  };

  return {
    version: kb.version,
    classes: kb.classes,
    session: kb.session,
    classOf: (id) => classById.get(id),
    effectOf,
    entryNames() {
      if (!namesByEntry) {
        namesByEntry = new Map(kb.entries.map(([inci]) => [inci, [normalizeName(inci)]]));
        for (const [key, entry] of synonyms) namesByEntry.get((kb.entries[entry] as CompiledEntry)[0])?.push(key);
      }
      return namesByEntry;
    },
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

function freeze(match: Match): Match {
  Object.freeze(match.classes);
  Object.freeze(match.rules);
  return Object.freeze(match);
}
