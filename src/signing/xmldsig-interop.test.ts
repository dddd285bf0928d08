import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { type HashAlgorithm, type SignatureAlgorithm as XmlCryptoSignatureAlgorithm, SignedXml } from 'xml-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { C14N_URI, DIGEST_METHODS, ENVELOPED_SIGNATURE_URI, SIGNATURE_METHODS } from './algorithms.js';
import { loadSigningKey, loadVerificationKey } from './key-loading.js';
import { Sm2PrivateKey, Sm2PublicKey } from './keys.js';
import { signMessage } from './sign.js';
import * as ref from './testing/sm2-reference.js';
import { unsignedSample, xsdErrors } from './testing/samples.js';
import { verifyMessage } from './verify.js';

/**
 * Interoperability with an independent XML-DSig implementation: xml-crypto (its own C14N over @xmldom/xmldom),
 * with SM2 supplied by the BigInt reference of GB/T 32918 (no sm-crypto, no libxml2). Both directions, both
 * algorithms.
 */

const SM2_URI = SIGNATURE_METHODS['sm2-sm3'].uri;
const SM3_URI = DIGEST_METHODS.sm3.uri;
const USER_ID = '1234567812345678';

class ReferenceSm3 implements HashAlgorithm {
  getAlgorithmName = (): string => SM3_URI;
  getHash = (xml: string): string => createHash('sm3').update(xml, 'utf8').digest('base64');
}

/** `privateKey` is the scalar d as hex, `key` the public point `04||x||y` as hex. */
class ReferenceSm2 implements XmlCryptoSignatureAlgorithm {
  getAlgorithmName = (): string => SM2_URI;
  getSignature = (signedInfo: string | NodeJS.ArrayBufferView, privateKey: string | Buffer | KeyObject): string => {
    const d = BigInt(`0x${String(privateKey)}`);
    const { r, s } = ref.sign(d, Buffer.from(signedInfo as string, 'utf8'), USER_ID);
    return ref.pairToDer(r, s).toString('base64');
  };
  verifySignature = (material: string, key: string | Buffer | KeyObject, signatureValue: string): boolean => {
    const { r, s } = ref.derToPair(Buffer.from(signatureValue, 'base64'));
    return ref.verify(ref.pointFromHex(String(key)), Buffer.from(material, 'utf8'), USER_ID, r, s);
  };
}

function xmlCryptoVerify(xml: string, options: ConstructorParameters<typeof SignedXml>[0]): boolean {
  const verifier = new SignedXml({ ...options, getCertFromKeyInfo: () => null });
  verifier.SignatureAlgorithms[SM2_URI] = ReferenceSm2;
  verifier.HashAlgorithms[SM3_URI] = ReferenceSm3;
  const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
  const [signature] = verifier.findSignatures(doc);
  if (!signature) throw new Error('xml-crypto found no signature');
  verifier.loadSignature(signature);
  try {
    return verifier.checkSignature(xml.replace(/^\uFEFF/, ''));
  } catch {
    return false;
  }
}

function xmlCryptoSign(xml: string, privateKey: string, signatureUri: string, digestUri: string, keyName: string): string {
  const signer = new SignedXml({
    privateKey,
    signatureAlgorithm: signatureUri,
    canonicalizationAlgorithm: C14N_URI,
    getKeyInfoContent: () => `<ds:KeyName>${keyName}</ds:KeyName>`,
  });
  signer.SignatureAlgorithms[SM2_URI] = ReferenceSm2;
  signer.HashAlgorithms[SM3_URI] = ReferenceSm3;
  signer.addReference({ xpath: '/*', transforms: [ENVELOPED_SIGNATURE_URI, C14N_URI], digestAlgorithm: digestUri, isEmptyUri: true });
  signer.computeSignature(xml.replace(/^\uFEFF/, ''), { prefix: 'ds', location: { reference: '/*', action: 'append' } });
  return signer.getSignedXml();
}

describe('RSA-SHA1 with xml-crypto', () => {
  let privatePem: string;
  let publicPem: string;
  beforeAll(() => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 1024 });
    privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  });

  it('xml-crypto verifies what we sign, and rejects it once altered', () => {
    const signed = signMessage(unsignedSample('2018', 'import', '311'), loadSigningKey(privatePem, { keyName: 'rsa-1' }));
    expect(xmlCryptoVerify(signed, { publicCert: publicPem })).toBe(true);
    expect(xmlCryptoVerify(signed.replace('焦洪宇', '焦洪玉'), { publicCert: publicPem })).toBe(false);
  });

  it('we verify what xml-crypto signs (enveloped, URI="", C14N) and it stays XSD-valid', () => {
    const signed = xmlCryptoSign(unsignedSample('2018', 'import', '621'), privatePem, SIGNATURE_METHODS['rsa-sha1'].uri, DIGEST_METHODS.sha1.uri, 'rsa-1');
    const trust = loadVerificationKey(publicPem);
    expect(verifyMessage(signed, () => trust)).toEqual({ valid: true, keyName: 'rsa-1', algorithm: 'rsa-sha1' });
    expect(xsdErrors(signed, '202205', 'import')).toBeUndefined();
    expect(verifyMessage(signed.replace('<ceb:gnum>1</ceb:gnum>', '<ceb:gnum>2</ceb:gnum>'), trust).reason?.code).toBe('signing.digest_mismatch');
  });
});

describe('SM2-with-SM3 with xml-crypto and the BigInt GB/T 32918 reference', () => {
  const d = 0x6b1d9e37a51a1ff4d0c2c5b5d5c6a1f8e1b6e7d6c5b4a3928170f1e2d3c4b5a6n;
  const P = ref.publicOf(d);
  const dHex = d.toString(16).padStart(64, '0');
  const pubHex = `04${P.x.toString(16).padStart(64, '0')}${P.y.toString(16).padStart(64, '0')}`;

  it('the independent stack verifies what we sign (2022 samples, import and export)', () => {
    const key = new Sm2PrivateKey(dHex, { keyName: 'sm2-1' });
    for (const [direction, code] of [['import', '311'], ['export', '701']] as const) {
      const signed = signMessage(unsignedSample('202205', direction, code), key);
      expect(xmlCryptoVerify(signed, { publicCert: pubHex })).toBe(true);
      expect(xmlCryptoVerify(signed.replace(/(<ceb:\w+Name>)[^<]/, '$1X'), { publicCert: pubHex })).toBe(false);
    }
  });

  it('we verify what the independent stack signs', () => {
    const signed = xmlCryptoSign(unsignedSample('202205', 'import', '311'), dHex, SM2_URI, SM3_URI, 'sm2-1');
    expect(signed).toContain(SM2_URI);
    expect(verifyMessage(signed, new Sm2PublicKey(pubHex))).toEqual({ valid: true, keyName: 'sm2-1', algorithm: 'sm2-sm3' });
    expect(xsdErrors(signed, '202205', 'import')).toBeUndefined();
  });
});
