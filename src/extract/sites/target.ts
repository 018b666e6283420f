import { defineShop } from './define.ts';

/**
 * Target (US). Written against tests/fixtures/pages/target/*.html: the "Label info" tab panel
 * (`[data-test="item-details-label-info"]`) with an "Ingredients:" heading or drug facts
 * (Active / Inactive ingredients); product URLs `/p/<slug>/-/A-<tcin>`.
 */
export const target = defineShop({
  id: 'target',
  hosts: ['target.com'],
  productUrl: /^\/p\/.*\/-\/A-\d+/,
  panels: ['[data-test="item-details-label-info"]', '[data-test="productDetailTabs-labelInfo"]'],
  title: 'h1[data-test="product-title"]',
  brand: '[data-test="@web/ProductDetailPageBrandLink"], a[data-test="shopAllBrandLink"]',
  variant: '[data-test="@web/VariationComponent"] [aria-checked="true"], [data-test="variation-selected"]',
});
