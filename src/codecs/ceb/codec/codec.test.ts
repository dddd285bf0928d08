import { describe, expect, it } from 'vitest';
import { type AppError, isAppError } from '../../../kernel/errors/index.js';
import type { CEB311Message } from '../generated/202205/import.types.js';
import { codecFor, detectMessage, editionFromVersion, messageTypes } from '../registry.js';
import { sampleMessage } from '../sample/sample.js';
import { readSample } from '../testing/samples.js';
import { validateCeb } from '../validate.js';
import { PLACEHOLDER_SIGNATURE } from './placeholder-signature.js';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** The same object with its keys in reverse order, recursively. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('encode', () => {
  const codec = codecFor('CEB311');
  const order = sampleMessage('CEB311');

  it('writes elements in XSD order with the ceb: prefix and the root attributes, whatever the key order', () => {
    const xml = codec.encode(reversedKeys(order) as CEB311Message);
    expect(xml).toBe(codec.encode(order));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<ceb:CEB311Message guid="[0-9A-F-]{36}" version="1.0" xmlns:ceb="http:\/\/www.chinaport.gov.cn\/ceb">/);
    const names = [...xml.matchAll(/<ceb:(\w+)>/g)].map((m) => m[1]);
    expect(names.slice(0, 6)).toEqual(['Order', 'OrderHead', 'guid', 'appType', 'appTime', 'appStatus']);
    expect(names.indexOf('acturalPaid')).toBeGreaterThan(names.indexOf('taxTotal'));
    expect(names.indexOf('BaseTransfer')).toBeGreaterThan(names.lastIndexOf('OrderList'));
  });

  it('keeps codes and decimals exactly as strings', () => {
    const xml = codec.encode(order);
    expect(xml).toContain('<ceb:currency>142</ceb:currency>');
    expect(xml).toContain('<ceb:price>59.90</ceb:price>');
    expect(codec.decode(xml).Order[0]?.OrderHead.acturalPaid).toBe(order.Order[0]?.OrderHead.acturalPaid);
  });

  it('escapes text and round-trips markup-like characters', () => {
    const head = order.Order[0]?.OrderHead;
    if (!head) throw new Error('no head');
    const tricky = { ...order, Order: [{ ...order.Order[0], OrderHead: { ...head, note: 'a < b && c > d "q" \'s\' ]]>' } }] } as CEB311Message;
    const xml = codec.encode(tricky);
    expect(xml).toContain('a &lt; b &amp;&amp; c &gt; d "q"');
    expect(codec.decode(xml).Order[0]?.OrderHead.note).toBe('a < b && c > d "q" \'s\' ]]>');
  });

  it('refuses output that would fail the XSD (ceb.encode_invalid, with the path)', () => {
    const head = order.Order[0]?.OrderHead;
    if (!head) throw new Error('no head');
    const bad = { ...order, Order: [{ ...order.Order[0], OrderHead: { ...head, orderNo: 'X'.repeat(61) } }] } as CEB311Message;
    const error = thrown(() => codec.encode(bad));
    expect(error.code).toBe('ceb.encode_invalid');
    expect(error.details['path']).toBe('/ceb:CEB311Message/ceb:Order/ceb:OrderHead/ceb:orderNo');
    const missing = { ...order, BaseTransfer: undefined } as unknown as CEB311Message;
    expect(thrown(() => codec.encode(missing)).code).toBe('ceb.encode_invalid');
  });

  it('refuses values of the wrong shape (ceb.encode_shape)', () => {
    const head = order.Order[0]?.OrderHead;
    if (!head) throw new Error('no head');
    const float = { ...order, Order: [{ ...order.Order[0], OrderHead: { ...head, acturalPaid: 217.98 } }] } as unknown as CEB311Message;
    expect(thrown(() => codec.encode(float))).toMatchObject({ code: 'ceb.encode_shape' });
    expect(thrown(() => codec.encode({ ...order, Bogus: 'x' } as CEB311Message)).details['reason']).toBe('unknown property Bogus');
    expect(thrown(() => codec.encode({ ...order, Order: order.Order[0] } as unknown as CEB311Message)).code).toBe('ceb.encode_shape');
  });
});

describe('signature handling', () => {
  const codec = codecFor('CEB621');
  const signed = codec.decode(readSample('202205', 'import', 'CEB621Message.xml'));

  it('preserves ds:Signature as an opaque block, last child for import messages', () => {
    expect(signed.Signature).toMatch(/^<ds:Signature xmlns:ds="http:\/\/www.w3.org\/2000\/09\/xmldsig#">[\s\S]*<\/ds:Signature>$/);
    const xml = codec.encode(signed);
    expect(xml).toContain(`</ceb:BaseTransfer>${signed.Signature}\n</ceb:CEB621Message>`);
  });

  it('removing the signature leaves exactly the unsigned document (what the digest covers)', () => {
    const { Signature, ...unsignedMessage } = signed;
    const unsigned = codec.encode(unsignedMessage, { unsigned: true });
    expect(codec.encode(signed).replace(Signature ?? '', '')).toBe(unsigned);
    expect(validateCeb(unsigned).valid).toBe(false);
    expect(thrown(() => codec.encode(unsignedMessage)).code).toBe('ceb.encode_invalid');
  });

  it('calls a signing hook with the unsigned bytes and inserts its result', () => {
    const { Signature: _old, ...unsignedMessage } = signed;
    let seen = '';
    const xml = codec.encode(unsignedMessage, {
      sign: (unsignedXml) => {
        seen = unsignedXml;
        return PLACEHOLDER_SIGNATURE;
      },
    });
    expect(seen).not.toContain('ds:Signature');
    expect(xml.replace(PLACEHOLDER_SIGNATURE, '')).toBe(seen);
    expect(validateCeb(xml).valid).toBe(true);
  });

  it('places the signature before ExtendMessage in export messages', () => {
    const export303 = codecFor('CEB303');
    const message = {
      ...sampleMessage('CEB303'),
      Signature: PLACEHOLDER_SIGNATURE,
      ExtendMessage: { name: 'ext', version: '1', Message: '<x:a xmlns:x="urn:x">1</x:a>' },
    };
    const xml = export303.encode(message);
    expect(xml).toMatch(/<\/ceb:BaseTransfer><ds:Signature[\s\S]*<\/ds:Signature>\n {2}<ceb:ExtendMessage>/);
    expect(export303.decode(xml)).toEqual(message);
  });
});

