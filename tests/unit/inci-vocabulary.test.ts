import { describe, expect, it } from 'vitest';
import {
  FOOTNOTE_MARK_CHARS,
  FOOTNOTE_MARKS,
  FREE_FROM_LABEL,
  LEGEND,
  LEGEND_MARK_CHARS,
  LIST_LABEL,
  PICK_LABEL,
  STARTS_WITH_FOOTNOTE,
} from '../../src/inci/vocabulary.ts';
import { parseInci } from '../../src/inci/parse.ts';

// The one vocabulary the parser and the page reader share.

describe('vocabulary', () => {
  it('removes every footnote mark it names', () => {
    for (const mark of FOOTNOTE_MARK_CHARS) expect(`Glycerin${mark}`.replace(FOOTNOTE_MARKS, '')).toBe('Glycerin');
    expect('Sugar*+, L(+)-Lactic Acid, SPF 45++'.replace(FOOTNOTE_MARKS, '')).toBe('Sugar, L(+)-Lactic Acid, SPF 45++');
  });

  it('opens a legend after a name with a footnote mark, never with a trademark sign', () => {
    for (const mark of LEGEND_MARK_CHARS) {
      expect(FOOTNOTE_MARK_CHARS).toContain(mark);
      expect(parseInci(`Aqua, Sodium Benzoate ${mark}Plant origin`).components[0]?.ingredients.map((i) => i.text)).toEqual(['Aqua', 'Sodium Benzoate']);
    }
    expect(LEGEND_MARK_CHARS).not.toMatch(/[™®©]/);
    expect(parseInci('Aqua, Matrixyl ® Synthe 6').components[0]?.ingredients.map((i) => i.text)).toEqual(['Aqua', 'Matrixyl Synthe 6']);
  });

  it.each([
    '*Certified organic',
    'erhalten aus natürlichen ätherischen Ölen',
    'aus kontrolliert biologischem Anbau',
    'issus de l’agriculture biologique',
    'naturellement présent dans les huiles essentielles',
    'procedente de agricultura ecológica',
    'da agricoltura biologica',
    'z upraw ekologicznych',
  ])('knows the footnote legend "%s"', (legend) => expect(LEGEND.test(legend)).toBe(true));

  it.each(['Argania Spinosa Kernel Oil', 'Lavandula Angustifolia Oil', 'Cumarin'])('does not take the name "%s" for a legend', (name) => {
    expect(LEGEND.test(name)).toBe(false);
  });

  it('tells a legend line by its opening mark', () => {
    expect(STARTS_WITH_FOOTNOTE.test('+Fair Trade')).toBe(true);
    expect(STARTS_WITH_FOOTNOTE.test('¹ from essential oils')).toBe(true);
    expect(STARTS_WITH_FOOTNOTE.test('1,2-Hexanediol')).toBe(false);
  });

  it('tells the list label from picks and "free from" claims', () => {
    expect(LIST_LABEL.test('Skład:')).toBe(true);
    expect(PICK_LABEL.test('Key Ingredients')).toBe(true);
    expect(PICK_LABEL.test('Formulated with')).toBe(true);
    expect(FREE_FROM_LABEL.test('Free from')).toBe(true);
    expect(FREE_FROM_LABEL.test('Frei von')).toBe(true);
    expect(FREE_FROM_LABEL.test('Paraben-free')).toBe(true);
    expect(PICK_LABEL.test('Ingredients') || FREE_FROM_LABEL.test('Ingredients')).toBe(false);
  });
});
