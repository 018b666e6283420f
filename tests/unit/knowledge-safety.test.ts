import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCompiledKb } from '../../scripts/engine.ts';
import { normalizeName } from '../../src/inci/normalize.ts';
import { parseInci } from '../../src/inci/parse.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';
import type { ParsedLabel } from '../../src/inci/types.ts';
import type { Depth, Match } from '../../src/knowledge/types.ts';
import { scoreLabel } from '../../src/score/score.ts';

/** How long the misspelling properties may take (no speed claim: speed is measured by `npm run bench`). */
const PROPERTY_TIMEOUT = 600_000;

// Never safer than the label: no step of the matcher (rewrites, splitting, families, fuzzy) may read a name as
// something safer than an avoid or caution entry it is close to.

const kb = loadCompiledKb();
const matcher = createMatcher(kb);
const RANK = { beneficial: 0, neutral: 1, caution: 2, avoid: 3 } as const;
const GENTLE = [
  'Aqua',
  'Glycerin',
  'Squalane',
  'Cetearyl Alcohol',
  'Panthenol',
  'Sodium Hyaluronate',
  'Allantoin',
  'Caprylyl Glycol',
  'Xanthan Gum',
  'Tocopherol',
  'Dimethicone',
  'Butylene Glycol',
  'Ceramide NP',
  'Cholesterol',
  'Carbomer',
  'Sodium Hydroxide',
  'Disodium EDTA',
  'Ethylhexylglycerin',
  'Phenoxyethanol',
];

/** The riskiness of a set of classes: its worst effect, then the longest professional window of that effect. */
function risk(classes: readonly string[]): number {
  const known = classes.map((id) => kb.classes.find((c) => c.id === id)).filter((c) => c !== undefined);
  const worst = Math.max(-1, ...known.map((c) => RANK[c.effect]));
  const window = Math.max(0, ...known.filter((c) => RANK[c.effect] === worst).map((c) => c.windowHours.pro));
  return worst * 1000 + window;
}

function verdictOf(text: string): string {
  return scoreLabel(parseInci(text), matcher, { depth: 'pro', treatmentAt: null, avoidList: [] }).verdict;
}

/** A list as the parser hands it over, one ingredient per name: what the matcher and scorer are given. */
function listOf(names: readonly string[]): ParsedLabel {
  const ingredients = names.map((name, position) => ({
    text: name,
    name,
    synonyms: [],
    position,
    percent: null,
    mayContain: false,
    component: 0,
    declaredActive: false,
  }));
  return { components: [{ name: null, ingredients }], truncated: false };
}

function listVerdict(names: readonly string[], depth: Depth = 'pro'): string {
  return scoreLabel(listOf(names), matcher, { depth, treatmentAt: null, avoidList: [] }).verdict;
}

function gentleWith(name: string, at: number, gentle: readonly string[] = GENTLE): string[] {
  const names = [...gentle];
  names.splice(at % (names.length + 1), 0, name);
  return names;
}

/** Every avoid and caution name of the knowledge base (canonical and label synonyms), normalised, with its entry. */
const riskyClassIndexes = new Set(kb.classes.flatMap((c, i) => (c.effect === 'avoid' || c.effect === 'caution' ? [i] : [])));
const riskyEntries = new Set(kb.entries.flatMap(([, classes], i) => (classes.some((c) => riskyClassIndexes.has(c)) ? [i] : [])));
const RISKY_NAMES: [name: string, entry: number][] = [
  ...kb.entries.flatMap(([inci], i): [string, number][] => (riskyEntries.has(i) ? [[normalizeName(inci), i]] : [])),
  ...Object.entries(kb.synonyms).filter(([, i]) => riskyEntries.has(i)),
];
const KNOWN_NAMES = new Set([...kb.entries.map(([inci]) => normalizeName(inci)), ...Object.keys(kb.synonyms)]);
const entryClasses = (i: number) => (kb.entries[i]?.[1] ?? []).map((c) => kb.classes[c]?.id ?? '');

const VOWELS = 'aeiou';
/** The one-edit misspellings a typist makes: a letter dropped, two neighbours swapped, a vowel changed. */
function oneEditMisspellings(name: string): string[] {
  const out = new Set<string>();
  const letter = (i: number) => /[a-z]/.test(name.charAt(i));
  for (let i = 0; i < name.length; i++) if (letter(i)) out.add(name.slice(0, i) + name.slice(i + 1));
  for (let i = 0; i + 1 < name.length; i++) {
    if (letter(i) && letter(i + 1) && name[i] !== name[i + 1]) out.add(name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2));
  }
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (VOWELS.includes(c)) for (const v of VOWELS) if (v !== c) out.add(name.slice(0, i) + v + name.slice(i + 1));
  }
  out.delete(name);
  return [...out];
}

/** Safe enough: at least as risky as the name it came from, or unknown with that doubt named. */
function keepsItsRisk(match: Match, original: number): boolean {
  if (match.via === 'none') return match.near !== undefined;
  return risk(match.classes) >= risk(entryClasses(original));
}

