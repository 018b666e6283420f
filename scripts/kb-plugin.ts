import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledgeBase, type CompiledKb } from '../src/knowledge/compile.ts';
import { flags } from '../src/knowledge/effects.ts';
import { TEXT_LANGUAGES, type TextLanguage } from '../src/knowledge/schema.ts';
import type { Source } from '../src/knowledge/types.ts';
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
/** For the options page: each class's pause before a session with its sources, and the session rules whole. */
const CLASS_WINDOWS = 'virtual:class-windows';
const translationId = (language: TextLanguage) => `${CLASS_TEXTS}/${language}`;
const MODULE_IDS = new Set([KNOWLEDGE_BASE, CLASS_TEXTS, CLASS_WINDOWS, ...TEXT_LANGUAGES.map(translationId)]);

/** The source a person can open first, else the first by title (what the popup links to). */
const firstSource = (cls: { sources: Source[] }) => cls.sources.find((s) => s.url) ?? cls.sources[0];
const flagging = (kb: CompiledKb) => kb.classes.filter((c) => flags(c.effect));
const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** Data only: which translation a page loads is the page's to decide (src/knowledge/bundled-class-texts.ts). */
function moduleCode(id: string, kb: CompiledKb): string {
  if (id === KNOWLEDGE_BASE) return `export default ${json(kb)};`;
  if (id === CLASS_WINDOWS) {
    const pauses = Object.fromEntries(flagging(kb).flatMap((c) => (c.pause ? [[c.id, c.pause]] : [])));
    const sources = Object.fromEntries(flagging(kb).map((c) => [c.id, c.sources]));
    return `export default ${json({ pauses, sources, session: kb.session })};`;
  }
  if (id === CLASS_TEXTS) {
    // The popup explains the windows an analysis already holds and links one source a person can open per class:
    // no pause, no further sources here (the options page's, virtual:class-windows).
    const classes = flagging(kb).map(({ pause: _pause, ...c }) => ({ ...c, sources: c.sources.filter((s) => s.url).slice(0, 1), texts: {} }));
    // The session rules the popup cites (the first hours, rolling over a product), each by its first source.
    const { firstHours, rollingOver } = kb.session;
    const session = Object.fromEntries(
      (Object.entries({ firstHours, rollingOver }) as [string, { grade: string; sources: Source[] }][]).map(([rule, { grade, sources }]) => [
        rule,
        { grade, source: firstSource({ sources }) },
      ]),
    );
    const loaders = TEXT_LANGUAGES.map((language) => `${language}: () => import(${JSON.stringify(translationId(language))})`);
    return [`export default ${json(classes)};`, `export const translations = { ${loaders.join(', ')} };`, `export const session = ${json(session)};`].join('\n');
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
