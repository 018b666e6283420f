import { defineShop } from './define.ts';

/**
 * Ulta Beauty. Written against tests/fixtures/pages/ulta/*.html: the "Ingredients" `<details>`
 * accordion inside `.ProductDetail__ingredients` (the older `.ProductDetail__productContent` too);
 * product URLs `/p/<slug>-pimprod<id>` with `?sku=` for the shade.
 */
export const ulta = defineShop({
  id: 'ulta',
  hosts: ['ulta.com'],
  productUrl: /^\/p\/[^/]+-(?:pimprod|xlsImpprod)\d+/i,
  panels: ['.ProductDetail__ingredients .ProductDetail__productContent', '.ProductDetail__ingredients details', '.ProductDetail__ingredients'],
  title: '.ProductInformation h1 .Text-ds--title-5, .ProductInformation h1',
  brand: '.ProductInformation h1 .Link_Huge, .ProductInformation [data-test="brand-name"]',
  variant: '.ProductSwatches__selectedName, .ProductDimension__selected',
});
