import { describe, expect, it } from 'vitest';
import { SHOP_MATCHES } from '../../src/extract/sites/index.ts';
import { pollFor } from '../../src/ui/poll.ts';
import { otherSite } from '../../src/ui/site-check.ts';

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

describe('otherSite follows match-pattern semantics', () => {
  const page = 'https://a.example.com/shop/item?x=1';
  const offered = (patterns: string[], url = page) => otherSite(url, patterns) !== null;

  it('for the scheme: * is http and https, nothing else', () => {
    expect(offered(['<all_urls>'])).toBe(false);
    expect(offered(['*://*/*'])).toBe(false);
    expect(offered(['*://*/*'], 'http://a.example.com/')).toBe(false);
    expect(offered(['http://*/*'])).toBe(true);
    expect(offered(['https://*/*'], 'http://a.example.com/')).toBe(true);
  });

  it('for the host: exact, or *. for the domain and every sub-domain', () => {
    expect(offered(['https://a.example.com/*'])).toBe(false);
    expect(offered(['https://b.example.com/*'])).toBe(true);
    expect(offered(['*://*.example.com/*'], 'https://example.com/')).toBe(false);
    expect(offered(['*://*.example.com/*'], 'https://deep.a.example.com/')).toBe(false);
    expect(offered(['*://*.example.com/*'], 'https://badexample.com/')).toBe(true);
  });

  it('for the port: a pattern without one matches every port', () => {
    expect(offered(['*://*.example.com/*'], 'https://a.example.com:8443/shop/item')).toBe(false);
    expect(offered(['http://localhost/*'], 'http://localhost:8080/product.html')).toBe(false);
  });

  it('for the path', () => {
    expect(offered(['*://*.example.com/shop/*'])).toBe(false);
    expect(offered(['*://*.example.com/cart/*'])).toBe(true);
  });

  it('refuses a malformed pattern instead of matching everything', () => {
    expect(() => otherSite(page, ['example.com'])).toThrow(/Invalid match pattern/);
    expect(() => otherSite(page, ['https://a.example.com:443/*'])).toThrow(/port/);
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
      async () => {
        waits++;
      },
    );
    expect(value).toBeNull();
    expect(calls).toBe(4);
    expect(waits).toBe(3);
  });
});
