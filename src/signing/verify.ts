import type { XmlDocument } from 'libxml2-wasm';
import { AppError, type ErrorCode, type ErrorDetails } from '../kernel/errors/index.js';
import { DIGEST_METHODS, SIGNATURE_METHODS, type SignatureAlgorithm } from './algorithms.js';
import { checkEnvelopedDigest, type DigestOutcome, digestsEqual } from './digest-check.js';
import { type FastDigest, fastEnvelopedDigest, fastSignedInfo } from './fast-c14n.js';
import type { VerificationKey } from './keys.js';
import { type PlainElement, type ReadOutcome, readSignature, readSignatureFromTree, type SignatureParts } from './signature-reader.js';
import type { Sm2SignatureEncoding } from './sm2.js';
import { canonicalSubtree, parseMessage, type XmlLimits } from './xml-document.js';
import { scanRoot } from './xml-scan.js';

/** A single trusted key, or a lookup by ds:KeyName (e.g. `keyStore.resolve`). */
export type TrustSource = VerificationKey | ((keyName: string) => VerificationKey | undefined);

export interface VerifyOptions extends XmlLimits {
  /** SM2 distinguishing identifier; default `1234567812345678`. */
  readonly sm2UserId?: string;
  /** How SM2 SignatureValues are read; default `auto` (64 bytes = r||s, otherwise DER). */
  readonly sm2SignatureEncoding?: Sm2SignatureEncoding | 'auto';
  /** Refuse other algorithms (e.g. only `sm2-sm3` for the 2022 edition). Default: all supported. */
  readonly allowedAlgorithms?: readonly SignatureAlgorithm[];
  /**
   * `tolerant` (default): when the strict digest fails, also accept it with the whitespace-only text right before
   * and/or after ds:Signature ignored (signers that indent the inserted signature; see digest-check.ts).
   * `strict`: the XML-DSig enveloped-signature transform only.
   */
  readonly signatureWhitespace?: 'tolerant' | 'strict';
}

export interface VerificationResult {
  readonly valid: boolean;
  readonly keyName?: string;
  readonly algorithm: SignatureAlgorithm | 'unknown';
  readonly reason?: { readonly code: ErrorCode; readonly message: string };
  /** Present when the digest only matched with the whitespace around ds:Signature ignored (tolerant mode). */
  readonly digestTolerance?: 'whitespace-around-signature';
}

function invalid(
  code: ErrorCode,
  details: ErrorDetails,
  algorithm: SignatureAlgorithm | undefined,
  keyName: string | undefined,
): VerificationResult {
  const reason = { code, message: new AppError(code, { keyName: keyName ?? '(none)', ...details }).message };
  return { valid: false, ...(keyName === undefined ? {} : { keyName }), algorithm: algorithm ?? 'unknown', reason };
}

function resolveKey(trust: TrustSource, keyName: string | undefined): VerificationKey | undefined {
  if (typeof trust !== 'function') return trust;
  return keyName === undefined ? undefined : trust(keyName);
}

function checkValue(key: VerificationKey, parts: SignatureParts<unknown>, signedInfo: Buffer, options: VerifyOptions): boolean {
  if (key.type === 'sm2') {
    return key.verify(signedInfo, parts.signatureValue, {
      userId: options.sm2UserId,
      encoding: options.sm2SignatureEncoding ?? 'auto',
    });
  }
  return key.verify(signedInfo, parts.signatureValue, parts.algorithm === 'rsa-sha256' ? 'sha256' : 'sha1');
}

function locate(xml: string, parts: SignatureParts<unknown>): FastDigest | undefined {
  return fastEnvelopedDigest(xml, parts.signatureIndex, DIGEST_METHODS[parts.digest].hash);
}

/** The canonical SignedInfo: the fast path, else libxml2's C14N of its node (undefined only if libxml2 cannot find it). */
function canonicalSignedInfo(
  xml: string,
  doc: XmlDocument,
  parts: SignatureParts<unknown>,
  located: FastDigest | undefined,
  nodes: () => SignatureParts | undefined,
): Buffer | undefined {
  const fast = located && fastSignedInfo(xml, located, parts.signedInfoWithComments, scanRoot);
  if (fast) return fast;
  const signedInfo = nodes()?.signedInfo;
  return signedInfo && canonicalSubtree(doc, signedInfo, parts.signedInfoWithComments);
}

/**
 * Verifies the enveloped signature of a customs message: the Reference digest over the canonical document without
 * the signature, then the SignatureValue over the canonical SignedInfo with the trusted key. Never throws for a bad,
 * missing or unverifiable signature (that is `valid: false` with a coded reason); throws a coded AppError only when
 * the input is unusable (not XML, DOCTYPE, too large).
 */
