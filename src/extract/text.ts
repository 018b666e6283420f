/**
 * Readable text of an element without rendering it: `textContent` keeps the text of closed
 * accordions and hidden tabs (which `innerText` skips, and jsdom lacks), and block elements and
 * `<br>` become line breaks so that blurbs, lists and disclaimers stay on separate lines.
 */

const BLOCK_TAGS = new Set(
  ('ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 ' +
    'H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL').split(' '),
);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push((child as Text).data.replace(/\s+/g, ' '));
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR') out.push('\n');
      else if (SKIPPED_TAGS.has(tag)) continue;
      else if (BLOCK_TAGS.has(tag)) {
        out.push('\n');
        collect(child, out);
        out.push('\n');
      } else collect(child, out);
    }
  }
}

/** Tidies lines: single spaces, trimmed, at most one blank line between paragraphs. */
export function tidyLines(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2000-\u200b]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function blockText(element: Element): string {
  const out: string[] = [];
  collect(element, out);
  return tidyLines(out.join(''));
}

/** Text of an HTML fragment (a JSON `body_html`, an `ingredientDesc`), parsed in an inert document. */
export function htmlToText(doc: Document, html: string): string {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return blockText(inert.body);
}

/** Whitespace-collapsed one-line text, for names and labels. */
export function lineText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
