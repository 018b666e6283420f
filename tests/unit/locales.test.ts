import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseMessagesText, SUPPORTED_LOCALES } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { type ClassSource, TEXT_LANGUAGES, type TextLanguage } from '../../src/knowledge/schema.ts';

// Every translation against its English original: each locale file (locales/<lang>.yml, whichever are
// present) against en.yml, and the class texts of data/classes.json against their English label and
// reason. Each check is a function of the texts, tried below on broken copies, so each is seen to fail.

const LOCALES = resolve(import.meta.dirname, '../../locales');

/** A message's texts by plural form ("1", "n" …); a message without plural forms has the one form "". */
type Messages = Map<string, Record<string, string>>;

/** A locale file as the build reads it (@wxt-dev/i18n's own parser), without the browser's predefined "@@" messages. */
function parseLocale(yaml: string): Messages {
  return new Map(
    parseMessagesText(yaml, 'YAML')
      .filter((m) => !m.key[0]?.startsWith('@@'))
      .map((m) => [m.key.join('.'), m.type === 'plural' ? m.plurals : { '': m.message }]),
  );
}

/**
 * Texts a translation may leave exactly as in English, and why: a short code, an ingredient's name, a word
 * a language shares with English (French "Notes" — listed with that language once its translation exists).
 */
const SAME_AS_ENGLISH: { key: string; languages?: string[]; why: string }[] = [
  { key: 'badge.suitable', why: 'the toolbar badge has room for four characters, and "OK" reads as "fine" in every language of the extension' },
  { key: 'badge.avoid', languages: ['es'], why: 'Spanish "no" is the English word' },
  { key: 'popup.source', languages: ['fr'], why: 'French "source" is the English word' },
  { key: 'popup.sourceOf', languages: ['fr'], why: 'French "source" is the English word' },
  { key: 'clinic.sources', languages: ['fr'], why: 'French "sources" is the English word' },
  { key: 'csv.note', languages: ['fr'], why: 'French "note" is the English word' },
  { key: 'options.notes', languages: ['fr'], why: 'French "note" is the English word' },
  { key: 'badge.avoid', languages: ['it'], why: 'Italian "no" is the English word' },
  { key: 'csv.name', languages: ['nl'], why: 'Dutch "product" is the English word' },
  { key: 'options.product', languages: ['nl'], why: 'Dutch "product" is the English word' },
  { key: 'csv.variant', languages: ['nl'], why: 'Dutch "variant" is the English word, as Dutch shops label a shade or size' },
  { key: 'csv.variant', languages: ['sv'], why: 'the Swedish word for a product variant is "Variant"' },
];

/**
 * The stores' limits on the manifest's name and description: the strictest store's. The name: Microsoft Edge
 * Add-ons takes at most 45 characters, addons.mozilla.org 50, the Chrome Web Store 75 (MDN, manifest.json "name",
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/name; Edge's own answer in
 * https://github.com/microsoft/MicrosoftEdge-Extensions/discussions/55; Chrome's in
 * https://developer.chrome.com/docs/extensions/reference/manifest/name). The description: at most 132 (Chrome,
 * https://developer.chrome.com/docs/extensions/reference/manifest/description).
 */
const MANIFEST_LIMITS: Record<string, number> = { extName: 45, extDescription: 132 };

/**
 * The plural forms @wxt-dev/i18n chooses between: `i18n.t(key, count)` joins a map's forms in key order;
 * of two it shows the first for 1 and the second for any other count, of three the first for 0, the second
 * for 1, the third otherwise. Any other set of forms shows the wrong one. (Polish, with its own form for
 * 2–4, words such a text so that these suffice: "Produkty w pliku: $1".)
 */
const PLURAL_FORMS = ['n', '1 n', '0 1 n'];

/**
 * A measurement a line may break inside: "0,5–" and "2,5 mm", "2,5" and "mm". Its unit follows a no-break space
 * and a range's dash a word joiner (U+2060), so "(0,5–2,5 mm)" wraps whole.
 */
