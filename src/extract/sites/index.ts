import type { SiteAdapter } from '../types.ts';
import { amazon } from './amazon.ts';
import { boots } from './boots.ts';
import { cultbeauty } from './cultbeauty.ts';
import { dermstore } from './dermstore.ts';
import { douglas } from './douglas.ts';
import { iherb } from './iherb.ts';
import { lookfantastic } from './lookfantastic.ts';
import { notino } from './notino.ts';
import { oliveyoung } from './oliveyoung.ts';
import { sephora } from './sephora.ts';
import { target } from './target.ts';
import { ulta } from './ulta.ts';
import { yesstyle } from './yesstyle.ts';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  sephora,
  ulta,
  amazon,
  boots,
  lookfantastic,
  cultbeauty,
  yesstyle,
  notino,
  douglas,
  dermstore,
  iherb,
  target,
  oliveyoung,
];

/**
 * Every supported shop's host with its adapter: the one list the content script's match patterns and
 * adapterFor both read. A shop's pages are on the host and its subdomains (www., m.), over http(s).
 */
const SHOP_HOSTS: readonly (readonly [host: string, adapter: SiteAdapter])[] = SITE_ADAPTERS.flatMap((adapter) => adapter.hosts.map((host) => [host, adapter] as const));

/** Manifest match patterns of every supported shop (`*://*.sephora.com/*`), for the content script. */
export const SHOP_MATCHES: string[] = SHOP_HOSTS.map(([host]) => `*://*.${host}/*`);

/**
 * The adapter of the shop whose pattern the URL's host matches: the host itself or a subdomain, as
 * `*.` means in a match pattern (the content script carries no match-pattern library; a test checks
 * both agree).
 */
export function adapterFor(url: URL): SiteAdapter | null {
  const host = url.hostname.toLowerCase();
  return SHOP_HOSTS.find(([shopHost]) => host === shopHost || host.endsWith(`.${shopHost}`))?.[1] ?? null;
}
