import { defineShop } from './define.ts';

/**
 * Boots (UK). Written against tests/fixtures/pages/boots/*.html: the "Ingredients" accordion
 * button controls `#product_ingredients`; product URLs end in the 8-digit item code
 * (`/<slug>-10276011`); listings such as ../shared/corpus/pages/boots-listing-1.html are category paths.
 */
export const boots = defineShop({
  id: 'boots',
  hosts: ['boots.com', 'boots.ie'],
  productUrl: /^\/[^/]+-\d{6,10}\/?$/,
  panels: ['#product_ingredients', '[aria-controls="product_ingredients"]'],
  labels: '.product-details-accordion button, .product-details-accordion h3',
  title: '#estore_product_title h1, h1.product-title',
  brand: '.product-brand-link, [data-testid="product-brand"]',
  variant: '.product-variant-selected, [data-testid="selected-variant"]',
});
