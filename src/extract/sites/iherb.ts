import { defineShop } from './define.ts';

/**
 * iHerb. Written against tests/fixtures/pages/iherb/*.html: the overview block
 * `.prodOverviewIngred` ("Ingredients" heading + text) beside description and directions;
 * product URLs `/pr/<slug>/<id>`, categories `/c/…`.
 */
export const iherb = defineShop({
  id: 'iherb',
  hosts: ['iherb.com'],
  productUrl: /^\/(?:[a-z]{2}-[a-z]{2}\/)?pr\/[^/]+\/\d+/,
  panels: ['.prodOverviewIngred'],
  title: '#name, h1#name',
  brand: '#brand a, #brand',
  variant: '.product-grouping-row .selected .attribute-value',
});
