import { describe, expect, it } from 'vitest';
import { formatDuration, formatList, formatMegabytes, formatNumber, unitWord } from '../../src/wording/format.ts';

// Numbers, lists and durations in each language of the extension, as CLDR (Intl) writes them: the expected
// values are the languages' own rules, stated here, never the code's output copied back.

/** Every kind of space as a plain one: where Intl puts a no-break or narrow no-break space is checked on its own. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNumber: thousands grouped as each language groups them', () => {
  it.each([
    ['en-GB', '2,000', '12,000'],
    ['de', '2.000', '12.000'],
    ['nl', '2.000', '12.000'],
    // French and Swedish group with a space; French's is the narrow no-break space.
    ['fr', '2 000', '12 000'],
    ['sv', '2 000', '12 000'],
    // Spanish, Italian and Polish leave a four-digit number whole (CLDR minimumGroupingDigits 2).
    ['es', '2000', '12.000'],
    ['it', '2000', '12.000'],
    ['pl', '2000', '12 000'],
  ])('%s: %s, %s', (locale, two, twelve) => {
    expect(plain(formatNumber(2_000, locale))).toBe(two);
    expect(plain(formatNumber(12_000, locale))).toBe(twelve);
  });

  it('a French group is never broken: the narrow no-break space', () => {
    expect(formatNumber(2_000, 'fr')).toBe('2\u202f000');
  });
});

describe('formatList: names joined with the language’s own "and"', () => {
  it.each([
    ['en-GB', 'Retinol, Parfum and Linalool'],
    ['en-US', 'Retinol, Parfum, and Linalool'],
    ['de', 'Retinol, Parfum und Linalool'],
    ['fr', 'Retinol, Parfum et Linalool'],
    ['es', 'Retinol, Parfum y Linalool'],
    ['it', 'Retinol, Parfum e Linalool'],
    ['nl', 'Retinol, Parfum en Linalool'],
    ['pl', 'Retinol, Parfum i Linalool'],
    ['sv', 'Retinol, Parfum och Linalool'],
  ])('%s: %s', (locale, list) => {
    expect(formatList(['Retinol', 'Parfum', 'Linalool'], locale)).toBe(list);
  });

  it('one name alone, and two', () => {
    expect(formatList(['Retinol'], 'de')).toBe('Retinol');
    expect(formatList(['Retinol', 'Parfum'], 'en-GB')).toBe('Retinol and Parfum');
  });
});

describe('formatDuration: hours, and whole days from 72 hours on, in each language’s plural forms', () => {
  it.each([
    ['en-GB', '1 hour', '6 hours', '48 hours', '3 days', '7 days'],
    ['de', '1 Stunde', '6 Stunden', '48 Stunden', '3 Tage', '7 Tage'],
    ['fr', '1 heure', '6 heures', '48 heures', '3 jours', '7 jours'],
    ['es', '1 hora', '6 horas', '48 horas', '3 días', '7 días'],
    ['it', '1 ora', '6 ore', '48 ore', '3 giorni', '7 giorni'],
    // Dutch "uur" does not change after a number.
    ['nl', '1 uur', '6 uur', '48 uur', '3 dagen', '7 dagen'],
    // Swedish counts whole days of 24 hours as "dygn", the same word in the plural.
    ['sv', '1 timme', '6 timmar', '48 timmar', '3 dygn', '7 dygn'],
  ])('%s: %s, %s, %s, %s, %s', (locale, ...expected) => {
    expect([1, 6, 48, 72, 168].map((hours) => plain(formatDuration(hours, locale)))).toEqual(expected);
  });

  it('Polish: three forms — one; few (2–4, 22–24 …); many (5–21, 25 …)', () => {
    expect([1, 2, 4, 5, 12, 22, 25].map((hours) => plain(formatDuration(hours, 'pl')))).toEqual([
      '1 godzina',
      '2 godziny',
      '4 godziny',
      '5 godzin',
      '12 godzin',
      '22 godziny',
      '25 godzin',
    ]);
    expect([72, 120, 168].map((hours) => plain(formatDuration(hours, 'pl')))).toEqual(['3 dni', '5 dni', '7 dni']);
  });

  it('keeps hours that are not whole days, and short waits, in hours', () => {
    expect(plain(formatDuration(36, 'en-GB'))).toBe('36 hours');
    expect(plain(formatDuration(100, 'en-GB'))).toBe('100 hours');
    expect(plain(formatDuration(24, 'en-GB'))).toBe('24 hours');
  });

  it('never breaks between the number and its unit', () => {
    for (const locale of ['en-GB', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'sv']) expect(formatDuration(168, locale)).not.toMatch(/ /);
  });
});

describe('formatMegabytes', () => {
  it('"MB" in English and German, "Mo" (mégaoctet) in French', () => {
    expect(plain(formatMegabytes(5, 'en-GB'))).toBe('5 MB');
    expect(plain(formatMegabytes(5, 'de'))).toBe('5 MB');
    expect(plain(formatMegabytes(5, 'fr'))).toBe('5 Mo');
    expect(plain(formatMegabytes(2.5, 'de'))).toBe('2,5 MB');
  });
});

describe('unitWord: the unit after a number the person types', () => {
  it('agrees with the number in English, German and Swedish', () => {
    expect([unitWord(1, 'week', 'en-GB'), unitWord(4, 'week', 'en-GB'), unitWord(1, 'day', 'en-GB'), unitWord(10, 'day', 'en-GB')]).toEqual([
      'week',
      'weeks',
      'day',
      'days',
    ]);
    expect([unitWord(1, 'week', 'de'), unitWord(4, 'week', 'de')]).toEqual(['Woche', 'Wochen']);
    expect([unitWord(1, 'week', 'sv'), unitWord(4, 'week', 'sv')]).toEqual(['vecka', 'veckor']);
  });

  it('takes Polish’s three forms: tydzień, tygodnie (2–4), tygodni (5 and more)', () => {
    expect([1, 4, 5].map((count) => unitWord(count, 'week', 'pl'))).toEqual(['tydzień', 'tygodnie', 'tygodni']);
    expect([1, 3, 10].map((count) => unitWord(count, 'day', 'pl'))).toEqual(['dzień', 'dni', 'dni']);
  });
});
