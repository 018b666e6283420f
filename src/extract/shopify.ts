import { scriptJson } from './embedded.ts';
import { readByHeadings, readRegion } from './heading.ts';
import { asText, isObject } from './jsonld.ts';
import type { JsonObject } from './jsonld.ts';
import type { Finding, Identity } from './types.ts';

const SHOPIFY_MARKUP =
  'link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], .shopify-section, [id^="shopify-section"], meta[name="shopify-digital-wallet"]';

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

/** Ingredients in metafield blocks (tabs, accordions) or in the product description's own heading. */
function shopifyIngredients(doc: Document, product: JsonObject | null): Finding {
  let best: Finding = { components: [], quality: 0 };
  for (const block of doc.querySelectorAll('[class*="metafield"]')) {
    const finding = readRegion(block);
    if (finding.quality > best.quality) best = finding;
  }
  if (best.components.length > 0) return best;
  const description = asText(product?.['body_html']) ?? asText(product?.['description']);
  if (!description) return best;
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = description;
  return readByHeadings(inert.body);
}

export function readShopify(doc: Document, url: URL): Finding & Partial<Identity> {
  const product = productJson(doc);
  return { ...(product ? shopifyIdentity(product, url) : {}), ...shopifyIngredients(doc, product) };
}
