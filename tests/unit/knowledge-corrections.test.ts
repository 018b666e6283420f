import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { parseInci } from '../../src/inci/parse.ts';
import { compileKnowledgeBase } from '../../src/knowledge/compile.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';
import { scoreLabel } from '../../src/score/score.ts';
import type { Depth } from '../../src/knowledge/types.ts';

// Knowledge-base corrections, each decided once by ../shared/reference/verdict-rubric.md ("Decisions added after
// the first release") and its evidence file. Expected values are the rubric's, never the data's own.

const sources = readKbSources(resolve(import.meta.dirname, '../../data'));
const kb = compileKnowledgeBase(sources);
const matcher = createMatcher(kb);
const classOf = (id: string) => kb.classes.find((c) => c.id === id);

function score(text: string, depth: Depth = 'pro') {
  return scoreLabel(parseInci(text), matcher, { depth, treatmentAt: null, avoidList: [] });
}

describe('a CI number takes the class of the substance it names', () => {
  it.each([
    ['CI 77002', 'Aluminum Hydroxide', 'filler'],
    ['CI 77120', 'Barium Sulfate', 'filler'],
    ['CI 77861', 'Tin Oxide', 'filler'],
    ['CI 77891', 'Titanium Dioxide', 'mineral-uv-filter'],
    ['CI 77947', 'Zinc Oxide', 'mineral-uv-filter'],
    ['CI 77491', 'Iron Oxides', 'makeup-pigment'],
  ])('%s is %s: %s', (ci, chemical, classId) => {
    expect(matcher.match(ci).classes).toEqual(matcher.match(chemical).classes);
    expect(matcher.match(ci).classes).toContain(classId);
  });
});

describe('mineral UV filters: no sunscreen on the first day, mineral from 24 h', () => {
  it('have a 24 h / 12 h window and a reason that says so', () => {
    expect(classOf('mineral-uv-filter')).toMatchObject({ effect: 'caution', windowHours: { pro: 24, home: 12 } });
    expect(classOf('mineral-uv-filter')?.reason).toMatch(/24 hours/);
    expect(classOf('mineral-uv-filter')?.reason).not.toMatch(/\b(48|72) hours/);
  });

  it('make a mineral sunscreen OK from 24 h (12 h at home), never suitable on the first day', () => {
    const label = 'Aqua, Zinc Oxide, Titanium Dioxide, Glycerin, Squalane';
    expect(score(label)).toMatchObject({ verdict: 'caution', okAfterHours: 24 });
    expect(score(label, 'home').okAfterHours).toBe(12);
  });
});

describe('niacin and the nicotinate esters make the skin flush', () => {
  it.each(['Niacin', 'Nicotinic Acid', 'Methyl Nicotinate', 'Hexyl Nicotinate', 'Benzyl Nicotinate', 'Ethyl Nicotinate'])(
    '%s is astringent-cooling (avoid 3 d / 2 d)',
    (name) => {
      expect(matcher.match(name).classes).toEqual(['astringent-cooling']);
      expect(score(`Aqua, ${name}, Glycerin`).okAfterHours).toBe(72);
    },
  );

  it('while niacinamide stays niacinamide', () => {
    expect(matcher.match('Niacinamide').classes).toEqual(['niacinamide']);
    expect(matcher.match('Nicotinamide').classes).toEqual(['niacinamide']);
  });
});

describe('not every acid exfoliates', () => {
  it.each(['Tropolone', 'Phenylpyruvic Acid'])('%s is neutral', (name) => {
    expect(matcher.effectOf(matcher.match(name).classes)).toBe('neutral');
  });
});

describe('photostabilisers are not UV filters', () => {
  it.each(['Ethylhexyl Methoxycrylene', 'Diethylhexyl 2,6-Naphthalate', 'Diethylhexyl Syringylidenemalonate', 'Polyester-8', 'Butyloctyl Salicylate'])(
    '%s is neutral, never a chemical UV filter',
    (name) => {
      const { classes } = matcher.match(name);
      expect(classes).not.toContain('chemical-uv-filter');
      expect(matcher.effectOf(classes)).toBe('neutral');
    },
  );
});

describe('mercury compounds are shown as what they are', () => {
  it('have their own class: avoid, 7 d / 3 d, labelled "Mercury compound"', () => {
    expect(classOf('mercury-compound')).toMatchObject({ effect: 'avoid', label: 'Mercury compound', windowHours: { pro: 168, home: 72 } });
  });

  it.each(['Thimerosal', 'Phenylmercuric Acetate', 'Phenylmercuric Borate', 'Phenylmercuric Nitrate'])(
    'the preservative %s is a mercury compound, not a bleaching agent',
    (name) => {
      expect(matcher.match(name).classes).toEqual(['mercury-compound']);
    },
  );

  it('ammoniated mercury, used to lighten skin, is both', () => {
    expect([...matcher.match('Ammoniated Mercury').classes].sort()).toEqual(['bleaching-agent', 'mercury-compound']);
  });
});

