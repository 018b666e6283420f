import type { SavedProduct } from './model.ts';

/** Title, brand first when known; a pasted list without a title is named by its first words. */
export function displayName(product: Pick<SavedProduct, 'title' | 'brand' | 'components'>): string {
  if (product.title) return product.brand ? `${product.brand} — ${product.title}` : product.title;
  const text = product.components[0]?.text.trim() ?? '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
