import type { SiteAdapter } from '../types.ts';
import { defineShop, readShop } from './define.ts';
import type { ShopSpec } from './define.ts';

/**
 * Amazon (any marketplace). Written against tests/fixtures/pages/amazon/*.html: the list sits in
 * "Important information" (`#important-information`) between "Safety information" and
 * "Directions"; brand in the byline ("Visit the X Store" / "Brand: X"); the ASIN is in the URL.
 */
const spec: ShopSpec = {
  id: 'amazon',
  hosts: ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.nl', 'amazon.pl', 'amazon.se', 'amazon.com.au'],
  /** The ASIN is the group. */
  productUrl: /\/(?:dp|gp\/product)\/([A-Z0-9]{10})/,
  panels: ['#important-information', '[data-cel-widget="ingredients_feature_div"]'],
  title: '#productTitle',
  brand: '#bylineInfo',
  variant: '#variation_color_name .selection, #variation_size_name .selection',
};

export const amazon: SiteAdapter = defineShop(spec, (doc, url) => {
  const reading = readShop(doc, spec);
  const asin = spec.productUrl.exec(url.pathname)?.[1] ?? null;
  return { ...reading, sku: asin };
});
