import { describe, expect, it } from 'vitest';
import { classifyPieces, type Part } from '../../src/inci/classify.ts';
import { markMayContain } from '../../src/inci/labels.ts';
import { splitPieces } from '../../src/inci/split.ts';
import { cleanLabelText } from '../../src/inci/text.ts';

// The parser's first pass: what each piece of a label says, read from the piece and those after it
// (src/inci/classify.ts). What it does to the list is the fold's (tests/unit/inci-parse.test.ts).

function says(text: string): Part[][] {
  const cleaned = markMayContain(cleanLabelText(text));
  return classifyPieces(splitPieces(cleaned), cleaned.includes('\n'));
}

describe('classifyPieces', () => {
  it('reads a plain list as one item per piece', () => {
    expect(says('Aqua, Glycerin, Urea')).toEqual([[{ kind: 'item', text: 'Aqua' }], [{ kind: 'item', text: 'Glycerin' }], [{ kind: 'item', text: 'Urea' }]]);
  });

  it('tells headings by their kind, with or without a colon', () => {
    expect(says('Ingredients: Aqua')[0]).toEqual([
      { kind: 'heading', heading: 'list', text: 'Ingredients' },
      { kind: 'item', text: 'Aqua' },
    ]);
    expect(says('INGREDIENTS AQUA')[0]).toEqual([
      { kind: 'heading', heading: 'list', text: 'INGREDIENTS' },
      { kind: 'item', text: 'AQUA' },
    ]);
    expect(says('Directions: Apply daily.')[0]).toEqual([
      { kind: 'heading', heading: 'skip', text: 'Directions' },
      { kind: 'item', text: 'Apply daily' },
    ]);
    expect(says('Active ingredients: Zinc Oxide 20%')[0]?.[0]).toEqual({ kind: 'heading', heading: 'active', text: 'Active ingredients' });
  });

  it("names a kit's part before its list, by a label or by a line of its own", () => {
    const labelled = says('Cleanser: Aqua, Glycerin, Coco-Glucoside, Sodium Chloride, Citric Acid, Parfum, Benzoic Acid');
    expect(labelled[0]).toEqual([{ kind: 'label' }, { kind: 'name', name: 'Cleanser' }, { kind: 'item', text: 'Aqua' }]);
    expect(says('Toner\nAqua, Glycerin, Urea')[0]).toEqual([{ kind: 'line-name', name: 'Toner', text: 'Toner' }]);
  });

  it('passes over a description after a label, and reads a sentence of prose as such', () => {
    expect(says('Benefits: smooths the look of fine lines and helps skin feel soft.')[0]).toEqual([{ kind: 'label' }, { kind: 'prose' }]);
  });

  it('reads marketing bullets as declared actives, and the piece as plain text besides (for a skipped section)', () => {
    const [bullet] = says('-Salicylic Acid 2%: clears pores.');
    expect(bullet).toEqual([
      {
        kind: 'bullets',
        parts: [{ kind: 'actives', labels: ['Salicylic Acid 2%'] }, { kind: 'prose' }],
        through: 0,
        plain: [{ kind: 'label' }, { kind: 'actives', labels: ['Salicylic Acid 2%'] }, { kind: 'prose' }],
      },
    ]);
  });

  it("follows a bullet's label over the commas up to its colon", () => {
    const [first] = says('-Avobenzone 3%, Homosalate 10%: Sunscreen.');
    expect(first).toEqual([
      {
        kind: 'bullets',
        parts: [{ kind: 'actives', labels: ['Avobenzone 3%', 'Homosalate 10%'] }, { kind: 'prose' }],
        through: 1,
        plain: [{ kind: 'item', text: '-Avobenzone 3%' }],
      },
    ]);
  });

  it('marks a line that opens a list of names without percentages (the list after an actives block)', () => {
    const pieces = says('Active ingredient: Zinc Oxide 20%\nAqua, Glycerin, Urea');
    expect(pieces[1]?.[0]).toEqual({ kind: 'list-line' });
    expect(says('Active ingredient: Zinc Oxide 20%\nTitanium Dioxide 5%, Aqua, Urea')[1]?.[0]).toEqual({ kind: 'item', text: 'Titanium Dioxide 5%' });
  });
});
