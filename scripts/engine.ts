import { resolve } from 'node:path';
import type { PageReading } from '../src/extract/types.ts';
import { compileKnowledgeBase, type CompiledKb } from '../src/knowledge/compile.ts';
import { createMatcher } from '../src/knowledge/matcher.ts';
import { readKbSources } from './kb-sources.ts';

// The engine as the command-line tools load it: the same compile step the build runs, from data/.

export const ROOT = resolve(import.meta.dirname, '..');

export function loadCompiledKb(): CompiledKb {
  return compileKnowledgeBase(readKbSources(resolve(ROOT, 'data')));
}

export function loadMatcher(kb: CompiledKb = loadCompiledKb()) {
  return createMatcher(kb);
}

/** A list given as text (typed, a file, read from a picture): one unnamed component, no page around it. */
export function textReading(text: string, source: string, read: Pick<PageReading, 'confidence' | 'doubts'> = { confidence: 1, doubts: [] }): PageReading {
  return {
    url: '',
    isProduct: true,
    title: null,
    brand: null,
    gtin: null,
    sku: null,
    variant: null,
    components: [{ name: null, text }],
    source,
    ...read,
  };
}
