import { describe, expect, it } from 'vitest';
import { displayName } from '../../src/list/display-name.ts';
import { ImportRefused, exportSavedList, importSavedList, parseImport } from '../../src/list/transfer.ts';
import { importErrorText, previewImport } from '../../src/ui/import-preview.ts';
import { analysis, saved } from './ui-fixtures.ts';

const current = [saved('a', 'https://shop.example/serum'), saved('b', 'https://shop.example/cream')];
const file = exportSavedList([
  saved('x', 'https://shop.example/serum?ref=mail', { title: 'Serum', brand: 'Lumen' }),
  saved('y', 'https://shop.example/toner', { title: 'Toner' }),
]);

describe('previewImport', () => {
  it('tells new products from updates the way the merge does', () => {
    const preview = previewImport(file, current, 'merge');
    expect(preview).toEqual({ count: 2, added: ['Toner'], updated: ['Lumen — Serum'], dropped: 0 });
    const { result } = importSavedList(current, file, 'merge', () => analysis([]));
    expect([result.added, result.updated]).toEqual([preview.added.length, preview.updated.length]);
  });

  it('counts what a replace drops', () => {
    const preview = previewImport(file, current, 'replace');
    expect(preview).toMatchObject({ added: ['Lumen — Serum', 'Toner'], updated: [], dropped: 1 });
    const { result } = importSavedList(current, file, 'replace', () => analysis([]));
    expect(result.total).toBe(2);
  });

  it('passes the refusal of a bad file through', () => {
    expect(() => previewImport('{"format":"other"}', current, 'merge')).toThrow(ImportRefused);
    expect(() => previewImport('not json', current, 'merge')).toThrow('not valid JSON');
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
  ])('words the refusal of %s in the person’s language', (file, text) => {
    let message = '';
    try {
      parseImport(file);
    } catch (error) {
      message = importErrorText(error);
    }
    expect(message).toMatch(text);
  });
});
