import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../e2e/harness.ts';
import { launchFirefox, type FirefoxHarness } from './harness.ts';

// The main path in Firefox (firefox-esr, the Firefox MV3 build): first run → shop page → badge →
// popup → save → options timeline. Functions passed to `h.run` execute inside an extension page,
// where `browser` is Firefox's own (no polyfill).

const SHOP = 'https://www.lookfantastic.com';
const SERUM = `${SHOP}/p/night-renewal-retinol-serum/1001/`;
const CREAM = `${SHOP}/p/barrier-calm-cream/1002/`;

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
  h.servePage(SERUM, 'retinol-serum.html');
  h.servePage(CREAM, 'gentle-cream.html');
}, 90_000);
afterAll(() => h?.close());

/** A local date-time two days ago at 14:00, as a datetime-local input takes it. */
function twoDaysAgo(): string {
  const d = new Date(Date.now() - 2 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T14:00`;
}

/** Opens a shop page from an extension page (which learns the tab's id) and waits for its badge. */
async function shopTab(url: string): Promise<{ tabId: number; text: string; title: string }> {
  await h.openTab(h.extensionUrl('options.html'));
  const tabId = await h.run(async (u: string) => (await browser.tabs.create({ url: u, active: false })).id as number, url);
  return eventually(async () => {
    const badge = await h.run(
      async (id: number) => ({
        text: await browser.action.getBadgeText({ tabId: id }),
        title: await browser.action.getTitle({ tabId: id }),
      }),
      tabId,
    );
    return badge.text ? { tabId, ...badge } : undefined;
  }, 'the badge');
}

async function verdictIn(tabId: number, want: string): Promise<void> {
  await h.openTab(h.extensionUrl(`popup.html?tabId=${tabId}`));
  await expect.poll(() => h.attribute('[data-testid="verdict"]', 'data-verdict'), { timeout: 10_000 }).toBe(want);
}

describe('installed in Firefox', () => {
  it('opens the options page on first run, which keeps the treatment', async () => {
    await h.switchToTab(h.extensionUrl('options.html'));
    // The form shows the stored profile once it has loaded, which may replace what was typed
    // before: fill and save until the profile is stored.
    const profile = await eventually(async () => {
      // The field takes the date and time as typed ("2026-12-07T14:00" among other ways); set as a form would get it.
      await h.run((value: string) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="treatment-date"]');
        if (!input) throw new Error('no treatment date field');
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, twoDaysAgo());
      await h.click('[data-testid="treatment-kind"] option[value="pro"]');
      await h.click('[data-testid="save-profile"]');
      const stored = await h.run(async () => (await browser.storage.local.get('profile')).profile as { treatmentAt: string | null; onboarded: boolean } | undefined);
      return stored?.onboarded ? stored : undefined;
    }, 'the profile to be saved');
    expect(profile.treatmentAt).not.toBeNull();
  });

  it('has the supported shops granted at install, without a prompt', async () => {
    const origins = await h.run(async () => (await browser.permissions.getAll()).origins ?? []);
    expect(origins).toContain('*://*.lookfantastic.com/*');
    expect(origins).not.toContain('https://*/*'); // the optional "any site" stays optional
  });
});

describe('on a shop page in Firefox', () => {
  let serumTab: number;

  it('the badge warns until a date, naming the reasons', async () => {
    const badge = await shopTab(SERUM);
    serumTab = badge.tabId;
    expect(badge.text).toBe('NO');
    expect(badge.title).toMatch(/^Not yet\. OK from .+\. Because of retinol/);
  });

  it('the popup says from when, and saves the product', async () => {
    await verdictIn(serumTab, 'avoid');
    expect(await h.text('[data-testid="verdict-text"]')).toMatch(/OK from|Not yet/);
    expect(await h.text('[data-testid="coverage"]')).toMatch(/\d+ of \d+/);
    await h.click('[data-testid="save"]');
    await expect.poll(() => h.text('[data-testid="save"]')).toMatch(/Saved/);
  });

  it('a gentle product is suitable, on the badge and in the popup', async () => {
    const badge = await shopTab(CREAM);
    expect(badge.text).toBe('OK');
    await verdictIn(badge.tabId, 'suitable');
  });

  it('the options page shows the saved product on the recovery timeline', async () => {
    await h.openTab(h.extensionUrl('options.html'));
    await expect.poll(() => h.text('[data-testid="timeline"]')).toContain('Night Renewal Retinol Serum');
    // Retinol: paused from 14:00 five days before a professional treatment at 14:00, and 7 days after it, so
    // from 14:00 on day 7 (days −7 to 14).
    const usable = await h.run(() =>
      [...document.querySelectorAll('[data-testid="timeline-row"]')]
        .filter((row) => row.textContent?.includes('Night Renewal Retinol Serum'))
        .flatMap((row) => [...row.querySelectorAll('[data-testid="timeline-cell"]')].map((cell) => cell.getAttribute('data-usable'))),
    );
    expect(usable).toEqual(['true', 'true', 'until', ...Array<string>(11).fill('false'), 'from', ...Array<string>(7).fill('true')]);
  });
});