export function verifyMessage(xml: string, trust: TrustSource, options: VerifyOptions = {}): VerificationResult {
  const doc = parseMessage(xml, options);
  try {
    return verifyParsed(xml, doc, trust, options);
  } finally {
    doc.dispose();
  }
}

/**
 * `verifyMessage` on a document the caller has already parsed with libxml2 (for instance to validate it against its
 * XSD), so a message is parsed once. `doc` must be the parse of exactly `xml` (a leading BOM aside), without a
 * DOCTYPE; the caller keeps ownership and disposes it. The check may change `doc` (the enveloped-signature transform
 * removes ds:Signature when the fast path cannot decide), so verify last. `tree`, when the caller has a plain
 * element tree of the same text, is where the signature is read (no calls into libxml2 for it); libxml2's nodes are
 * then read only when a fallback needs them.
 */
export function verifyParsed(xml: string, doc: XmlDocument, trust: TrustSource, options: VerifyOptions = {}, tree?: PlainElement): VerificationResult {
  const read: ReadOutcome<unknown> = tree ? readSignatureFromTree(tree) : readSignature(doc);
  if (!read.ok) return invalid(read.code, read.details, read.algorithm, read.keyName);
  const parts = read.parts;
  const { algorithm, keyName } = parts;
  if (options.allowedAlgorithms && !options.allowedAlgorithms.includes(algorithm)) {
    return invalid('signing.algorithm_not_allowed', { algorithm }, algorithm, keyName);
  }
  const key = resolveKey(trust, keyName);
  if (!key) return invalid('signing.key_unknown', {}, algorithm, keyName);
  const keyType = SIGNATURE_METHODS[algorithm].keyType;
  if (key.type !== keyType) return invalid('signing.algorithm_mismatch', { algorithm, keyType: key.type }, algorithm, keyName);
  let libxmlParts: SignatureParts | undefined = tree ? undefined : (parts as SignatureParts);
  const nodes = (): SignatureParts | undefined => {
    if (!libxmlParts) {
      const again = readSignature(doc);
      libxmlParts = again.ok ? again.parts : undefined;
    }
    return libxmlParts;
  };
  // both readers agree on every input (signature-reader.fuzz.test.ts); should they not, nothing is accepted
  const unreadable = () => invalid('signing.signature_malformed', { reason: 'libxml2 reads the signature differently' }, algorithm, keyName);
  const located = locate(xml, parts);
  const signedInfo = canonicalSignedInfo(xml, doc, parts, located, nodes);
  if (!signedInfo) return unreadable();
  const tolerant = options.signatureWhitespace !== 'strict';
  const hash = DIGEST_METHODS[parts.digest].hash;
  const fast = located?.digest;
  let digest: DigestOutcome;
  if (fast && digestsEqual(fast, parts.digestValue)) digest = 'match';
  else {
    // the full path removes the signature from the DOM (enveloped-signature transform): its nodes are gone after
    const signature = nodes()?.signature;
    if (!signature) return unreadable();
    digest = checkEnvelopedDigest(doc, signature, hash, parts.digestValue, tolerant);
  }
  if (digest === 'mismatch') return invalid('signing.digest_mismatch', {}, algorithm, keyName);
  if (!checkValue(key, parts, signedInfo, options)) return invalid('signing.signature_invalid', {}, algorithm, keyName);
  return {
    valid: true,
    ...(keyName === undefined ? {} : { keyName }),
    algorithm,
    ...(digest === 'match' ? {} : { digestTolerance: 'whitespace-around-signature' as const }),
  };
}

export interface SignatureInspection {
  readonly algorithm: SignatureAlgorithm;
  readonly keyName?: string;
  /** The exact bytes the SignatureValue signs: canonical SignedInfo in its document context. */
  readonly signedInfoCanonical: Buffer;
  readonly signatureValue: Buffer;
  readonly digestValue: Buffer;
  readonly certificate?: Buffer;
}

/**
 * The signed bytes and values of a message's signature, for diagnostics and interoperability checks. Throws a coded
 * AppError when the message is unusable or the signature cannot be read.
 */
export function inspectSignature(xml: string, options: XmlLimits = {}): SignatureInspection {
  const doc = parseMessage(xml, options);
  try {
    const read = readSignature(doc);
    if (!read.ok) throw new AppError(read.code, { keyName: read.keyName ?? '(none)', ...read.details });
    const { parts } = read;
    return {
      algorithm: parts.algorithm,
      ...(parts.keyName === undefined ? {} : { keyName: parts.keyName }),
      signedInfoCanonical: canonicalSignedInfo(xml, doc, parts, locate(xml, parts), () => parts) ?? canonicalSubtree(doc, parts.signedInfo, parts.signedInfoWithComments),
      signatureValue: parts.signatureValue,
      digestValue: parts.digestValue,
      ...(parts.certificate ? { certificate: parts.certificate } : {}),
    };
  } finally {
    doc.dispose();
  }
}