const MEASUREMENT_BREAK = /\d(?: mm\b|–(?!\u2060))/;

/** `$1`…`$9` (not `$$`, an escaped dollar) and @wxt-dev/i18n's named `{name}`. */
const placeholders = (text: string) => [...new Set(text.match(/(?<!\$)\$[1-9]|\{[A-Za-z0-9_]+\}/g) ?? [])].sort();

/** A text with letters beyond its placeholders and the product's name: one that can be left in English. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/(?<!\$)\$[1-9]|\{[A-Za-z0-9_]+\}|Needle Safe/g, ''));

/** What makes a locale file unusable on its own: its name, its plural forms, the stores' limits. */
function fileProblems(language: string, messages: Messages): string[] {
  const problems = SUPPORTED_LOCALES.has(language) ? [] : [`${language}: not a locale name the browsers know`];
  for (const [key, forms] of messages) {
    if (!('' in forms) && !PLURAL_FORMS.includes(Object.keys(forms).join(' '))) {
      problems.push(`${key}: plural forms ${Object.keys(forms).join(', ')} (only n; 1, n; or 0, 1, n)`);
    }
    for (const [form, text] of Object.entries(forms)) if (form !== '' && text.includes(' | ')) problems.push(`${key}.${form}: " | " separates plural forms`);
    for (const [form, text] of Object.entries(forms))
      if (MEASUREMENT_BREAK.test(text)) problems.push(`${key}${form ? `.${form}` : ''}: a measurement may break across lines`);
    const limit = MANIFEST_LIMITS[key];
    if (limit !== undefined && (forms[''] ?? '').length > limit) problems.push(`${key}: longer than the stores take (${limit} characters)`);
  }
  return problems;
}

/** A translation against en.yml: the same keys, each with plural forms where English has them, its placeholders, no English left. */
function localeProblems(language: string, en: Messages, messages: Messages): string[] {
  const problems = fileProblems(language, messages);
  for (const key of en.keys()) if (!messages.has(key)) problems.push(`${key}: missing`);
  for (const [key, forms] of messages) {
    const english = en.get(key);
    if (english === undefined) problems.push(`${key}: not in en.yml`);
    else if ('' in english !== '' in forms) problems.push(`${key}: ${'' in forms ? 'plural forms in en.yml, one text here' : 'plural forms here, one text in en.yml'}`);
    else problems.push(...placeholderProblems(key, english, forms), ...englishLeft(language, key, english, forms));
  }
  return problems;
}

/**
 * The same placeholders as English. In plural forms the "n" form keeps English's; the others may spell
 * the number out ("1 hour", "One name") but bring in none of their own.
 */
function placeholderProblems(key: string, english: Record<string, string>, forms: Record<string, string>): string[] {
  const problems: string[] = [];
  const all = placeholders(Object.values(english).join(' '));
  for (const [form, text] of Object.entries(forms)) {
    const found = placeholders(text);
    const exact = form === '' || form === 'n';
    const expected = exact ? placeholders(english[form] ?? '') : all;
    const wrong = exact ? found.join() !== expected.join() : found.some((p) => !expected.includes(p));
    if (wrong) problems.push(`${key}${form ? `.${form}` : ''}: placeholders ${found.join(' ') || 'none'}, English has ${expected.join(' ') || 'none'}`);
  }
  return problems;
}

/** Texts identical to English that have words of their own and are not on the allow-list. */
function englishLeft(language: string, key: string, english: Record<string, string>, forms: Record<string, string>): string[] {
  if (SAME_AS_ENGLISH.some((a) => a.key === key && (a.languages?.includes(language) ?? true))) return [];
  return Object.entries(forms)
    .filter(([form, text]) => text.trim() === english[form]?.trim() && hasWords(text))
    .map(([form, text]) => `${key}${form ? `.${form}` : ''}: still in English ("${text}")`);
}

