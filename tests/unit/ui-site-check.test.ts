import { describe, expect, it } from 'vitest';
import { SHOP_MATCHES } from '../../src/extract/sites/index.ts';
import { pollFor } from '../../src/ui/poll.ts';
import { matchesPattern, otherSite } from '../../src/ui/site-check.ts';

const shops = ['*://*.douglas.de/*', '*://*.notino.de/*'];

describe('otherSite', () => {
  it('offers an http(s) page outside the shops, with a port-free pattern for the permission', () => {
    expect(otherSite('https://www.example-shop.com/p/serum?id=3', shops)).toEqual({
      origin: 'https://www.example-shop.com',
      host: 'www.example-shop.com',
      pattern: 'https://www.example-shop.com/*',
    });
    expect(otherSite('http://localhost:8080/product.html', shops)).toEqual({
      origin: 'http://localhost:8080',
      host: 'localhost',
      pattern: 'http://localhost/*',
    });
  });

  it('offers nothing on a supported shop, bare domain or sub-domain', () => {
    expect(otherSite('https://www.douglas.de/de/p/123', shops)).toBeNull();
    expect(otherSite('https://douglas.de/', shops)).toBeNull();
  });

  it('offers nothing on pages that are not http(s) or have no URL', () => {
    expect(otherSite('chrome://extensions/', shops)).toBeNull();
    expect(otherSite('file:///home/me/list.html', shops)).toBeNull();
    expect(otherSite('about:blank', shops)).toBeNull();
    expect(otherSite(undefined, shops)).toBeNull();
    expect(otherSite('not a url', shops)).toBeNull();
  });

  it('does not take a look-alike host for a shop', () => {
    expect(otherSite('https://notdouglas.de/p/1', shops)?.host).toBe('notdouglas.de');
    expect(otherSite('https://douglas.de.example.com/p/1', shops)?.host).toBe('douglas.de.example.com');
  });

  it('agrees with the real shop patterns of the content script', () => {
    expect(SHOP_MATCHES.length).toBeGreaterThan(0);
    expect(otherSite('https://www.douglas.de/de/p/5010', SHOP_MATCHES)).toBeNull();
    expect(otherSite('https://www.amazon.co.uk/dp/B0TEST', SHOP_MATCHES)).toBeNull();
    expect(otherSite('https://shop.example.org/serum', SHOP_MATCHES)).not.toBeNull();
  });
});

describe('matchesPattern', () => {
  const url = new URL('https://a.example.com/shop/item?x=1');

  it('follows match-pattern semantics for scheme, host and path', () => {
    expect(matchesPattern(url, '<all_urls>')).toBe(true);
    expect(matchesPattern(url, '*://*/*')).toBe(true);
    expect(matchesPattern(url, 'http://*/*')).toBe(false);
    expect(matchesPattern(url, 'https://a.example.com/*')).toBe(true);
    expect(matchesPattern(url, 'https://b.example.com/*')).toBe(false);
    expect(matchesPattern(url, '*://*.example.com/shop/*')).toBe(true);
    expect(matchesPattern(url, '*://*.example.com/cart/*')).toBe(false);
    expect(matchesPattern(new URL('ftp://a.example.com/'), '*://*/*')).toBe(false);
  });

  it('rejects a malformed pattern instead of matching everything', () => {
    expect(matchesPattern(url, 'example.com')).toBe(false);
  });
});

describe('pollFor', () => {
  const noWait = () => Promise.resolve();

  it('returns the first value and stops asking', async () => {
    const answers = [null, null, 'read'];
    let calls = 0;
    const value = await pollFor(async () => answers[calls++] ?? null, 12, noWait);
    expect(value).toBe('read');
    expect(calls).toBe(3);
  });

  it('gives up with null after the given attempts, waiting only between them', async () => {
    let calls = 0;
    let waits = 0;
    const value = await pollFor(
      async () => (calls++, null),
      4,
      async () => void waits++,
    );
    expect(value).toBeNull();
    expect(calls).toBe(4);
    expect(waits).toBe(3);
  });
});
