import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { normalizeName } from '../../src/inci/normalize.ts';
import { compileKnowledgeBase } from '../../src/knowledge/compile.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';

// The knowledge base sources (data/) as reviewed code: valid, complete, consistent.

const sources = readKbSources(resolve(import.meta.dirname, '../../data'));
const entries = sources.ingredients.flatMap(({ file, entries: list }) => list.map((entry) => ({ file, ...entry })));
const classById = new Map(sources.classes.map((c) => [c.id, c]));
const matcher = createMatcher(compileKnowledgeBase(sources), { fuzzy: false });

/**
 * The class ids and effects of the rubric and the neutral/beneficial groups. Decisions after the first release:
 * sulfur and resorcinol exfoliate (keratolytic), mercury compounds are shown as such, and a mineral UV filter waits
 * 24 h (12 h at home): caution.
 */
const FIXED_CLASSES = {
  avoid:
    'retinoid retinoid-rx exfoliating-acid keratolytic benzoyl-peroxide vitamin-c-pure fragrance drying-alcohol astringent-cooling physical-exfoliant bleaching-agent mercury-compound self-tanner chemical-uv-filter makeup-pigment depilatory enzyme-exfoliant',
  caution:
    'niacinamide vitamin-c-derivative copper-peptide bakuchiol brightening-active ferulic-acid sensitising-preservative arnica benzyl-alcohol-preservative alcohol-late mineral-uv-filter',
  neutral:
    'emollient humectant emulsifier surfactant silicone film-former thickener preservative ph-adjuster chelator antioxidant solvent plant-extract plant-oil fatty-alcohol occlusive filler skin-conditioning',
  beneficial: 'hyaluronic barrier-lipid panthenol centella allantoin glycerin squalane beta-glucan thermal-water bisabolol aloe oat peptide',
};
const RULES = ['ph-adjuster-when-late', 'preservative-when-alone', 'position-sensitive', 'scrub-only'];
const withoutBrackets = (key: string) => key.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();

describe('classes (data/classes.json)', () => {
  it('has exactly the fixed class ids with their effects', () => {
    const expected = Object.entries(FIXED_CLASSES).flatMap(([effect, ids]) => ids.split(' ').map((id) => `${id}:${effect}`));
    expect(sources.classes.map((c) => `${c.id}:${c.effect}`).sort()).toEqual(expected.sort());
  });

  it('gives flagged classes a window and neutral or beneficial ones none', () => {
    for (const c of sources.classes) {
      const flagged = c.effect === 'avoid' || c.effect === 'caution';
      expect(c.windowHours.pro > 0, c.id).toBe(flagged);
      expect(c.windowHours.home > 0, c.id).toBe(flagged);
      expect(c.windowHours.home, c.id).toBeLessThanOrEqual(c.windowHours.pro);
    }
  });

  it('keeps the rubric windows (pro / home hours)', () => {
    const windows = Object.fromEntries(sources.classes.map((c) => [c.id, [c.windowHours.pro, c.windowHours.home]]));
    expect(windows).toMatchObject({
      retinoid: [168, 72],
      'retinoid-rx': [336, 168],
      'exfoliating-acid': [168, 72],
      'vitamin-c-pure': [72, 48],
      fragrance: [72, 48],
      'drying-alcohol': [72, 48],
      'chemical-uv-filter': [48, 24],
      'makeup-pigment': [24, 12],
      'enzyme-exfoliant': [120, 48],
      niacinamide: [48, 24],
      'vitamin-c-derivative': [72, 24],
      'ferulic-acid': [48, 24],
      'benzyl-alcohol-preservative': [48, 24],
      'alcohol-late': [48, 24],
      keratolytic: [168, 72],
      'mercury-compound': [168, 72],
      'mineral-uv-filter': [24, 12],
    });
  });

  it('keeps the pause windows of the treatment cycle (pro / home hours), each with its own sources', () => {
    const pauses = Object.fromEntries(sources.classes.filter((c) => c.pause).map((c) => [c.id, [c.pause?.hours.pro, c.pause?.hours.home]]));
    // shared/reference/treatment-cycle.md, "Defaults to use"; keratolytic pauses with the exfoliants it is one of.
    expect(pauses).toEqual({
      retinoid: [120, 48],
      'retinoid-rx': [168, 72],
      'exfoliating-acid': [72, 24],
      'benzoyl-peroxide': [72, 24],
      'physical-exfoliant': [72, 24],
      'enzyme-exfoliant': [72, 24],
      keratolytic: [72, 24],
      'bleaching-agent': [72, 24],
      depilatory: [168, 72],
      'self-tanner': [48, 48],
      'vitamin-c-pure': [24, 0],
    });
    for (const c of sources.classes.filter((c) => c.pause)) {
      expect(c.effect, c.id).toBe('avoid');
      for (const source of c.pause?.sources ?? []) expect(source.title.length, c.id).toBeGreaterThan(10);
    }
  });

  it('keeps the first hours after a session: 6 h professional, 0 at home, with sources', () => {
    expect(sources.session.firstHours.hours).toEqual({ pro: 6, home: 0 });
    expect(sources.session.rollingOver.sources.some((s) => s.url?.includes('10.1001/jamadermatol.2013.6955'))).toBe(true);
  });

  it('marks exactly the disputed classes as disputed and says so in the reason', () => {
    const disputed = sources.classes.filter((c) => c.disputed);
    expect(disputed.map((c) => c.id).sort()).toEqual(['copper-peptide', 'niacinamide', 'occlusive']);
    for (const c of disputed) expect(c.reason, c.id).toMatch(/disput|disagree/i);
  });

  it('cites at least one titled source for every class', () => {
    for (const c of sources.classes) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const source of c.sources) expect(source.title.length, c.id).toBeGreaterThan(10);
    }
  });
});

