import { LIST_LABEL } from '../inci/vocabulary.ts';
import { candidatesOf } from './candidates.ts';
import { asText, isObject, type JsonObject } from './jsonld.ts';
import { readLists } from './lists.ts';
import { htmlRoot, regionText } from './text.ts';
import type { Candidate } from './types.ts';

// Lists in page data — JSON-LD, page state, Shopify's product data — read as the page's own lists are.
// Apart from jsonld.ts, so that what only reads the page's structured data (the popup's product
// pictures) carries none of the list reader.

/** Candidates from a text of page data (HTML allowed), read without an element. */
export function textCandidates(doc: Document, html: string, origin: { source: string; trust: number; labelled: boolean }): Candidate[] {
  return candidatesOf(readLists(regionText(htmlRoot(doc, html))), { ...origin, element: null });
}

/**
 * Ingredient text carried by a Product node: an `ingredients` key or an additionalProperty named so
 * (labelled), and its description (prose around, so a list there needs several names).
 */
export function productIngredients(doc: Document, product: JsonObject): Candidate[] {
  const labelled: string[] = [];
  for (const [key, value] of Object.entries(product)) {
    if (/^(ingredients|ingredientList|activeIngredient)$/i.test(key) && typeof value === 'string') labelled.push(value);
  }
  const properties = Array.isArray(product['additionalProperty']) ? product['additionalProperty'] : [];
  for (const property of properties.filter(isObject)) {
    const name = asText(property['name']);
    const value = property['value'];
    if (name && typeof value === 'string' && LIST_LABEL.test(name)) labelled.push(value);
  }
  const description = typeof product['description'] === 'string' ? product['description'] : null;
  return [
    ...labelled.flatMap((text) => textCandidates(doc, text, { source: 'jsonld', trust: 0.9, labelled: true })),
    ...(description ? textCandidates(doc, description, { source: 'jsonld', trust: 0.75, labelled: false }) : []),
  ];
}
