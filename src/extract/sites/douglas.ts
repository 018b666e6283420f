import { defineShop } from './define.ts';

/**
 * Douglas (DE and other countries). Written against tests/fixtures/pages/douglas/*.html: the
 * "Inhaltsstoffe" / "Ingredients" accordion button controls a `.product-details__content`
 * panel; product URLs `/<lang>/p/<digits>`, categories `/<lang>/c/…`.
 */
export const douglas = defineShop({
  id: 'douglas',
  hosts: ['douglas.de', 'douglas.at', 'douglas.ch', 'douglas.nl', 'douglas.be', 'douglas.pl', 'douglas.it', 'douglas.es', 'douglas.fr', 'douglas.cz'],
  productUrl: /^\/[a-z]{2}\/p\/\d+/,
  panels: ['[data-testid="ingredients-content"]'],
  labels: '.product-details__accordion-button, .product-details button',
  title: '.product-detail__header .header-name',
  brand: '.product-detail__header .brand-line, .product-detail__header .brand',
  variant: '.product-detail__variant--selected .product-detail__variant-name',
});
