/** What the content script read from a page (see ../shared/DESIGN.md, "PageReading"): the product's identity and more. */
export interface PageReading extends Identity {
  url: string;
  isProduct: boolean;
  /** The ingredient text of each component; one entry for a single product. */
  components: ComponentText[];
  /** Which reader found it: "site:sephora", "jsonld", "shopify", "embedded", "heading", "selection", "paste". */
  source: string;
  /** 0..1: how sure the reader is that the text is this product's full list. */
  confidence: number;
  /** What the reader is unsure of; a doubt keeps a list without warnings from "suitable". */
  doubts: ReadingDoubt[];
}

/**
 * Why the reader is not sure it read the product's whole list (the same union as src/score's):
 * `partial` the list looks cut, `ambiguous` a different list was nearly as likely,
 * `component-unread` a part of a set whose list could not be read.
 */
export type ReadingDoubt = 'partial' | 'ambiguous' | 'component-unread';

/** The list of one component: a kit part or shade (named), or the product itself (null). */
export interface ComponentText {
  name: string | null;
  text: string;
}

/** Product identity; every reader fills what it knows and leaves the rest null. */
export interface Identity {
  title: string | null;
  brand: string | null;
  gtin: string | null;
  sku: string | null;
  /** Selected shade or size, when the page shows one. */
  variant: string | null;
}

/** A shop adapter (`src/extract/sites/<shop>.ts`): the most precise reader, its lists compared with the others'. */
export interface SiteAdapter {
  id: string;
  /** Host suffixes: "sephora.com" matches www.sephora.com and m.sephora.com. */
  hosts: string[];
  /** URL shape of product pages: a hint, other URLs of the shop are read when the page says it is a product. */
  isProductUrl?: (url: URL) => boolean;
  read: (doc: Document, url: URL) => { candidates: Candidate[] } & Partial<Identity>;
}

/** One way to read the page's list. */
export interface Candidate {
  /** Which reader offered it: "site:sephora", "jsonld", "embedded", "shopify", "heading". */
  source: string;
  /** 0..1: how much this reader's place is trusted to hold the product's own list. */
  trust: number;
  /** Under an "Ingredients" label, in a shop's ingredient panel or field: one or two names count. */
  labelled: boolean;
  components: { name: string | null; text: string; items: string[]; cut: boolean }[];
  /** Parts of a set whose list could not be read. */
  unread: number;
  /** The element it was read from, for the marks; null for page data. */
  element: Element | null;
}