describe('names from real labels that a neutral family or rewrite used to clear', () => {
  it.each([
    ['Ethylhexyl Methoxycinamate', 'chemical-uv-filter'],
    ['Ethylhexyl Salicilate', 'chemical-uv-filter'],
    ['Butyl Methoxydibenzoylmethan', 'chemical-uv-filter'],
    ['Drometrizol Trisiloxane', 'chemical-uv-filter'],
  ])('%s is never a neutral emollient', (name, classId) => {
    const match = matcher.match(name);
    expect(match.via === 'none' ? match.near : match.classes, name).toSatisfy((found: unknown) =>
      Array.isArray(found) ? found.includes(classId) : typeof found === 'string',
    );
  });

  it('a sunscreen with two misspelt chemical filters is never suitable', () => {
    const label = 'Water, Ethylhexyl Methoxycinamate, Ethylhexyl Salicilate, Glycerin, Squalane, Cetearyl Alcohol, Dimethicone, Tocopherol, Xanthan Gum, Phenoxyethanol';
    expect(verdictOf(label)).toBe('avoid');
  });

  it.each([
    ['Retinol Complex', 'Retinol'],
    ['Lactobacillus/Retinol Ferment', 'Retinol'],
    ['Methylpropional', 'Butylphenyl Methylpropional'],
  ])('%s, unknown but carrying a risky stem, names what it could be', (name, near) => {
    const match = matcher.match(name);
    expect(match.via).toBe('none');
    expect(match.near).toBe(near);
  });

  it('keeps real names that only look like a risky one', () => {
    expect(matcher.match('Citrus Grandis Seed Oil').classes).toContain('plant-oil');
    expect(matcher.match('Methyl Lactate')).toMatchObject({ via: 'exact', inci: 'Methyl Lactate' });
    expect(matcher.match('Salix Alba Leaf Extract').via).not.toBe('none');
  });
});

describe('one safety rule for every match (property: every avoid and caution name, misspelt by one edit)', () => {
  // A misspelling that is itself a name of the knowledge base is that ingredient (Methyl Lactate, Batyl Alcohol,
  // Silt, Vitamin E): the label names it. A misspelling of a code of two or three letters (MI, BIT, OIT) is another
  // short word ("oil"), not a misspelt name; and a dropped one-letter word ("Vitamin A" → "Vitamin") is no typo.
  const cases = RISKY_NAMES.flatMap(([name, entry]) =>
    oneEditMisspellings(name)
      .filter((m) => name.length >= 4 && normalizeName(m) === m && !KNOWN_NAMES.has(m))
      .map((misspelt) => ({ name, entry, misspelt })),
  );
  /** Entries whose role depends on the list (pH adjuster late, preservative alone, scrub only): gentle lists may clear them. */
  const unconditional = cases.filter(({ entry }) => (kb.entries[entry]?.[2] ?? []).length === 0);

  it('covers every risky name of four letters or more', () => {
    const covered = new Set(cases.map((c) => c.name));
    expect(RISKY_NAMES.filter(([name]) => name.length >= 4 && !covered.has(name))).toEqual([]);
    console.info(
      `safety property: ${RISKY_NAMES.length} avoid/caution names, ${cases.length} one-edit misspellings, ` +
        `${unconditional.length} of them of entries whose role no list position changes`,
    );
  });

  // 150,000 matches: well under a minute plain, several times that under coverage instrumentation.
  it('never reads a misspelt risky name as neutral, beneficial or safer than it is', { timeout: PROPERTY_TIMEOUT }, () => {
    const safer = cases.filter(({ entry, misspelt }) => !keepsItsRisk(matcher.match(misspelt), entry));
    expect(safer.slice(0, 20).map(({ name, misspelt }) => `${name} → ${misspelt}: ${JSON.stringify(matcher.match(misspelt))}`)).toEqual([]);
    expect(safer).toHaveLength(0);
  });

  it('never lets a gentle list become suitable, wherever the misspelt name stands', { timeout: PROPERTY_TIMEOUT }, () => {
    expect(listVerdict(GENTLE)).toBe('suitable');
    const cleared = unconditional.filter(({ misspelt }, i) => listVerdict(gentleWith(misspelt, i)) === 'suitable');
    expect(cleared.slice(0, 20).map((c) => c.misspelt)).toEqual([]);
    expect(cleared).toHaveLength(0);
    fc.assert(
      fc.property(
        // An index, not constantFrom(...names): the list is too long to spread into arguments.
        fc.nat({ max: unconditional.length - 1 }).map((i) => unconditional[i] as (typeof unconditional)[number]),
        fc.shuffledSubarray(GENTLE, { minLength: 9 }),
        fc.nat(),
        fc.constantFrom<Depth>('pro', 'home'),
        ({ misspelt }, gentle, at, depth) => {
          const names = gentleWith(misspelt, at, gentle);
          expect(listVerdict(names, depth), names.join(', ')).not.toBe('suitable');
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