/** A label a translation may keep as in English: the ingredient's or class's own name, spelt alike in that language. */
const SAME_LABEL: Record<string, { languages: TextLanguage[]; why: string }> = {
  retinoid: { languages: ['de', 'pl', 'sv'], why: 'the class name, spelt alike' },
  niacinamide: { languages: ['fr', 'it', 'nl'], why: 'the INCI name, used as the common name' },
  bakuchiol: { languages: ['de', 'fr', 'es', 'it', 'nl', 'pl', 'sv'], why: 'the INCI name, used as the common name' },
  arnica: { languages: ['fr', 'it', 'nl'], why: 'the plant, spelt alike' },
  humectant: { languages: ['fr'], why: 'the French word is the English one' },
  silicone: { languages: ['fr', 'it'], why: 'the word is the English one' },
  antioxidant: { languages: ['nl', 'sv'], why: 'the word is the English one' },
  panthenol: { languages: ['de', 'nl'], why: 'the INCI name, used as the common name' },
  centella: { languages: ['fr', 'it', 'sv'], why: 'the botanical name' },
  allantoin: { languages: ['de', 'sv'], why: 'the INCI name, used as the common name' },
  glycerin: { languages: ['de', 'sv'], why: 'the INCI name, used as the common name' },
  squalane: { languages: ['fr'], why: 'the INCI name, used as the common name' },
  bisabolol: { languages: ['de', 'fr', 'es', 'nl', 'pl', 'sv'], why: 'the INCI name, used as the common name' },
  aloe: { languages: ['de', 'fr', 'es', 'it', 'sv'], why: 'the botanical name' },
  peptide: { languages: ['fr', 'it', 'nl'], why: 'the word is the English one' },
};

/** How each language says that sources disagree or that a class is disputed. */
const DISPUTED: Record<TextLanguage, RegExp> = {
  de: /umstritten|uneinig/i,
  fr: /controvers|pas d'accord/i,
  es: /discutido|no coinciden/i,
  it: /controvers|non concordano/i,
  nl: /omstreden|oneens/i,
  pl: /sporn|nie są zgodne/i,
  sv: /omstridd|omstritt|oense/i,
};

const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort().join(' ');

function classTextProblems(classes: readonly Pick<ClassSource, 'id' | 'label' | 'reason' | 'disputed' | 'texts'>[]): string[] {
  return classes.flatMap((c) =>
    TEXT_LANGUAGES.flatMap((language) => {
      const { label, reason } = c.texts[language];
      const where = `${c.id} (${language})`;
      const problems: string[] = [];
      if (reason === c.reason) problems.push(`${where}: the reason is still in English`);
      if (label === c.label && !SAME_LABEL[c.id]?.languages.includes(language)) problems.push(`${where}: the label is still in English ("${label}")`);
      if (numbers(reason) !== numbers(c.reason)) problems.push(`${where}: numbers ${numbers(reason) || 'none'}, English has ${numbers(c.reason) || 'none'}`);
      if (c.disputed && !DISPUTED[language].test(reason)) problems.push(`${where}: does not say the class is disputed`);
      if (language === 'fr' && / [;:!?]/.test(label + reason)) problems.push(`${where}: a plain space before ; : ! or ? (French takes a no-break space)`);
      return problems;
    }),
  );
}

