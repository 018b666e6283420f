import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { PageReading } from '../extract/types.ts';
import type { SavedProduct } from '../list/model.ts';
import type { ImportResult } from '../list/transfer.ts';
import type { Analysis } from '../score/types.ts';

export type { ImportResult } from '../list/transfer.ts';

// One protocol, typed by direction (content → background, UI → background). Every message's data
// is validated by the schema of the same name before a handler sees it (src/messaging/guard.ts).

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
  components: v.pipe(
    v.array(v.strictObject({ name: nullableText(500), text: text(MAX_TEXT) })),
    v.maxLength(20),
  ),
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
  scoreText: v.strictObject({
    tabId: v.nullable(TabIdSchema),
    text: text(MAX_TEXT),
    name: nullableText(1_000),
    /** A list read from a picture (the OCR page): the page the picture was on, or '' for a photo. */
    from: v.optional(v.strictObject({ url: text(4_096), source: v.literal('image') })),
  }),
  saveProduct: v.strictObject({ tabId: TabIdSchema }),
  removeProduct: v.strictObject({ id: text(64) }),
  updateNote: v.strictObject({ id: text(64), note: text(2_000) }),
  importList: v.strictObject({ json: text(5_000_000), mode: v.picklist(['merge', 'replace']) }),
  readPageAgain: ReadPageAgainSchema,
} satisfies Record<string, v.GenericSchema>;

type Data<K extends keyof typeof schemas> = v.InferOutput<(typeof schemas)[K]>;

/** What the background keeps per tab (src/background/tabs.ts) and the popup gets for its tab. */
export interface TabState {
  reading: PageReading;
  analysis: Analysis;
  at: string;
}

/** What the page needs back to mark the flagged names of its list. */
export interface PageMarks {
  /**
   * `okFrom`: when the name is OK again (ISO date-time), null without a treatment date or on the
   * person's own list; `when`: the tooltip's line saying so, in the person's language ('' without one).
   */
  marks: { text: string; label: string; reason: string; okFrom: string | null; when: string }[];
}

export interface ContentToBackground {
  pageRead(data: Data<'pageRead'>): PageMarks | null;
  pageLeft(): void;
}

export interface UiToBackground {
  getTab(data: Data<'getTab'>): TabState | null;
  scoreText(data: Data<'scoreText'>): TabState;
  saveProduct(data: Data<'saveProduct'>): SavedProduct;
  removeProduct(data: Data<'removeProduct'>): void;
  updateNote(data: Data<'updateNote'>): void;
  importList(data: Data<'importList'>): ImportResult;
}

/** What the popup asks of the content script in its tab: read the page again (a section rendered on click). */
export interface UiToContent {
  /** True when a list was found and sent to the background. */
  readPageAgain(): boolean;
}

export const contentMessenger = defineExtensionMessaging<ContentToBackground>();
export const uiMessenger = defineExtensionMessaging<UiToBackground>();
export const tabMessenger = defineExtensionMessaging<UiToContent>();
