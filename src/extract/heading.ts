import { LIST_LABEL, LIST_LABEL_PREFIX } from '../inci/vocabulary.ts';
import { candidatesOf } from './candidates.ts';
import type { Candidate } from './types.ts';
import { readLists } from './lists.ts';
import { regionText } from './text.ts';

const SHOW_TEXT = 4;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TITLE']);
/** Containers bigger than this are the page, not the label's section. */
const MAX_SECTION_CHARS = 40_000;
const ANCESTOR_LEVELS = 4;
/** Real pages show one to three labels; each costs DOM-wide queries, so thousands would hang the tab. */
const MAX_LABELS = 50;
const MAX_NAMED_ELEMENTS = 30;

/** Where a region's candidates come from. */
export interface Origin {
  source: string;
  trust: number;
  labelled: boolean;
}

function byId(doc: Document, id: string): Element | null {
  return id === '' ? null : doc.getElementById(id);
}

/** The panel a control opens: `aria-controls`, a panel `aria-labelledby` it, or its `<details>`. */
export function controlledPanel(control: Element): Element | null {
  const doc = control.ownerDocument;
  const controls = control.getAttribute('aria-controls');
  if (controls) {
    const panel = byId(doc, controls.split(/\s+/)[0] ?? '');
    if (panel) return panel;
  }
  if (control.id) {
    const labelled = doc.querySelector(`[aria-labelledby~="${quoted(control.id)}"]`);
    if (labelled && !labelled.contains(control)) return labelled;
  }
  if (control.tagName === 'SUMMARY' && control.parentElement?.tagName === 'DETAILS') return control.parentElement;
  return null;
}

/** An id made safe inside a quoted attribute selector (`CSS.escape` is a DOM global). */
function quoted(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

/** The label element and its clickable wrappers (`<button><h2>Ingredients</h2></button>`). */
function labelChain(label: Element): Element[] {
  const chain = [label];
  let current = label;
  for (let level = 0; level < 3 && current.parentElement; level++) {
    current = current.parentElement;
    if ((current.textContent ?? '').trim() !== (label.textContent ?? '').trim()) break;
    chain.push(current);
  }
  return chain;
}

/**
 * Where the list for a label can be, nearest first: the panel it controls (and only there: a panel
 * without a list says the page has none), else what follows it, else its section. A section holds
 * more than the label's list: there only a list after the label line counts as labelled (lists.ts).
 */
function regionsFor(label: Element): { region: Element; labelled: boolean }[] {
  const chain = labelChain(label);
  const panels = chain.map(controlledPanel).filter((panel): panel is Element => panel !== null);
  if (panels.length > 0) return panels.map((region) => ({ region, labelled: true }));
  const regions: { region: Element; labelled: boolean }[] = [];
  const outer = chain.at(-1) ?? label;
  if (outer.nextElementSibling) regions.push({ region: outer.nextElementSibling, labelled: true });
  let ancestor: Element | null = label;
  for (let level = 0; level < ANCESTOR_LEVELS && ancestor; level++) {
    if ((ancestor.textContent ?? '').length > MAX_SECTION_CHARS) break;
    if (ancestor !== label || /[:：]/.test(label.textContent ?? '')) regions.push({ region: ancestor, labelled: false });
    ancestor = ancestor.parentElement;
  }
  return regions;
}

/** Elements whose own text is an ingredients label ("Ingredients", "INCI:", "Inhaltsstoffe") or starts one. */
export function findLabels(root: Element): Element[] {
  const labels: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NOT_CONTENT.has(parent.tagName)) continue;
    const text = (node.nodeValue ?? '').trim();
    if (text.length === 0 || text.length > 2000) continue;
    if ((text.length <= 40 && LIST_LABEL.test(text)) || LIST_LABEL_PREFIX.test(text)) labels.push(parent);
  }
  return labels;
}

/**
 * The smallest element inside `region` that still holds the whole list (its first and last name),
 * so that marks stay on the list and off the blurbs around it.
 */
function narrowed(region: Element, candidate: Candidate): Element {
  const items = candidate.components.flatMap((component) => component.items);
  const first = items[0]?.slice(0, 40);
  const last = items.at(-1)?.slice(0, 40);
  if (!first || !last) return region;
  let element = region;
  for (;;) {
    const inner = [...element.children].find((child) => {
      const text = child.textContent ?? '';
      return text.includes(first) && text.includes(last);
    });
    if (!inner) return element;
    element = inner;
  }
}

/** A region of the page read as list text: its lists as candidates, read from the region. */
export function regionCandidates(region: Element, origin: Origin): Candidate[] {
  const candidates = candidatesOf(readLists(regionText(region)), { ...origin, element: region });
  return candidates.map((candidate) => ({ ...candidate, element: narrowed(region, candidate) }));
}

/**
 * The generic reader: every label meaning "Ingredients" and the nearest region it controls that
 * holds a list; the lists there are labelled candidates.
 */
export function headingCandidates(root: Element): Candidate[] {
  return findLabels(root)
    .slice(0, MAX_LABELS)
    .flatMap((label) => {
      for (const { region, labelled } of regionsFor(label)) {
        const found = regionCandidates(region, { source: 'heading', trust: 0.9, labelled });
        if (found.length > 0) return found;
      }
      return [];
    });
}

/** Elements named for ingredients (`#ingredients`, `.product-ingredients`), for pages without a visible label. */
export function attributeCandidates(root: Element): Candidate[] {
  const named = [...root.querySelectorAll('[id*="ingredient" i], [class*="ingredient" i], [data-at*="ingredient" i]')];
  return named.slice(0, MAX_NAMED_ELEMENTS).flatMap((element) => regionCandidates(element, { source: 'heading', trust: 0.8, labelled: false }));
}

/** A panel given by a shop adapter's selector; a control (`aria-controls`, `<summary>`) stands for its panel. */
export function panelCandidates(doc: Document, selectors: readonly string[], origin: Origin): Candidate[] {
  for (const selector of selectors) {
    for (const element of doc.querySelectorAll(selector)) {
      const found = regionCandidates(controlledPanel(element) ?? element, origin);
      if (found.length > 0) return found;
    }
  }
  return [];
}
