import { MatchPattern } from '@webext-core/match-patterns';

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

/**
 * The site of `tabUrl` when it is an http(s) page no supported-shop pattern matches, else null.
 * A malformed pattern throws (InvalidMatchPattern) rather than matching anything.
 */
export function otherSite(tabUrl: string | undefined, shopMatches: readonly string[]): OtherSite | null {
  if (tabUrl === undefined || !URL.canParse(tabUrl)) return null;
  const url = new URL(tabUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (isSupportedShop(url.href, shopMatches)) return null;
  return { origin: url.origin, host: url.hostname, pattern: `${url.protocol}//${url.hostname}/*` };
}

/** Whether the content script runs on `tabUrl` by itself: a supported shop's page. */
export function isSupportedShop(tabUrl: string | undefined, shopMatches: readonly string[]): boolean {
  if (tabUrl === undefined || !URL.canParse(tabUrl)) return false;
  return shopMatches.some((pattern) => new MatchPattern(pattern).includes(tabUrl));
}
