import { defineShop } from './define.ts';

/**
 * YesStyle. Verified on the real saved page ../shared/corpus/pages/yesstyle-1.html and written
 * against tests/fixtures/pages/yesstyle/*.html: an `<h4 aria-controls>` accordion title
 * "Major Ingredients" controls a hidden `role="region"` panel (hashed class names, so only
 * their stable prefix is used). Product URLs `/info.html/pid.<id>`, listings `/list.html/…`.
 */
export const yesstyle = defineShop({
  id: 'yesstyle',
  hosts: ['yesstyle.com'],
  productUrl: /\/info\.html\/pid\.\d+/,
  labels: '[class*="accordion_title"], [aria-controls]',
  variant: '[class*="optionSelected"], [class*="selectedOption"]',
});
