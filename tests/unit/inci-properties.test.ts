import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/inci/normalize.ts';
import { parseInci } from '../../src/inci/parse.ts';
import type { ParsedLabel } from '../../src/inci/types.ts';

const NAMES = [
  'Water/Aqua/Eau',
  'Glycerin',
  '1,2-Hexanediol',
  'Caprylic/Capric Triglyceride',
  'Zinc Oxide 17.1%',
  'Glycyrrhiza Glabra (Licorice) Root Extract',
  'Cetearyl Alcohol (and) Ceteareth-20',
  'Mica/CI 77019',
  'Iron Oxides (CI 77491, CI 77492)',
  'Fragrance*',
  'Retinol (0.3%)',
  'AQUA',
  'Parfum (Fragrance)',
];
const SEPARATORS = [', ', ',', '; ', ' • ', ' | ', '\n', '. ', '，', '、', ' (and) ', '/', '\\'];
const MARKUP = [
  'Ingredients: ',
  'Active ingredients: ',
  'Inactive Ingredients: ',
  'Purpose: ',
  'May contain: ',
  '[+/- ',
  ']',
  '-Key: helps skin. ',
  '-Retinol 1%: smooths. ',
  'Cleanser: ',
  '*Organic',
  '&amp;',
  '&#8217;',
  '(',
  ')',
  '[',
  '%',
];

/** Label-shaped text: real name shapes, separators and headings in random order. */
const labelLike = fc
  .array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...SEPARATORS), fc.constantFrom(...MARKUP), fc.string()), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string(), labelLike);

function allNames(label: ParsedLabel): string[] {
  return label.components.flatMap((component) => component.ingredients.map((ingredient) => ingredient.name));
}

describe('parseInci properties', () => {
  it('never throws and stays within what it was given', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const label = parseInci(text);
        const names = allNames(label);
        expect(names.length).toBeLessThanOrEqual(text.length);
        for (const name of names) {
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(Math.min(200, text.length));
        }
        expect(label.components.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 1500 },
    );
  });

  it('numbers positions 0..n-1 and components 0..k-1', () => {
    fc.assert(
      fc.property(labelLike, (text) => {
        parseInci(text).components.forEach((component, index) => {
          expect(component.ingredients.map((ingredient) => ingredient.position)).toEqual(component.ingredients.map((_, position) => position));
          for (const ingredient of component.ingredients) expect(ingredient.component).toBe(index);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseInci(text)).toEqual(parseInci(text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds every name of a plain comma-separated list', () => {
    // Words open with J, Q, X or Z: no joining word (`And …`), heading, stopword or disclaimer word does,
    // so a drawn word never means something to the parser.
    const plainName = fc.stringMatching(/^[JQXZ][a-z]{2,12}(?: [JQXZ][a-z]{2,12}){0,3}$/);
    fc.assert(
      fc.property(fc.array(plainName, { minLength: 1, maxLength: 40 }), (names) => {
        expect(allNames(parseInci(names.join(', ')))).toEqual(names);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeName properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), labelLike), (name) => {
        const once = normalizeName(name);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseInci on 1 MB hostile inputs', () => {
  const megabyte = 1 << 20;
  it.each<[string, string]>([
    ['deep parentheses', `${'('.repeat(megabyte / 2)}${')'.repeat(megabyte / 2)}`],
    ['nested words in parentheses', 'Aqua ('.repeat(megabyte / 6)],
    ['commas only', ','.repeat(megabyte)],
    ['a single token', 'a'.repeat(megabyte)],
    ['colons', 'a:'.repeat(megabyte / 2)],
    ['bullets', '-a: b '.repeat(megabyte / 6)],
    ['may-contain markers', '+/- '.repeat(megabyte / 4)],
    ['percent signs', '1% '.repeat(megabyte / 3)],
    ['slashes', 'Aqua/'.repeat(megabyte / 5)],
    ['whitespace', ' \n\t'.repeat(megabyte / 3)],
  ])('%s: returns a bounded, truncated result', (_, text) => {
    const label = parseInci(text);
    expect(label.truncated).toBe(true);
    for (const name of allNames(label)) expect(name.length).toBeLessThanOrEqual(200);
  });
});
