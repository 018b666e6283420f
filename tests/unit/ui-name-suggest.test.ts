import { describe, expect, it } from 'vitest';
import { createNameSuggester } from '../../src/ui/name-suggest.ts';
import { tabIdFromSearch } from '../../src/ui/tab-target.ts';

const suggest = createNameSuggester(['Retinol', 'Retinyl Palmitate', 'Glycerin', 'Linalool', 'Limonene', 'Retinol']);

describe('createNameSuggester', () => {
  it('puts names that start with the query first, once each', () => {
    expect(suggest('retin').slice(0, 2)).toEqual(['Retinol', 'Retinyl Palmitate']);
    expect(suggest('retin').filter((n) => n === 'Retinol')).toHaveLength(1);
  });

  it('tolerates a typo', () => {
    expect(suggest('linalol')).toContain('Linalool');
  });

  it('waits for two characters and honours the limit', () => {
    expect(suggest('r')).toEqual([]);
    expect(suggest('re', 1)).toHaveLength(1);
  });
});

describe('tabIdFromSearch', () => {
  it('reads a tab id and ignores anything else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=-1')).toBeNull();
    expect(tabIdFromSearch('?tabId=4x')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
});
