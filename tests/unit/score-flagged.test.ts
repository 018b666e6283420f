import { describe, expect, it } from 'vitest';
import { decidingNames, flaggedIngredients } from '../../src/score/flagged.ts';
import { analysis, ingredient } from './ui-fixtures.ts';

// The questions every view asks of an analysis (src/score/flagged.ts): which names it flags, worst first.

describe('flaggedIngredients', () => {
  const retinol = ingredient('Retinol', { effect: 'avoid', okAfterHours: 168 });
  const tretinoin = ingredient('Tretinoin', { effect: 'avoid', okAfterHours: 336 });
  const parfum = ingredient('Parfum', { effect: 'caution', okAfterHours: 504 });
  const mine = ingredient('Shea Butter', { effect: 'avoid', okAfterHours: null, notes: ['on-your-list'] });
  const glycerin = ingredient('Glycerin', { effect: 'beneficial' });
  const unknown = ingredient('Zorblax', { effect: 'unknown', inci: null, via: 'none' });

  it('lists avoid before caution, whatever the windows; within an effect the longest wait first, "never" longest', () => {
    const names = flaggedIngredients(analysis([parfum, retinol, glycerin, tretinoin, unknown, mine])).map((i) => i.text);
    expect(names).toEqual(['Shea Butter', 'Tretinoin', 'Retinol', 'Parfum']);
  });

  it('names each ingredient once across a kit, by its INCI name or else its text, in any case', () => {
    const kit = analysis([retinol], {
      components: [
        { name: 'Serum', verdict: 'avoid', okAfterHours: 168, pauseHours: 120, coverage: 1, rinseOff: false, ingredients: [retinol, parfum] },
        {
          name: 'Cream',
          verdict: 'avoid',
          okAfterHours: 168,
          pauseHours: 120,
          coverage: 1,
          rinseOff: false,
          ingredients: [
            ingredient('retinol', { effect: 'avoid', okAfterHours: 168, inci: 'Retinol' }),
            ingredient('parfum', { effect: 'caution', okAfterHours: 504, inci: null }),
            ingredient('Linalool', { effect: 'caution', okAfterHours: 72, inci: null }),
          ],
        },
      ],
    });
    expect(flaggedIngredients(kit).map((i) => i.text)).toEqual(['Retinol', 'Parfum', 'Linalool']);
  });

  it('decidingNames: worst first, lower case, as the badge tooltip lists them', () => {
    const five = ['Parfum', 'Retinol', 'Tretinoin', 'Adapalene', 'Glycolic Acid'].map((text, i) =>
      ingredient(text, { effect: i === 0 ? 'caution' : 'avoid', okAfterHours: 400 - i }),
    );
    expect(decidingNames(analysis(five))).toEqual(['retinol', 'tretinoin', 'adapalene', 'glycolic acid', 'parfum']);
    expect(decidingNames(analysis([glycerin]))).toEqual([]);
  });
});
