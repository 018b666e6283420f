import { defineShop } from './define.ts';

/**
 * Notino (all country shops). Written against tests/fixtures/pages/notino/*.html: the
 * composition tab `#pd-composition-wrapper` (hidden until clicked); product URLs are
 * `/<brand>/<product>/` (variants add `p-<id>/`), brand pages and categories have one segment.
 */
export const notino = defineShop({
  id: 'notino',
  hosts: [
    'notino.co.uk',
    'notino.de',
    'notino.at',
    'notino.pl',
    'notino.fr',
    'notino.it',
    'notino.es',
    'notino.nl',
    'notino.cz',
    'notino.sk',
    'notino.se',
    'notino.dk',
    'notino.ro',
    'notino.hu',
    'notino.com',
  ],
  productUrl: /^\/(?!search|cart|kosik|warenkorb)[^/]+\/[^/]+\/(?:p-\d+\/?)?$/,
  panels: ['#pd-composition-wrapper', '[data-testid="pd-composition"]'],
  title: '[data-testid="pd-header-title"] .pd-header-description, h1 [data-testid="pd-product-name"]',
  brand: '[data-testid="pd-brand-link"], .pd-brand-link',
  variant: '[data-testid="pd-selected-variant"], #pdSelectedVariant [aria-selected="true"]',
});
