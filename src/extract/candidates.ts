import { inciLikeness } from '../inci/likeness.ts';
import type { TextLists } from './lists.ts';
import { LIST_THRESHOLD } from './lists.ts';
import type { Candidate, ComponentText, ReadingDoubt } from './types.ts';

/**
 * List picking: every reader offers candidates (a shop's panel, JSON-LD, page state, Shopify data, the
 * panels of "Ingredients" labels, elements named for ingredients), each scored by scoreCandidate, the
 * one function that says how likely a candidate is to be the product's whole list. The best wins;
 * doubts say where the choice or the list itself is unsure. See README.md, "Picking the list".
 */

/** Names that open full lists: a base (water, an oil, a butter, glycerin) among the first three. */
const BASE = /\b(?:aqua|water|eau|glycerin|oil|butter|alcohol|dimethicone|petrolatum|paraffin|squalane|juice|wax|talc|mica|silica)\b/i;
/** Names that close full lists: preservatives, chelators, pH adjusters, fragrance allergens, colours. */
const CLOSER =
  /phenoxyethanol|benzoate|sorbate|edta|ethylhexylglycerin|chlorphenesin|caprylyl glycol|hexanediol|paraben|sorbic|benzoic|dehydroacetic|tocopherol|citric acid|hydroxide|phytate|limonene|linalool|citral|geraniol|citronellol|parfum|fragrance|\bci\s?\d{5}|iron oxides?|titanium dioxide|gluconate|citrate/i;
/** A list this long counts fully for length; shorter lists are likelier picks or parts. */
const FULL_LENGTH = 40;
/** Within this share of the best score, a different list makes the choice a doubt. */
const CLOSE_SCORE = 0.85;
/** Lists sharing this much of their names are the same list read twice. */
const SAME_LIST = 0.8;

function completeness(items: string[]): number {
  const head = items.slice(0, 3);
  const tail = items.slice(Math.floor((items.length * 2) / 3));
  return 1 + (head.some((item) => BASE.test(item)) ? 0.15 : 0) + (items.length >= 4 && tail.some((item) => CLOSER.test(item)) ? 0.15 : 0);
}

/**
 * How likely a candidate is to be the product's whole list, 0 when it is no list at all: the reader's
 * trust × how INCI-like its names are (one name counts under a label, six are needed elsewhere) ×
 * its length (log scale, full at 40 names) × completeness (a base early, preservatives late).
 */
export function scoreCandidate(candidate: Candidate): number {
  const items = candidate.components.flatMap((component) => component.items);
  if (items.length === 0) return 0;
  const likeness = inciLikeness(items.join(', '), candidate.labelled ? 1 : 6);
  if (likeness < LIST_THRESHOLD) return 0;
  const length = Math.min(1, Math.log2(1 + items.length) / Math.log2(1 + FULL_LENGTH));
  const complete = candidate.components.reduce((sum, c) => sum + completeness(c.items), 0) / candidate.components.length;
  return candidate.trust * likeness * (0.5 + 0.5 * length) * complete;
}

/** A region's or a text's lists as candidates: the set, or each list alone. */
export function candidatesOf(found: TextLists, origin: { source: string; trust: number; labelled: boolean; element: Element | null }): Candidate[] {
  const part = (list: TextLists['lists'][number], name: string | null) => ({ name, text: list.text, items: list.items, cut: list.cut });
  if (found.kit) {
    const parts = found.lists.filter((list) => list.name !== null);
    const labelled = origin.labelled || parts.some((list) => list.labelled);
    return [{ ...origin, labelled, components: parts.map((list) => part(list, list.name)), unread: found.unread }];
  }
  return found.lists.map((list) => ({ ...origin, labelled: origin.labelled || list.labelled, components: [part(list, null)], unread: 0 }));
}

function nameSet(candidate: Candidate): Set<string> {
  return new Set(candidate.components.flatMap((c) => c.items.map((item) => item.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))));
}

/** Share of `a`'s names that `b` also has. */
function containedIn(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 1;
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared / a.size;
}

export interface Pick {
  components: ComponentText[];
  source: string;
  score: number;
  /** It stood under an "Ingredients" label or in a shop's ingredient panel or field. */
  labelled: boolean;
  element: Element | null;
  doubts: ReadingDoubt[];
}

/**
 * The best candidate, and what is unsure: a cut list (`partial`), a part of a set without a list
 * (`component-unread`), a different list nearly as likely (`ambiguous`). Among candidates that read
 * the same list, the most trusted wins, and the marks go on one read from the page's elements.
 */
export function pickCandidate(candidates: Candidate[]): Pick | null {
  const scored = candidates
    .map((candidate) => ({ candidate, score: scoreCandidate(candidate), names: nameSet(candidate) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  const same = scored.filter((other) => containedIn(other.names, best.names) >= SAME_LIST && containedIn(best.names, other.names) >= SAME_LIST);
  const rival = scored.find((other) => other.score >= best.score * CLOSE_SCORE && containedIn(other.names, best.names) < SAME_LIST);
  const doubts: ReadingDoubt[] = [];
  if (best.candidate.components.some((component) => component.cut)) doubts.push('partial');
  if (rival) doubts.push('ambiguous');
  if (best.candidate.unread > 0) doubts.push('component-unread');
  return {
    components: best.candidate.components.map(({ name, text }) => ({ name, text })),
    source: best.candidate.source,
    score: best.score,
    labelled: best.candidate.labelled,
    element: same.find((other) => other.candidate.element !== null)?.candidate.element ?? null,
    doubts,
  };
}
