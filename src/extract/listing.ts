import type { StructuredData } from './jsonld.ts';

/** Product tiles of category and search grids, as the supported shops and common themes mark them. */
const TILE_SELECTOR =
  '[data-product-id], [data-productid], [data-sku-id], .product-tile, .product-card, .productCard, .product-item, ' +
  '.productListProducts_product, .ProductCard, li.product, [data-component="ProductTile"], [data-comp~="ProductTile"]';
const MANY_TILES = 6;

/** In a product tile: a listing's or a recommendation's snippet, never the page's own product. */
export function inTile(element: Element): boolean {
  return element.closest(TILE_SELECTOR) !== null;
}

/** Paths that are never one product: search, cart, account, home, Shopify collections. */
const NON_PRODUCT_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:search|s|cart|basket|bag|checkout|account|wishlist)(?:\/|$)|^\/collections\/[^/]+\/?$|^\/$/i;

/** Search, cart, account, home or a Shopify collection: never one product, whatever the page shows. */
export function isNonProductPath(url: URL): boolean {
  return NON_PRODUCT_PATH.test(url.pathname);
}

export function hasProductMarkup(doc: Document, data: StructuredData): boolean {
  if (data.products.length > 0) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return /product/i.test(ogType);
}

/**
 * Listing, search, cart or home: a search, cart or collection path, or a page without product markup
 * that lists products (an `ItemList` of products, a grid of product tiles). Ingredient snippets in a
 * listing's tiles do not make it a product page.
 */
export function isListingPage(doc: Document, url: URL, data: StructuredData): boolean {
  if (isNonProductPath(url)) return true;
  if (hasProductMarkup(doc, data)) return false;
  return data.productList || doc.querySelectorAll(TILE_SELECTOR).length >= MANY_TILES;
}
