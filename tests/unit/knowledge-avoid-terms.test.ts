import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../scripts/engine.ts';
import { matchesNothing, resolveAvoidTerm } from '../../src/knowledge/avoid-terms.ts';

// What an entry of the person's own avoid list stands for; how it marks ingredients is tested with the scorer
// (score-rubric.test.ts, "the person's own avoid list").

const matcher = loadMatcher();
const nothing = (typed: string) => matchesNothing(resolveAvoidTerm(typed, matcher), matcher);

describe('an avoid-list entry', () => {
  it.each(['Glycerin', 'glycerine', 'jojoba oil', 'sunflower oil', 'vitamin c', 'retinoids', 'lavender', 'essential oils', 'parabens', 'silicones'])(
    '%s matches something the knowledge base knows',
    (typed) => {
      expect(nothing(typed)).toBe(false);
    },
  );

  it.each(['Xyzzyquat', 'blorp oil'])('%s matches nothing, so the person can be told when adding it', (typed) => {
    expect(nothing(typed)).toBe(true);
  });

  it('resolves a common name of a plant to the plant, whatever the part', () => {
    expect(resolveAvoidTerm('lavender', matcher).plants).toContain('lavandula angustifolia');
    expect(resolveAvoidTerm('jojoba oil', matcher).plants).toEqual([]);
  });

  it('reads a class label as the class: "vitamin c" is pure vitamin C and its derivatives', () => {
    expect([...resolveAvoidTerm('vitamin c', matcher).classes].sort()).toEqual(['vitamin-c-derivative', 'vitamin-c-pure']);
    expect([...resolveAvoidTerm('retinoids', matcher).classes].sort()).toEqual(['retinoid', 'retinoid-rx']);
  });

  it('keeps a chemical name precise: "alcohol" is not every fatty alcohol', () => {
    expect(resolveAvoidTerm('alcohol', matcher).words).toEqual([]);
  });
});
