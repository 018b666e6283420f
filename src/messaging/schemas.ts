import * as v from 'valibot';

// The valibot schema of every message's data, by message type (protocol.ts types the messages from
// these): strict objects, bounded strings and arrays. The background checks each message with them
// (guard.ts); the content script checks the one message it answers.

const MAX_TEXT = 200_000;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));

export const PageReadingSchema = v.strictObject({
  url: text(4_096),
  isProduct: v.boolean(),
  title: nullableText(1_000),
  brand: nullableText(500),
  gtin: nullableText(64),
  sku: nullableText(128),
  variant: nullableText(500),
  components: v.pipe(v.array(v.strictObject({ name: nullableText(500), text: text(MAX_TEXT) })), v.maxLength(20)),
  source: text(64),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  doubts: v.pipe(v.array(v.picklist(['partial', 'ambiguous', 'component-unread'])), v.maxLength(3)),
});

const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** "Read this page again" carries no data; the content script checks it with this schema alone (its size counts). */
export const ReadPageAgainSchema = v.undefined();

export const schemas = {
  pageRead: PageReadingSchema,
  pageLeft: v.undefined(),
  getTab: v.strictObject({ tabId: TabIdSchema }),
  popupView: v.strictObject({ tabId: TabIdSchema }),
  scoreText: v.strictObject({
    tabId: v.nullable(TabIdSchema),
    text: text(MAX_TEXT),
    name: nullableText(1_000),
    /** A list read from a picture (the OCR page): the page the picture was on, or '' for a photo. */
    from: v.optional(v.strictObject({ url: text(4_096), source: v.literal('image') })),
  }),
  /** `name`: what the person calls a list that came without a product name (a pasted one). */
  saveProduct: v.strictObject({ tabId: TabIdSchema, name: v.optional(nullableText(1_000)) }),
  usePageList: v.strictObject({ tabId: TabIdSchema }),
  removeProduct: v.strictObject({ id: text(64) }),
  restoreProduct: v.strictObject({ id: text(64) }),
  updateNote: v.strictObject({ id: text(64), note: text(2_000) }),
  importList: v.strictObject({ json: text(5_000_000), mode: v.picklist(['merge', 'replace']) }),
  readPageAgain: ReadPageAgainSchema,
} satisfies Record<string, v.GenericSchema>;
