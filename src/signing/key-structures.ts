import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { children, DerError, type DerNode, decodeOid, expectTag, readNode, readTop, TAG } from './der.js';
import { isSm2PublicPoint } from './sm2.js';

/**
 * ASN.1 structures of key files: PKCS#8 PrivateKeyInfo (RFC 5208), SEC1 ECPrivateKey (RFC 5915),
 * SubjectPublicKeyInfo (RFC 5280) and the parts of an X.509 certificate we need (serial number, SPKI).
 * SM2 is recognised both as id-ecPublicKey with the SM2 curve and as the SM2 algorithm OID itself.
 */

export const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  sm2: '1.2.156.10197.1.301',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const CURVE_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.10045.3.1.7': 'EC P-256',
  '1.3.132.0.34': 'EC P-384',
  '1.3.132.0.35': 'EC P-521',
  '1.3.132.0.10': 'EC secp256k1',
};
const ALGORITHM_NAMES: Readonly<Record<string, string>> = {
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.2.840.10040.4.1': 'DSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
};

export type ParsedKey =
  | { readonly kind: 'sm2-private'; readonly privateHex: string; readonly publicHex?: string }
  | { readonly kind: 'rsa-private'; readonly key: KeyObject }
  | { readonly kind: 'sm2-public'; readonly publicHex: string }
  | { readonly kind: 'rsa-public'; readonly key: KeyObject }
  | { readonly kind: 'unsupported'; readonly description: string };

interface AlgorithmId {
  readonly oid: string;
  readonly curve?: string;
}

function algorithmId(node: DerNode | undefined): AlgorithmId {
  const [oid, params] = children(expectTag(node, TAG.sequence, 'AlgorithmIdentifier'));
  const id = decodeOid(expectTag(oid, TAG.oid, 'algorithm OID'));
  return params?.tag === TAG.oid ? { oid: id, curve: decodeOid(params) } : { oid: id };
}

function isSm2(alg: AlgorithmId): boolean {
  return alg.oid === OID.sm2 || (alg.oid === OID.ecPublicKey && alg.curve === OID.sm2);
}

function describe(alg: AlgorithmId): string {
  if (alg.oid === OID.ecPublicKey) return CURVE_NAMES[alg.curve ?? ''] ?? `EC (curve ${alg.curve ?? 'explicit parameters'})`;
  return ALGORITHM_NAMES[alg.oid] ?? `algorithm ${alg.oid}`;
}

/** BIT STRING with no unused bits holding an uncompressed SM2 point. */
function sm2Point(bitString: DerNode): string {
  const v = bitString.value;
  if (v[0] !== 0) throw new DerError('public key BIT STRING has unused bits');
  const point = Buffer.from(v.subarray(1));
  if (point[0] === 0x02 || point[0] === 0x03) throw new DerError('compressed SM2 public points are not supported');
  const hex = point.toString('hex');
  if (!isSm2PublicPoint(hex)) throw new DerError('the public key is not a point on the SM2 curve');
  return hex;
}

/** SEC1 ECPrivateKey; `curve` is the curve named by an enclosing PKCS#8, if any. */
export function parseSec1(der: Uint8Array, curve: string | undefined): ParsedKey {
  const parts = children(readTop(der, TAG.sequence));
  const scalar = expectTag(parts[1], TAG.octetString, 'private key octets').value;
  let named = curve;
  let publicHex: string | undefined;
  for (const part of parts.slice(2)) {
    const inner = readNode(part.value);
    if (part.tag === 0xa0 && inner.tag === TAG.oid) named = decodeOid(inner);
    if (part.tag === 0xa1 && inner.tag === TAG.bitString && named === OID.sm2) publicHex = sm2Point(inner);
  }
  if (named !== OID.sm2) return { kind: 'unsupported', description: describe({ oid: OID.ecPublicKey, curve: named }) };
  if (scalar.length === 0 || scalar.length > 32) throw new DerError('SM2 private key must be 32 bytes');
  const privateHex = Buffer.from(scalar).toString('hex').padStart(64, '0');
  return publicHex ? { kind: 'sm2-private', privateHex, publicHex } : { kind: 'sm2-private', privateHex };
}

export function parsePrivateKeyInfo(der: Uint8Array): ParsedKey {
  const parts = children(readTop(der, TAG.sequence));
  const alg = algorithmId(parts[1]);
  const octets = expectTag(parts[2], TAG.octetString, 'privateKey');
  if (isSm2(alg)) return parseSec1(octets.value, OID.sm2);
  if (alg.oid === OID.rsaEncryption) {
    return { kind: 'rsa-private', key: createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }) };
  }
  return { kind: 'unsupported', description: describe(alg) };
}

export function parseSpki(der: Uint8Array): ParsedKey {
  const parts = children(readTop(der, TAG.sequence));
  const alg = algorithmId(parts[0]);
  const bits = expectTag(parts[1], TAG.bitString, 'subjectPublicKey');
  if (isSm2(alg)) return { kind: 'sm2-public', publicHex: sm2Point(bits) };
  if (alg.oid === OID.rsaEncryption) {
    return { kind: 'rsa-public', key: createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' }) };
  }
  return { kind: 'unsupported', description: describe(alg) };
}

export interface CertificateInfo {
  /**
   * Serial number as lowercase hex of its bytes, leading zero bytes kept but not a DER sign byte (as `openssl x509
   * -serial` prints it). A real E-Port-signed CEB621 carries KeyName `01691fe9` for serial 0x01691FE9 — this form,
   * not Java's `BigInteger.toString(16)` (`1691fe9`) that S6 uses.
   */
  readonly serialHex: string;
  /** DER SubjectPublicKeyInfo. */
  readonly spki: Uint8Array;
}

export function parseCertificate(der: Uint8Array): CertificateInfo {
  const [tbs] = children(readTop(der, TAG.sequence));
  const tbsNode = expectTag(tbs, TAG.sequence, 'tbsCertificate');
  const fields = children(tbsNode);
  const first = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = expectTag(fields[first], TAG.integer, 'serialNumber');
  const spki = expectTag(fields[first + 5], TAG.sequence, 'subjectPublicKeyInfo');
  const bytes = serial.value.length > 1 && serial.value[0] === 0 && (serial.value[1]! & 0x80) !== 0 ? serial.value.subarray(1) : serial.value;
  const serialHex = Buffer.from(bytes).toString('hex');
  return { serialHex, spki: tbsNode.value.subarray(spki.start, spki.end) };
}
