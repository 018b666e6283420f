import type { Identity } from './types.ts';

export type JsonObject = Record<string, unknown>;

export interface StructuredData {
  /** Schema.org `Product` nodes, page order, `@graph` flattened. */
  products: JsonObject[];
  /** An `ItemList` of products (category and search pages; site navigation lists do not count). */
  productList: boolean;
  /** Names of the last `BreadcrumbList`, top first. */
  breadcrumbs: string[];
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function flatten(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((item) => flatten(item, out));
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], out);
  }
}

export function asText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function listsProducts(node: JsonObject): boolean {
  const items = node['itemListElement'];
  if (!Array.isArray(items) || items.length < 2) return false;
  return items.some((entry) => {
    if (!isObject(entry)) return false;
    const item = isObject(entry['item']) ? entry['item'] : entry;
    return types(item).includes('Product') || (types(entry).includes('ListItem') && typeof entry['url'] === 'string');
  });
}

export function readStructuredData(doc: Document): StructuredData {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      flatten(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A shop's broken JSON-LD block says nothing; the other readers still run.
    }
  }
  const crumbs = nodes.filter((node) => types(node).includes('BreadcrumbList')).at(-1);
  const crumbItems = crumbs && Array.isArray(crumbs['itemListElement']) ? crumbs['itemListElement'] : [];
  return {
    products: nodes.filter((node) => types(node).includes('Product') || types(node).includes('ProductGroup')),
    productList: nodes.some((node) => types(node).includes('ItemList') && listsProducts(node)),
    breadcrumbs: crumbItems
      .map((entry) => (isObject(entry) ? asText(isObject(entry['item']) ? entry['item']['name'] : entry['name']) : null))
      .filter((name): name is string => name !== null),
  };
}

function brandName(value: unknown): string | null {
  if (Array.isArray(value)) return brandName(value[0]);
  return isObject(value) ? asText(value['name']) : asText(value);
}

/** The offer of the variant in the URL (`?variant=`), else the first. */
function selectedOffer(product: JsonObject, url: URL): JsonObject | null {
  const offers = (Array.isArray(product['offers']) ? product['offers'] : [product['offers']]).filter(isObject);
  const variant = url.searchParams.get('variant');
  const match = variant ? offers.find((offer) => asText(offer['url'])?.includes(`variant=${variant}`)) : undefined;
  return match ?? offers[0] ?? null;
}

function gtinOf(node: JsonObject | null): string | null {
  if (!node) return null;
  for (const key of ['gtin13', 'gtin', 'gtin14', 'gtin12', 'gtin8']) {
    const value = asText(node[key]);
    if (value) return value;
  }
  return null;
}

/** Schema.org carries no selected shade, so `variant` is left to the shop and Shopify readers. */
export function productIdentity(product: JsonObject, url: URL): Identity {
  const offer = selectedOffer(product, url);
  return {
    title: asText(product['name']),
    brand: brandName(product['brand']) ?? brandName(product['manufacturer']),
    gtin: gtinOf(offer) ?? gtinOf(product),
    sku: asText(offer?.['sku']) ?? asText(product['sku']),
    variant: null,
  };
}

/** The product of this page: the one whose URL is this page's, else the first. */
export function mainProduct(data: StructuredData, url: URL): JsonObject | null {
  const own = data.products.find((product) => {
    const link = asText(product['url']) ?? asText(product['@id']);
    return link !== null && new URL(link, url).pathname === url.pathname;
  });
  return own ?? data.products[0] ?? null;
}
