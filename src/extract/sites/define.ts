import { LIST_LABEL } from '../../inci/vocabulary.ts';
import { controlledPanel, panelCandidates, regionCandidates, type Origin } from '../heading.ts';
import { lineText } from '../text.ts';
import type { Candidate, Identity, SiteAdapter } from '../types.ts';

/** A shop described by its selectors; each adapter file names the fixture pages they were written against. */
export interface ShopSpec {
  id: string;
  hosts: string[];
  /** Tested against path + query of the page URL. */
  productUrl: RegExp;
  /** Elements holding the list, or controls (`aria-controls`, `<summary>`) of the panel that does. */
  panels?: string[];
  /** Elements that may read "Ingredients"; the list is in the panel they control or right after them. */
  labels?: string;
  title?: string;
  brand?: string;
  /** The selected shade or size; a leading "Color:" / "Size:" is dropped. */
  variant?: string;
}

/** Brand links say more than the brand: "Visit the X Store", "Shop all X", "By X", "Brand: X". */
const BRAND_WRAPPING = /^(?:visit the|shop all|by|brand\s*:|marke\s*:|marque\s*:)\s+|\s+(?:store|shop)$/gi;

const VARIANT_PREFIX = /^(colou?r|shade|size|farbe|größe|teinte|taille|kolor|odcień|rozmiar|option)\s*[:：]\s*/i;

/** Text of the first alternative that matches: alternatives are in order of preference, not of the page. */
export function textOf(doc: Document, selector: string | undefined): string | null {
  for (const alternative of selector?.split(/,\s*/) ?? []) {
    const text = lineText(doc.querySelector(alternative));
    if (text) return text;
  }
  return null;
}

export function variantOf(doc: Document, selector: string | undefined): string | null {
  return textOf(doc, selector)?.replace(VARIANT_PREFIX, '') || null;
}

export function brandOf(doc: Document, selector: string | undefined): string | null {
  return textOf(doc, selector)?.replace(BRAND_WRAPPING, '').trim() || null;
}

function labelledCandidates(doc: Document, selector: string | undefined, origin: Origin): Candidate[] {
  if (!selector) return [];
  for (const label of doc.querySelectorAll(selector)) {
    if (!LIST_LABEL.test(lineText(label))) continue;
    const panel = controlledPanel(label) ?? label.nextElementSibling;
    const found = panel ? regionCandidates(panel, origin) : [];
    if (found.length > 0) return found;
  }
  return [];
}

/** The shop's ingredient panel (or the panel its "Ingredients" label opens): labelled, most trusted. */
export function readShop(doc: Document, spec: ShopSpec): { candidates: Candidate[] } & Partial<Identity> {
  const origin = { source: `site:${spec.id}`, trust: 1, labelled: true };
  const panel = panelCandidates(doc, spec.panels ?? [], origin);
  return {
    candidates: panel.length > 0 ? panel : labelledCandidates(doc, spec.labels, origin),
    title: textOf(doc, spec.title),
    brand: brandOf(doc, spec.brand),
    variant: variantOf(doc, spec.variant),
  };
}

/** A shop's adapter: its spec's product URL test, and `read` (by default its panel, labels and identity). */
export function defineShop(spec: ShopSpec, read: SiteAdapter['read'] = (doc) => readShop(doc, spec)): SiteAdapter {
  return {
    id: spec.id,
    hosts: spec.hosts,
    // Shops that name the product in the query need the search part; tracking parameters
    // (?utm_source=…) must not turn a product page into a listing.
    isProductUrl: (url) => spec.productUrl.test(url.pathname) || spec.productUrl.test(url.pathname + url.search),
    read,
  };
}
