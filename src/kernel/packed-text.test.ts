import { describe, expect, it } from 'vitest';
import { packText, unpackText } from './packed-text.js';

describe('packed text', () => {
  it.each([
    ['empty', ''],
    ['ASCII XML', `<a>${'<b x="1">value</b>'.repeat(200)}</a>`],
    ['Chinese, emoji and a BOM', '\uFEFF<品名>婴儿奶粉 🍼 900g</品名>'],
    ['line ends kept as they are', 'a\r\nb\rc\n'],
  ])('gives back exactly what was packed: %s', (_, text) => {
    expect(unpackText(packText(text))).toBe(text);
  });

  it('shrinks repetitive XML', () => {
    const xml = `<ceb:Order>${'<ceb:OrderList><ceb:gnum>1</ceb:gnum><ceb:itemName>奶粉</ceb:itemName></ceb:OrderList>'.repeat(30)}</ceb:Order>`;
    expect(packText(xml).length).toBeLessThan(Buffer.byteLength(xml) / 5);
  });

  it('refuses bytes that are not raw DEFLATE', () => {
    expect(() => unpackText(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toThrow();
  });
});