describe('ingredients (data/ingredients/*.json)', () => {
  it('holds at least 1,500 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1500);
  });

  it('gives every normalised name (canonical or aka) to exactly one entry, once', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of entries) {
      for (const name of [entry.inci, ...(entry.aka ?? [])]) {
        const key = normalizeName(name);
        const previous = owner.get(key);
        if (previous !== undefined) clashes.push(`${key}: ${previous} / ${entry.file}:${entry.inci}`);
        owner.set(key, `${entry.file}:${entry.inci}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every entry at least one existing class and only known rules', () => {
    for (const entry of entries) {
      expect(entry.classes.length, entry.inci).toBeGreaterThan(0);
      for (const id of entry.classes) expect(classById.has(id), `${entry.inci}: ${id}`).toBe(true);
      for (const rule of entry.rules ?? []) expect(RULES, entry.inci).toContain(rule);
    }
  });

  it('puts each rule only where its class makes it meaningful', () => {
    const ruleClass: Record<string, string> = {
      'ph-adjuster-when-late': 'exfoliating-acid',
      'preservative-when-alone': 'fragrance',
      'position-sensitive': 'drying-alcohol',
      'scrub-only': 'physical-exfoliant',
    };
    for (const entry of entries) {
      for (const rule of entry.rules ?? []) expect(entry.classes, `${entry.inci}: ${rule}`).toContain(ruleClass[rule]);
    }
  });
});

describe('families (data/families.json)', () => {
  it('refers to existing classes and known rules', () => {
    for (const family of sources.families) {
      for (const id of family.classes) expect(classById.has(id), `${family.id}: ${id}`).toBe(true);
      for (const rule of family.rules ?? []) expect(RULES, family.id).toContain(rule);
    }
  });

  it.each(sources.families.map((f) => [f.id, f] as const))('%s compiles and matches its examples', (_, family) => {
    const pattern = new RegExp(family.pattern);
    for (const example of family.examples) {
      expect(pattern.test(withoutBrackets(normalizeName(example))), example).toBe(true);
    }
  });

  it.each(sources.families.map((f) => [f.id, f] as const))('%s does not classify its counter-examples', (_, family) => {
    for (const counter of family.counterExamples) {
      expect(matcher.match(counter).family, counter).not.toBe(family.id);
    }
  });
});
