import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { compileKnowledgeBase, type CompiledClass } from '../../src/knowledge/compile.ts';
import { TEXT_LANGUAGES } from '../../src/knowledge/schema.ts';
import { classText } from '../../src/wording/class-text.ts';

const DATA = resolve(import.meta.dirname, '../../data');

// A class written by hand in every language, each text telling its language apart.
const retinoid: CompiledClass = {
  id: 'retinoid',
  effect: 'avoid',
  windowHours: { pro: 168, home: 72 },
  label: 'Retinoid',
  reason: 'Retinol speeds up skin turnover and irritates.',
  texts: {
    de: { label: 'Retinoid (de)', reason: 'Retinol beschleunigt die Hauterneuerung.' },
    fr: { label: 'Rétinoïde', reason: 'Le rétinol accélère le renouvellement de la peau.' },
    es: { label: 'Retinoide (es)', reason: 'El retinol acelera la renovación de la piel.' },
    it: { label: 'Retinoide (it)', reason: 'Il retinolo accelera il rinnovamento della pelle.' },
    nl: { label: 'Retinoïde', reason: 'Retinol versnelt de vernieuwing van de huid.' },
    pl: { label: 'Retinoid (pl)', reason: 'Retinol przyspiesza odnowę skóry.' },
    sv: { label: 'Retinoid (sv)', reason: 'Retinol påskyndar hudens förnyelse.' },
  },
  grade: 'B',
  disputed: false,
  sources: [{ title: 'A source title' }],
};
const english = { label: 'Retinoid', reason: 'Retinol speeds up skin turnover and irritates.' };

describe('classText', () => {
  it('picks the translation for a UI language by its base language, whatever its region or spelling', () => {
    const tags: [string, keyof CompiledClass['texts']][] = [
      ['de', 'de'],
      ['de-DE', 'de'],
      ['de-AT', 'de'],
      ['DE-ch', 'de'],
      ['de_CH', 'de'],
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['fr-BE', 'fr'],
      ['es', 'es'],
      ['es-419', 'es'],
      ['es-MX', 'es'],
      ['it', 'it'],
      ['it-CH', 'it'],
      ['nl', 'nl'],
      ['nl-BE', 'nl'],
      ['pl', 'pl'],
      ['pl-PL', 'pl'],
      ['sv', 'sv'],
      ['sv-SE', 'sv'],
      ['sv-FI', 'sv'],
    ];
    for (const [tag, language] of tags) expect(classText(retinoid, tag), tag).toEqual(retinoid.texts[language]);
  });

  it('falls back to English for English and for every language without its own texts', () => {
    // Portuguese, Norwegian (Bokmål and the macro language), Danish, Czech, North Frisian and Swedish's
    // ISO 639-2 code: near names, none of ours.
    for (const tag of ['en', 'en-US', 'en-GB', 'pt-BR', 'pt', 'nb', 'no', 'nn', 'da', 'cs', 'frr', 'swe', 'del', 'zh-Hant-TW', '']) {
      expect(classText(retinoid, tag), tag).toEqual(english);
    }
  });

  it('falls back to English when the translation is not at hand', () => {
    expect(classText({ ...retinoid, texts: { fr: retinoid.texts.fr } }, 'de-DE')).toEqual(english);
  });
});

