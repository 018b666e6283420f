/**
 * Readable text of an element without rendering it: `textContent` keeps the text of closed
 * accordions and hidden tabs (which `innerText` skips, and jsdom lacks), and block elements, `<br>`
 * and line breaks typed into the text become line breaks, so that blurbs, lists and disclaimers stay
 * on separate lines. Bold text alone on its line (`<b>Pekee Bar:</b><br>`, `<p><strong>Toner</strong></p>`)
 * is a header and comes out marked with HEADER_MARK.
 */

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 ' +
    'H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'
  ).split(' '),
);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);
const BOLD_TAGS = new Set(['B', 'STRONG']);

/** Opens a line that a bold header filled: the list reader names a component with it. */
export const HEADER_MARK = '\u0002';
/** Longer bold text is emphasis in running text, not a header. */
const MAX_HEADER_CHARS = 120;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
}

/** Nothing but spaces and a colon: what separates `<b>Name</b>: <br>` from its line break. */
const ONLY_COLON = /^[\s:：]*$/;

/** Whether a line ends right after `node`: a `<br>`, a block, or the end of its block. */
function endsLine(node: Node): boolean {
  for (let next = node.nextSibling; ; next = next.nextSibling) {
    if (next === null) {
      const parent = node.parentNode;
      return parent === null || parent.nodeType !== ELEMENT_NODE || BLOCK_TAGS.has(tagOf(parent)) || endsLine(parent);
    }
    if (next.nodeType === TEXT_NODE) {
      if (ONLY_COLON.test((next as Text).data)) continue;
      return /^[\s:：]*\n/.test((next as Text).data);
    }
    const tag = tagOf(next);
    if (SKIPPED_TAGS.has(tag)) continue;
    return tag === 'BR' || BLOCK_TAGS.has(tag);
  }
}

function startsLine(out: string[]): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    const piece = out[i] ?? '';
    if (/\n\s*$/.test(piece)) return true;
    if (piece.trim() !== '') return false;
  }
  return true;
}

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push((child as Text).data.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' '));
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = tagOf(child);
      if (tag === 'BR') out.push('\n');
      else if (SKIPPED_TAGS.has(tag)) continue;
      else if (BLOCK_TAGS.has(tag)) {
        out.push('\n');
        collect(child, out);
        out.push('\n');
      } else if (BOLD_TAGS.has(tag)) collectBold(child as Element, out);
      else collect(child, out);
    }
  }
}

/** Bold text: a header line when it stands alone on its line or holds its own line break. */
function collectBold(bold: Element, out: string[]): void {
  const inner: string[] = [];
  collect(bold, inner);
  const text = inner.join('').replace(/\s+/g, ' ').trim();
  const alone = inner.some((piece) => piece.includes('\n')) || (startsLine(out) && endsLine(bold));
  if (alone && text !== '' && text.length <= MAX_HEADER_CHARS) out.push(`\n${HEADER_MARK}${text}\n`);
  else out.push(...inner);
}

/** Tidies lines: single spaces, trimmed, at most one blank line between paragraphs. */
export function tidyLines(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2000-\u200b\ufeff]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The element's text as lines, headers marked (HEADER_MARK). */
export function regionText(element: Element): string {
  const out: string[] = [];
  collect(element, out);
  return tidyLines(out.join(''));
}

/** The element's text as lines. */
export function blockText(element: Element): string {
  return regionText(element).replaceAll(HEADER_MARK, '');
}

/** One inert document per page: building a document costs more than parsing a fragment into it. */
const inertOf = new WeakMap<Document, Document>();

/** An HTML fragment (a JSON `body_html`, an `ingredientDesc`) parsed in an inert document; valid until the next call. */
export function htmlRoot(doc: Document, html: string): HTMLElement {
  let inert = inertOf.get(doc);
  if (!inert) {
    inert = doc.implementation.createHTMLDocument('');
    inertOf.set(doc, inert);
  }
  inert.body.innerHTML = html;
  return inert.body;
}

/** Whitespace-collapsed one-line text, for names and labels. */
export function lineText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
