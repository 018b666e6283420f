// Whether the popup offers to read a page the content script does not run on by itself: an http(s)
// page outside the supported shops' match patterns (manifest content_scripts). Pure, so it is tested
// without a browser; the popup passes the manifest's patterns in.

/** A page the person may let Needle Safe read: its origin and the host pattern to ask permission for. */
export interface OtherSite {
  origin: string;
  /** The host name the permission covers (every port of it). */
  host: string;
  /**
   * `<scheme>://<host>/*` without the port: Firefox rejects ports in match patterns and Chrome treats
   * a missing port as any port, so one pattern works in both.
   */
  pattern: string;
}

/** The site of `tabUrl` when it is an http(s) page no supported-shop pattern matches, else null. */
export function otherSite(tabUrl: string | undefined, shopMatches: readonly string[]): OtherSite | null {
  if (tabUrl === undefined || !URL.canParse(tabUrl)) return null;
  const url = new URL(tabUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (shopMatches.some((pattern) => matchesPattern(url, pattern))) return null;
  return { origin: url.origin, host: url.hostname, pattern: `${url.protocol}//${url.hostname}/*` };
}

/** Match-pattern semantics (`<all_urls>`, `*` scheme = http|https, `*.host` = host and subdomains, `*` in paths). */
export function matchesPattern(url: URL, pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme = '', host = '', path = ''] = parts;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (!hostMatches(url.hostname, host)) return false;
  return globToRegExp(path).test(url.pathname + url.search);
}

function hostMatches(hostname: string, host: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}
