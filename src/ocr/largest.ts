// Which file to read when the person picks a shop's picture: the largest version the page offers
// (OCR needs pixels; a 600 px thumbnail reads about half the names, the same photo at 1200 px nearly
// all). Candidates come from the image element (srcset, zoom attributes, a link to the full image)
// and from URL patterns of shops whose image servers resize on request.

export interface ImageOffer {
  /** The picture the person clicked, as the browser shows it. */
  src: string;
  /** srcset attributes of the image and of its <picture> sources. */
  srcsets: string[];
  /** Full-size URLs the page names: zoom and hi-res data attributes, a link around the image. */
  zoom: string[];
  /** Amazon's data-a-dynamic-image: {"url": [width, height], …}. */
  dynamic: string | null;
}

/** The URLs to try, best first, the clicked picture last; only http(s) and data: URLs, no repeats. */
export function picturesToTry(offer: ImageOffer): string[] {
  const sized = [...offer.srcsets.flatMap((s) => srcsetCandidates(s, offer.src)), ...dynamicCandidates(offer.dynamic)];
  const widest = sized.sort((a, b) => b.width - a.width)[0]?.url;
  const urls = [...offer.zoom, widest, offer.src].filter((u): u is string => u !== undefined).map((u) => absolute(u, offer.src));
  return [...new Set(urls.flatMap((u) => (u === null ? [] : [fullSize(u), u])))].filter((u) => /^(https?|data):/.test(u));
}

interface Sized {
  url: string;
  width: number;
}

/** "a.jpg 400w, b.jpg 800w" or "a.jpg 1x, b.jpg 2x" (a density counts as that many hundred pixels). */
export function srcsetCandidates(srcset: string, base: string): Sized[] {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((part) => part.trim().split(/\s+/))
    .flatMap(([url, descriptor = '1x']) => {
      const value = Number.parseFloat(descriptor);
      if (!url || Number.isNaN(value)) return [];
      const absoluteUrl = absolute(url, base);
      return absoluteUrl === null ? [] : [{ url: absoluteUrl, width: descriptor.endsWith('w') ? value : value * 100 }];
    });
}

function dynamicCandidates(json: string | null): Sized[] {
  if (json === null) return [];
  try {
    const sizes = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(sizes).flatMap(([url, size]) => (Array.isArray(size) && typeof size[0] === 'number' ? [{ url, width: size[0] }] : []));
  } catch {
    return [];
  }
}

/**
 * The shop's full-size URL where its image server's resize syntax is plain: Amazon's `._AC_SX300_`
 * modifiers, Shopify's `_300x300` suffixes and width parameters, Sephora's `imwidth`, Ulta's `w`/`h`.
 */
export function fullSize(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (/(^|\.)media-amazon\.com$|(^|\.)ssl-images-amazon\.com$/.test(parsed.hostname)) {
    parsed.pathname = parsed.pathname.replace(/^(\/images\/[A-Z]\/[^./]+)\.[^/]*_\.(\w+)$/, '$1.$2');
  } else if (parsed.hostname === 'cdn.shopify.com' || parsed.pathname.startsWith('/cdn/shop/')) {
    parsed.pathname = parsed.pathname.replace(/_(?:\d+x\d*|x\d+|pico|icon|thumb|small|compact|medium|large|grande)(?:_crop_\w+)?(?:@\dx)?(?=\.\w+$)/, '');
    for (const key of ['width', 'height', 'crop']) parsed.searchParams.delete(key);
  } else if (/(^|\.)sephora\.(com|ca)$/.test(parsed.hostname)) {
    parsed.searchParams.delete('imwidth');
  } else if (parsed.hostname === 'media.ulta.com') {
    for (const key of ['w', 'h']) parsed.searchParams.delete(key);
  }
  return parsed.href;
}

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}
