import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeOf, eventually, openTab, popupUrl, ROOT, type Badge, type Harness } from './harness.ts';

// What the experience tests share: the popup at its real size, the profile set from an extension
// page, screenshots in test-results/screenshots, and axe-core's check of a page.

export const SHOTS = join(ROOT, 'test-results/screenshots');
/** The toolbar popup as Chrome shows it on a laptop: about 400 × 500 (Chrome caps it at 800 × 600). */
export const POPUP = { width: 400, height: 500 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Serious and critical accessibility violations of the page, by rule (axe-core). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

type Session = { treatmentAt: string; depth: 'pro' | 'home' };

interface Profile {
  treatmentAt: string | null;
  depth: 'pro' | 'home';
  past?: Session[];
  booked?: Session[];
  series?: { everyDays: number; sessions: number; since: string } | null;
}

/**
 * Stores the treatment profile (the plan: current, earlier and booked sessions, a series) as the options page
 * would (the background scores again from it), from the worker: a page might be taken over by the options page
 * the extension opens on install.
 */
export async function setProfile(h: Harness, profile: Profile): Promise<void> {
  const sw = await h.worker();
  await sw.evaluate(async (p) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    const plan = { past: [], booked: [], series: null, clinic: { windows: {} }, onboarded: true, ...p };
    await api.storage.local.set({ profile: plan, profile$: { v: 3 } });
  }, profile);
}

/** An instant `days` × 24 h from now, as stored. */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** What does not fit: boxes wider inside than out, and words broken across two lines. */
export interface LayoutProblems {
  overflowing: string[];
  brokenWords: string[];
}

/**
 * What does not fit the page at its present size. Overflowing: a box whose content is wider than the box
 * (scrollWidth > clientWidth), or the page itself wider than the window; boxes that scroll on purpose
 * (overflow-x auto or scroll), form fields and what is not shown (closed details, visually hidden text) are
 * left out. A broken word: one word whose text lies on more than one line (its Range has boxes on two
 * lines). Words are the page language's own (Intl.Segmenter), so a line may end after a hyphen or at a space
 * — a no-break space never breaks — but never inside a word: the pages use no hyphenation.
 */
export async function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid');
      return `<${el.tagName.toLowerCase()}${id ? ` ${id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    };
    const unseen = (el: Element) => el.closest('.visually-hidden') !== null || !el.checkVisibility();
    const overflowing = [...document.querySelectorAll('body *')]
      .filter((el) => {
        if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1 || el.matches('input, textarea, select') || unseen(el)) return false;
        const { overflowX } = getComputedStyle(el);
        return overflowX !== 'auto' && overflowX !== 'scroll';
      })
      .map(describe);
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) overflowing.push(`the page: ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
    const words = new Intl.Segmenter(root.lang || undefined, { granularity: 'word' });
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, textarea, select') || unseen(parent)) continue;
      for (const { segment, index, isWordLike } of words.segment(node.nodeValue ?? '')) {
        if (!isWordLike) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) brokenWords.push(`"${segment}" in ${describe(parent)}`);
      }
    }
    return { overflowing, brokenWords };
  });
}

/** An instant `days` × 24 h before now, as stored. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

export function settledBadge(h: Harness, tabId: number, text?: string): Promise<Badge> {
  return eventually(
    async () => {
      const badge = await badgeOf(h, tabId);
      return badge.text && (!text || badge.text === text) ? badge : undefined;
    },
    `the badge${text ? ` "${text}"` : ''}`,
    15_000,
  );
}

/** Opens each page, waits for its badge and saves its product from the popup. */
export async function savePages(h: Harness, urls: string[]): Promise<void> {
  for (const url of urls) {
    const { tabId } = await openTab(h, url);
    await settledBadge(h, tabId);
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('save').click();
    await popup.locator('p[data-testid="save"]').waitFor();
    await popup.close();
  }
}

/** The popup of a tab at the real popup size, once its verdict (or its page without a list) shows. */
export async function openPopup(h: Harness, tabId: number, size = POPUP): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(popupUrl(h, tabId));
  await popup.locator('[data-testid="verdict"], [data-testid="no-list"]').first().waitFor();
  return popup;
}

/** Whether the element lies wholly inside the first screen (the viewport, unscrolled). */
export async function inFirstScreen(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/** The extension's saved list, as stored. */
export async function storedList(
  page: Page,
): Promise<{ id: string; title: string | null; note: string; components: { text: string }[]; source: string; analysis: { verdict: string } }[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await api.storage.local.get('savedList')).savedList ?? []) as never;
  });
}

interface DomNode {
  nodeType: number;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * Points at the first occurrence of `name` in the page's ingredient text and returns what the marks'
 * tooltip says then. The tooltip lives in a closed shadow root, which page scripts cannot read: the
 * DevTools protocol's DOM, with shadow roots pierced, can.
 */
export async function markTooltip(h: Harness, page: Page, name: string): Promise<string> {
  const point = await page.evaluate((word) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(word) ?? -1;
      if (at < 0 || node.parentElement?.closest('h1, title, script')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const r = range.getBoundingClientRect();
      if (r.width > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, name);
  if (!point) throw new Error(`"${name}" is not shown on the page`);
  await page.mouse.move(point.x, point.y);
  const cdp = await h.context.newCDPSession(page);
  try {
    return await eventually(async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const tooltip = find(root, (n) => (n.attributes ?? []).join(' ').includes('role tooltip'));
      const text = tooltip ? textOf(tooltip) : '';
      return text.length > 0 ? text : undefined;
    }, 'the marks’ tooltip');
  } finally {
    await cdp.detach();
  }
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  return [...(node.children ?? [])].map(textOf).join(' ');
}
