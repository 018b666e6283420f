import { createNearbyIndex, digits, typoEdits, type NamedEntry } from './nearby.ts';

/**
 * The avoid and caution names of the knowledge base, indexed for the safety rule: which risky entry could a
 * name be? Two kinds of closeness:
 * - `misspelt`: the whole name is an edit or two from a risky name (two from ten letters on, one more per eight
 *   letters as fuzzy matching allows; see nearby.ts), numbers kept ("Ethylhexyl Salicilate"). No reading may be
 *   safer than that entry.
 * - `named`: the name carries a risky substance's name or distinctive word ("Retinol Complex", "Glycolic Acid
 *   Complex", "Methylpropional", "Ethylhexyl Methoxycinamate Blend"). It is some risky substance, though not
 *   surely that one: no reading may call it neutral or beneficial.
 */
export interface RiskyNear {
  misspelt: number | null;
  named: number | null;
}

export interface RiskyNames {
  near(key: string): RiskyNear;
}

/** Risky names shorter than this are codes (MI, BIT, OIT), whose one-edit neighbours are other words ("oil"). */
const MIN_RISKY_LENGTH = 4;
/** A name shorter than this is no misspelling of anything. */
const MIN_LENGTH = 3;
const TWO_EDITS_FROM = 10;
/** A single word this long that only risky names use names a risky substance ("retinol", "butylphenyl"). */
const WORD_LENGTH = 6;
/** A distinctive last word this long is still recognised with one edit ("methoxycinamate"). */
const MISSPELT_WORD_LENGTH = 10;
const MAX_WORDS = 12;
const WORD_BREAK = /[\s/,()[\]]+/;
const BRACKETS = /\s*[([][^)\]]*[)\]]/g;
/** Words that say how, not what. */
const QUALIFIER = /^(?:organic|bio|natural|pure|certified|synthetic|vegan|virgin|refined|raw|nano|micronized)$/;
const PLANT_PART =
  /\b(oils?|extract|water|flower|leaf|leaves|seed|bark|root|peel|fruit|absolute|wax|cera|juice|powder|resin|balsam|herb|stem|twig|wood|needle|bud|hydrosol|distillate|gum|kernel|nut|shell)\b/;

/**
 * @param names every name of the knowledge base (canonical and label synonyms) with its entry
 * @param riskOf an entry's riskiness: > 0 for avoid and caution entries (higher is riskier), else 0
 * @param conditional entries risky only in some products (scrub particles): no word of theirs is distinctive
 */
export function createRiskyNames(names: readonly NamedEntry[], riskOf: (entry: number) => number, conditional: (entry: number) => boolean): RiskyNames {
  const risky = names.filter(({ key, entry }) => riskOf(entry) > 0 && key.length >= MIN_RISKY_LENGTH);
  const wholeNames = createNearbyIndex(risky);
  const riskier = (a: number | null, b: number): number => (a === null || riskOf(b) > riskOf(a) ? b : a);

  // Words no neutral or beneficial name uses. Plant names are left out: their genus and species words are
  // shared by risky oils and harmless waters and extracts, which the family patterns tell apart.
  const safeWords = new Set(names.filter(({ entry }) => riskOf(entry) === 0).flatMap(({ key }) => key.split(WORD_BREAK)));
  const distinctive = (word: string) => word.length >= WORD_LENGTH && !safeWords.has(word) && !/\d/.test(word);
  // A plant's entry is a plant whatever a name of it says: a translated label name ("Olio essenziale di rosa
  // damascena") has no English plant-part word, and must not make the genus or species words distinctive.
  const plants = new Set(risky.filter(({ key }) => PLANT_PART.test(key)).map(({ entry }) => entry));
  const substances = risky.filter(({ entry }) => !plants.has(entry) && !conditional(entry));
  /** Whole risky names of two words or more, and single distinctive ones: "glycolic acid", "retinol". */
  const phrases = new Map<string, number>();
  /** Any distinctive word of a risky name: a name cut short by a shop ("butylphenyl"). */
  const fragments = new Map<string, number>();
  /** The distinctive last word of a risky name: what the substance is ("methoxycinnamate"). */
  const heads = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, entry: number) => map.set(key, riskier(map.get(key) ?? null, entry));
  for (const { key, entry } of substances) {
    const words = key
      .replace(BRACKETS, '')
      .split(WORD_BREAK)
      .filter((word) => word !== '' && !QUALIFIER.test(word));
    if (words.length === 0) continue;
    if (words.length > 1 || distinctive(words[0] as string)) add(phrases, words.join(' '), entry);
    for (const word of words.filter(distinctive)) add(fragments, word, entry);
    const last = words.at(-1) as string;
    if (words.length > 1 && distinctive(last)) add(heads, last, entry);
  }
  const misspeltHeads = createNearbyIndex([...heads].filter(([word]) => word.length >= MISSPELT_WORD_LENGTH).map(([key, entry]) => ({ key, entry })));

  const misspeltNear = (key: string): number | null => {
    let found: number | null = null;
    // As many edits as a fuzzy match may make, and two from ten letters on.
    const maxEdits = Math.max(key.length >= TWO_EDITS_FROM ? 2 : 1, typoEdits(key.length));
    for (const close of wholeNames.within(key, maxEdits)) if (digits(close.key) === digits(key)) found = riskier(found, close.entry);
    return found;
  };

  const misspeltHead = (word: string): number | null => {
    let found: number | null = null;
    if (word.length >= MISSPELT_WORD_LENGTH) for (const close of misspeltHeads.within(word, 1)) found = riskier(found, close.entry);
    return found;
  };

  const namedNear = (key: string): number | null => {
    const words = key.split(WORD_BREAK).filter(Boolean);
    if (words.length === 1) return fragments.get(key) ?? misspeltHead(key);
    let found: number | null = null;
    for (let start = 0; start < Math.min(words.length, MAX_WORDS); start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_WORDS); end++) {
        const phrase = phrases.get(words.slice(start, end).join(' '));
        if (phrase !== undefined) found = riskier(found, phrase);
      }
      const word = words[start] as string;
      const head = heads.get(word) ?? misspeltHead(word);
      if (head !== null) found = riskier(found, head);
    }
    return found;
  };

  return {
    near(key) {
      if (key.length < MIN_LENGTH) return { misspelt: null, named: null };
      return { misspelt: misspeltNear(key), named: namedNear(key) };
    },
  };
}
