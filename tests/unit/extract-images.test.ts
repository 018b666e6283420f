// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PRODUCT_IMAGES, productImages } from '../../src/extract/images.ts';

// The product's pictures on a page without a text list, for the popup to offer (the list may be
// printed on the pack). Expected values are what each page states.

const URL = 'https://shop.example/products/night-cream';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('product pictures', () => {
  it("lists the page's own statements, then its gallery, the pack's back first", () => {
    const doc = parse(readFileSync(resolve(import.meta.dirname, '../e2e/pages/pictures-only.html'), 'utf8'));
    const images = productImages(doc, URL);
    expect(images.map((i) => [i.src, i.label, i.likelyList])).toEqual([
      ['https://images.example-beauty.test/cream/back-400.png', 'Back of pack with ingredients', true],
      ['https://images.example-beauty.test/cream/front.jpg', 'Night Renewal Cream, front', false],
      ['https://images.example-beauty.test/cream/texture.jpg', 'texture', false],
    ]);
    expect(images[0]?.srcsets).toEqual(['https://images.example-beauty.test/cream/back-400.png 400w, https://images.example-beauty.test/cream/back-1200.png 1200w']);
  });

  it('reads JSON-LD images as strings, lists and ImageObjects, relative addresses included', () => {
    const doc = parse(
      `<script type="application/ld+json">{"@type":"Product","name":"Cream","image":[{"@type":"ImageObject","contentUrl":"/img/a.jpg"},{"url":"https://cdn.example/b.jpg"}]}</script>`,
    );
    expect(productImages(doc, URL).map((i) => i.src)).toEqual(['https://shop.example/img/a.jpg', 'https://cdn.example/b.jpg']);
  });

  it('takes lazy and zoom sources of gallery images, and skips logos, icons and non-web addresses', () => {
    const doc = parse(`
      <div class="ProductGallery">
        <img src="/spinner.gif" data-src="/img/inci-label.jpg" data-zoom-image="https://shop.example/img/inci-label-2000.jpg" alt="">
        <img src="/img/brand-logo.png" alt="Logo">
        <img src="/img/star.svg" alt="Rating">
        <img src="data:image/png;base64,AAAA" alt="inline">
      </div>
      <img src="/img/unrelated-banner.jpg" alt="Banner outside the gallery">`);
    expect(productImages(doc, URL)).toEqual([
      {
        src: 'https://shop.example/img/inci-label.jpg',
        srcsets: [],
        zoom: ['https://shop.example/img/inci-label-2000.jpg'],
        dynamic: null,
        label: 'inci-label',
        likelyList: true,
      },
    ]);
  });

  it('is bounded, and survives a page whose data is broken', () => {
    const many = Array.from({ length: 60 }, (_, i) => `<img src="/img/p${i}.jpg" alt="Picture ${i}">`).join('');
    expect(productImages(parse(`<div class="gallery">${many}</div>`), URL)).toHaveLength(MAX_PRODUCT_IMAGES);
    const broken = parse(
      `<script type="application/ld+json">{"@type":"Product","url":"http://[::1","image":"/a.jpg"}</script><script type="application/ld+json">{oops</script>`,
    );
    expect(() => productImages(broken, URL)).not.toThrow();
    expect(productImages(parse('<p>No pictures</p>'), URL)).toEqual([]);
  });
});
