import { i18n } from '#i18n';
import type { PageMarks } from '../messaging/protocol.ts';

// Marks the flagged names in the shop's own ingredient text without touching the shop's DOM:
// the CSS Custom Highlight API paints a quiet underline over text ranges, and the tooltip lives in
// a closed shadow root appended to <html>. Page text is only ever set as textContent. Marks go only
// inside the element the list was read from (src/extract narrows it to the smallest element holding
// the whole list), never on navigation, titles or recommendations that name the same ingredient.

const HIGHLIGHT = 'needle-safe-flagged';
const HOST_ID = 'needle-safe-tooltip-host';
const MAX_TEXT_NODES = 20_000;

interface Marked {
  range: Range;
  label: string;
  reason: string;
  when: string;
}

let marked: Marked[] = [];
let teardown: (() => void) | undefined;

export function clearMarks(): void {
  teardown?.();
  teardown = undefined;
  marked = [];
}

/** Finds every flagged name in the list's element (`root`) and marks it; returns how many ranges were marked. */
export function showMarks(doc: Document, { marks }: PageMarks, root: Element | null): number {
  clearMarks();
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!highlights || !HighlightCtor || marks.length === 0 || root === null) return 0;
  marked = findRanges(doc, root, marks);
  if (marked.length === 0) return 0;
  highlights.set(HIGHLIGHT, new HighlightCtor(...marked.map((m) => m.range)));
  const style = doc.createElement('style');
  style.textContent = `::highlight(${HIGHLIGHT}){text-decoration:underline wavy #c0392b 1px;text-underline-offset:3px;background-color:rgba(192,57,43,.08)}`;
  doc.head.append(style);
  const tooltip = createTooltip(doc);
  const onMove = (event: MouseEvent) => tooltip.update(event, hit(doc, event));
  doc.addEventListener('mousemove', onMove, { passive: true });
  teardown = () => {
    highlights.delete(HIGHLIGHT);
    style.remove();
    tooltip.remove();
    doc.removeEventListener('mousemove', onMove);
  };
  return marked.length;
}

/**
 * After a name: not a letter; not a digit either when the name ends in one (`PEG-1` is not `PEG-10`),
 * while a name ending in a letter may carry a footnote number or mark (`Limonene1`, `Linalool*`).
 */
function nameEnd(name: string): string {
  return /\p{N}$/u.test(name) ? '(?![\\p{L}\\p{N}])' : '(?!\\p{L})';
}

/** Ranges of whole-word, case-insensitive occurrences of each flagged name in visible-or-hidden text, page order. */
function findRanges(doc: Document, root: Element, marks: PageMarks['marks']): Marked[] {
  const wanted = marks
    .filter((m) => m.text.trim().length >= 3)
    .map((m) => {
      const name = m.text.trim();
      return { ...m, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}${nameEnd(name)}`, 'giu') };
    });
  const found: Marked[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script,style,noscript,textarea,input') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; node = walker.nextNode(), n++) {
    const text = node.nodeValue ?? '';
    if (text.length < 3) continue;
    const inNode: Marked[] = [];
    for (const mark of wanted) {
      for (const hitMatch of text.matchAll(mark.pattern)) {
        const range = doc.createRange();
        range.setStart(node, hitMatch.index);
        range.setEnd(node, hitMatch.index + hitMatch[0].length);
        inNode.push({ range, label: mark.label, reason: mark.reason, when: mark.when });
      }
    }
    found.push(...inNode.sort((a, b) => a.range.startOffset - b.range.startOffset));
  }
  return found;
}

function hit(doc: Document, event: MouseEvent): Marked | undefined {
  const caret = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(
    event.clientX,
    event.clientY,
  );
  if (!caret) return undefined;
  return marked.find((m) => m.range.isPointInRange(caret.offsetNode, caret.offset));
}

function createTooltip(doc: Document) {
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;pointer-events:none';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'tooltip');
  box.style.cssText =
    'display:none;position:fixed;max-width:280px;padding:8px 10px;border-radius:8px;background:#1f1f1f;color:#fff;font:13px/1.4 system-ui,sans-serif;white-space:pre-line;box-shadow:0 4px 16px rgba(0,0,0,.25)';
  const title = doc.createElement('strong');
  const body = doc.createElement('div');
  box.append(title, body);
  root.append(box);
  doc.documentElement.append(host);
  return {
    update(event: MouseEvent, mark: Marked | undefined) {
      if (!mark) {
        box.style.display = 'none';
        return;
      }
      title.textContent = i18n.t('marks.title', [mark.label]);
      // The reason, then on its own line from when the name is OK (white-space: pre-line).
      body.textContent = mark.when ? `${mark.reason}\n${mark.when}` : mark.reason;
      box.style.display = 'block';
      box.style.left = `${Math.min(event.clientX + 12, innerWidth - 300)}px`;
      box.style.top = `${event.clientY + 16}px`;
    },
    remove: () => host.remove(),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
