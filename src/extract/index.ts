import { readEmbeddedJson } from './embedded.ts';
import { readByHeadings, readByIngredientAttributes } from './heading.ts';
import { mergeIdentity, readIdentity } from './identity.ts';
import { mainProduct, productIngredients, readStructuredData } from './jsonld.ts';
import { hasProductMarkup, isListingPage } from './listing.ts';
import { readShopify, isShopify } from './shopify.ts';
import { adapterFor } from './sites/index.ts';
import type { Finding, Identity, PageReading } from './types.ts';

export type { ComponentText, PageReading, SiteAdapter } from './types.ts';
export { SHOP_MATCHES } from './sites/index.ts';

/** How much each reader's find is trusted, times how INCI-like the text is. */
const TRUST = { site: 1, shopify: 0.95, heading: 0.9, embedded: 0.8, jsonld: 0.8, attribute: 0.8 } as const;

/** A saved page (`file:`) or a blank URL: the page's canonical link says where it came from. */
function pageUrl(doc: Document, url: string): URL {
  const given = URL.parse(url);
  if (given && /^https?:$/.test(given.protocol)) return given;
  const declared =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return (declared ? URL.parse(declared) : null) ?? given ?? new URL('about:blank');
}

function round(value: number): number {
  return Math.round(Math.min(1, value) * 100) / 100;
}

/**
 * The caps of the message that carries a reading to the background (src/messaging/protocol.ts):
 * a broken or hostile page must not yield a reading the background refuses. Over-long identity
 * fields are garbage, not names; a list over the cap still reads as truncated (src/inci).
 */
const MAX_COMPONENTS = 20;
const MAX_LIST_CHARS = 200_000;
const IDENTITY_CHARS = { title: 1_000, brand: 500, gtin: 64, sku: 128, variant: 500 } as const;
const NAME_CHARS = 500;

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

const MAX_URL_CHARS = 4_096;

function reading(url: URL, identity: Identity, isProduct: boolean, source: string, found: Finding, trust: number): PageReading {
  const components = found.components
    .slice(0, MAX_COMPONENTS)
    .map(({ name, text }) => ({ name: fits(name, NAME_CHARS), text: text.slice(0, MAX_LIST_CHARS) }));
  return {
    // The protocol carries at most 4,096 characters of address: a longer one keeps its path only.
    url: url.href.length <= MAX_URL_CHARS ? url.href : (url.origin + url.pathname).slice(0, MAX_URL_CHARS),
    isProduct,
    ...boundedIdentity(identity),
    components: isProduct ? components : [],
    source,
    confidence: isProduct ? round(found.quality * trust) : round(trust),
  };
}

/**
 * Reads a shop page: is it a product, which one, and the ingredient text of each component.
 * Readers run best first (shop adapter, structured data, Shopify, the generic heading reader)
 * and the first that finds a list wins; identity is merged from all that know it.
 * Pure DOM reading: no `browser.*`, no clicks, no network — the same in content script, jsdom and CLI.
 */
export function readPage(doc: Document, url: string): PageReading {
  const location = pageUrl(doc, url);
  const adapter = adapterFor(location);
  const data = readStructuredData(doc);
  let identity = readIdentity(doc, location, data);
  if (isListingPage(doc, location, adapter, data)) {
    return reading(location, identity, false, adapter ? `site:${adapter.id}` : 'page', { components: [], quality: 0 }, adapter ? 0.9 : 0.7);
  }
  const site = adapter?.read(doc, location);
  const shopify = isShopify(doc) ? readShopify(doc, location) : null;
  identity = mergeIdentity(site ?? {}, mergeIdentity(shopify ?? {}, identity));
  const product = mainProduct(data, location);
  const readers: [string, number, () => Finding][] = [
    [adapter ? `site:${adapter.id}` : 'site', TRUST.site, () => site ?? { components: [], quality: 0 }],
    ['jsonld', TRUST.jsonld, () => (product ? productIngredients(doc, product) : { components: [], quality: 0 })],
    ['embedded', TRUST.embedded, () => readEmbeddedJson(doc)],
    ['shopify', TRUST.shopify, () => shopify ?? { components: [], quality: 0 }],
    ['heading', TRUST.heading, () => readByHeadings(doc.body)],
    ['heading', TRUST.attribute, () => readByIngredientAttributes(doc.body)],
  ];
  for (const [source, trust, read] of readers) {
    const found = read();
    if (found.components.length > 0) return reading(location, identity, true, source, found, trust);
  }
  const productPage = hasProductMarkup(doc, data) || adapter?.isProductUrl?.(location) === true;
  return reading(location, identity, productPage, 'none', { components: [], quality: 0 }, 0);
}
