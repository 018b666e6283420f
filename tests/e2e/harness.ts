import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// End-to-end harness: the production build loaded into Debian's Chromium (headless) through
// playwright-core, and fixture shop pages served over HTTPS on 127.0.0.1. Every host name
// resolves to the local server (--host-resolver-rules), so a page can be served as
// https://www.sephora.com/... and the content script matches it as it would in real use.

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The few extension APIs the tests call inside the service worker (sw.evaluate). */
interface WorkerChrome {
  tabs: { create(props: { url: string }): Promise<{ id?: number }> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
  runtime: {
    onMessage: { addListener(listener: (message: { type?: unknown } | undefined, sender: { tab?: { id?: number }; url?: string }) => false): void };
  };
}
declare const chrome: WorkerChrome;

export interface Route {
  status?: number;
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  routes: Map<string, Route>;
  /** Every request the browser made, with the page or worker that made it. */
  requests: { url: string; from: string }[];
  /** Every request that reached the local server (any host name resolves to it). */
  served: ServedRequest[];
  serve(url: string, body: string, type?: string): void;
  servePage(url: string, fixture: string): void;
  worker(): Promise<Worker>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

let certificate: { key: string; cert: string } | undefined;
function selfSigned(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'needle-cert-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=needle-safe-test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    { stdio: 'ignore' },
  );
  certificate = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  return certificate;
}

/** A request as the local server saw it: every host resolves here, so nothing leaves unseen. */
export interface ServedRequest {
  url: string;
  dest: string | undefined;
  mode: string | undefined;
  origin: string | undefined;
  referer: string | undefined;
}

export async function startServer(routes: Map<string, Route>, log: ServedRequest[]): Promise<Server> {
  const server = createServer(selfSigned(), (req, res) => {
    const key = `${req.headers.host}${req.url}`.replace(/:\d+(?=\/)/, '');
    const header = (name: string) => req.headers[name] as string | undefined;
    log.push({ url: `https://${key}`, dest: header('sec-fetch-dest'), mode: header('sec-fetch-mode'), origin: header('origin'), referer: header('referer') });
    const route = routes.get(key);
    res.writeHead(route?.status ?? (route ? 200 : 404), { 'content-type': route?.type ?? 'text/html; charset=utf-8', ...route?.headers });
    res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/**
 * Who made a request: the service worker, or the URL of the page's frame. A tab the extension opens
 * issues its first navigation before its frame exists: that is the new tab's own navigation.
 */
function requester(request: import('playwright-core').Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().url();
  } catch {
    return request.isNavigationRequest() ? 'new-tab' : 'unknown';
  }
}

export interface LaunchOptions {
  profileDir?: string;
  /**
   * Chromium's UI language ("de", "pt-BR"), which browser.i18n.getUILanguage() reports and the extension's
   * texts and Intl's default locale follow: `LANGUAGE`, which Chromium on Linux reads (it ignores `--lang`
   * there), and `--lang` for other systems. Debian's chromium-l10n holds the languages. The machine's
   * language when left out.
   */
  lang?: string;
  /** An IANA time zone for the whole browser, worker included (TZ), and its pages (timezoneId). */
  timeZone?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const routes = new Map<string, Route>();
  const served: ServedRequest[] = [];
  const server = await startServer(routes, served);
  const port = (server.address() as AddressInfo).port;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'needle-profile-'));
  const env = { ...process.env, ...(options.lang ? { LANGUAGE: options.lang } : {}), ...(options.timeZone ? { TZ: options.timeZone } : {}) };
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env,
    ...(options.timeZone ? { timezoneId: options.timeZone } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
      // The browser's own traffic (updates, sign-in, safe browsing) is not the extension's.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-client-side-phishing-detection',
      '--disable-domain-reliability',
      '--no-default-browser-check',
      // Lets the tests click the toolbar button (CDP Extensions.triggerAction): clickToolbarButton.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const requests: Harness['requests'] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), from: requester(request) });
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const serve = (url: string, body: string, type?: string) => {
    const { host, pathname, search } = new URL(url);
    routes.set(`${host}${pathname}${search}`, { body, type });
  };
  return {
    context,
    extensionId,
    profileDir,
    routes,
    requests,
    served,
    serve,
    servePage: (url, fixture) => serve(url, readFileSync(join(ROOT, 'tests/e2e/pages', fixture), 'utf8')),
    worker,
    async close({ keepProfile = false } = {}) {
      await context.close();
      server.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new tab created by the extension's worker, which knows the tab's id (without the
 * "tabs" permission the worker cannot read other tabs' URLs to find it later).
 */
export async function openTab(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const sw = await h.worker();
  const opened = h.context.waitForEvent('page', (p) => p.url() === url || p.url() === 'about:blank');
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id as number, url);
  const page = await opened;
  await page.waitForURL(url);
  await page.waitForLoadState('domcontentloaded');
  return { page, tabId };
}

export interface Badge {
  text: string;
  title: string;
  color: number[];
}

export async function badgeOf(h: Harness, tabId: number): Promise<Badge> {
  const sw = await h.worker();
  return sw.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );
}

/** Polls until `check` returns a value that is not undefined (extension work is asynchronous). */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle (CDP Target.closeTarget)
 * and waits until no worker of the extension is listed. An event still on its way (a page's last
 * message) would wake it again at once: callers first wait for it to arrive (contentMessages).
 */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const page = h.context.pages()[0] ?? (await h.context.newPage());
  const cdp = await h.context.newCDPSession(page);
  await eventually(async () => {
    const running = (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(h.extensionId));
    for (const { targetId } of running) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    return running.length === 0 ? true : undefined;
  }, 'the service worker to stop');
  await cdp.detach();
}

/** When the running service worker started (its performance.timeOrigin, wall-clock milliseconds). */
export async function workerStartedAt(h: Harness): Promise<number> {
  return eventually(async () => {
    const starts = await Promise.all(h.context.serviceWorkers().map((sw) => sw.evaluate(() => performance.timeOrigin).catch(() => undefined)));
    const known = starts.filter((start): start is number => start !== undefined);
    return known.length > 0 ? Math.max(...known) : undefined;
  }, 'a running service worker');
}

/**
 * Starts recording, from now on, the messages content scripts send to the worker: a listener of the
 * test's own next to the extension's (every listener sees each message; this one never answers).
 * It lives in the worker's memory, so it is installed again after the worker was stopped.
 */
export async function recordContentMessages(h: Harness): Promise<void> {
  await eventually(async () => {
    const sw = await h.worker();
    await sw.evaluate(() => {
      const g = globalThis as { __contentMessages?: { tabId: number; type: string }[] };
      if (!g.__contentMessages) {
        chrome.runtime.onMessage.addListener((message, sender) => {
          // A web page's sender is a content script; extension pages opened as tabs are left out.
          if (sender.tab?.id !== undefined && /^https?:/.test(sender.url ?? '')) g.__contentMessages?.push({ tabId: sender.tab.id, type: String(message?.type) });
          return false;
        });
      }
      g.__contentMessages = [];
    });
    return true;
  }, 'the worker to record content messages');
}

/**
 * Waits until the content script of `tabId` has sent `until` since recordContentMessages (`pageLeft`:
 * it read the page and found no list; `pageRead`: it sent a list), and returns every message type
 * it sent, in order.
 */
export async function contentMessages(h: Harness, tabId: number, until: 'pageRead' | 'pageLeft'): Promise<string[]> {
  return eventually(async () => {
    const sw = await h.worker();
    const types = await sw.evaluate(
      (id) => ((globalThis as { __contentMessages?: { tabId: number; type: string }[] }).__contentMessages ?? []).filter((m) => m.tabId === id).map((m) => m.type),
      tabId,
    );
    return types.includes(until) ? types : undefined;
  }, `the content script of tab ${tabId} to send ${until}`);
}

/**
 * Makes `page` request a unique address and waits until the browser reports that request. The
 * browser reports a page's requests in the order it starts them, so every request the page started
 * before this one has been reported too: a test can then state what the page did not request.
 */
export async function requestBarrier(h: Harness, page: Page): Promise<void> {
  const url = `https://request-barrier.test/${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((u) => void Object.assign(new Image(), { src: u }), url);
  await eventually(async () => (h.requests.some((r) => r.url === url) ? true : undefined), `the request barrier of ${page.url()}`);
}

/**
 * Stops the extension's service worker (stopServiceWorker) and proves it: a marker left in the
 * worker's memory is gone once a fresh worker answers.
 */
export async function killServiceWorker(h: Harness): Promise<void> {
  const before = await h.worker();
  await before.evaluate(() => Object.assign(globalThis, { __needleMarker: true }));
  await stopServiceWorker(h);
  // A stopped worker answers nothing until an event wakes it: a message from an extension page does.
  const waker = await h.context.newPage();
  await waker.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=0`);
  await eventually(async () => {
    const sw = await h.worker();
    const marker = await Promise.race([
      sw.evaluate(() => (globalThis as { __needleMarker?: boolean }).__needleMarker ?? false),
      new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 1_000)),
    ]);
    if (marker === 'no answer') await waker.reload();
    return marker === false ? true : undefined;
  }, 'a fresh service worker');
  await waker.close();
}