describe('decode', () => {
  it('is namespace-aware: default-namespace receipts and prefixed ones decode alike', () => {
    const receipt = readSample('202205', 'import', 'CEB312Message.xml').toString('utf8');
    expect(receipt).toContain('<CEB312Message xmlns="http://www.chinaport.gov.cn/ceb"');
    const a = codecFor('CEB312').decode(receipt);
    const prefixed = codecFor('CEB312').encode(a);
    expect(prefixed).toContain('<ceb:OrderReturn>');
    expect(codecFor('CEB312').decode(prefixed)).toEqual(a);
    const otherPrefix = prefixed.replace(/ceb:/g, 'x:').replace('xmlns:ceb=', 'xmlns:x=');
    expect(codecFor('CEB312').decode(otherPrefix)).toEqual(a);
  });

  it('rejects a message of another type or namespace (ceb.message_mismatch)', () => {
    const xml = readSample('202205', 'import', 'CEB411Message.xml');
    expect(thrown(() => codecFor('CEB311').decode(xml)).code).toBe('ceb.message_mismatch');
    expect(thrown(() => codecFor('CEB311').decode('<CEB311Message guid="x" version="1.0"/>')).code).toBe('ceb.message_mismatch');
  });

  it('with validate:false still refuses structure it does not know', () => {
    const xml = readSample('202205', 'export', 'CEB303Message.xml');
    const error = thrown(() => codecFor('CEB303').decode(xml, { validate: false }));
    expect(error).toMatchObject({ code: 'ceb.schema_invalid', details: { path: '/ceb:CEB303Message/ceb:BaseTransfer[2]' } });
  });
});

describe('registry', () => {
  it('knows every message of both editions plus the DXP envelopes', () => {
    const imports = ['311', '312', '411', '412', '511', '512', '513', '514', '621', '622', '623', '624', '625', '626', '711', '712', '816', '818', '900'];
    const exports2018 = ['303', '304', '403', '404', '505', '506', '507', '508', '509', '510', '603', '604', '605', '606', '607', '608', '701', '702', '792'];
    const dxp = ['DxpMsg', 'DxpRep', 'DxpMsgSv'];
    expect(new Set(messageTypes('2018'))).toEqual(new Set([...imports, ...exports2018].map((n) => `CEB${n}`).concat(dxp)));
    expect(new Set(messageTypes('202205'))).toEqual(new Set([...imports, ...exports2018, '213', '214', '215', '216'].map((n) => `CEB${n}`).concat(dxp)));
  });

  it('detects type, edition and direction', () => {
    expect(detectMessage(readSample('202205', 'import', 'CEB621Message.xml'))).toEqual({
      type: 'CEB621',
      edition: '202205',
      direction: 'import',
      root: 'ceb:CEB621Message',
    });
    expect(detectMessage(readSample('202205', 'export', 'CEB216Message.xml'))).toMatchObject({ type: 'CEB216', direction: 'export' });
    expect(detectMessage(readSample('2018', 'export', 'CEB792Message.xml'), { edition: '2018' })).toMatchObject({ edition: '2018' });
    expect(detectMessage('<dxp:DxpMsg ver="1.0" xmlns:dxp="http://www.chinaport.gov.cn/dxp"/>')).toMatchObject({ type: 'DxpMsg', direction: 'transport' });
  });

  it('honours an edition named by the version attribute, defaulting to 202205', () => {
    expect(editionFromVersion('1.0')).toBeUndefined();
    expect(editionFromVersion('2018')).toBe('2018');
    expect(editionFromVersion('202205')).toBe('202205');
    const xml = readSample('2018', 'export', 'CEB792Message.xml').toString('utf8').replace(/(<ceb:CEB792Message[^>]*?)version="1.0"/, '$1version="2018"');
    expect(detectMessage(xml).edition).toBe('2018');
    expect(validateCeb(xml)).toMatchObject({ valid: true, edition: '2018' });
  });

  it('refuses messages an edition does not have', () => {
    expect(thrown(() => codecFor('CEB213', '2018' as '202205')).code).toBe('ceb.edition_mismatch');
    expect(validateCeb(readSample('202205', 'export', 'CEB213Message.xml'), { edition: '2018' }).errors[0]?.code).toBe('ceb.edition_mismatch');
  });
});
