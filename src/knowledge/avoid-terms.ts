import { normalizeName } from '../inci/normalize.ts';
import type { KbClass, Match } from './types.ts';

/**
 * A person's own avoid list, written the way people write: INCI names, label synonyms, common names ("jojoba
 * oil"), misspellings ("glycerine"), and group words ("vitamin c", "retinoids", "lavender", "essential oils").
 * Each entry is resolved once against the knowledge base into what it stands for.
 */
export interface AvoidTerm {
  /** As the person typed it. */
  typed: string;
  /** The entries it names (canonical INCI): the name itself, a synonym or a misspelling of one. */
  inci: ReadonlySet<string>;
  /** The family it names ("silicones"). */
  family: string | null;
  /** The classes it names by their label or id ("vitamin c", "retinoids", "fragrance"). */
  classes: ReadonlySet<string>;
  /** A group word that is no class ("essential oils", "parabens"). */
  group: AvoidGroup | null;
  /** Its words, found as whole words in any name of an ingredient ("lavender" in "Lavender Oil"). */
  words: readonly string[];
  /** The plant a common name stands for ("lavender" → "lavandula angustifolia"): any name starting with it. */
  plants: readonly string[];
}

interface AvoidGroup {
  /** Ingredients of one of these classes… */
  classes: readonly string[];
  /** …and a name saying what the group is. */
  names: RegExp;
}

/** What the avoid list needs of the knowledge base (the matcher provides it). */
export interface AvoidLookup {
  match(name: string): Match;
  readonly classes: readonly KbClass[];
  /** Every entry's normalised names (canonical and label synonyms), by canonical INCI. */
  entryNames(): ReadonlyMap<string, readonly string[]>;
}

/** Group words no class label says, in the languages of the interface. */
const GROUPS: { terms: readonly string[]; group: AvoidGroup }[] = [
  {
    terms: ['essential oil', 'essential oils', 'atherisches ol', 'atherische ole', 'huiles essentielles', 'huile essentielle'],
    group: { classes: ['fragrance'], names: /\b(oils?|absolutes?|ole?)\b/ },
  },
  { terms: ['paraben', 'parabens', 'parabene'], group: { classes: [], names: /paraben\b/ } },
  { terms: ['sulfate', 'sulfates', 'sulphate', 'sulphates', 'sulfat'], group: { classes: ['surfactant'], names: /sul(f|ph)ate?\b/ } },
];
/** Words naming the part of a plant: "jojoba oil" is the oil, "lavender" the whole plant. */
const PLANT_PART = /\b(oils?|extracts?|water|butter|wax|juice|seeds?|leaf|leaves|flowers?|roots?|bark|peel|fruit|powder|absolute)\b/;
const BRACKETS = /\s*[([][^)\]]*[)\]]/g;

const resolved = new WeakMap<AvoidLookup, Map<string, AvoidTerm>>();

/** What the typed entry stands for (remembered per knowledge base). */
export function resolveAvoidTerm(typed: string, kb: AvoidLookup): AvoidTerm {
  const known = resolved.get(kb) ?? new Map<string, AvoidTerm>();
  resolved.set(kb, known);
  let term = known.get(typed);
  if (!term) {
    term = resolve(typed, kb);
    known.set(typed, term);
  }
  return term;
}

function resolve(typed: string, kb: AvoidLookup): AvoidTerm {
  const key = normalizeName(typed);
  const words = key === '' ? [] : key.split(' ').map(singular);
  const group = GROUPS.find((g) => g.terms.includes(key))?.group ?? null;
  const match = key === '' || group ? null : kb.match(typed);
  const inci = match?.inci ?? null;
  const family = match?.family ?? null;
  const classes = group ? [] : kb.classes.filter((c) => namesClass(words, c)).map((c) => c.id);
  // A bare common name of a plant ("lavender", "rose") means the plant: its Latin binomial, whatever the part.
  const plants = inci && binomialOf(inci) && !PLANT_PART.test(key) ? plantsCalled(words, kb) : [];
  const precise = inci !== null || family !== null || classes.length > 0;
  return {
    typed,
    inci: new Set(inci ? [inci] : []),
    family,
    classes: new Set(classes),
    group,
    // Words alone only for what names nothing more precisely, or a plant's common name: "alcohol" is not cetyl alcohol.
    words: group || (precise && plants.length === 0) ? [] : words,
    plants,
  };
}

