import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeSignature, signMessage } from './sign.js';
import { makeTestKeys, type TestKeys, withExtendMessage } from './testing/fixtures.js';
import {
  rawSample,
  SIGNED_EXPORT_CODES,
  SIGNED_IMPORT_CODES,
  unsignedSample,
  VALID_SIGNED_EXPORT_CODES_202205,
  xsdErrors,
} from './testing/samples.js';
import { inspectSignature, verifyMessage } from './verify.js';

let keys: TestKeys;
beforeAll(() => {
  keys = makeTestKeys();
});
afterAll(() => keys?.dir.cleanup());

const SIGNATURE_BLOCK = /<ds:Signature [\s\S]*<\/ds:Signature>/;

describe('SM2-with-SM3 round trips on the 2022 samples of every signed message type', () => {
  it.each(SIGNED_IMPORT_CODES)('import CEB%sMessage: signs, stays XSD-valid, verifies', (code) => {
    const unsigned = unsignedSample('202205', 'import', code);
    const signed = signMessage(unsigned, keys.sm2.key);
    expect(signed.replace(SIGNATURE_BLOCK, '')).toBe(unsigned);
    expect(xsdErrors(signed, '202205', 'import')).toBeUndefined();
    expect(verifyMessage(signed, keys.sm2.trust)).toEqual({
      valid: true,
      keyName: keys.sm2.key.keyName,
      algorithm: 'sm2-sm3',
    });
  });

  it.each(SIGNED_EXPORT_CODES)('export CEB%sMessage: signs and verifies (XSD-valid where the sample is)', (code) => {
    const signed = signMessage(unsignedSample('202205', 'export', code), keys.sm2.key);
    if (VALID_SIGNED_EXPORT_CODES_202205.includes(code)) expect(xsdErrors(signed, '202205', 'export')).toBeUndefined();
    else expect(xsdErrors(signed, '202205', 'export')).toMatch(/BaseTransfer/);
    expect(verifyMessage(signed, keys.sm2.trust).valid).toBe(true);
  });
});

describe('RSA-SHA1 round trips on the 2018 samples', () => {
  it.each(SIGNED_IMPORT_CODES)('import CEB%sMessage (2018)', (code) => {
    const signed = signMessage(unsignedSample('2018', 'import', code), keys.rsa.key);
    expect(signed).toContain('xmldsig#rsa-sha1');
    expect(xsdErrors(signed, '2018', 'import')).toBeUndefined();
    expect(verifyMessage(signed, keys.rsa.trust)).toMatchObject({ valid: true, algorithm: 'rsa-sha1' });
  });

  it.each(SIGNED_EXPORT_CODES.filter((c) => c !== '213' && c !== '215'))('export CEB%sMessage (2018)', (code) => {
    const signed = signMessage(unsignedSample('2018', 'export', code), keys.rsa.key);
    expect(xsdErrors(signed, '2018', 'export')).toBeUndefined();
    expect(verifyMessage(signed, keys.rsa.trust).valid).toBe(true);
  });
});

describe('signature placement follows the XSD', () => {
  it('import: ds:Signature after ExtendMessage, as the last child', () => {
    const signed = signMessage(withExtendMessage(unsignedSample('202205', 'import', '311'), 'ceb:CEB311Message'), keys.sm2.key);
    expect(signed.indexOf('<ds:Signature')).toBeGreaterThan(signed.indexOf('</ceb:ExtendMessage>'));
    expect(signed.trimEnd().endsWith('</ds:Signature></ceb:CEB311Message>')).toBe(true);
    expect(xsdErrors(signed, '202205', 'import')).toBeUndefined();
    expect(verifyMessage(signed, keys.sm2.trust).valid).toBe(true);
  });

  it('export: ds:Signature before ExtendMessage', () => {
    const signed = signMessage(withExtendMessage(unsignedSample('202205', 'export', '701'), 'ceb:CEB701Message'), keys.sm2.key);
    expect(signed.indexOf('<ds:Signature')).toBeLessThan(signed.indexOf('<ceb:ExtendMessage>'));
    expect(xsdErrors(signed, '202205', 'export')).toBeUndefined();
    expect(verifyMessage(signed, keys.sm2.trust).valid).toBe(true);
  });

  it('keeps the byte-order mark and every byte outside the signature', () => {
    const withBom = unsignedSample('202205', 'import', '311');
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    const signed = signMessage(withBom, keys.sm2.key);
    expect(signed.charCodeAt(0)).toBe(0xfeff);
    expect(signed.replace(SIGNATURE_BLOCK, '')).toBe(withBom);
    expect(verifyMessage(signed, keys.sm2.trust).valid).toBe(true);
  });

  it('removeSignature strips an official dummy signature and our own', () => {
    const unsigned = removeSignature(rawSample('202205', 'import', '311'));
    expect(unsigned).not.toContain('ds:Signature');
    expect(removeSignature(signMessage(unsigned, keys.sm2.key))).not.toContain('ds:Signature');
    expect(removeSignature(unsigned)).toBe(unsigned);
  });
});

