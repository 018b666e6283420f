import { browser } from 'wxt/browser';

// Sites the person allowed from the popup ("Always check on this site") get the same content
// script as the supported shops, registered at run time for exactly the granted origins.

const PREFIX = 'site:';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** Registers the content script for every granted optional origin and drops the revoked ones. */
export async function syncSiteScripts(): Promise<void> {
  const shops = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter((origin) => !shops.includes(origin));
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith(PREFIX) && !granted.includes(s.id.slice(PREFIX.length)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const missing = granted.filter((origin) => !registered.some((s) => s.id === PREFIX + origin));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({ id: PREFIX + origin, matches: [origin], js: [CONTENT_SCRIPT], runAt: 'document_idle' as const })),
    );
  }
}
