import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledgeBase, type CompiledKb } from '../src/knowledge/compile.ts';
import { flags } from '../src/knowledge/effects.ts';
import { TEXT_LANGUAGES, type TextLanguage } from '../src/knowledge/schema.ts';
import { readKbSources } from './kb-sources.ts';

/**
 * The modules compiled from data/ at build time: the whole knowledge base for the matcher (the
 * worker, the CLI), and for the popup only the classes it explains (those that flag an ingredient:
 * avoid, caution), so a page that never matches a name neither carries nor parses every ingredient.
 * The popup carries their English texts and loads the translation of the browser's UI language
 * alone, before it starts (a module of its own per language: `virtual:class-texts/de` …, loaded
 * through the `translations` of `virtual:class-texts`).
 */
const KNOWLEDGE_BASE = 'virtual:knowledge-base';
const CLASS_TEXTS = 'virtual:class-texts';
const translationId = (language: TextLanguage) => `${CLASS_TEXTS}/${language}`;
const MODULE_IDS = new Set([KNOWLEDGE_BASE, CLASS_TEXTS, ...TEXT_LANGUAGES.map(translationId)]);

const flagging = (kb: CompiledKb) => kb.classes.filter((c) => flags(c.effect));
const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** Data only: which translation a page loads is the page's to decide (src/knowledge/bundled-class-texts.ts). */
function moduleCode(id: string, kb: CompiledKb): string {
  if (id === KNOWLEDGE_BASE) return `export default ${json(kb)};`;
  if (id === CLASS_TEXTS) {
    const classes = flagging(kb).map((c) => ({ ...c, texts: {} }));
    const loaders = TEXT_LANGUAGES.map((language) => `${language}: () => import(${JSON.stringify(translationId(language))})`);
    return [`export default ${json(classes)};`, `export const translations = { ${loaders.join(', ')} };`].join('\n');
  }
  const language = id.slice(CLASS_TEXTS.length + 1) as TextLanguage;
  return `export default ${json(Object.fromEntries(flagging(kb).map((c) => [c.id, c.texts[language]])))};`;
}

export function knowledgeBasePlugin(dataDir = resolve(import.meta.dirname, '../data')): Plugin {
  return {
    name: 'knowledge-base',
    resolveId: (id) => (MODULE_IDS.has(id) ? '\0' + id : undefined),
    load(id) {
      if (!id.startsWith('\0') || !MODULE_IDS.has(id.slice(1))) return;
      this.addWatchFile(dataDir);
      return moduleCode(id.slice(1), compileKnowledgeBase(readKbSources(dataDir)));
    },
  };
}
