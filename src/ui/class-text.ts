import type { ClassText, CompiledClass } from '../knowledge/compile.ts';

// A class's label and reason in the person's language: the German text when the browser's UI
// language is German and the dataset has one, else the English original.

export function classText(cls: CompiledClass, locale: string): ClassText {
  if (cls.de && /^de(?:[-_]|$)/i.test(locale)) return cls.de;
  return { label: cls.label, reason: cls.reason };
}
