import * as v from 'valibot';

/** The schema of the human-edited sources in data/ (see data/README.md). */
const Depths = v.object({ pro: v.pipe(v.number(), v.minValue(0)), home: v.pipe(v.number(), v.minValue(0)) });

/** The languages of the extension besides English, as BCP 47 base tags: every class has its texts in each. */
export const TEXT_LANGUAGES = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'sv'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

const Label = v.pipe(v.string(), v.minLength(2));
const Reason = v.pipe(v.string(), v.minLength(20));
const ClassText = v.strictObject({ label: Label, reason: Reason });

/** A class's label and reason in every one of TEXT_LANGUAGES: a class missing one stops the build. */
const ClassTexts = v.strictObject({
  de: ClassText,
  fr: ClassText,
  es: ClassText,
  it: ClassText,
  nl: ClassText,
  pl: ClassText,
  sv: ClassText,
} satisfies Record<TextLanguage, typeof ClassText>);

const Grade = v.picklist(['A', 'B', 'C', 'inference']);
const Sources = v.pipe(v.array(v.strictObject({ title: v.pipe(v.string(), v.minLength(3)), url: v.optional(v.pipe(v.string(), v.url())) })), v.minLength(1));

/**
 * How long before a session to stop using the class (pro / home hours; shared/reference/treatment-cycle.md),
 * with its own evidence. A class without one needs no pause: nothing is on the skin at the session anyway.
 */
const Pause = v.strictObject({ hours: Depths, grade: Grade, sources: Sources });

export const ClassSource = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  effect: v.picklist(['avoid', 'caution', 'neutral', 'beneficial']),
  windowHours: Depths,
  pause: v.optional(Pause),
  /** The English label and reason, and the text the CLI and an unknown UI language show. */
  label: Label,
  reason: Reason,
  texts: ClassTexts,
  grade: Grade,
  disputed: v.boolean(),
  sources: Sources,
});

/** A rule of the session day with its evidence (data/session.json). */
const SessionRule = v.strictObject({ grade: Grade, sources: Sources });

/** What holds for every product around a session, whatever its ingredients (data/session.json). */
export const SessionSource = v.strictObject({
  /** After a professional session nothing but the practitioner's product goes on the skin for these hours. */
  firstHours: v.strictObject({ hours: Depths, grade: Grade, sources: Sources }),
  /** Arrive with clean skin: nothing is on the skin at the session. */
  arriveClean: SessionRule,
  /** Never needle over a product: it is pushed into the dermis (granuloma reports). */
  rollingOver: SessionRule,
});

export const IngredientSource = v.strictObject({
  inci: v.pipe(v.string(), v.minLength(1)),
  aka: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  classes: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
  rules: v.optional(v.array(v.string())),
  note: v.optional(v.string()),
});

export const FamilySource = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** A regular expression over the normalised name (src/inci/normalize.ts). */
  pattern: v.string(),
  classes: v.array(v.string()),
  rules: v.optional(v.array(v.string())),
  /** Label names the pattern must match (checked in tests). */
  examples: v.pipe(v.array(v.string()), v.minLength(1)),
  /** Label names the matcher must not classify through this family (an entry or an earlier family wins). */
  counterExamples: v.pipe(v.array(v.string()), v.minLength(1)),
  note: v.optional(v.string()),
});

/** A label name in one of the shops' languages and the entry it names (data/translations/<lang>.json). */
export const TranslationSource = v.strictObject({
  name: v.pipe(v.string(), v.minLength(2)),
  /** The canonical INCI name of an existing entry. */
  inci: v.pipe(v.string(), v.minLength(1)),
  note: v.optional(v.string()),
});

/** How one language prints ingredient names word by word (data/label-words/<lang>.json). */
export const LabelWordsSource = v.strictObject({
  /** Words join into one (Sonnen|blumen|öl): a word is read as the table words it is made of. */
  compounds: v.boolean(),
  /** Within a phrase the modifier follows its noun (olej słonecznikowy = sunflower oil). */
  modifiersFollow: v.boolean(),
  /** Words that join a head to what it is made of ("de", "aus"): the parts around them swap into English order. */
  connectors: v.array(v.pipe(v.string(), v.minLength(1))),
  /** Qualifiers left out because they never change what an ingredient is ("bio"). */
  skip: v.array(v.pipe(v.string(), v.minLength(1))),
  /** Label word or phrase → the English INCI words it stands for. */
  words: v.record(v.pipe(v.string(), v.minLength(1)), v.pipe(v.string(), v.minLength(1))),
});

export type ClassSource = v.InferOutput<typeof ClassSource>;
export type IngredientSource = v.InferOutput<typeof IngredientSource>;
export type FamilySource = v.InferOutput<typeof FamilySource>;
export type TranslationSource = v.InferOutput<typeof TranslationSource>;
export type LabelWordsSource = v.InferOutput<typeof LabelWordsSource>;
export type SessionSource = v.InferOutput<typeof SessionSource>;

export interface KbSources {
  classes: ClassSource[];
  ingredients: { file: string; entries: IngredientSource[] }[];
  families: FamilySource[];
  /** Label names per language (the file name without .json: "de", "fr" …). */
  translations: { language: string; names: TranslationSource[] }[];
  labelWords: { language: string; table: LabelWordsSource }[];
  session: SessionSource;
}
