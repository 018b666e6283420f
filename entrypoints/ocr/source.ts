import * as v from 'valibot';
import type { ImageOffer } from '../../src/ocr/largest.ts';

// Where the picture comes from: the image menu puts the clicked picture's offer in the page's
// address (src/background/image-menu.ts); a pasted, dropped or chosen photo is a local file.

const OfferSchema = v.strictObject({
  src: v.pipe(v.string(), v.maxLength(100_000)),
  srcsets: v.pipe(v.array(v.pipe(v.string(), v.maxLength(20_000))), v.maxLength(20)),
  zoom: v.pipe(v.array(v.pipe(v.string(), v.maxLength(4_096))), v.maxLength(20)),
  dynamic: v.nullable(v.pipe(v.string(), v.maxLength(20_000))),
});

export interface PictureRequest {
  offer: ImageOffer;
  /** The page the picture was on. */
  page: string;
  title: string | null;
}

/** The request in `?offer=…&page=…&title=…`, or null (a page opened for a photo, or a malformed address). */
export function requestFromSearch(search: string): PictureRequest | null {
  const params = new URLSearchParams(search);
  const raw = params.get('offer');
  if (raw === null) return null;
  try {
    const offer = v.parse(OfferSchema, JSON.parse(raw));
    return { offer, page: params.get('page') ?? '', title: params.get('title') };
  } catch {
    return null;
  }
}

/** At most this many versions of the one picture are asked for (the first that is a picture wins). */
export const MAX_TRIES = 3;

/** The address answered with something else than a picture (a page, an error in JSON): said as "not a picture". */
export class NotAPicture extends Error {
  override name = 'NotAPicture';
}

/** The image server refused to share the picture with the extension (CORS) or could not be reached. */
export class Unreachable extends Error {
  override name = 'Unreachable';
}

/**
 * The picture itself: each URL in turn until one answers with a picture. No cookies and no referrer
 * go with the request: the shop's image host learns only that this picture was loaded. Without a
 * host permission only image servers that share their pictures (CORS) answer; `Unreachable` says
 * that the browser needs the permission (or the server is down).
 */
export async function fetchPicture(urls: readonly string[]): Promise<Blob> {
  let last: Error = new Error('no address');
  for (const url of urls.slice(0, MAX_TRIES)) {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    } catch (error) {
      last = new Unreachable(error instanceof Error ? error.message : String(error));
      continue;
    }
    const blob = await response.blob();
    // Some image servers send no type or a generic one: the decoder has the last word.
    if (response.ok && !/^text\/|json|xml/.test(blob.type)) return blob;
    last = response.ok ? new NotAPicture(blob.type) : new Error(`HTTP ${response.status}`);
  }
  throw last;
}
