import { beforeAll, describe, expect, it } from 'vitest';
import { parseInci } from '../../src/inci/parse.ts';
import { EFFECT_SEVERITY, flags, worstEffect } from '../../src/knowledge/effects.ts';
import type { Matcher } from '../../src/knowledge/matcher.ts';
import { scoreLabel } from '../../src/score/score.ts';
import { loadMatcher } from '../../scripts/engine.ts';

// The one order of effects (src/knowledge/effects.ts), as the matcher and the scorer use it.

describe('the order of effects', () => {
  it('runs from beneficial to avoid: what restricts use longer is worse', () => {
    const order = Object.entries(EFFECT_SEVERITY)
      .sort(([, a], [, b]) => a - b)
      .map(([effect]) => effect);
    expect(order).toEqual(['beneficial', 'neutral', 'caution', 'avoid']);
  });

  it('flags caution and avoid, nothing milder, and not an unknown name (a doubt, not a flag)', () => {
    expect((['avoid', 'caution', 'neutral', 'beneficial', 'unknown', null] as const).map(flags)).toEqual([true, true, false, false, false, false]);
  });

  it('picks the worst of several effects, and none of none', () => {
    expect(worstEffect(['neutral', 'avoid', 'caution'])).toBe('avoid');
    expect(worstEffect(['beneficial', 'neutral'])).toBe('neutral');
    expect(worstEffect([])).toBeNull();
  });

  describe('for one name with a neutral and a beneficial class', () => {
    let matcher: Matcher;
    beforeAll(() => {
      matcher = loadMatcher();
    });

    it('the matcher calls it neutral: the riskier reading of a name', () => {
      expect(matcher.effectOf(['humectant', 'glycerin'])).toBe('neutral');
    });

    it('the scorer shows it as beneficial, as the rubric shows a beneficial class as a plus when nothing flags it', () => {
      const both = { ...matcher.match('Glycerin'), inci: 'Testamide', classes: ['humectant', 'glycerin'] };
      const testing = { ...matcher, match: (name: string) => (name === 'Testamide' ? both : matcher.match(name)) };
      const scored = scoreLabel(parseInci('Aqua, Testamide'), testing, { depth: 'pro', treatmentAt: null, avoidList: [] });
      expect(scored.components[0]?.ingredients.map((i) => [i.text, i.effect])).toEqual([
        ['Aqua', 'neutral'],
        ['Testamide', 'beneficial'],
      ]);
    });
  });
});
