// @vitest-environment jsdom
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbSources } from '../../scripts/kb-sources.ts';
import { compileKnowledgeBase } from '../../src/knowledge/compile.ts';
import { createMatcher } from '../../src/knowledge/matcher.ts';
import { describeImage } from '../../src/background/image-menu.ts';
import { fullSize, picturesToTry, srcsetCandidates, type ImageOffer } from '../../src/ocr/largest.ts';
import { reviewNames } from '../../src/ocr/review.ts';
import { requestFromSearch } from '../../entrypoints/ocr/source.ts';

// Which picture the OCR page loads, what it shows the person to check, and the address the image
// menu hands it.

const offer = (o: Partial<ImageOffer>): ImageOffer => ({ src: 'https://shop.example/a.jpg', srcsets: [], zoom: [], dynamic: null, ...o });

describe('the largest version of a shop picture', () => {
  it('reads srcset widths and densities', () => {
    expect(srcsetCandidates('/s.jpg 400w, /m.jpg 800w', 'https://shop.example/p/1')).toEqual([
      { url: 'https://shop.example/s.jpg', width: 400 },
      { url: 'https://shop.example/m.jpg', width: 800 },
    ]);
    expect(srcsetCandidates('a.jpg, b.jpg 2x', 'https://shop.example/')).toEqual([
      { url: 'https://shop.example/a.jpg', width: 100 },
      { url: 'https://shop.example/b.jpg', width: 200 },
    ]);
    // Commas inside a URL (image servers' parameters) do not split it.
    expect(srcsetCandidates('https://img.example/w_300,h_300/a.jpg 300w', 'https://shop.example/')).toHaveLength(1);
  });

  it('undoes the resize syntax of shops whose image servers are plain about it', () => {
    expect(fullSize('https://m.media-amazon.com/images/I/71xYz12AbcL._AC_SX300_SY300_QL70_.jpg')).toBe('https://m.media-amazon.com/images/I/71xYz12AbcL.jpg');
    expect(fullSize('https://cdn.shopify.com/s/files/1/0001/files/label_480x480.png?v=3')).toBe('https://cdn.shopify.com/s/files/1/0001/files/label.png?v=3');
    expect(fullSize('https://glow.example/cdn/shop/files/label_480x.png?v=3&width=480')).toBe('https://glow.example/cdn/shop/files/label.png?v=3');
    expect(fullSize('https://www.sephora.com/productimages/sku/s2518959-av-02-zoom.jpg?imwidth=465')).toBe(
      'https://www.sephora.com/productimages/sku/s2518959-av-02-zoom.jpg',
    );
    expect(fullSize('https://media.ulta.com/i/ulta/2583561?w=400&h=400&fmt=auto')).toBe('https://media.ulta.com/i/ulta/2583561?fmt=auto');
    // Anywhere else the address is left as it is.
    expect(fullSize('https://img.example/label_480x480.png?width=480')).toBe('https://img.example/label_480x480.png?width=480');
  });

  it("tries the page's zoom picture, then the widest candidate, then the clicked one", () => {
    const urls = picturesToTry(
      offer({
        src: 'https://shop.example/a-400.jpg',
        srcsets: ['https://shop.example/a-400.jpg 400w, https://shop.example/a-1600.jpg 1600w'],
        zoom: ['//shop.example/a-zoom.jpg'],
        dynamic: '{"https://shop.example/a-2000.jpg":[2000,2000],"https://shop.example/a-100.jpg":[100,100]}',
      }),
    );
    expect(urls).toEqual(['https://shop.example/a-zoom.jpg', 'https://shop.example/a-2000.jpg', 'https://shop.example/a-400.jpg']);
    expect(picturesToTry(offer({ src: 'blob:https://shop.example/1' }))).toEqual([]);
    expect(picturesToTry(offer({ dynamic: 'not json' }))).toEqual(['https://shop.example/a.jpg']);
  });

  it("finds the clicked image element's srcset, picture sources, zoom attributes and link in the page", () => {
    document.body.innerHTML = `
      <a href="https://shop.example/full/label.jpg"><picture>
        <source srcset="https://shop.example/label-1200.webp 1200w" type="image/webp">
        <img src="https://shop.example/label-300.jpg" srcset="https://shop.example/label-300.jpg 300w" data-zoom-image="https://shop.example/zoom/label.jpg" data-src="x">
      </picture></a>`;
    expect(describeImage('https://shop.example/label-300.jpg')).toEqual({
      src: 'https://shop.example/label-300.jpg',
      srcsets: ['https://shop.example/label-300.jpg 300w', 'https://shop.example/label-1200.webp 1200w'],
      zoom: ['https://shop.example/zoom/label.jpg', 'https://shop.example/full/label.jpg'],
      dynamic: null,
    });
    expect(describeImage('https://shop.example/other.jpg')).toBeNull();
  });
});

describe("the OCR page's address", () => {
  it('carries the offer, the page and its title, and refuses anything malformed', () => {
    const search = `?${new URLSearchParams({ offer: JSON.stringify(offer({})), page: 'https://shop.example/p/1', title: 'Serum' })}`;
    expect(requestFromSearch(search)).toEqual({ offer: offer({}), page: 'https://shop.example/p/1', title: 'Serum' });
    expect(requestFromSearch('')).toBeNull();
    expect(requestFromSearch('?offer=%7Bnot-json')).toBeNull();
    expect(requestFromSearch(`?offer=${encodeURIComponent(JSON.stringify({ src: 1 }))}`)).toBeNull();
  });
});

describe('the list as read, for the person to check', () => {
  const matcher = createMatcher(compileKnowledgeBase(readKbSources(resolve(import.meta.dirname, '../../data'))));

  it('marks names the knowledge base knows, knows only as a near spelling, or does not know', () => {
    expect(reviewNames('Ingredients: Aqua, Glycerin, Phenoxyethanoi, Xqzt Blorb', matcher)).toEqual([
      { text: 'Aqua', status: 'known', near: null },
      { text: 'Glycerin', status: 'known', near: null },
      { text: 'Phenoxyethanoi', status: 'near', near: 'Phenoxyethanol' },
      { text: 'Xqzt Blorb', status: 'unknown', near: null },
    ]);
    expect(reviewNames('', matcher)).toEqual([]);
  });
});
