import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, ROOT, startServer, type Route } from '../e2e/harness.ts';
import { elementId, Marionette, type Element } from './marionette.ts';

// End-to-end harness for Firefox: the production Firefox MV3 build installed into Debian's
// firefox-esr (headless) through WebDriver BiDi's `webExtension.install`, driven through Marionette
// (WebDriver classic), which — unlike BiDi today — can script extension pages.
//
// Shop pages: Firefox has no host-resolver rule, so every request goes through a local proxy
// (network.proxy.*) that tunnels each CONNECT into the same HTTPS server the Chromium harness
// uses; `acceptInsecureCerts` accepts its self-signed certificate. The extension's internal UUID is
// fixed (extensions.webextensions.uuids) so its pages have a known moz-extension:// address.

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = (JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
  .browser_specific_settings.gecko.id;

export interface FirefoxHarness {
  marionette: Marionette;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  servePage(url: string, fixture: string): void;
  /** Runs `fn` in the current tab (an extension page, for `browser.*`) and returns its result. */
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Opens a new tab at `url` and makes it the current one; returns its window handle. */
  openTab(url: string): Promise<string>;
  /** Makes current the tab whose URL starts with `prefix`, waiting for it to exist. */
  switchToTab(prefix: string): Promise<string>;
  find(selector: string): Promise<Element>;
  click(selector: string): Promise<void>;
  text(selector: string): Promise<string>;
  attribute(selector: string, name: string): Promise<string | null>;
  close(): Promise<void>;
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** A proxy for every scheme: HTTPS (CONNECT) is tunnelled to the shop server; plain HTTP gets 404. */
async function startProxy(shops: Awaited<ReturnType<typeof startServer>>) {
  const proxy = createServer((_req, res) => res.writeHead(404).end());
  proxy.on('connect', (_req, socket, head) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    shops.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

/** One WebDriver BiDi command on the session's own WebSocket. */
async function bidi<T>(url: string, method: string, params: object): Promise<T> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  try {
    return await new Promise<T>((resolve, reject) => {
      socket.addEventListener('message', (event) => {
        const reply = JSON.parse(String(event.data)) as { id?: number; type: string; result?: T; error?: string; message?: string };
        if (reply.id !== 1) return;
        if (reply.type === 'success') resolve(reply.result as T);
        else reject(new Error(`${method}: ${reply.error}: ${reply.message}`));
      });
      socket.send(JSON.stringify({ id: 1, method, params }));
    });
  } finally {
    socket.close();
  }
}

async function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const routes = new Map<string, Route>();
  const shops = await startServer(routes, []);
  const proxy = await startProxy(shops);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const uuid = randomUUID();
  const profileDir = mkdtempSync(join(tmpdir(), 'needle-firefox-'));
  writeFileSync(
    join(profileDir, 'user.js'),
    userJs({
      'marionette.port': 0, // any free port, written to MarionetteActivePort in the profile
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    }),
  );
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profileDir, '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access'], {
    stdio: 'ignore',
  });
  let notStarted: Error | undefined;
  firefox.once('error', (error) => (notStarted = new Error(`${FIREFOX} did not start: ${error.message}`)));
  firefox.once('exit', (code) => (notStarted ??= new Error(`${FIREFOX} exited (${code}) before Marionette listened`)));
  const stopServers = () => {
    proxy.close();
    shops.close();
  };
  let marionette: Marionette | undefined;
  const close = async () => {
    await marionette?.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    marionette?.close();
    if (!(await exited(firefox, 10_000))) firefox.kill('SIGKILL');
    stopServers();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const portFile = join(profileDir, 'MarionetteActivePort');
    const port = await eventually(
      async () => notStarted ?? (existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) || undefined : undefined),
      'Marionette to listen',
      30_000,
    );
    if (port instanceof Error) throw port;
    marionette = await Marionette.connect(port);
    const session = await marionette.command<{ capabilities: { webSocketUrl: string } }>('WebDriver:NewSession', { acceptInsecureCerts: true, webSocketUrl: true });
    await marionette.command('WebDriver:SetTimeouts', { implicit: 10_000, script: 15_000 });
    await bidi(session.capabilities.webSocketUrl, 'webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
  } catch (error) {
    await close();
    throw error;
  }
  return harness(marionette, uuid, routes, close);
}

function harness(marionette: Marionette, uuid: string, routes: Map<string, Route>, close: () => Promise<void>): FirefoxHarness {
  const find = (selector: string) => marionette.value<Element>('WebDriver:FindElement', { using: 'css selector', value: selector });
  const url = () => marionette.value<string>('WebDriver:GetCurrentURL');
  return {
    marionette,
    extensionUrl: (path) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`,
    servePage(pageUrl, fixture) {
      const { host, pathname, search } = new URL(pageUrl);
      routes.set(`${host}${pathname}${search}`, { body: readFileSync(join(ROOT, 'tests/e2e/pages', fixture), 'utf8') });
    },
    async run(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn.toString()})(...Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error) }));`;
      const result = await marionette.value<{ value?: unknown; error?: string }>('WebDriver:ExecuteAsyncScript', { script, args });
      if (result.error !== undefined) throw new Error(result.error);
      return result.value as Awaited<ReturnType<typeof fn>>;
    },
    async openTab(tabUrl) {
      const { handle } = await marionette.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
      await marionette.command('WebDriver:SwitchToWindow', { handle });
      await marionette.command('WebDriver:Navigate', { url: tabUrl });
      return handle;
    },
    switchToTab: (prefix) =>
      eventually(async () => {
        for (const handle of await marionette.command<string[]>('WebDriver:GetWindowHandles')) {
          await marionette.command('WebDriver:SwitchToWindow', { handle });
          if ((await url()).startsWith(prefix)) return handle;
        }
        return undefined;
      }, `a tab at ${prefix}`),
    find,
    async click(selector) {
      await marionette.command('WebDriver:ElementClick', { id: elementId(await find(selector)) });
    },
    async text(selector) {
      return marionette.value<string>('WebDriver:GetElementText', { id: elementId(await find(selector)) });
    },
    async attribute(selector, name) {
      return marionette.value<string | null>('WebDriver:GetElementAttribute', { id: elementId(await find(selector)), name });
    },
    close,
  };
}
