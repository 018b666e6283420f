import { describe, expect, it } from 'vitest';
import { mergeClinic } from '../../src/list/clinic.ts';
import { displayName } from '../../src/list/display-name.ts';
import { ImportRefused, exportSavedList, importSavedList, parseImport, readImport } from '../../src/list/transfer.ts';
import type { ClinicWindows } from '../../src/score/types.ts';
import { importErrorText, previewImport } from '../../src/ui/import-preview.ts';
import { analysis, saved } from './ui-fixtures.ts';
import { inLanguage } from './ui-i18n.ts';

// Import merges by product: the newer ingredient list (savedAt) and the newer note (noteAt) each
// win, and the preview says which side wins for each product, exactly as the import then does.

const DAY = '2025-11-2';
const current = [
  saved('a', 'https://shop.example/serum', { title: 'Serum', brand: 'Lumen', savedAt: `${DAY}1T10:00:00.000Z`, note: 'my newer note', noteAt: `${DAY}4T10:00:00.000Z` }),
  saved('b', 'https://shop.example/cream', { title: 'Cream' }),
  saved('c', 'https://shop.example/mask', { title: 'Mask', savedAt: `${DAY}3T10:00:00.000Z` }),
];
const file = exportSavedList([
  // The serum, re-read later with a corrected list, and an older note.
  saved('x', 'https://shop.example/serum?ref=mail', {
    title: 'Serum',
    brand: 'Lumen',
    savedAt: `${DAY}2T10:00:00.000Z`,
    components: [{ name: null, text: 'Aqua, Squalane' }],
    note: 'an old note',
    noteAt: `${DAY}1T12:00:00.000Z`,
  }),
  saved('y', 'https://shop.example/toner', { title: 'Toner' }),
  saved('z', 'https://shop.example/cream', { title: 'Cream' }),
  // The mask with an older list but a note the list does not have.
  saved('w', 'https://shop.example/mask', {
    title: 'Mask',
    savedAt: `${DAY}1T10:00:00.000Z`,
    components: [{ name: null, text: 'Aqua, Kaolin' }],
    note: 'from the clinic',
    noteAt: `${DAY}2T09:00:00.000Z`,
  }),
]);

describe('previewImport', () => {
  it('says, product by product, what is new, what stays, and which side wins', () => {
    const preview = previewImport(file, current, 'merge');
    expect(preview).toEqual({
      count: 4,
      added: ['Toner'],
      unchanged: ['Cream'],
      conflicts: [
        { name: 'Lumen — Serum', list: 'file', note: 'yours', yoursSavedAt: `${DAY}1T10:00:00.000Z`, fileSavedAt: `${DAY}2T10:00:00.000Z` },
        { name: 'Mask', list: 'yours', note: 'file', yoursSavedAt: `${DAY}3T10:00:00.000Z`, fileSavedAt: `${DAY}1T10:00:00.000Z` },
      ],
      dropped: 0,
      clinic: { next: { windows: {} }, changes: 0 },
    });
  });

  it('agrees with the import: the newer list and the newer note are kept, the ids of the list stay', () => {
    const { list, result } = importSavedList(current, file, 'merge', () => analysis([]));
    expect(result).toEqual({ added: 1, updated: 2, unchanged: 1, total: 4 });
    const serum = list.find((p) => p.title === 'Serum');
    expect(serum).toMatchObject({ id: 'a', components: [{ name: null, text: 'Aqua, Squalane' }], note: 'my newer note', noteAt: `${DAY}4T10:00:00.000Z` });
    const mask = list.find((p) => p.title === 'Mask');
    expect(mask).toMatchObject({ id: 'c', components: current[2]?.components, note: 'from the clinic', noteAt: `${DAY}2T09:00:00.000Z` });
    expect(list.map((p) => p.title)).toEqual(['Serum', 'Cream', 'Mask', 'Toner']);
  });

  it('counts what a replace drops', () => {
    const preview = previewImport(file, current, 'replace');
    expect(preview).toMatchObject({ added: ['Lumen — Serum', 'Toner', 'Cream', 'Mask'], conflicts: [], dropped: 0 });
    expect(previewImport(exportSavedList([saved('y', 'https://shop.example/toner')]), current, 'replace').dropped).toBe(3);
    const { result } = importSavedList(current, file, 'replace', () => analysis([]));
    expect(result.total).toBe(4);
  });

  it('passes the refusal of a bad file through', () => {
    expect(() => previewImport('{"format":"other"}', current, 'merge')).toThrow(ImportRefused);
    expect(() => previewImport('not json', current, 'merge')).toThrow('not valid JSON');
  });
});

describe('files from before notes had a time (format 1)', () => {
  it('date a note by its product’s save', () => {
    const old = JSON.stringify({
      format: 'needle-safe-list',
      version: 1,
      products: [{ ...saved('v', 'https://shop.example/old'), note: 'kept', noteAt: undefined }],
    });
    expect(parseImport(old)[0]).toMatchObject({ note: 'kept', noteAt: saved('v', '').savedAt });
  });
});

