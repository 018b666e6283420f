import { scriptJson } from '../embedded.ts';
import { textCandidates } from '../data-lists.ts';
import { asText, isObject } from '../jsonld.ts';
import type { Candidate, Identity, SiteAdapter } from '../types.ts';
import { defineShop, readShop, variantOf } from './define.ts';
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

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The SKU the page shows: the one in the address (`?skuId=`), else the shade or size the swatch label
 * names (a page saved after choosing a shade keeps another `currentSku` in its state), else `currentSku`.
 */
function shownSku(product: unknown, doc: Document, url: URL): unknown {
  const current = child(product, 'currentSku');
  const skus = [...list(child(product, 'regularChildSkus')), ...list(child(product, 'onSaleChildSkus'))];
  const wanted = url.searchParams.get('skuId');
  const label = variantOf(doc, spec.variant);
  const named = (sku: unknown) => {
    const value = asText(child(sku, 'variationValue'));
    return label !== null && value !== null && (label === value || label.startsWith(`${value} `));
  };
  return skus.find((sku) => wanted !== null && asText(child(sku, 'skuId')) === wanted) ?? (named(current) ? current : skus.find(named)) ?? current;
}

/** The page state: identity of the SKU shown, and its list (the accordion may not be rendered yet). */
function readLinkStore(doc: Document, url: URL): { candidates: Candidate[] } & Partial<Identity> {
  const product = child(child(scriptJson(doc.querySelector('script#linkStore')), 'page'), 'product');
  const sku = shownSku(product, doc, url);
  const details = child(product, 'productDetails');
  const description = child(sku, 'ingredientDesc');
  return {
    candidates: typeof description === 'string' ? textCandidates(doc, description, { source: `site:${spec.id}`, trust: 1, labelled: true }) : [],
    title: asText(child(details, 'displayName')),
    brand: asText(child(child(details, 'brand'), 'displayName')),
    sku: asText(child(sku, 'skuId')),
    variant: asText(child(sku, 'variationValue')),
  };
}

export const sephora: SiteAdapter = defineShop(spec, (doc, url) => {
  const fromDom = readShop(doc, spec);
  const fromState = readLinkStore(doc, url);
  return {
    candidates: [...fromDom.candidates, ...fromState.candidates],
    title: fromState.title ?? fromDom.title,
    brand: fromState.brand ?? fromDom.brand,
    sku: fromState.sku ?? null,
    variant: fromState.variant ?? fromDom.variant,
  };
});
