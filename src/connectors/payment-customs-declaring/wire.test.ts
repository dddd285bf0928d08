import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromXml, sign, signatureValid, toXml } from './wire.js';

const KEY = 'cgtest0123456789abcdef0123456789';
const sample = (name: string) => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');

describe('the exchange wire (WeChat Pay v2 style)', () => {
  const vector = { appid: 'wxd930ea5d5a258f4f', mch_id: '10000100', device_info: '1000', body: 'test', nonce_str: 'ibuaiVcKdpRxkhJA' };
  const vectorKey = '192006250b4c09247ec02edce69f6a2d';

  it("signs as WeChat Pay's documented example (MD5 and HMAC-SHA256)", () => {
    expect(sign(vector, vectorKey)).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
    expect(sign(vector, vectorKey, 'HMAC-SHA256')).toBe('6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6');
  });

  it('leaves empty fields and sign itself out of the signature', () => {
    expect(sign({ ...vector, attach: '', sign: 'X' }, vectorKey)).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
  });

  it('writes and reads the flat XML, CDATA included', () => {
    const fields = { a: 'x]]>y', b: '<&>', c: '张晓明' };
    expect(fromXml(toXml(fields))).toEqual(fields);
  });

  it('refuses documents with a DTD (no entity expansion) and non-documents', () => {
    expect(fromXml('<!DOCTYPE x [<!ENTITY e "boom">]><xml><a>&e;</a></xml>')).toBeUndefined();
    expect(fromXml('not xml')).toBeUndefined();
    expect(fromXml('<other><a>1</a></other>')).toBeUndefined();
  });

  it.each([
    'customdeclareorder.request.xml',
    'customdeclareorder.response.xml',
    'customdeclareorder.fail.xml',
    'customdeclarequery.request.xml',
    'customdeclarequery.response.xml',
  ])('sample %s is signed with the documented test key', (name) => {
    const fields = fromXml(sample(name));
    expect(fields).toBeDefined();
    expect(signatureValid(fields ?? {}, KEY)).toBe(true);
    expect(signatureValid({ ...fields, mch_id: '1900000110' }, KEY)).toBe(false);
  });
});
