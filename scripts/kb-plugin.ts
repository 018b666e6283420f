import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledgeBase, type CompiledKb } from '../src/knowledge/compile.ts';
import { flags } from '../src/knowledge/effects.ts';
import { readKbSources } from './kb-sources.ts';

/**
 * The modules compiled from data/ at build time: the whole knowledge base for the matcher (the
 * worker, the CLI), and for the popup only the classes it explains (those that flag an ingredient:
 * avoid, caution), so a page that never matches a name neither carries nor parses every ingredient.
 */
const MODULES = new Map<string, (kb: CompiledKb) => unknown>([
  ['virtual:knowledge-base', (kb) => kb],
  ['virtual:class-texts', (kb) => kb.classes.filter((c) => flags(c.effect))],
]);

export function knowledgeBasePlugin(dataDir = resolve(import.meta.dirname, '../data')): Plugin {
  return {
    name: 'knowledge-base',
    resolveId: (id) => (MODULES.has(id) ? '\0' + id : undefined),
    load(id) {
      const pick = id.startsWith('\0') ? MODULES.get(id.slice(1)) : undefined;
      if (!pick) return;
      this.addWatchFile(dataDir);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(pick(compileKnowledgeBase(readKbSources(dataDir)))))});`;
    },
  };
}
