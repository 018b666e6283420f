import { describe, expect, it } from 'vitest';
import { loadCompiledKb } from '../../scripts/engine.ts';
import { createNameSuggester, nameOptions } from '../../src/ui/name-suggest.ts';
import { tabIdFromSearch } from '../../src/ui/tab-target.ts';

const suggest = createNameSuggester(['Retinol', 'Retinyl Palmitate', 'Glycerin', 'Linalool', 'Limonene', 'Retinol'].map((name, entry) => ({ name, entry })));
const fromKb = createNameSuggester(nameOptions(loadCompiledKb()));

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

describe('suggestions from the knowledge base', () => {
  it.each([
    ['sunflower oil', /^sunflower/i],
    ['jojoba oil', /jojoba/i],
    ['glycerine', /^glycerin/i],
    ['vitamin c', /^vitamin c/i],
    ['lavender', /^lavender/i],
    ['essential oils', /^essential oils$/i],
  ])('ranks the best match for %s first', (query, first) => {
    expect(fromKb(query)[0]).toMatch(first);
  });

  it('offers the common names people know, each ingredient once', () => {
    const names = fromKb('sunflower', 8);
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => /sunflower/i.test(n))).toBe(true);
    expect(names.filter((n) => /^sunflower (seed )?oil$/i.test(n))).toHaveLength(1);
  });

  it('writes label synonyms as names, codes in capitals', () => {
    expect(fromKb('ci 77491')).toContain('CI 77491');
    expect(fromKb('sunflower oil')[0]).toBe('Sunflower Oil');
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
