import { defineShop } from './define.ts';

/**
 * Olive Young (global shop and Korean site). Written against tests/fixtures/pages/oliveyoung/*.html:
 * the "Product Details" tab holds a `<dl>` whose `<dt>Ingredients</dt>` is followed by the list
 * in its `<dd>`; product URLs `/product/detail?prdtNo=…` (global) or `goodsNo=` (Korea).
 */
export const oliveyoung = defineShop({
  id: 'oliveyoung',
  hosts: ['oliveyoung.com', 'oliveyoung.co.kr'],
  productUrl: /\/product\/detail\?.*prdtNo=|getGoodsDetail\.do\?.*goodsNo=/i,
  panels: ['#prdInfoIngredient', '[data-tab="ingredients"]'],
  labels: '.prd-detail-info dt, .detail-info-list dt, dt',
  title: '.prd-brand-info .prd-name, .prd_name',
  brand: '.prd-brand-info .prd-brand, .prd_brand',
  variant: '.opt-select .selected .opt-name',
});
