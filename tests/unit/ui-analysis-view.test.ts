import { describe, expect, it } from 'vitest';
import { OWN_LIST_GROUP, beneficialIngredients, firstSource, groupFlagged, groupWindow, phAdjusters, unknownIngredients } from '../../src/ui/analysis-view.ts';
import { listText } from '../../src/list/model.ts';
import { analysis, ingredient, kbClass } from './ui-fixtures.ts';

const classes = new Map(
  [
    kbClass('retinoid', 'avoid', 168),
    kbClass('fragrance', 'avoid', 72),
    kbClass('plant-extract', 'neutral', 0),
    kbClass('niacinamide', 'caution', 48),
    kbClass('hyaluronic', 'beneficial', 0),
  ].map((c) => [c.id, c]),
);
const classOf = (id: string) => classes.get(id);

describe('groupFlagged', () => {
  it('groups flagged names under the class that decides their window, worst first', () => {
    const a = analysis([
      ingredient('Niacinamide', { classes: ['niacinamide'], effect: 'caution', okAfterHours: 48 }),
      ingredient('Linalool', { classes: ['fragrance'], effect: 'avoid', okAfterHours: 72 }),
      ingredient('Retinol', { classes: ['retinoid'], effect: 'avoid', okAfterHours: 168 }),
      ingredient('Lavender Oil', { classes: ['plant-extract', 'fragrance'], effect: 'avoid', okAfterHours: 72 }),
      ingredient('Sodium Hyaluronate', { classes: ['hyaluronic'], effect: 'beneficial' }),
    ]);
    const groups = groupFlagged(a, classOf);
    expect(groups.map((g) => [g.classId, g.ingredients.map((i) => i.text)])).toEqual([
      ['retinoid', ['Retinol']],
      ['fragrance', ['Linalool', 'Lavender Oil']],
      ['niacinamide', ['Niacinamide']],
    ]);
    expect(groups[0]?.cls?.reason).toBe('why retinoid');
  });

  it('puts names on the own avoid list in their own group, whatever their class', () => {
    const a = analysis([ingredient('Retinol', { classes: ['retinoid'], effect: 'avoid', okAfterHours: null, notes: ['on-your-list'] })]);
    expect(groupFlagged(a, classOf)).toEqual([{ classId: OWN_LIST_GROUP, cls: undefined, ingredients: a.components[0]?.ingredients }]);
  });

  it('lists a name that appears in two components once', () => {
    const retinol = ingredient('Retinol', { classes: ['retinoid'], effect: 'avoid', okAfterHours: 168 });
    const a = analysis([retinol]);
    a.components.push({ ...(a.components[0] as (typeof a.components)[0]), ingredients: [{ ...retinol, component: 1 }] });
    expect(groupFlagged(a, classOf)[0]?.ingredients).toHaveLength(1);
  });
});

describe('groupWindow', () => {
  it('gives a group one time: its longest window, or never for the own avoid list', () => {
    const group = { classId: 'retinoid', cls: undefined, ingredients: [] };
    const retinol = ingredient('Retinol', { effect: 'avoid', okAfterHours: 168 });
    const rinsed = ingredient('Retinyl Palmitate', { effect: 'avoid', okAfterHours: 84, notes: ['rinse-off'] });
    expect(groupWindow({ ...group, ingredients: [rinsed, retinol] })).toBe(168);
    expect(groupWindow({ ...group, ingredients: [retinol, { ...rinsed, okAfterHours: null }] })).toBeNull();
  });
});

describe('the quiet lists', () => {
  const a = analysis([
    ingredient('Citric Acid', { classes: ['ph-adjuster'], notes: ['ph-adjuster'] }),
    ingredient('Panthenol', { effect: 'beneficial' }),
    ingredient('panthenol', { effect: 'beneficial' }),
    ingredient('Mystery Complex', { inci: null, via: 'none', effect: 'unknown' }),
  ]);

  it('keeps pH adjusters out of the warnings', () => {
    expect(phAdjusters(a).map((i) => i.text)).toEqual(['Citric Acid']);
    expect(groupFlagged(a, classOf)).toEqual([]);
  });

  it('lists beneficial and unrecognised names once each', () => {
    expect(beneficialIngredients(a).map((i) => i.text)).toEqual(['Panthenol']);
    expect(unknownIngredients(a).map((i) => i.text)).toEqual(['Mystery Complex']);
  });
});

describe('firstSource', () => {
  it('prefers the first source a person can open', () => {
    const cls = kbClass('retinoid', 'avoid', 168, { sources: [{ title: 'Clinic sheets' }, { title: 'EU', url: 'https://eur-lex.europa.eu/' }] });
    expect(firstSource(cls)).toEqual({ title: 'EU', url: 'https://eur-lex.europa.eu/' });
    expect(firstSource({ ...cls, sources: [{ title: 'Clinic sheets' }] })).toEqual({ title: 'Clinic sheets' });
  });
});

describe('listText', () => {
  it('joins the components, a kit part headed by its name', () => {
    expect(listText([{ name: null, text: ' Aqua, Glycerin ' }])).toBe('Aqua, Glycerin');
    expect(
      listText([
        { name: 'Serum', text: 'Aqua' },
        { name: 'Cream', text: 'Glycerin' },
      ]),
    ).toBe('Serum: Aqua\n\nCream: Glycerin');
  });
});
