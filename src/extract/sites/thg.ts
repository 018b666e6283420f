import { defineShop } from './define.ts';
import type { SiteAdapter } from '../types.ts';

/**
 * The Hut Group's shop platform, shared by LookFantastic, Cult Beauty and Dermstore: product
 * URLs `/p/<slug>/<id>/` (older `/<slug>/<id>.html`), description accordions whose buttons
 * control `#product-description-content-*` panels. Fixtures: tests/fixtures/pages/{lookfantastic,cultbeauty,dermstore}/*.html.
 */
export function thgShop(id: string, hosts: string[]): SiteAdapter {
  return defineShop({
    id,
    hosts,
    productUrl: /^\/(?:[a-z]{2}-[a-z]{2}\/)?(?:p\/[^/]+\/\d+\/?$|[^/]+\/\d+\.html$)/,
    panels: ['[data-information-component="ingredients"]'],
    labels: '.productDescription_accordionControl, [id^="product-description-heading"]',
    title: '[data-product-name]',
    brand: '[data-product-brand]',
    variant: '.athenaProductVariations_dropdown option[selected], [data-variation-selected]',
  });
}