/** Nothing in the knowledge base answers to it: only a label printing it would be caught. */
export function matchesNothing(term: AvoidTerm, kb: AvoidLookup): boolean {
  if (term.inci.size > 0 || term.family || term.classes.size > 0 || term.group) return false;
  for (const names of kb.entryNames().values()) if (names.some((name) => hasWords(name, term.words))) return false;
  return true;
}

/** An ingredient's normalised names: as printed (with the parser's synonyms) and its entry's label synonyms. */
export interface IngredientNames {
  printed: readonly string[];
  /** The entry's canonical name first. */
  entry: readonly string[];
}

/** Whether an ingredient is on the person's list through this term. */
export function avoidTermHits(term: AvoidTerm, { printed, entry }: IngredientNames, match: Match): boolean {
  if (match.inci && term.inci.has(match.inci)) return true;
  if (match.family && match.family === term.family) return true;
  if (match.classes.some((c) => term.classes.has(c))) return true;
  if (term.group) {
    // What the ingredient is called, not every synonym its entry answers to ("Parfum" also answers to "essential oils").
    const { classes, names: pattern } = term.group;
    const called = entry.length > 0 ? [...printed, entry[0] as string] : printed;
    return (classes.length === 0 || match.classes.some((c) => classes.includes(c))) && called.some((n) => pattern.test(n));
  }
  const plant = (name: string) => term.plants.some((p) => name === p || name.startsWith(`${p} `));
  return [...printed, ...entry].some((name) => hasWords(name, term.words) || plant(name));
}

/** "vitamin c" names "Vitamin C (ascorbic acid)" and "Vitamin C derivative"; "retinoids" names retinoid and retinoid-rx. */
function namesClass(words: readonly string[], c: KbClass): boolean {
  const label = normalizeName(c.label)
    .replace(BRACKETS, '')
    .split(/[\s/]+/)
    .map(singular);
  const id = c.id.split('-').map(singular);
  return startsWith(label, words) || startsWith(id, words);
}

/** The binomials of the plant entries whose names carry the common name: "lavender" → "lavandula angustifolia". */
function plantsCalled(words: readonly string[], kb: AvoidLookup): string[] {
  const plants = new Set<string>();
  for (const [inci, names] of kb.entryNames()) {
    const binomial = binomialOf(inci);
    if (binomial && names.some((name) => hasWords(name, words))) plants.add(binomial);
  }
  return [...plants];
}

/** "Lavandula Angustifolia (Lavender) Oil" → "lavandula angustifolia"; null for what is no part of a plant. */
function binomialOf(inci: string): string | null {
  const words = normalizeName(inci).replace(BRACKETS, '').split(' ');
  return words.length >= 3 && !/\d/.test(inci) && PLANT_PART.test(words.slice(2).join(' ')) ? words.slice(0, 2).join(' ') : null;
}

function hasWords(name: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const nameWords = name
    .replace(BRACKETS, ' ')
    .split(/[\s/,()]+/)
    .map(singular);
  for (let start = 0; start + words.length <= nameWords.length; start++) {
    if (words.every((word, i) => nameWords[start + i] === word)) return true;
  }
  return false;
}

function startsWith(whole: readonly string[], words: readonly string[]): boolean {
  return words.length > 0 && words.length <= whole.length && words.every((word, i) => whole[i] === word);
}

/** "oils" and "oil", "retinoids" and "retinoid" are the same word here. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
