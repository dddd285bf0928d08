import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, redactText, redactValue } from './redaction.js';

describe('redaction', () => {
  it('redacts values under personal and secret keys, and everything inside person and address objects', () => {
    const out = redactValue({
      orderNo: 'GJ1',
      buyer: { idNumber: '330106199003071236', name: '张晓明', telephone: '13812345678' },
      shipping_address: { name: 'Steve', city: 'Hangzhou', province_code: 'ZJ' },
      payer: { name: '李四' },
      lines: [{ itemName: '奶粉', qty: '2' }],
      apiKey: 'k-123456',
      sign: 'ABCDEF',
      paid: true,
    });
    expect(out).toEqual({
      orderNo: 'GJ1',
      buyer: { idNumber: REDACTED, name: REDACTED, telephone: REDACTED },
      shipping_address: { name: REDACTED, city: REDACTED, province_code: REDACTED },
      payer: { name: REDACTED },
      lines: [{ itemName: '奶粉', qty: '2' }],
      apiKey: REDACTED,
      sign: REDACTED,
      paid: true,
    });
  });

  it('finds ID numbers, mobile numbers and e-mails in free text, but not order or transaction ids', () => {
    const text = 'buyer 330106199003071236 (11010519491231002x) phone +86 13812345678, mail a.b@example.com; order 820982911946154508 tx 4200001234202503010958120001';
    const out = redactText(text);
    expect(out).not.toMatch(/330106199003071236|11010519491231002x|13812345678|a\.b@example\.com/);
    expect(out).toContain('820982911946154508');
    expect(out).toContain('4200001234202503010958120001');
  });

  it('redacts personal XML elements, CDATA included, in CEB and institution XML', () => {
    const xml = '<xml><cert_id><![CDATA[330106199003071236]]></cert_id><name><![CDATA[张晓明]]></name><customs>HANGZHOU_ZS</customs></xml>';
    expect(redactText(xml)).toBe(`<xml><cert_id>${REDACTED}</cert_id><name>${REDACTED}</name><customs>HANGZHOU_ZS</customs></xml>`);
    expect(redactText('<ceb:buyerName>张三</ceb:buyerName>')).toBe(`<ceb:buyerName>${REDACTED}</ceb:buyerName>`);
  });

  it('redacts JSON text by key', () => {
    expect(JSON.parse(redactText('{"payer":{"name":"张晓明"},"amount":"1.00"}'))).toEqual({ payer: { name: REDACTED }, amount: '1.00' });
  });

  it("hides the connector's secret values wherever they appear, and credential headers", () => {
    const r = createRedactor(['s3cr3t-value-xyz', undefined, 'ab']);
    expect(r.text('url?x=s3cr3t-value-xyz&y=ab')).toBe('url?x=[secret]&y=ab');
    expect(r.headers({ Authorization: 'Bearer s3cr3t-value-xyz', 'X-Shopify-Hmac-Sha256': 'abc=', Accept: 'application/json' })).toEqual({
      Authorization: REDACTED,
      'X-Shopify-Hmac-Sha256': REDACTED,
      Accept: 'application/json',
    });
  });
});