describe('what the signature covers', () => {
  const signed = (): string => signMessage(unsignedSample('202205', 'import', '311'), keys.sm2.key);

  it('one changed character of a Chinese name invalidates it', () => {
    const message = signed();
    expect(message).toContain('<ceb:consignee>焦洪宇</ceb:consignee>');
    const result = verifyMessage(message.replace('<ceb:consignee>焦洪宇', '<ceb:consignee>焦洪宁'), keys.sm2.trust);
    expect(result).toMatchObject({ valid: false, algorithm: 'sm2-sm3', reason: { code: 'signing.digest_mismatch' } });
  });

  it('a changed attribute, element or added comment-free text invalidates it', () => {
    const message = signed();
    const guid = /guid="([^"]+)"/.exec(message)![1]!;
    expect(verifyMessage(message.replace(`guid="${guid}"`, `guid="${guid.toLowerCase()}"`), keys.sm2.trust).valid).toBe(false);
    expect(verifyMessage(message.replace('<ceb:qty>100</ceb:qty>', '<ceb:qty>1000</ceb:qty>'), keys.sm2.trust).valid).toBe(false);
    expect(verifyMessage(message.replace('</ceb:BaseTransfer>', '</ceb:BaseTransfer> '), keys.sm2.trust).valid).toBe(false);
  });

  it('changes canonicalisation removes do not (declaration, empty-element form, quotes, comments)', () => {
    const message = signed()
      .replace(/^\uFEFF?<\?xml[^>]*\?>/, '')
      .replace('<ceb:note></ceb:note>', '<ceb:note/>')
      .replace(/version="1.0"(\s+xmlns)/, "version='1.0'$1")
      .replace('<ceb:Order>', '<ceb:Order><!-- routed by crossgate -->');
    expect(verifyMessage(message, keys.sm2.trust).valid).toBe(true);
  });

  it('a changed SignedInfo (DigestValue) breaks the signature value', () => {
    const message = signed();
    const digest = inspectSignature(message).digestValue;
    const other = Buffer.from(digest);
    other[0] = other[0]! ^ 1;
    const forged = message.replace(digest.toString('base64'), other.toString('base64'));
    expect(verifyMessage(forged, keys.sm2.trust).reason?.code).toBe('signing.digest_mismatch');
  });

  it('the wrong key does not verify', () => {
    expect(verifyMessage(signed(), keys.sm2Other.trust)).toMatchObject({
      valid: false,
      reason: { code: 'signing.signature_invalid' },
    });
    const rsaSigned = signMessage(unsignedSample('2018', 'import', '311'), keys.rsa.key);
    expect(verifyMessage(rsaSigned, keys.sm2.trust).reason?.code).toBe('signing.algorithm_mismatch');
  });
});

describe('SM2 SignatureValue encoding option', () => {
  it('raw r||s signs 64 bytes; auto reads both; der refuses raw', () => {
    const signed = signMessage(unsignedSample('202205', 'import', '411'), keys.sm2.key, { sm2SignatureEncoding: 'raw' });
    expect(inspectSignature(signed).signatureValue).toHaveLength(64);
    expect(verifyMessage(signed, keys.sm2.trust).valid).toBe(true);
    expect(verifyMessage(signed, keys.sm2.trust, { sm2SignatureEncoding: 'raw' }).valid).toBe(true);
    expect(verifyMessage(signed, keys.sm2.trust, { sm2SignatureEncoding: 'der' }).valid).toBe(false);
    const der = signMessage(unsignedSample('202205', 'import', '411'), keys.sm2.key);
    expect(inspectSignature(der).signatureValue[0]).toBe(0x30);
  });
});
