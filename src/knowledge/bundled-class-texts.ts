import classes, { translations } from 'virtual:class-texts';

/** The session rules a page explains (the first hours, never rolling over a product), each with one source. */
export { session as sessionRules } from 'virtual:class-texts';
import type { ExplainedClass } from './compile.ts';
import type { TextLanguage } from './schema.ts';

// What a page shows of the classes that flag (virtual:class-texts, compiled from data/ by
// scripts/kb-plugin.ts): a module of its own, so that a page importing it carries none of the rest of the
// knowledge base, and of the translations only the one it loads.

/** The classes that flag, with their texts in `language` as well as English (null: English only). */
export async function classTexts(language: TextLanguage | null): Promise<ExplainedClass[]> {
  if (language === null) return [...classes];
  const { default: texts } = await translations[language]();
  return classes.map((c) => ({ ...c, texts: { [language]: texts[c.id] } }));
}