describe('the locales (locales/*.yml)', () => {
  const files = readdirSync(LOCALES).filter((f) => f.endsWith('.yml'));
  const read = (file: string) => parseLocale(readFileSync(join(LOCALES, file), 'utf8'));
  const en = read('en.yml');

  it('are the English original and translations into languages the class texts speak', () => {
    const languages = files.map((f) => basename(f, '.yml'));
    expect(languages).toContain('en');
    expect(languages).toContain('de');
    for (const language of languages) expect(['en', ...TEXT_LANGUAGES], language).toContain(language);
  });

  it("give en.yml plural forms @wxt-dev/i18n can choose between and names within the stores' limits", () => {
    expect(fileProblems('en', en)).toEqual([]);
  });

  for (const file of files.filter((f) => f !== 'en.yml')) {
    it(`${file}: the same keys, placeholders and plural forms as en.yml, and no text left in English`, () => {
      expect(localeProblems(basename(file, '.yml'), en, read(file))).toEqual([]);
    });
  }
});

describe('the class texts (data/classes.json)', () => {
  it('are translated, keep every number of the English reason, say "disputed" where it does, and space French punctuation', () => {
    expect(classTextProblems(readKbSources(resolve(import.meta.dirname, '../../data')).classes)).toEqual([]);
  });
});

