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
  sephora, ulta, amazon, boots, lookfantastic, cultbeauty, yesstyle, notino, douglas, dermstore, iherb, target, oliveyoung,
];

/** Manifest match patterns of every supported shop (`*://*.sephora.com/*`), for the content script. */
export const SHOP_MATCHES: string[] = SITE_ADAPTERS.flatMap((adapter) => adapter.hosts.map((host) => `*://*.${host}/*`));

export function adapterFor(url: URL): SiteAdapter | null {
  const host = url.hostname.toLowerCase();
  return SITE_ADAPTERS.find((adapter) => adapter.hosts.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) ?? null;
}
