import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { ComponentText, PageReading, ReadingDoubt } from '../extract/types.ts';
import type { SavedProduct, TreatmentProfile } from '../list/model.ts';
import type { ImportResult } from '../list/transfer.ts';
import type { Analysis } from '../score/types.ts';
import type { schemas } from './schemas.ts';

export type { ImportResult } from '../list/transfer.ts';

// One protocol, typed by direction (content → background, UI → background, UI → content). Every message's data
// is validated by the schema of the same name (schemas.ts) before a handler sees it (guard.ts).
// Types only from valibot here: a page that sends messages does not carry the validator.

type Data<K extends keyof typeof schemas> = v.InferOutput<(typeof schemas)[K]>;

/** What the background keeps per tab (src/background/tabs.ts) and the popup gets for its tab. */
export interface TabState {
  reading: PageReading;
  analysis: Analysis;
  at: string;
  /** Present when `reading` holds the person's corrected list: the page's own, to go back to. */
  page?: PageList;
}

/** The list a page printed, kept while the person's correction of it is what is scored. */
export interface PageList {
  components: ComponentText[];
  doubts: ReadingDoubt[];
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

/** The popup's one question when it opens: the tab's analysis, the profile, the product as saved. */
export interface PopupView {
  tab: TabState | null;
  profile: TreatmentProfile;
  saved: SavedProduct | null;
}

export interface UiToBackground {
  getTab(data: Data<'getTab'>): TabState | null;
  popupView(data: Data<'popupView'>): PopupView;
  scoreText(data: Data<'scoreText'>): TabState;
  saveProduct(data: Data<'saveProduct'>): SavedProduct;
  /** Forgets the person's correction of the tab's page list and scores the page's own list. */
  usePageList(data: Data<'usePageList'>): TabState | null;
  removeProduct(data: Data<'removeProduct'>): void;
  /** Undo of a removal: false when the product can no longer be brought back. */
  restoreProduct(data: Data<'restoreProduct'>): boolean;
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
