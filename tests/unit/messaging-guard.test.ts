import { describe, expect, it } from 'vitest';
import { RefusedMessage, senderKind, validated } from '../../src/messaging/guard.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

const reading = {
  url: 'https://www.sephora.com/product/x',
  isProduct: true,
  title: 'Serum',
  brand: null,
  gtin: null,
  sku: null,
  variant: null,
  components: [{ name: null, text: 'Aqua, Retinol' }],
  source: 'site:sephora',
  confidence: 0.9,
  doubts: ['partial'],
};

describe('senderKind', () => {
  it('accepts the extension pages as "ui"', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html?tabId=3` }, ID, ORIGIN)).toBe('ui');
  });

  it('accepts its content script in a web page tab as "content"', () => {
    expect(senderKind({ id: ID, url: 'https://www.ulta.com/p/x', tab: { id: 7 } }, ID, ORIGIN)).toBe('content');
  });

  it.each([
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzz/popup.html' }],
    ['a sender without an id', { url: 'https://evil.example/' }],
    ['a page without a tab', { id: ID, url: 'https://www.ulta.com/p/x' }],
    ['a tab on a non-web scheme', { id: ID, url: 'file:///etc/passwd', tab: { id: 1 } }],
  ])('refuses %s', (_, sender) => {
    expect(() => senderKind(sender, ID, ORIGIN)).toThrow(RefusedMessage);
  });
});

describe('validated', () => {
  it('passes a well-formed reading through', () => {
    expect(validated('pageRead', reading)).toEqual(reading);
  });

  it.each([
    ['a missing field', { ...reading, url: undefined }],
    ['an unknown field', { ...reading, script: 'alert(1)' }],
    ['a confidence out of range', { ...reading, confidence: 7 }],
    ['a doubt the reader does not report', { ...reading, doubts: ['unsure'] }],
    ['too many components', { ...reading, components: Array.from({ length: 21 }, () => ({ name: null, text: 'Aqua' })) }],
    ['an oversized text', { ...reading, components: [{ name: null, text: 'a'.repeat(200_001) }] }],
    ['a string instead of an object', 'pageRead'],
  ])('refuses %s with a clear message', (_, data) => {
    expect(() => validated('pageRead', data)).toThrow(/invalid pageRead message/);
  });

  it('names the path of the bad field', () => {
    expect(() => validated('getTab', { tabId: -1 })).toThrow(/at tabId/);
  });
});
