import { scriptJson } from '../embedded.ts';
import { asText, isObject } from '../jsonld.ts';
import { pickLists } from '../lists.ts';
import { htmlToText } from '../text.ts';
import type { Finding, Identity, SiteAdapter } from '../types.ts';
import { readShop } from './define.ts';
import type { ShopSpec } from './define.ts';

/**
 * Sephora US/CA. Selectors written against tests/fixtures/pages/sephora/*.html and verified on the
 * real saved pages ../shared/corpus/pages/sephora-*.html: the "Ingredients" accordion button
 * (`data-at="ingredients"`) controls `#ingredients`, which holds key-ingredient blurbs, the list and a
 * disclaimer; the page state `script#linkStore` has the same text as `currentSku.ingredientDesc`.
 */
const spec: ShopSpec = {
  id: 'sephora',
  hosts: ['sephora.com', 'sephora.ca'],
  productUrl: /^\/(?:ca\/(?:en|fr)\/)?product\//,
  panels: ['[data-at="ingredients"]', '#ingredients'],
  title: '[data-at="product_name"]',
  brand: '[data-at="brand_name"]',
  variant: '[data-at="sku_name_label"]',
};

function child(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

/** The page state: identity of the selected SKU, and its list for when the accordion is not rendered yet. */
function readLinkStore(doc: Document): Finding & Partial<Identity> {
  const product = child(child(scriptJson(doc.querySelector('script#linkStore')), 'page'), 'product');
  const sku = child(product, 'currentSku');
  const details = child(product, 'productDetails');
  const description = asText(child(sku, 'ingredientDesc'));
  return {
    ...(description ? pickLists(htmlToText(doc, description)) : { components: [], quality: 0 }),
    title: asText(child(details, 'displayName')),
    brand: asText(child(child(details, 'brand'), 'displayName')),
    sku: asText(child(sku, 'skuId')),
    variant: asText(child(sku, 'variationValue')),
  };
}

export const sephora: SiteAdapter = {
  id: spec.id,
  hosts: spec.hosts,
  isProductUrl: (url) => spec.productUrl.test(url.pathname),
  read(doc) {
    const fromDom = readShop(doc, spec);
    const fromState = readLinkStore(doc);
    const list = fromDom.components.length > 0 ? fromDom : fromState;
    return {
      components: list.components,
      quality: list.quality,
      title: fromState.title ?? fromDom.title,
      brand: fromState.brand ?? fromDom.brand,
      sku: fromState.sku ?? null,
      variant: fromState.variant ?? fromDom.variant,
    };
  },
};
