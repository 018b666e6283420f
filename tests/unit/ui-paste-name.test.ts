import { describe, expect, it } from 'vitest';
import { suggestedName } from '../../src/ui/paste-name.ts';

// A pasted list is saved under a name: the page's title without the shop's, or the list's first words.

describe('suggestedName', () => {
  it('takes the page title without the shop after a separator', () => {
    expect(suggestedName('Night Renewal Retinol Serum | Example Beauty', 'Aqua, Retinol')).toBe('Night Renewal Retinol Serum');
    expect(suggestedName('Barrier Cream – Shop', 'Aqua')).toBe('Barrier Cream');
    expect(suggestedName('Anti-Ageing Serum - Lumen Lab', 'Aqua')).toBe('Anti-Ageing Serum');
  });

  it('falls back to the first names of the list when the page has no useful title', () => {
    expect(suggestedName(null, 'Aqua, Glycerin, Salicylic Acid, Panthenol')).toBe('Aqua, Glycerin, Salicylic Acid…');
    expect(suggestedName('', 'Aqua, Glycerin')).toBe('Aqua, Glycerin');
    expect(suggestedName('chrome://newtab', 'Aqua')).toBe('Aqua');
  });

  it('keeps a long title short', () => {
    expect(suggestedName('x'.repeat(200), 'Aqua')).toHaveLength(80);
  });
});
