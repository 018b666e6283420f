import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/list/transfer.ts';
import { columnSeparator, listCsv } from '../../src/ui/list-csv.ts';
import { analysis, ingredient, saved } from './ui-fixtures.ts';
import { inLanguage } from './ui-i18n.ts';

// The CSV is for people: headers in their language, dates and times in their locale and time zone,
// UTF-8 with a byte-order mark so that spreadsheets read accents right, and columns split the way their
// spreadsheet splits them: ',' where the locale's decimal mark is a point, ';' where it is a comma.

const retinol = ingredient('Retinol', { inci: 'RETINOL', classes: ['retinoid'], effect: 'avoid', okAfterHours: 168 });
const parfum = ingredient('Parfum', { inci: 'PARFUM', classes: ['fragrance'], effect: 'avoid', okAfterHours: 72 });
const list = [
  saved('a', 'https://shop.example/serum', {
    title: 'Crème de nuit',
    brand: 'Lumen',
    savedAt: '2025-11-20T10:00:00.000Z', // Thu 20 Nov 2025, 11:00 in Berlin
    note: '=HYPERLINK("x") from my practitioner',
    analysis: analysis([retinol, parfum], { verdict: 'avoid', okAfterHours: 168 }),
  }),
];
/** A professional treatment on Tue 18 Nov 2025, 14:00 in Berlin: retinol is OK from Tue 25 Nov, 14:00. */
const treatmentAt = '2025-11-18T13:00:00.000Z';
const clock = (locale: string) => ({ now: Date.parse('2025-11-21T09:00:00Z'), locale, timeZone: 'Europe/Berlin' });
const rows = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter(Boolean);

describe('the CSV export (English)', () => {
  it('starts with a byte-order mark, has CRLF lines and English headers', () => {
    const csv = listCsv(list, treatmentAt, clock('en-GB'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows(csv)[0]).toBe('Product,Brand,Variant,Now,Details,OK from,Ingredients to wait for,Saved,Note,Address');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes dates and times in the person’s locale and zone, never UTC', () => {
    const row = rows(listCsv(list, treatmentAt, clock('en-GB')))[1] as string;
    expect(row).toContain('"Thu, 20 Nov 2025, 11:00"');
    expect(row).toContain('"Tue, 25 Nov 2025, 14:00"');
    expect(row).not.toMatch(/2025-11-20T10:00/);
    expect(row).toContain('Not yet,"OK from Tue 25 Nov, 14:00 (in 4 days)"');
    expect(row).toContain(',RETINOL and PARFUM,');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(rows(listCsv(list, treatmentAt, clock('en-GB')))[1]).toContain(`"'=HYPERLINK(""x"") from my practitioner"`);
    expect(toCsv([['+1', '@a', '-b', 'ok']])).toBe("\ufeff'+1,'@a,'-b,ok\r\n");
  });
});

describe('the CSV export (German)', () => {
  inLanguage('de');

  it('has German headers and German dates, and columns split at ";" as German spreadsheets expect', () => {
    const csv = rows(listCsv(list, treatmentAt, clock('de')));
    expect(csv[0]).toBe('Produkt;Marke;Variante;Jetzt;Einzelheiten;Verwendbar ab;Inhaltsstoffe mit Wartezeit;Gespeichert;Notiz;Adresse');
    expect(csv[1]).toContain(';"Do., 20. Nov. 2025, 11:00";');
    expect(csv[1]).toContain(';Noch nicht;"Verwendbar ab Di., 25. Nov., 14:00 (in 4 Tagen)";');
    expect(csv[1]).toContain(';RETINOL und PARFUM;');
    expect(csv[1]).toContain('Crème de nuit');
  });
});

describe('the column separator', () => {
  // CLDR's decimal mark: a point in English (GB and US), a comma in the other seven languages.
  it.each([
    ['en-GB', ','],
    ['en-US', ','],
    ['de', ';'],
    ['fr', ';'],
    ['es', ';'],
    ['it', ';'],
    ['nl', ';'],
    ['pl', ';'],
    ['sv', ';'],
  ])('%s: "%s"', (locale, separator) => {
    expect(columnSeparator(locale)).toBe(separator);
  });

  it('quotes a cell that holds either separator, so no cell is split', () => {
    expect(toCsv([['a;b', 'c,d', 'e']], ';')).toBe('\ufeff"a;b";"c,d";e\r\n');
    expect(toCsv([['a;b', 'c,d', 'e']], ',')).toBe('\ufeff"a;b","c,d",e\r\n');
  });
});
