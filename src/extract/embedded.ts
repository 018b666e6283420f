import { textCandidates } from './data-lists.ts';
import { isObject } from './jsonld.ts';
import type { Candidate } from './types.ts';

/** Keys under which shops' page state keeps the label text (Sephora `ingredientDesc`, YesStyle `majorIngredients`). */
const INGREDIENT_KEY = /^(ingredientDesc|ingredients?|ingredientList|ingredientsList|fullIngredients|majorIngredients|inci|inciList)$/i;
/** Keys that name a product in page state: its address or product id (a mismatch means another product)… */
const PRODUCT_KEY = /^(productId|product_id|pid|slug|handle|url|href|link|targetUrl|canonicalUrl)$/i;
/** …or a code that may name a SKU of it, which the URL need not carry. */
const CODE_KEY = /^(id|sku|skuId|sku_id|code)$/i;
const MAX_DEPTH = 24;
/** Ancestors looked at for a string's product: its own object, then its parents. */
const IDENTITY_LEVELS = 3;

/** Parses the JSON of a `<script>`; shops' state blocks that do not parse are skipped. */
export function scriptJson(script: Element | null): unknown {
  if (!script) return null;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch {
    return null;
  }
}

interface Owner {
  ids: string[];
  /** It has a product's own key (an address, a product id): a mismatch means another product. */
  product: boolean;
}

interface StateText {
  text: string;
  /** The objects around it that carry an identity, nearest first. */
  owners: Owner[];
}

function identityOf(object: Record<string, unknown>): Owner {
  const entries = Object.entries(object).filter(
    ([key, value]) => (PRODUCT_KEY.test(key) || CODE_KEY.test(key)) && (typeof value === 'string' || typeof value === 'number'),
  );
  return { ids: entries.map(([, value]) => String(value)), product: entries.some(([key]) => PRODUCT_KEY.test(key)) };
}

/** The identified objects around a string, nearest first, from the objects on the way down to it. */
function ownersOf(path: Record<string, unknown>[]): Owner[] {
  const owners: Owner[] = [];
  for (let i = path.length - 1; i >= 0 && owners.length < IDENTITY_LEVELS; i--) {
    const owner = identityOf(path[i] ?? {});
    if (owner.ids.length > 0) owners.push(owner);
  }
  return owners;
}

function collectStrings(value: unknown, depth: number, path: Record<string, unknown>[], out: StateText[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) value.forEach((item) => collectStrings(item, depth + 1, path, out));
  else if (isObject(value)) {
    path.push(value);
    for (const key in value) {
      const child = value[key];
      if (typeof child === 'string') {
        if (INGREDIENT_KEY.test(key)) out.push({ text: child, owners: ownersOf(path) });
      } else if (typeof child === 'object' && child !== null) collectStrings(child, depth + 1, path, out);
    }
    path.pop();
  }
}

/** Whether an id or address names the page: the same path, or a code that is a whole part of the URL. */
function namesPage(value: string, url: URL): boolean {
  if (/[/.]/.test(value)) {
    const link = URL.parse(value, url);
    return link !== null && link.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '');
  }
  if (value.length < 3) return false;
  return (url.pathname + url.search).split(/[^\p{L}\p{N}_]+/u).includes(value);
}

/** The nearest owner that names the page decides; one naming another product ends the search. */
function isOwn(owners: Owner[], url: URL): boolean {
  for (const owner of owners) {
    if (owner.ids.some((id) => namesPage(id, url))) return true;
    if (owner.product) return false;
  }
  return false;
}

/**
 * Embedded page state (`__NEXT_DATA__`, `type="application/json"` blocks): the ingredient text of the
 * page's own product, the one whose id or address the URL names; recommendations and "complete the
 * look" products carry their own. Without such a match, the first text is read, trusted less; so are
 * several different texts of the own product (its shades), which the shop's adapter tells apart.
 */
export function embeddedCandidates(doc: Document, url: URL): Candidate[] {
  const texts: StateText[] = [];
  for (const script of doc.querySelectorAll('script[type="application/json"], script[type="text/json"]')) {
    collectStrings(scriptJson(script), 0, [], texts);
  }
  const own = [...new Set(texts.filter(({ owners }) => isOwn(owners, url)).map(({ text }) => text))];
  const chosen = own.length > 0 ? own : texts.slice(0, 1).map(({ text }) => text);
  // Several lists for the page's own product are its shades or sizes: the state alone cannot say which is shown.
  const trust = own.length === 1 ? 0.9 : own.length > 1 ? 0.6 : 0.7;
  return chosen.flatMap((text) => textCandidates(doc, text, { source: 'embedded', trust, labelled: true }));
}
