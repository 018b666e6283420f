import { resolve } from 'node:path';
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
