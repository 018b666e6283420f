import { LIST_LABEL, LIST_LABEL_PREFIX } from './labels.ts';
import { pickLists } from './lists.ts';
import { blockText } from './text.ts';
import type { Finding } from './types.ts';

const SHOW_TEXT = 4;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TITLE']);
/** Containers bigger than this are the page, not the label's section. */
const MAX_SECTION_CHARS = 40_000;
const ANCESTOR_LEVELS = 4;
/** Real pages show one to three labels; each costs DOM-wide queries, so thousands would hang the tab. */
const MAX_LABELS = 50;

const NONE: Finding = { components: [], quality: 0 };

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

/** Where the list for a label can be, nearest first, each with how much to trust a list found there. */
function regionsFor(label: Element): { region: Element; weight: number }[] {
  const regions: { region: Element; weight: number }[] = [];
  const chain = labelChain(label);
  for (const control of chain) {
    const panel = controlledPanel(control);
    if (panel) regions.push({ region: panel, weight: 1 });
  }
  const outer = chain.at(-1) ?? label;
  if (outer.nextElementSibling) regions.push({ region: outer.nextElementSibling, weight: 0.95 });
  let ancestor: Element | null = label;
  for (let level = 0; level < ANCESTOR_LEVELS && ancestor; level++) {
    if ((ancestor.textContent ?? '').length > MAX_SECTION_CHARS) break;
    if (ancestor !== label || /[:：]/.test(label.textContent ?? '')) regions.push({ region: ancestor, weight: 0.9 - 0.05 * level });
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

function bestOf(findings: { finding: Finding; weight: number }[]): Finding {
  let best: Finding = NONE;
  let bestScore = 0;
  for (const { finding, weight } of findings) {
    const score = finding.quality * weight;
    if (finding.components.length > 0 && score > bestScore) {
      best = { components: finding.components, quality: score };
      bestScore = score;
    }
  }
  return best;
}

/** Reads one region of the page as list text. */
export function readRegion(region: Element): Finding {
  return pickLists(blockText(region));
}

/**
 * The generic reader: every label meaning "Ingredients", the nearest region it controls that
 * holds a list, and among labels the most INCI-like list (so a key-ingredients blurb or a
 * review loses to the full list).
 */
export function readByHeadings(root: Element): Finding {
  const findings = findLabels(root).slice(0, MAX_LABELS).map((label) => {
    for (const { region, weight } of regionsFor(label)) {
      const finding = readRegion(region);
      if (finding.components.length > 0) return { finding, weight };
    }
    return { finding: NONE, weight: 0 };
  });
  return bestOf(findings);
}

/** Elements named for ingredients (`#ingredients`, `.product-ingredients`), for pages without a visible label. */
export function readByIngredientAttributes(root: Element): Finding {
  const named = [...root.querySelectorAll('[id*="ingredient" i], [class*="ingredient" i], [data-at*="ingredient" i]')];
  return bestOf(named.slice(0, 30).map((element) => ({ finding: readRegion(element), weight: 0.85 })));
}

/** A panel given by a shop adapter's selector; a control (`aria-controls`, `<summary>`) stands for its panel. */
export function readPanel(doc: Document, selectors: readonly string[]): Finding {
  for (const selector of selectors) {
    for (const element of doc.querySelectorAll(selector)) {
      const finding = readRegion(controlledPanel(element) ?? element);
      if (finding.components.length > 0) return finding;
    }
  }
  return NONE;
}
