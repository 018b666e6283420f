import type { StructuredData } from './jsonld.ts';
import type { SiteAdapter } from './types.ts';

/** Product tiles of category and search grids, as the supported shops and common themes mark them. */
const TILE_SELECTOR =
  '[data-product-id], [data-productid], [data-sku-id], .product-tile, .product-card, .productCard, .product-item, ' +
  '.productListProducts_product, .ProductCard, li.product, [data-component="ProductTile"], [data-comp~="ProductTile"]';
const MANY_TILES = 6;

/** Paths that are never one product: search, cart, account, home, Shopify collections. */
const NON_PRODUCT_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:search|s|cart|basket|bag|checkout|account|wishlist)(?:\/|$)|^\/collections\/[^/]+\/?$|^\/$/i;

export function hasProductMarkup(doc: Document, data: StructuredData): boolean {
  if (data.products.length > 0) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return /product/i.test(ogType);
}

/** Listing, search, cart or home: by the shop's URL shape first, then by what the page shows. */
export function isListingPage(doc: Document, url: URL, adapter: SiteAdapter | null, data: StructuredData): boolean {
  if (adapter?.isProductUrl) return !adapter.isProductUrl(url);
  if (NON_PRODUCT_PATH.test(url.pathname)) return true;
  if (hasProductMarkup(doc, data)) return false;
  return data.productList || doc.querySelectorAll(TILE_SELECTOR).length >= MANY_TILES;
}