describe('aliases name the substance they are', () => {
  it('wintergreen oil is the essential oil, not pure methyl salicylate', () => {
    expect(matcher.match('Wintergreen Oil')).toMatchObject({ inci: 'Gaultheria Procumbens Leaf Oil', classes: ['fragrance'] });
    expect(matcher.match('Methyl Salicylate').inci).toBe('Methyl Salicylate');
  });

  it('methylpropional alone is not butylphenyl methylpropional, but could be that name cut short', () => {
    expect(matcher.match('Methylpropional')).toMatchObject({ via: 'none', near: 'Butylphenyl Methylpropional' });
  });

  it('Citrus grandis (pomelo) and Cymbopogon flexuosus are their own species', () => {
    expect(matcher.match('Citrus Grandis Peel Oil')).toMatchObject({ inci: 'Citrus Grandis Peel Oil', classes: ['fragrance'] });
    expect(matcher.match('Cymbopogon Flexuosus Oil')).toMatchObject({ inci: 'Cymbopogon Flexuosus Oil', classes: ['fragrance'] });
  });
});

describe('sulfur and resorcinol exfoliate', () => {
  it.each(['Sulfur', 'Sulphur', 'Resorcinol'])('%s is avoid, 7 d / 3 d', (name) => {
    const { classes } = matcher.match(name);
    expect(matcher.effectOf(classes)).toBe('avoid');
    expect(score(`Aqua, ${name}, Glycerin`).okAfterHours).toBe(168);
    expect(score(`Aqua, ${name}, Glycerin`, 'home').okAfterHours).toBe(72);
  });

  it('clears neither an acne mask nor a drug-facts spot treatment', () => {
    expect(score('Sulfur 10%, Kaolin, Bentonite, Glycerin, Zinc Oxide').verdict).toBe('avoid');
    expect(score('Active ingredient: Resorcinol 2%. Inactive ingredients: Water, Glycerin, Xanthan Gum').verdict).toBe('avoid');
  });

  it('while resorcinol derivatives stay brightening actives', () => {
    expect(matcher.match('Phenylethyl Resorcinol').classes).toEqual(['brightening-active']);
  });
});

describe('the 2023 EU fragrance allergens (Reg. (EU) 2023/1545)', () => {
  it.each(['Dimethylbenzyl Carbinyl Acetate', 'Dimethyl Phenethyl Acetate', 'Propylidene Phthalide', '3-Propylidenephthalide'])('%s is fragrance', (name) => {
    expect(matcher.match(name).classes).toContain('fragrance');
    expect(matcher.match(name).via).not.toMatch(/fuzzy|none/);
  });
});

describe('botanical sources of salicylates and arbutin', () => {
  it.each(['Populus Tremuloides Bark Extract', 'Spiraea Ulmaria Extract', 'Spiraea Ulmaria Flower Extract', 'Filipendula Ulmaria Extract'])(
    '%s counts with willow bark as a BHA-like',
    (name) => {
      expect(matcher.match(name).classes).toContain('exfoliating-acid');
    },
  );

  it.each(['Arctostaphylos Uva-Ursi Leaf Extract', 'Arctostaphylos Uva Ursi Extract', 'Bearberry Extract'])('%s counts with arbutin', (name) => {
    expect(matcher.match(name).classes).toContain('brightening-active');
  });
});

describe('names that say what they are', () => {
  it.each([
    'Essential Oil',
    'Essential Oils',
    'Blend of Essential Oils',
    'Proprietary Blend of Pure Essential Oils and Absolutes',
    'Natural Aroma',
    'Botanical Fragrance',
    'Perfume',
    'Parfum of Vanilla',
    'Duftstoffe',
    'Duftstoff',
    'ätherische Öle',
    'Ätherisches Öl',
  ])('%s is fragrance', (name) => {
    expect(matcher.match(name).classes).toContain('fragrance');
  });

  it('but an essential-oil-free claim or a fragrance-free note is no ingredient we read as fragrance', () => {
    expect(matcher.match('Fragrance-Free').classes).not.toContain('fragrance');
  });
});

describe('compiling', () => {
  it('refuses a family naming an unknown class, at build time', () => {
    const broken = { ...sources, families: [{ ...(sources.families[0] as (typeof sources.families)[0]), classes: ['no-such-class'] }] };
    expect(() => compileKnowledgeBase(broken)).toThrow(/family "[a-z0-9-]+": unknown class "no-such-class"/);
  });

  it('gives the knowledge base a version that changes with its content and only then', () => {
    expect(compileKnowledgeBase(sources).version).toBe(kb.version);
    expect(kb.version).toMatch(/^[0-9a-f]{16}$/);
    const changed = { ...sources, classes: sources.classes.map((c, i) => (i === 0 ? { ...c, windowHours: { pro: 169, home: 72 } } : c)) };
    expect(compileKnowledgeBase(changed).version).not.toBe(kb.version);
  });
});
