// @vitest-environment jsdom
/**
 * Marks on the page go inside the element the list was read from: never on the navigation, the
 * product's title or the recommendations, even when those name a flagged ingredient. jsdom has no CSS
 * Custom Highlight API, so a registry stands in for `CSS.highlights`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPageWithElement } from '../../src/extract/index.ts';
import type { PageMarks } from '../../src/messaging/protocol.ts';
import { clearMarks, showMarks } from '../../src/ui/page-marks.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages/reading');
const registry = new Map<string, Set<Range>>();

beforeEach(() => {
  registry.clear();
  Object.assign(globalThis, {
    CSS: { highlights: registry },
    Highlight: class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    },
  });
});
afterEach(() => clearMarks());

function load(file: string, url: string): { root: Element | null } {
  document.documentElement.innerHTML = readFileSync(resolve(FIXTURES, file), 'utf8').replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
  return { root: readPageWithElement(document, url).element };
}

const mark = (text: string): PageMarks['marks'][number] => ({ text, label: 'Fragrance', reason: 'Irritates freshly needled skin.', okFrom: null, when: '' });

function marked(): { text: string; inList: boolean }[] {
  return [...(registry.get('needle-safe-flagged') ?? [])].map((range) => ({
    text: range.toString(),
    inList: range.startContainer.parentElement?.closest('#product_ingredients') !== null,
  }));
}

describe('marks on the page', () => {
  it('go only inside the list the reader read', () => {
    const { root } = load('marks-only-in-list.html', 'https://www.boots.com/meadow-lab-retinol-night-cream-50ml-10399001');
    expect(root).not.toBeNull();
    const count = showMarks(document, { marks: [mark('Fragrance'), mark('Retinol'), mark('Linalool')] }, root);
    expect(marked()).toEqual([
      { text: 'Retinol', inList: true },
      { text: 'Fragrance', inList: true },
      { text: 'Linalool', inList: true },
    ]);
    expect(count).toBe(3);
  });

  it('are not shown without the element the list was read from', () => {
    load('marks-only-in-list.html', 'https://www.boots.com/meadow-lab-retinol-night-cream-50ml-10399001');
    expect(showMarks(document, { marks: [mark('Retinol')] }, null)).toBe(0);
    expect(marked()).toEqual([]);
  });

  it('find a name printed with a footnote digit', () => {
    const { root } = load('amazon-de-footnotes.html', 'https://www.amazon.de/Kraeutergarten-Gesichtsoel/dp/B0KRAUT001');
    showMarks(document, { marks: [mark('Limonene'), mark('Cumarin'), mark('Parfum')] }, root);
    expect(marked().map((m) => m.text)).toEqual(['Parfum', 'Limonene', 'Cumarin']);
  });
});
