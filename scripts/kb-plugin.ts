import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledgeBase } from '../src/knowledge/compile.ts';
import { readKbSources } from './kb-sources.ts';

const VIRTUAL_ID = 'virtual:knowledge-base';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Compiles data/ at build time into the compact module `virtual:knowledge-base`. */
export function knowledgeBasePlugin(dataDir = resolve(import.meta.dirname, '../data')): Plugin {
  return {
    name: 'knowledge-base',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return;
      this.addWatchFile(dataDir);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compileKnowledgeBase(readKbSources(dataDir))))});`;
    },
  };
}