describe('the checks catch', () => {
  const en = parseLocale(`
extName: Needle Safe — microneedling aftercare checker
badge:
  suitable: OK
  untilDate: $1 until $2 — $3
popup:
  okFrom: OK from $1
  product: Needle Safe
  separator: '$1 · $2'
options:
  previewCount:
    1: 1 product
    n: $1 products
ocr:
  reviewDoubtful:
    1: 'One name is not recognised.'
    n: '$1 names are not recognised.'
`);
  const de = `
extName: Needle Safe — Pflege-Check nach Microneedling
badge:
  suitable: OK
  untilDate: $1 bis $2 — $3
popup:
  okFrom: OK ab $1
  product: Needle Safe
  separator: '$1 · $2'
options:
  previewCount:
    1: 1 Produkt
    n: $1 Produkte
ocr:
  reviewDoubtful:
    1: 'Ein Name wurde nicht erkannt.'
    n: '$1 Namen wurden nicht erkannt.'
`;
  const problems = (yaml: string, language = 'de') => localeProblems(language, en, parseLocale(yaml));

  it('nothing in a sound translation (the badge\'s "OK", the product\'s name and a text of placeholders alone stay as they are)', () => {
    expect(problems(de)).toEqual([]);
  });

  it('a locale file named for no locale the browsers know', () => {
    expect(problems(de, 'se')).toEqual(['se: not a locale name the browsers know']);
  });

  it('a missing key and an extra key', () => {
    expect(problems(de.replace('  okFrom: OK ab $1\n', '  okFron: OK ab $1\n'))).toEqual(['popup.okFrom: missing', 'popup.okFron: not in en.yml']);
  });

  it('a placeholder left out, or one added', () => {
    expect(problems(de.replace('$1 bis $2 — $3', '$1 bis $2'))).toEqual(['badge.untilDate: placeholders $1 $2, English has $1 $2 $3']);
    expect(problems(de.replace('OK ab $1', 'OK ab $1 ($2)'))).toEqual(['popup.okFrom: placeholders $1 $2, English has $1']);
    expect(problems(de.replace('n: $1 Produkte', 'n: Produkte'))).toEqual(['options.previewCount.n: placeholders none, English has $1']);
    expect(problems(de.replace('1: 1 Produkt', '1: $2 Produkt'))).toEqual(['options.previewCount.1: placeholders $2, English has $1']);
  });

  it('a broken plural form', () => {
    expect(problems(de.replace('    1: 1 Produkt\n    n: $1 Produkte', '    1: 1 Produkt\n    2: $1 Produkte\n    n: $1 Produkte'))).toEqual([
      'options.previewCount: plural forms 1, 2, n (only n; 1, n; or 0, 1, n)',
    ]);
    expect(problems(de.replace('  previewCount:\n    1: 1 Produkt\n    n: $1 Produkte', '  previewCount: $1 Produkt(e)'))).toEqual([
      'options.previewCount: plural forms in en.yml, one text here',
    ]);
    expect(problems(de.replace('n: $1 Produkte', 'n: $1 Produkte | Stk.'))).toEqual(['options.previewCount.n: " | " separates plural forms']);
    // A form the library does not know ("few") is no plural map: its keys no longer match English's.
    expect(problems(de.replace('    n: $1 Produkte', '    few: $1 Produkte'))).toEqual([
      'options.previewCount: missing',
      'options.previewCount.1: not in en.yml',
      'options.previewCount.few: not in en.yml',
    ]);
  });

  it('a text left in English, a plural form included', () => {
    expect(problems(de.replace('OK ab $1', 'OK from $1'))).toEqual(['popup.okFrom: still in English ("OK from $1")']);
    expect(problems(de.replace('1: 1 Produkt', '1: 1 product'))).toEqual(['options.previewCount.1: still in English ("1 product")']);
  });

  it('a measurement a line may break inside', () => {
    const english = parseLocale(`kind:\n  pro: Professional microneedling (0.5–\u20602.5\u00a0mm)\n`);
    const kindProblems = (text: string) => localeProblems('de', english, parseLocale(`kind:\n  pro: ${text}\n`));
    expect(kindProblems('Professionelles Microneedling (0,5–\u20602,5\u00a0mm)')).toEqual([]);
    expect(kindProblems('Professionelles Microneedling (0,5–\u20602,5 mm)')).toEqual(['kind.pro: a measurement may break across lines']);
    expect(kindProblems('Professionelles Microneedling (0,5–2,5\u00a0mm)')).toEqual(['kind.pro: a measurement may break across lines']);
  });

  it('a manifest name longer than the stores take', () => {
    expect(problems(de.replace(/^extName: .*$/m, `extName: Needle Safe — ${'sehr '.repeat(12)}langer Name`))).toEqual([
      'extName: longer than the stores take (45 characters)',
    ]);
  });

  const retinoid = readKbSources(resolve(import.meta.dirname, '../../data')).classes.find((c) => c.id === 'retinoid');
  const niacinamide = readKbSources(resolve(import.meta.dirname, '../../data')).classes.find((c) => c.id === 'niacinamide');
  if (!retinoid || !niacinamide) throw new Error('data/classes.json has no retinoid or niacinamide');
  const edited = (cls: typeof retinoid, language: TextLanguage, text: Partial<{ label: string; reason: string }>) => ({
    ...cls,
    texts: { ...cls.texts, [language]: { ...cls.texts[language], ...text } },
  });

  it('a class text left in English', () => {
    expect(classTextProblems([edited(retinoid, 'it', { reason: retinoid.reason })])).toEqual(['retinoid (it): the reason is still in English']);
    expect(classTextProblems([edited(retinoid, 'fr', { label: 'Retinoid' })])).toEqual(['retinoid (fr): the label is still in English ("Retinoid")']);
  });

  it('a class text that loses a number, or a disputed class that stops saying so', () => {
    const mineral = readKbSources(resolve(import.meta.dirname, '../../data')).classes.find((c) => c.id === 'mineral-uv-filter');
    if (!mineral) throw new Error('data/classes.json has no mineral-uv-filter');
    expect(classTextProblems([edited(mineral, 'sv', { reason: mineral.texts.sv.reason.replace(' (12 timmar efter en roller hemma)', '') })])).toEqual([
      'mineral-uv-filter (sv): numbers 24, English has 12 24',
    ]);
    expect(classTextProblems([edited(niacinamide, 'nl', { reason: niacinamide.texts.nl.reason.replace('De bronnen zijn het oneens: n', 'N') })])).toEqual([
      'niacinamide (nl): does not say the class is disputed',
    ]);
  });

  it('French punctuation after a plain space', () => {
    expect(classTextProblems([edited(retinoid, 'fr', { reason: retinoid.texts.fr.reason.replace('\u00a0;', ' ;') })])).toEqual([
      'retinoid (fr): a plain space before ; : ! or ? (French takes a no-break space)',
    ]);
  });
});