describe('the clinic instructions in the export (format 3)', () => {
  const yours: ClinicWindows = { firstHours: 8, windows: { retinoid: { afterHours: 240 }, fragrance: { beforeHours: 24 } } };
  const theirs: ClinicWindows = { windows: { retinoid: { afterHours: 336, beforeHours: 168 }, 'self-tanner': { beforeHours: 72 } } };
  const fileWith = (clinic: ClinicWindows) => exportSavedList([saved('y', 'https://shop.example/toner')], clinic);

  it('are exported in the format the check command reads, and read back exactly', () => {
    const exported = JSON.parse(fileWith(yours)) as { version: number; clinic: unknown };
    expect(exported.version).toBe(3);
    expect(exported.clinic).toEqual({ version: 1, firstHours: 8, windows: { retinoid: { afterHours: 240 }, fragrance: { beforeHours: 24 } } });
    expect(readImport(fileWith(yours)).clinic).toEqual(yours);
  });

  it('merge keeps each of yours and adds the file’s where you left the default; replace takes the file’s; the preview counts the changes', () => {
    const merged = previewImport(fileWith(theirs), [], 'merge', yours).clinic;
    expect(merged?.next).toEqual({
      firstHours: 8,
      windows: { retinoid: { afterHours: 240, beforeHours: 168 }, fragrance: { beforeHours: 24 }, 'self-tanner': { beforeHours: 72 } },
    });
    expect(merged?.changes).toBe(2);
    const replaced = previewImport(fileWith(theirs), [], 'replace', yours).clinic;
    expect(replaced?.next).toEqual(theirs);
    // First hours and fragrance's pause dropped, retinoid's wait changed, retinoid's and self-tanner's pause added.
    expect(replaced?.changes).toBe(5);
    expect(mergeClinic(yours, yours, 'merge')).toEqual(yours);
  });

  it('a file from before format 3 brings none, and changes none of yours', () => {
    const old = JSON.stringify({ format: 'needle-safe-list', version: 2, products: [saved('v', 'https://shop.example/old')] });
    expect(readImport(old).clinic).toBeNull();
    expect(previewImport(old, [], 'replace', yours).clinic).toBeNull();
    expect(parseImport(old)).toHaveLength(1);
  });
});

describe('the JSON export', () => {
  it('gives back exactly the same list, ISO times included', () => {
    const list = current.map((p) => ({ ...p, analysis: analysis([]) }));
    const { list: again } = importSavedList([], exportSavedList(list), 'replace', () => analysis([]));
    expect(again).toEqual(list);
    expect((JSON.parse(exportSavedList(list)) as { products: { noteAt: string | null }[] }).products[0]?.noteAt).toBe(`${DAY}4T10:00:00.000Z`);
  });
});

describe('displayName', () => {
  it('names a pasted list by its first words', () => {
    const text = 'Aqua, Glycerin, Niacinamide, Panthenol, Sodium Hyaluronate';
    expect(displayName({ title: null, brand: null, components: [{ name: null, text }] })).toBe(`${text.slice(0, 40)}…`);
  });
});

describe('importErrorText', () => {
  it.each([
    ['{"format": "needle-safe-list", "version": 7, "products": []}', /newer version of Needle Safe \(format 7\)/],
    ['not json', /not valid JSON/],
    ['{"hello": 1}', /not a Needle Safe list export/],
    ['{"format": "needle-safe-list", "version": 1, "products": [{"id": 5}]}', /product 1 in the file is invalid \(id\)/],
    [
      '{"format": "needle-safe-list", "version": 3, "products": [], "clinic": {"version": 1, "windows": {"retinoid": {"afterHours": "a week"}}}}',
      /^the clinic instructions in the file cannot be read\.$/,
    ],
  ])('words the refusal of %s in the person’s language', (input, text) => {
    let message = '';
    try {
      parseImport(input);
    } catch (error) {
      message = importErrorText(error, 'en-GB');
    }
    expect(message).toMatch(text);
  });
});

describe('the limits a refusal names, as the person’s locale writes them', () => {
  const tooMany = JSON.stringify({ format: 'needle-safe-list', version: 3, products: Array.from({ length: 2_001 }, () => ({})) });
  const tooLarge = ' '.repeat(5_000_001);
  const refusal = (input: string, locale: string) => {
    try {
      parseImport(input);
    } catch (error) {
      return importErrorText(error, locale).replace(/[\u00a0\u202f]/g, ' ');
    }
    throw new Error('the file was not refused');
  };

  it('English: a comma groups thousands; megabytes are "MB"', () => {
    expect(refusal(tooMany, 'en-GB')).toBe('the file holds more than 2,000 products.');
    expect(refusal(tooLarge, 'en-GB')).toBe('the file is too large (over 5 MB).');
  });

  describe('German', () => {
    inLanguage('de');
    it('a full stop groups thousands (CLDR de: "2.000")', () => {
      expect(refusal(tooMany, 'de')).toBe('die Datei enthält mehr als 2.000 Produkte.');
      expect(refusal(tooLarge, 'de')).toBe('die Datei ist zu groß (über 5 MB).');
    });
  });
});
