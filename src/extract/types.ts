/** What the content script read from a page (see ../shared/DESIGN.md, "PageReading"). */
export interface PageReading {
  url: string;
  isProduct: boolean;
  title: string | null;
  brand: string | null;
  gtin: string | null;
  sku: string | null;
  /** Selected shade or size, when the page shows one. */
  variant: string | null;
  /** The ingredient text of each component; one entry for a single product. */
  components: ComponentText[];
  /** Which reader found it: "site:sephora", "jsonld", "shopify", "embedded", "heading", "selection", "paste". */
  source: string;
  /** 0..1: how sure the reader is that the text is this product's full list. */
  confidence: number;
}

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
  variant: string | null;
}

/** What one reader of the chain found. */
export interface Finding {
  components: ComponentText[];
  /** inciLikeness of the picked text, 0..1. */
  quality: number;
}

/** A shop adapter (`src/extract/sites/<shop>.ts`): the first and most precise reader. */
export interface SiteAdapter {
  id: string;
  /** Host suffixes: "sephora.com" matches www.sephora.com and m.sephora.com. */
  hosts: string[];
  /** URL shape of product pages; other URLs of the shop are listings, search, cart, home. */
  isProductUrl?: (url: URL) => boolean;
  read: (doc: Document, url: URL) => Finding & Partial<Identity>;
}
