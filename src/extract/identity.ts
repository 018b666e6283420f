import { asText, mainProduct, productIdentity } from './jsonld.ts';
import type { StructuredData } from './jsonld.ts';
import { lineText } from './text.ts';
import type { Identity } from './types.ts';

type Metas = Map<string, string>;

/** The page's `<meta>` contents by property, name and itemprop (the first of each), in one pass. */
function readMetas(doc: Document): Metas {
  const found: Metas = new Map();
  for (const element of doc.getElementsByTagName('meta')) {
    const content = asText(element.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute);
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  return found;
}

function meta(metas: Metas, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = metas.get(key);
    if (content) return content;
  }
  return null;
}

/** og:title carries the shop's name after a bar ("Glow Serum | Shop"); the product name is before it. */
function ogTitle(metas: Metas): string | null {
  const title = meta(metas, 'og:title');
  return title ? (title.split(/\s+[|–]\s+/)[0] ?? title).trim() : null;
}

/**
 * Identity from what any shop page carries: JSON-LD Product, meta tags, the `<h1>`, the
 * breadcrumb. Never `document.title`: a modal or a cart drawer may have set it.
 */
export function readIdentity(doc: Document, url: URL, data: StructuredData): Identity {
  const product = mainProduct(data, url);
  const fromJsonLd = product ? productIdentity(product, url) : null;
  const h1 = lineText(doc.querySelector('h1'));
  const metas = readMetas(doc);
  return {
    title: fromJsonLd?.title ?? ogTitle(metas) ?? (h1 || null) ?? data.breadcrumbs.at(-1) ?? null,
    brand: fromJsonLd?.brand ?? meta(metas, 'product:brand', 'og:brand', 'brand') ?? (lineText(doc.querySelector('[itemprop="brand"]')) || null),
    gtin: fromJsonLd?.gtin ?? meta(metas, 'gtin13', 'gtin', 'product:gtin'),
    sku: fromJsonLd?.sku ?? meta(metas, 'sku', 'product:retailer_item_id'),
    variant: null,
  };
}

/** What `first` knows wins; `base` fills its gaps. A reader that knows more (a shop adapter) comes first. */
export function mergeIdentity(first: Partial<Identity>, base: Identity): Identity {
  return {
    title: first.title ?? base.title,
    brand: first.brand ?? base.brand,
    gtin: first.gtin ?? base.gtin,
    sku: first.sku ?? base.sku,
    variant: first.variant ?? base.variant,
  };
}
