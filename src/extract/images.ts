import { isObject, mainProduct, readStructuredData } from './jsonld.ts';

// The product's pictures on a page without a text list: where the list may be printed on the pack.
// From the page's own statements first (JSON-LD Product image, og:image), then the gallery's image
// elements. Pure: reads the Document, fetches nothing; the popup reads the active tab's HTML into a
// Document and lets the person pick one, which the OCR page then loads.

/** A product picture and the larger versions its element offers (the OCR page picks the largest). */
export interface ProductImage {
  src: string;
  srcsets: string[];
  zoom: string[];
  dynamic: string | null;
  /** The element's alt text, else the file name: how the person tells the pictures apart. */
  label: string;
  /** The label names the pack's back, its ingredients or its label: likelier to show the list. */
  likelyList: boolean;
}

export const MAX_PRODUCT_IMAGES = 24;

const GALLERY =
  '[class*="gallery" i], [id*="gallery" i], [class*="product-image" i], [class*="product__media" i], [class*="productimage" i], [class*="carousel" i], [class*="slider" i], [class*="thumbnail" i], [class*="zoom" i], [data-testid*="image" i], #altImages, #imageBlock';
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original'];
const ZOOM_ATTRIBUTE = /zoom|hires|large|full|original/i;
const LIKELY_LIST = /ingredient|\binci\b|inhaltsstoff|zutaten|composition|\bback\b|\brear\b|reverse|label|packaging|r[üu]ckseite|verso|\bdos\b/i;
/** Icons, logos, sprites, payment badges: never a product's pack. */
const NOT_PRODUCT = /logo|icon|sprite|badge|payment|flag|avatar|rating|star|placeholder|spinner|\.svg(\?|$)/i;

export function productImages(doc: Document, pageUrl: string): ProductImage[] {
  const found = new Map<string, ProductImage>();
  const add = (raw: string | null | undefined, extra: Partial<ProductImage> = {}) => {
    const src = absolute(raw, pageUrl);
    if (src === null || NOT_PRODUCT.test(src)) return;
    const known = found.get(src);
    if (!known && found.size >= MAX_PRODUCT_IMAGES) return;
    // A picture named in the page's data and shown in its gallery: the gallery element says more.
    const srcsets = [...(known?.srcsets ?? []), ...(extra.srcsets ?? [])];
    const zoom = [...(known?.zoom ?? []), ...(extra.zoom ?? [])];
    const label = extra.label?.trim() || known?.label || fileName(src);
    const dynamic = extra.dynamic ?? known?.dynamic ?? null;
    found.set(src, { src, srcsets, zoom, dynamic, label, likelyList: LIKELY_LIST.test(`${label} ${src}`) });
  };
  for (const image of jsonLdImages(productNode(doc, pageUrl)?.['image'])) add(image);
  for (const meta of doc.querySelectorAll('meta[property="og:image"], meta[property="og:image:secure_url"]')) add(meta.getAttribute('content'));
  for (const img of doc.querySelectorAll<HTMLImageElement>(`:is(${GALLERY}) img`)) {
    if (NOT_PRODUCT.test(`${img.className} ${img.alt}`)) continue;
    const lazy = LAZY_SOURCES.map((name) => img.getAttribute(name)).find((v) => v);
    add(lazy ?? img.getAttribute('src'), described(img, pageUrl));
  }
  // The pictures most likely to show the list come first, in page order otherwise.
  return [...found.values()].sort((a, b) => Number(b.likelyList) - Number(a.likelyList));
}

function productNode(doc: Document, pageUrl: string) {
  try {
    return mainProduct(readStructuredData(doc), new URL(pageUrl));
  } catch {
    return null; // an unreadable product address in the page's data: the other sources remain
  }
}

function jsonLdImages(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonLdImages);
  if (isObject(value)) return jsonLdImages(value['contentUrl'] ?? value['url']);
  return [];
}

function described(img: HTMLImageElement, pageUrl: string): Partial<ProductImage> {
  const picture = img.parentElement?.tagName === 'PICTURE' ? [...img.parentElement.querySelectorAll('source')] : [];
  const srcsets = [img.getAttribute('srcset'), img.getAttribute('data-srcset'), ...picture.map((s) => s.getAttribute('srcset'))];
  const zoom = [...img.attributes].filter((a) => ZOOM_ATTRIBUTE.test(a.name) && /^(https?:)?\/\//.test(a.value.trim())).map((a) => a.value.trim());
  return {
    srcsets: srcsets.filter((s): s is string => Boolean(s)),
    zoom: zoom.flatMap((z) => absolute(z, pageUrl) ?? []),
    dynamic: img.getAttribute('data-a-dynamic-image'),
    label: img.getAttribute('alt') ?? '',
  };
}

function absolute(url: string | null | undefined, base: string): string | null {
  if (!url?.trim()) return null;
  try {
    const absoluteUrl = new URL(url.trim(), base);
    return absoluteUrl.protocol === 'https:' || absoluteUrl.protocol === 'http:' ? absoluteUrl.href : null;
  } catch {
    return null;
  }
}

function fileName(url: string): string {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  return decodeURIComponent(name).replace(/\.[a-z0-9]+$/i, '') || url;
}
