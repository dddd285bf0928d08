import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../kernel/errors/index.js';
import { XMLDSIG_NS } from './algorithms.js';
import { KeyStore } from './key-store.js';
import { signMessage } from './sign.js';
import { makeTestKeys, type TestKeys } from './testing/fixtures.js';
import { rawSample, unsignedSample, withSignatureValue } from './testing/samples.js';
import { inspectSignature, verifyMessage } from './verify.js';

let keys: TestKeys;
let signed: string;
beforeAll(() => {
  keys = makeTestKeys();
  signed = signMessage(unsignedSample('202205', 'import', '311'), keys.sm2.key, { keyName: 'ebp-1105910159' });
});
afterAll(() => keys?.dir.cleanup());

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return undefined;
}

describe('verification outcomes are data, never exceptions', () => {
  it('finds the key by KeyName through a KeyStore', () => {
    const store = new KeyStore().add(keys.sm2.trust, 'ebp-1105910159').add(keys.rsa.trust, 'other');
    expect(verifyMessage(signed, store.resolve)).toEqual({ valid: true, keyName: 'ebp-1105910159', algorithm: 'sm2-sm3' });
    const unknown = verifyMessage(signed, new KeyStore().add(keys.rsa.trust, 'other').resolve);
    expect(unknown).toMatchObject({ valid: false, keyName: 'ebp-1105910159', reason: { code: 'signing.key_unknown' } });
    expect(unknown.reason?.message).toContain('ebp-1105910159');
  });

  it('an unsigned message is reported, not thrown', () => {
    const result = verifyMessage(unsignedSample('202205', 'import', '311'), keys.sm2.trust);
    expect(result).toEqual({
      valid: false,
      algorithm: 'unknown',
      reason: { code: 'signing.signature_missing', message: 'The message carries no ds:Signature' },
    });
  });

  it("the official samples' dummy signatures do not verify", () => {
    const sm2Dummy = verifyMessage(rawSample('202205', 'import', '311'), keys.sm2.trust);
    expect(sm2Dummy).toMatchObject({ valid: false, algorithm: 'sm2-sm3', keyName: '0001' });
    expect(sm2Dummy.reason?.code).toBe('signing.signature_malformed'); // a 20-byte "SM3" DigestValue
    const rsaDummy = verifyMessage(rawSample('2018', 'import', '311'), keys.rsa.trust);
    expect(rsaDummy).toMatchObject({ valid: false, algorithm: 'rsa-sha1', reason: { code: 'signing.digest_mismatch' } });
  });

  it('finds the signature after a processing instruction among the root children (libxml2-wasm gives a PI no siblings)', () => {
    const withPi = unsignedSample('202205', 'import', '311').replace(/<\/ceb:CEB311Message>\s*$/, '<?audit checked?>\n</ceb:CEB311Message>\n');
    expect(withPi).toContain('<?audit checked?>');
    const piSigned = signMessage(withPi, keys.sm2.key, { keyName: 'ebp-1105910159' });
    expect(piSigned.indexOf('<?audit checked?>')).toBeLessThan(piSigned.indexOf('<ds:Signature'));
    expect(verifyMessage(piSigned, keys.sm2.trust)).toMatchObject({ valid: true, algorithm: 'sm2-sm3' });
    expect(inspectSignature(piSigned).keyName).toBe('ebp-1105910159');
  });

  it('refuses a second signature and a signature that is not a child of the root', () => {
    const block = /<ds:Signature [\s\S]*<\/ds:Signature>/.exec(signed)![0];
    const twice = signed.replace('</ceb:CEB311Message>', `${block}</ceb:CEB311Message>`);
    expect(verifyMessage(twice, keys.sm2.trust).reason?.message).toContain('more than one');
    const moved = signed.replace(block, '').replace('</ceb:BaseTransfer>', `${block}</ceb:BaseTransfer>`);
    expect(verifyMessage(moved, keys.sm2.trust).reason?.message).toContain('child of the root');
  });

  it('refuses references other than the whole document and unknown algorithms', () => {
    expect(verifyMessage(signed.replace('URI=""', 'URI="#x"'), keys.sm2.trust).reason?.code).toBe('signing.signature_malformed');
    const noEnveloped = signed.replace(/<ds:Transforms>[\s\S]*?<\/ds:Transforms>/, '');
    expect(verifyMessage(noEnveloped, keys.sm2.trust).reason?.message).toContain('enveloped-signature');
    const sha512 = signed.replace(/xmldsig#sm2-sm3/, 'xmldsig-more#rsa-sha512');
    expect(verifyMessage(sha512, keys.sm2.trust).reason).toMatchObject({ code: 'signing.algorithm_unsupported' });
    const garbage = signed.replace(/<ds:SignatureValue>[\s\S]*?</, '<ds:SignatureValue>not*base64<');
    expect(verifyMessage(garbage, keys.sm2.trust).reason?.code).toBe('signing.signature_malformed');
  });

  it('honours allowedAlgorithms (no downgrade to RSA-SHA1 where SM2 is required)', () => {
    const rsaSigned = signMessage(unsignedSample('2018', 'import', '311'), keys.rsa.key);
    const result = verifyMessage(rsaSigned, keys.rsa.trust, { allowedAlgorithms: ['sm2-sm3'] });
    expect(result.reason?.code).toBe('signing.algorithm_not_allowed');
  });

  it("accepts S5's W3C-namespace sm2-sm3 SignatureMethod URI when the signature covers it", () => {
    const alias = signed.replace('http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3', `${XMLDSIG_NS}sm2-sm3`);
    expect(verifyMessage(alias, keys.sm2.trust).reason?.code).toBe('signing.signature_invalid');
    if (keys.sm2.key.type !== 'sm2') throw new Error('fixture');
    const resigned = withSignatureValue(alias, keys.sm2.key.sign(inspectSignature(alias).signedInfoCanonical));
    expect(verifyMessage(resigned, keys.sm2.trust)).toMatchObject({ valid: true, algorithm: 'sm2-sm3' });
  });
});

describe('signatures laid out by other signers (S5 / E-Port client style)', () => {
  /** Rewrites our signature the way S5 emits it: SignedInfo compact and declaring ceb/ds/xsi, then re-signs it. */
  function s5Style(message: string): string {
    const compact = message.replace(/<ds:SignedInfo>[\s\S]*<\/ds:SignedInfo>/, (si) =>
      si
        .replace(/>\n</g, '><')
        .replace(
          '<ds:SignedInfo>',
          '<ds:SignedInfo xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ' +
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        ),
    );
    if (keys.sm2.key.type !== 'sm2') throw new Error('fixture');
    return withSignatureValue(compact, keys.sm2.key.sign(inspectSignature(compact).signedInfoCanonical));
  }

  it('verifies a SignedInfo that declares its own namespaces, as it sits in the document', () => {
    const message = s5Style(signed);
    expect(inspectSignature(message).signedInfoCanonical.toString()).toMatch(/^<ds:SignedInfo xmlns:ceb="[^"]+" xmlns:ds="[^"]+" xmlns:xsi="[^"]+"><ds:Canon/);
    expect(verifyMessage(message, keys.sm2.trust)).toEqual({ valid: true, keyName: 'ebp-1105910159', algorithm: 'sm2-sm3' });
  });

  it('tolerates indentation inserted around the signature after digesting, and says so; strict mode does not', () => {
    const indented = s5Style(signed).replace('<ds:Signature ', '\n    <ds:Signature ').replace('</ds:Signature>', '</ds:Signature>\n');
    expect(verifyMessage(indented, keys.sm2.trust)).toMatchObject({ valid: true, digestTolerance: 'whitespace-around-signature' });
    expect(verifyMessage(indented, keys.sm2.trust, { signatureWhitespace: 'strict' }).reason?.code).toBe('signing.digest_mismatch');
    const altered = indented.replace('<ceb:buyerName>aa</ceb:buyerName>', '<ceb:buyerName>ab</ceb:buyerName>');
    expect(verifyMessage(altered, keys.sm2.trust).reason?.code).toBe('signing.digest_mismatch');
  });
});

describe('unusable input throws coded errors', () => {
  const billionLaughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
    '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">&lol2;</ceb:CEB311Message>';

  it('on verify: DOCTYPE, malformed XML, oversized input', () => {
    expect(thrownCode(() => verifyMessage(billionLaughs, keys.sm2.trust))).toBe('signing.input_rejected');
    expect(thrownCode(() => verifyMessage('<ceb:CEB311Message>', keys.sm2.trust))).toBe('signing.malformed_xml');
    expect(thrownCode(() => verifyMessage('', keys.sm2.trust))).toBe('signing.input_rejected');
    expect(thrownCode(() => verifyMessage(signed, keys.sm2.trust, { maxBytes: 1000 }))).toBe('signing.input_rejected');
    const deep = `<a xmlns="${XMLDSIG_NS}">${'<b>'.repeat(5000)}${'</b>'.repeat(5000)}</a>`;
    expect(thrownCode(() => verifyMessage(deep, keys.sm2.trust))).toBe('signing.malformed_xml');
  });

  it('on sign: already signed, receipts, foreign roots, missing KeyName, key/algorithm mismatch', () => {
    const unsigned = unsignedSample('202205', 'import', '311');
    expect(thrownCode(() => signMessage(billionLaughs, keys.sm2.key))).toBe('signing.input_rejected');
    expect(thrownCode(() => signMessage(signed, keys.sm2.key))).toBe('signing.already_signed');
    expect(thrownCode(() => signMessage(rawSample('202205', 'import', '311'), keys.sm2.key))).toBe('signing.already_signed');
    expect(thrownCode(() => signMessage(unsignedSample('202205', 'import', '312'), keys.sm2.key))).toBe('signing.unsupported_message');
    expect(thrownCode(() => signMessage('<order><id>1</id></order>', keys.sm2.key))).toBe('signing.unsupported_message');
    expect(thrownCode(() => signMessage(unsigned, keys.sm2.key, { keyName: ' ' }))).toBe('signing.key_name_missing');
    expect(thrownCode(() => signMessage(unsigned, keys.sm2.key, { keyName: 'a\nb' }))).toBe('signing.invalid_option');
    expect(thrownCode(() => signMessage(unsigned, keys.sm2.key, { algorithm: 'rsa-sha1' }))).toBe('signing.key_algorithm_mismatch');
  });

  it('signs a DXP envelope as its last child', () => {
    const dxp =
      '<dxp:DxpMsg ver="1.0" xmlns:dxp="http://www.chinaport.gov.cn/dxp"><dxp:TransInfo><dxp:CopMsgId>1</dxp:CopMsgId>' +
      '</dxp:TransInfo><dxp:Data>PGEvPg==</dxp:Data></dxp:DxpMsg>';
    const out = signMessage(dxp, keys.sm2.key);
    expect(out.endsWith('</ds:Signature></dxp:DxpMsg>')).toBe(true);
    expect(verifyMessage(out, keys.sm2.trust).valid).toBe(true);
  });
});
