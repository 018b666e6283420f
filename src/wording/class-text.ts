import type { ClassText, ExplainedClass } from '../knowledge/compile.ts';
import { TEXT_LANGUAGES, type TextLanguage } from '../knowledge/schema.ts';

// A class's label and reason in the person's language: the browser's UI language picks one of the
// translations by its base language ("de-AT" → German); English for English and every other language.

export function classText(cls: ExplainedClass, locale: string): ClassText {
  const language = textLanguage(locale);
  return (language !== null ? cls.texts[language] : undefined) ?? { label: cls.label, reason: cls.reason };
}

/** The translation a BCP 47 tag asks for ("fr-CA", "sv_SE", "nl"), or null for English and languages we lack ("pt-BR", "nb"). */
export function textLanguage(locale: string): TextLanguage | null {
  const base = locale.split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
  return TEXT_LANGUAGES.find((language) => language === base) ?? null;
}
