import type { PageReading } from './types.ts';

/**
 * A list with no page around it — typed, pasted, selected or read from a picture: one unnamed component,
 * no title or identifiers, read with full confidence unless the reader of the picture says otherwise.
 */
export function listReading(url: string, source: string, text: string, read: Pick<PageReading, 'confidence' | 'doubts'> = { confidence: 1, doubts: [] }): PageReading {
  return { url, isProduct: true, title: null, brand: null, gtin: null, sku: null, variant: null, components: [{ name: null, text }], source, ...read };
}
