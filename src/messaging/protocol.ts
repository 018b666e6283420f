import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { SavedProduct, TabState, TreatmentProfile } from '../list/model.ts';
import type { schemas } from './schemas.ts';

// One protocol, typed by direction (content → background, UI → background). Every message's data
// is validated by the schema of the same name (schemas.ts) before a handler sees it (guard.ts).
// Types only from valibot here: a page that sends messages does not carry the validator.

type Data<K extends keyof typeof schemas> = v.InferOutput<(typeof schemas)[K]>;

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

export interface ImportResult {
  added: number;
  /** On the list already, with a newer list or note in the file. */
  updated: number;
  /** On the list already, and the list's own list and note are kept. */
  unchanged: number;
  total: number;
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
