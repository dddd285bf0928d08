/**
 * Algorithm identifiers of the customs (CEB) XML signature — ceb-messages.md §5.1 (spec S1 §6, S4 §6).
 * 2022 edition (preferred, "national"): SM2-with-SM3 + SM3 under the chinaport 2022/04 namespace.
 * 2018 edition ("general"): RSA-SHA1 + SHA-1 (1024-bit keys); SHA-256 + RSA (2048-bit keys) is also allowed there.
 */

export const XMLDSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
export const DXP_NS = 'http://www.chinaport.gov.cn/dxp';

/** Inclusive Canonical XML 1.0 without comments — the only method the spec names, and what we emit. */
export const C14N_URI = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
/** Accepted when verifying: one public signer (S6) writes it into CanonicalizationMethod. */
export const C14N_WITH_COMMENTS_URI = `${C14N_URI}#WithComments`;
export const ENVELOPED_SIGNATURE_URI = `${XMLDSIG_NS}enveloped-signature`;

export type KeyType = 'sm2' | 'rsa';
export type SignatureAlgorithm = 'sm2-sm3' | 'rsa-sha1' | 'rsa-sha256';
export type DigestAlgorithm = 'sm3' | 'sha1' | 'sha256';

export interface SignatureMethod {
  readonly uri: string;
  readonly keyType: KeyType;
  /** The DigestMethod paired with it when signing. */
  readonly digest: DigestAlgorithm;
}

export const SIGNATURE_METHODS: Readonly<Record<SignatureAlgorithm, SignatureMethod>> = {
  'sm2-sm3': { uri: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3', keyType: 'sm2', digest: 'sm3' },
  'rsa-sha1': { uri: `${XMLDSIG_NS}rsa-sha1`, keyType: 'rsa', digest: 'sha1' },
  'rsa-sha256': { uri: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', keyType: 'rsa', digest: 'sha256' },
};

export const DIGEST_METHODS: Readonly<Record<DigestAlgorithm, { readonly uri: string; readonly hash: string }>> = {
  sm3: { uri: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm3', hash: 'sm3' },
  sha1: { uri: `${XMLDSIG_NS}sha1`, hash: 'sha1' },
  sha256: { uri: 'http://www.w3.org/2001/04/xmlenc#sha256', hash: 'sha256' },
};

/**
 * Non-standard SignatureMethod URIs seen in practice and accepted when verifying (never emitted):
 * S5 writes `xmldsig#sm2-sm3` in the W3C namespace (ceb-messages.md §5.2).
 */
const SIGNATURE_ALIASES: Readonly<Record<string, SignatureAlgorithm>> = {
  [`${XMLDSIG_NS}sm2-sm3`]: 'sm2-sm3',
};

export function signatureAlgorithmOf(uri: string): SignatureAlgorithm | undefined {
  for (const [name, method] of Object.entries(SIGNATURE_METHODS)) {
    if (method.uri === uri) return name as SignatureAlgorithm;
  }
  return SIGNATURE_ALIASES[uri];
}

export function digestAlgorithmOf(uri: string): DigestAlgorithm | undefined {
  for (const [name, method] of Object.entries(DIGEST_METHODS)) {
    if (method.uri === uri) return name as DigestAlgorithm;
  }
  return undefined;
}

/** The algorithm a key signs with unless told otherwise. */
export function defaultAlgorithmFor(keyType: KeyType): SignatureAlgorithm {
  return keyType === 'sm2' ? 'sm2-sm3' : 'rsa-sha1';
}