describe('class texts in the dataset (data/classes.json)', () => {
  const sources = readKbSources(DATA);
  const raw = JSON.parse(readFileSync(join(DATA, 'classes.json'), 'utf8')) as { id: string; texts: Record<string, unknown> }[];

  it('gives every class its label and reason in each language of the extension, and in no other', () => {
    expect([...TEXT_LANGUAGES].sort()).toEqual(['de', 'es', 'fr', 'it', 'nl', 'pl', 'sv']);
    for (const c of raw) expect(Object.keys(c.texts).sort(), c.id).toEqual([...TEXT_LANGUAGES].sort());
  });

  it('keeps every translation in the compiled knowledge base, picked as data/classes.json states it', () => {
    const compiled = new Map(compileKnowledgeBase(sources).classes.map((c) => [c.id, c]));
    for (const c of raw) {
      const cls = compiled.get(c.id);
      if (!cls) throw new Error(`${c.id} is not compiled`);
      for (const language of TEXT_LANGUAGES) expect(classText(cls, `${language}-XX`), `${c.id} ${language}`).toEqual(c.texts[language]);
    }
  });

  describe('the build refuses a class', () => {
    const dir = mkdtempSync(join(tmpdir(), 'needle-safe-classes-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const withClasses = (edit: (classes: { texts: Record<string, unknown> }[]) => void) => {
      cpSync(DATA, dir, { recursive: true });
      const classes = JSON.parse(readFileSync(join(DATA, 'classes.json'), 'utf8')) as { texts: Record<string, unknown> }[];
      edit(classes);
      writeFileSync(join(dir, 'classes.json'), JSON.stringify(classes));
      return () => readKbSources(dir);
    };

    it('that lacks a language', () => {
      expect(withClasses((classes) => delete classes[3]?.texts.pl)).toThrow(/classes\.json: 3\.texts\.pl /);
    });

    it('that holds a language the extension does not speak', () => {
      expect(withClasses((classes) => Object.assign(classes[0]?.texts ?? {}, { pt: { label: 'Retinoide', reason: 'O retinol acelera a renovação da pele.' } }))).toThrow(
        /classes\.json: 0\.texts\.pt /,
      );
    });

    it('whose translation has no reason', () => {
      expect(withClasses((classes) => Object.assign(classes[5]?.texts ?? {}, { sv: { label: 'Parfym' } }))).toThrow(/classes\.json: 5\.texts\.sv\.reason /);
    });
  });
});

describe('the class texts the popup imports (src/ui/popup-class-texts.ts, from virtual:class-texts)', () => {
  // Without the pause before a session, and with the one source the popup links to, if any (the options page cites all).
  const flagging = readKbSources(DATA)
    .classes.filter((c) => c.effect === 'avoid' || c.effect === 'caution')
    .map(({ pause: _pause, ...c }) => ({ ...c, sources: c.sources.filter((s) => s.url).slice(0, 1) }));
  /** The module as a popup whose browser speaks `uiLanguage` loads it. */
  const popupClasses = async (uiLanguage: string) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
    vi.resetModules();
    return (await import('../../src/ui/popup-class-texts.ts')).default;
  };

  it('hold every class that can flag an ingredient as data/classes.json states it, and nothing else (no ingredient names)', async () => {
    expect(flagging.length).toBeGreaterThan(0);
    expect(await popupClasses('en-GB')).toEqual(flagging.map((c) => ({ ...c, texts: {} })));
  });

  it("carry the translation of the browser's UI language and no other", async () => {
    for (const language of TEXT_LANGUAGES) {
      const classes = await popupClasses(`${language}-XX`);
      expect(classes, language).toEqual(flagging.map((c) => ({ ...c, texts: { [language]: c.texts[language] } })));
      for (const cls of classes) expect(classText(cls, `${language}-XX`), `${cls.id} ${language}`).toEqual(cls.texts[language]);
    }
  });

  it('carry no translation for a language without its own texts', async () => {
    for (const tag of ['pt-BR', 'nb']) expect(await popupClasses(tag), tag).toEqual(flagging.map((c) => ({ ...c, texts: {} })));
  });
});

describe('the session rules the popup cites', () => {
  it('are each rule’s grade and first source with an address (src/knowledge/bundled-class-texts.ts)', async () => {
    const { sessionRules: session } = await import('../../src/knowledge/bundled-class-texts.ts');
    const rules = readKbSources(DATA).session;
    expect(session.firstHours).toEqual({ grade: rules.firstHours.grade, source: rules.firstHours.sources[0] });
    expect(session.rollingOver.source.url).toBe('https://doi.org/10.1001/jamadermatol.2013.6955');
  });

  it('and the options page gets every class’s pause with its sources (src/knowledge/bundled-class-windows.ts)', async () => {
    const { default: windows } = await import('../../src/knowledge/bundled-class-windows.ts');
    expect(windows.pauses.retinoid?.hours).toEqual({ pro: 120, home: 48 });
    expect(Object.keys(windows.pauses).sort()).toEqual(
      readKbSources(DATA)
        .classes.filter((c) => c.pause)
        .map((c) => c.id)
        .sort(),
    );
    expect(windows.session.firstHours.hours).toEqual({ pro: 6, home: 0 });
  });
});
