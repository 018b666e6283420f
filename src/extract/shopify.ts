import { scriptJson } from './embedded.ts';
import { regionCandidates } from './heading.ts';
import { textCandidates } from './data-lists.ts';
import { asText, isObject } from './jsonld.ts';
import type { JsonObject } from './jsonld.ts';
import type { Candidate, Identity } from './types.ts';

const SHOPIFY_MARKUP = 'link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], .shopify-section, [id^="shopify-section"], meta[name="shopify-digital-wallet"]';

/** Any Shopify store, whatever its domain: its CDN, section wrappers or `Shopify.theme` in an inline script. */
export function isShopify(doc: Document): boolean {
  if (doc.querySelector(SHOPIFY_MARKUP)) return true;
  return [...doc.querySelectorAll('script:not([src])')].some((script) => (script.textContent ?? '').includes('Shopify.theme'));
}

/** The theme's product JSON (`data-product-json`, `#ProductJson-…`) or the analytics `var meta = {product: …}`. */
function productJson(doc: Document): JsonObject | null {
  const themed = scriptJson(doc.querySelector('script[data-product-json], script[id^="ProductJson"]'));
  if (isObject(themed)) return isObject(themed['product']) ? themed['product'] : themed;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const match = /var meta = (\{.*?\});\s*$/ms.exec(script.textContent ?? '');
    if (!match?.[1]) continue;
    try {
      const meta: unknown = JSON.parse(match[1]);
      if (isObject(meta) && isObject(meta['product'])) return meta['product'];
    } catch {
      // Not the analytics block after all.
    }
  }
  return null;
}

function variants(product: JsonObject): JsonObject[] {
  return Array.isArray(product['variants']) ? product['variants'].filter(isObject) : [];
}

/** Variant from `?variant=`, else the only one; "Default Title" means the product has none. */
function shopifyIdentity(product: JsonObject, url: URL): Partial<Identity> {
  const all = variants(product);
  const wanted = url.searchParams.get('variant');
  const variant = (wanted ? all.find((v) => String(v['id']) === wanted) : undefined) ?? (all.length === 1 ? all[0] : undefined);
  const variantTitle = asText(variant?.['public_title']) ?? asText(variant?.['title']);
  return {
    title: asText(product['title']),
    brand: asText(product['vendor']),
    sku: asText(variant?.['sku']),
    gtin: asText(variant?.['barcode']),
    variant: variantTitle && variantTitle !== 'Default Title' ? variantTitle : null,
  };
}

/** Ingredients in metafield blocks (tabs, accordions) and in the product description. */
function shopifyIngredients(doc: Document, product: JsonObject | null): Candidate[] {
  const blocks = [...doc.querySelectorAll('[class*="metafield"]')].flatMap((block) => regionCandidates(block, { source: 'shopify', trust: 0.95, labelled: false }));
  const description = [product?.['body_html'], product?.['description']].find((text) => typeof text === 'string' && text.trim() !== '');
  return [...blocks, ...(typeof description === 'string' ? textCandidates(doc, description, { source: 'shopify', trust: 0.8, labelled: false }) : [])];
}

export function readShopify(doc: Document, url: URL): { candidates: Candidate[] } & Partial<Identity> {
  const product = productJson(doc);
  return { ...(product ? shopifyIdentity(product, url) : {}), candidates: shopifyIngredients(doc, product) };
}