export function popupUrl(h: Harness, tabId: number): string {
  return `chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`;
}

/**
 * Waits until the tab's badge is set (or cleared) and returns that moment (Date.now()), watching from
 * inside the worker, or from an extension page (`watcher`) when the worker may be stopped.
 */
export async function badgeChangeTime(h: Harness, tabId: number, want: 'set' | 'cleared', watcher?: Page): Promise<number> {
  const where: Pick<Worker, 'evaluate'> = watcher ?? (await h.worker());
  return where.evaluate(
    async ([id, set]) => {
      const end = Date.now() + 10_000;
      while (((await chrome.action.getBadgeText({ tabId: id })) !== '') !== set) {
        if (Date.now() > end) throw new Error(`the badge was not ${set ? 'set' : 'cleared'} within 10 s`);
        await new Promise((r) => setTimeout(r, 2));
      }
      return Date.now();
    },
    [tabId, want === 'set'] as const,
  );
}

/**
 * Clicks the extension's toolbar button on the tab showing `url`, as a person does (CDP
 * Extensions.triggerAction over Playwright's pipe): the real popup opens, and the extension gets the
 * click's activeTab grant for that tab (its title and address, and one script run). The popup is
 * closed again: the tests open popup.html?tabId=N, which then has the same grant.
 */
export async function clickToolbarButton(h: Harness, url: string): Promise<void> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser to click the toolbar button of');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    await cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
    const popup = await eventually(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`));
    }, 'the toolbar popup to open');
    await cdp.send('Target.closeTarget', { targetId: popup.targetId });
  } finally {
    await cdp.detach();
  }
}

/** A setting as an extension page stored it (undefined before anything was stored). */
export function storedSetting(page: Page, key: 'marksOnPage' | 'notifications'): Promise<boolean | undefined> {
  return page.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, boolean> | undefined>> } } } }).chrome;
    return (await api.storage.local.get('settings')).settings?.[k];
  }, key);
}
