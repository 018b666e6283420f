import { pickCandidate, type Pick } from './candidates.ts';
import { embeddedCandidates } from './embedded.ts';
import { attributeCandidates, headingCandidates } from './heading.ts';
import { mergeIdentity, readIdentity } from './identity.ts';
import { productIngredients } from './data-lists.ts';
import { mainProduct, readStructuredData } from './jsonld.ts';
import { hasProductMarkup, inTile, isListingPage, isNonProductPath } from './listing.ts';
import { isShopify, readShopify } from './shopify.ts';
import { adapterFor } from './sites/index.ts';
import type { Candidate, Identity, PageReading } from './types.ts';

export type { ComponentText, PageReading, ReadingDoubt, SiteAdapter } from './types.ts';
export { SHOP_MATCHES } from './sites/index.ts';

/** A saved page (`file:`) or a blank URL: the page's canonical link says where it came from. */
function pageUrl(doc: Document, url: string): URL {
  const given = URL.parse(url);
  if (given && /^https?:$/.test(given.protocol)) return given;
  const declared = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return (declared ? URL.parse(declared) : null) ?? given ?? new URL('about:blank');
}

function round(value: number): number {
  return Math.round(Math.min(1, value) * 100) / 100;
}

/**
 * The caps of the message that carries a reading to the background (src/messaging/protocol.ts):
 * a broken or hostile page must not yield a reading the background refuses. Over-long identity
 * fields are garbage, not names; a list over the cap reads as cut (a doubt), and src/inci caps it too.
 */
const MAX_COMPONENTS = 20;
const MAX_LIST_CHARS = 200_000;
const IDENTITY_CHARS = { title: 1_000, brand: 500, gtin: 64, sku: 128, variant: 500 } as const;
const NAME_CHARS = 500;
const MAX_URL_CHARS = 4_096;

function fits(value: string | null, max: number): string | null {
  return value !== null && value.length <= max ? value : null;
}

function boundedIdentity(identity: Identity): Identity {
  return {
    title: fits(identity.title, IDENTITY_CHARS.title),
    brand: fits(identity.brand, IDENTITY_CHARS.brand),
    gtin: fits(identity.gtin, IDENTITY_CHARS.gtin),
    sku: fits(identity.sku, IDENTITY_CHARS.sku),
    variant: fits(identity.variant, IDENTITY_CHARS.variant),
  };
}

function reading(url: URL, identity: Identity, isProduct: boolean, source: string, pick: Pick | null): PageReading {
  const found = isProduct && pick ? pick.components : [];
  const capped = found.length > MAX_COMPONENTS || found.some((c) => c.text.length > MAX_LIST_CHARS);
  const components = found.slice(0, MAX_COMPONENTS).map(({ name, text }) => ({ name: fits(name, NAME_CHARS), text: text.slice(0, MAX_LIST_CHARS) }));
  const doubts = isProduct && pick ? [...pick.doubts] : [];
  if (capped && !doubts.includes('partial')) doubts.unshift('partial');
  return {
    // The protocol carries at most 4,096 characters of address: a longer one keeps its path only.
    url: url.href.length <= MAX_URL_CHARS ? url.href : (url.origin + url.pathname).slice(0, MAX_URL_CHARS),
    isProduct,
    ...boundedIdentity(identity),
    components,
    source,
    confidence: components.length > 0 && pick ? round(pick.score) : 0,
    doubts,
  };
}

/** Lists in product tiles (a listing's, "you may also like") belong to other products. */
function onPage(candidates: Candidate[]): Candidate[] {
  return candidates.filter((candidate) => candidate.element === null || !inTile(candidate.element));
}

/**
 * Reads a shop page and says which element the list was read from (for the marks on the page; null
 * when it came from page data alone). Every reader offers candidates — the shop's adapter, JSON-LD,
 * embedded page state, Shopify data, the panels of "Ingredients" labels, elements named for
 * ingredients — and one scoring function picks the product's list (candidates.ts); identity is
 * merged from all that know it. The shop's URL shape is a hint: a page whose address does not look
 * like a product is still read when its markup or an Ingredients label says it is one.
 * Pure DOM reading: no `browser.*`, no clicks, no network — the same in content script, jsdom and CLI.
 */
export function readPageWithElement(doc: Document, url: string): { reading: PageReading; element: Element | null } {
  const location = pageUrl(doc, url);
  const adapter = adapterFor(location);
  const data = readStructuredData(doc);
  let identity = readIdentity(doc, location, data);
  const siteSource = adapter ? `site:${adapter.id}` : 'page';
  const urlSaysProduct = adapter?.isProductUrl?.(location);
  // Where a shop's adapter knows its addresses, the page is not searched for tiles: what it shows decides below.
  if (urlSaysProduct === undefined ? isListingPage(doc, location, data) : isNonProductPath(location)) {
    return { reading: reading(location, identity, false, siteSource, null), element: null };
  }
  const site = adapter?.read(doc, location);
  const shopify = isShopify(doc) ? readShopify(doc, location) : null;
  identity = mergeIdentity(site ?? {}, mergeIdentity(shopify ?? {}, identity));
  const product = mainProduct(data, location);
  const markup = hasProductMarkup(doc, data);
  // At an address the shop does not use for products, only product markup or a labelled list makes a product.
  const labelledOnly = urlSaysProduct === false && !markup;
  const candidates: Candidate[] = labelledOnly
    ? [...(site?.candidates ?? []), ...onPage(headingCandidates(doc.body))].filter((candidate) => candidate.labelled)
    : [
        ...(site?.candidates ?? []),
        ...(product ? productIngredients(doc, product) : []),
        ...embeddedCandidates(doc, location),
        ...(shopify?.candidates ?? []),
        ...onPage(headingCandidates(doc.body)),
      ];
  // Elements named for ingredients stand in for a label only on pages that show none.
  if (!labelledOnly && !candidates.some((candidate) => candidate.labelled)) candidates.push(...onPage(attributeCandidates(doc.body)));
  const pick = pickCandidate(candidates);
  const isProduct = markup || urlSaysProduct === true || (pick !== null && (urlSaysProduct === undefined || pick.labelled));
  return {
    reading: reading(location, identity, isProduct, isProduct ? (pick?.source ?? 'none') : siteSource, pick),
    element: isProduct ? (pick?.element ?? null) : null,
  };
}

/** Reads a shop page: is it a product, which one, the ingredient text of each component, and what is unsure. */
export function readPage(doc: Document, url: string): PageReading {
  return readPageWithElement(doc, url).reading;
}
