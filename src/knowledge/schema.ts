import * as v from 'valibot';

/** The schema of the human-edited sources in data/ (see data/README.md). */
const Depths = v.object({ pro: v.pipe(v.number(), v.minValue(0)), home: v.pipe(v.number(), v.minValue(0)) });

export const ClassSource = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  effect: v.picklist(['avoid', 'caution', 'neutral', 'beneficial']),
  windowHours: Depths,
  label: v.pipe(v.string(), v.minLength(2)),
  reason: v.pipe(v.string(), v.minLength(20)),
  /** The label and reason in German, shown when the browser's UI language is German. */
  de: v.optional(v.strictObject({ label: v.pipe(v.string(), v.minLength(2)), reason: v.pipe(v.string(), v.minLength(20)) })),
  grade: v.picklist(['A', 'B', 'C', 'inference']),
  disputed: v.boolean(),
  sources: v.pipe(
    v.array(v.strictObject({ title: v.pipe(v.string(), v.minLength(3)), url: v.optional(v.pipe(v.string(), v.url())) })),
    v.minLength(1),
  ),
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

export type ClassSource = v.InferOutput<typeof ClassSource>;
export type IngredientSource = v.InferOutput<typeof IngredientSource>;
export type FamilySource = v.InferOutput<typeof FamilySource>;

export interface KbSources {
  classes: ClassSource[];
  ingredients: { file: string; entries: IngredientSource[] }[];
  families: FamilySource[];
}
