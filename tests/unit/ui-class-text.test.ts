import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { compileKnowledgeBase, type CompiledClass } from '../../src/knowledge/compile.ts';
import { classText } from '../../src/ui/class-text.ts';
import classTexts from 'virtual:class-texts';

const base: CompiledClass = {
  id: 'retinoid',
  effect: 'avoid',
  windowHours: { pro: 168, home: 72 },
  label: 'Retinoid',
  reason: 'Retinol speeds up skin turnover and irritates.',
  grade: 'B',
  disputed: false,
  sources: [{ title: 'A source title' }],
};
const withGerman: CompiledClass = { ...base, de: { label: 'Retinoid (DE)', reason: 'Retinol beschleunigt die Hauterneuerung.' } };

describe('classText', () => {
  it('picks the German text for a German UI language', () => {
    for (const locale of ['de', 'de-DE', 'de-AT', 'DE-ch', 'de_CH']) {
      expect(classText(withGerman, locale), locale).toEqual(withGerman.de);
    }
  });

  it('keeps the English text for other languages', () => {
    for (const locale of ['en', 'en-US', 'fr', 'nl-BE', 'del', '']) {
      expect(classText(withGerman, locale), locale).toEqual({ label: base.label, reason: base.reason });
    }
  });

  it('falls back to English when a class has no German text', () => {
    expect(classText(base, 'de-DE')).toEqual({ label: base.label, reason: base.reason });
  });
});

describe('German class texts in the dataset (data/classes.json)', () => {
  const sources = readKbSources(resolve(import.meta.dirname, '../../data'));
  const compiled = compileKnowledgeBase(sources);

  it('gives every class a German label and a translated reason', () => {
    const missing = sources.classes.filter((c) => !c.de).map((c) => c.id);
    expect(missing).toEqual([]);
    for (const c of sources.classes) expect(c.de?.reason, c.id).not.toBe(c.reason);
  });

  it('keeps the German text in the compiled knowledge base', () => {
    for (const cls of compiled.classes) expect(classText(cls, 'de').reason, cls.id).toBe(cls.de?.reason);
  });

  it('says "disputed" in German where the English reason does', () => {
    for (const c of sources.classes.filter((cls) => cls.disputed)) expect(c.de?.reason, c.id).toMatch(/umstritten|uneinig/i);
  });
});

describe('the class texts the popup imports (virtual:class-texts)', () => {
  const sources = readKbSources(resolve(import.meta.dirname, '../../data'));

  it('hold every class that can flag an ingredient as data/classes.json states it, and nothing else (no ingredient names)', () => {
    const flagging = sources.classes.filter((c) => c.effect === 'avoid' || c.effect === 'caution');
    expect(flagging.length).toBeGreaterThan(0);
    expect(classTexts).toEqual(flagging);
  });
});
