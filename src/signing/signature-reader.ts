import type { XmlDocument, XmlElement } from 'libxml2-wasm';
import type { ErrorCode, ErrorDetails } from '../kernel/errors/index.js';
import {
  C14N_URI,
  C14N_WITH_COMMENTS_URI,
  type DigestAlgorithm,
  digestAlgorithmOf,
  ENVELOPED_SIGNATURE_URI,
  type SignatureAlgorithm,
  signatureAlgorithmOf,
  XMLDSIG_NS,
} from './algorithms.js';
import { childElements, countElements, isElement } from './xml-document.js';

/**
 * Reads the one enveloped `ds:Signature` of a message strictly: exactly one signature in the whole document, as a
 * child of the root; one Reference with URI="" whose transforms are the enveloped-signature transform (optionally
 * followed by inclusive C14N); known algorithms only. Anything else is a verification outcome, not an exception.
 */

export interface SignatureParts {
  readonly signature: XmlElement;
  readonly signedInfo: XmlElement;
  readonly signedInfoWithComments: boolean;
  readonly algorithm: SignatureAlgorithm;
  readonly digest: DigestAlgorithm;
  readonly digestValue: Buffer;
  readonly signatureValue: Buffer;
  readonly keyName?: string;
  readonly certificate?: Buffer;
  /** Index of ds:Signature among the root's element children. */
  readonly signatureIndex: number;
}

export type ReadOutcome =
  | { readonly ok: true; readonly parts: SignatureParts }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly details: ErrorDetails;
      readonly algorithm?: SignatureAlgorithm;
      readonly keyName?: string;
    };

const DIGEST_SIZES: Readonly<Record<DigestAlgorithm, number>> = { sm3: 32, sha1: 20, sha256: 32 };

class Malformed extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails,
  ) {
    super(code);
  }
}

const fail = (reason: string): Malformed => new Malformed('signing.signature_malformed', { reason });

function dsChildren(parent: XmlElement): XmlElement[] {
  const out = childElements(parent);
  for (const el of out) if (el.namespaceUri !== XMLDSIG_NS) throw fail(`unexpected element ${el.name} in ${parent.name}`);
  return out;
}

function only(parent: XmlElement, name: string): XmlElement {
  const found = dsChildren(parent).filter((el) => el.name === name);
  if (found.length !== 1) throw fail(`${parent.name} must hold exactly one ${name}`);
  return found[0]!;
}

function algorithmOf(el: XmlElement): string {
  const value = el.attr('Algorithm')?.value;
  if (!value) throw fail(`${el.name} has no Algorithm`);
  return value;
}

function base64(el: XmlElement): Buffer {
  const text = el.content.replace(/\s+/g, '');
  if (text === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw fail(`${el.name} is not base64`);
  return Buffer.from(text, 'base64');
}

function readReference(signedInfo: XmlElement): { digest: DigestAlgorithm; digestValue: Buffer } {
  const refs = dsChildren(signedInfo).filter((el) => el.name === 'Reference');
  if (refs.length !== 1) throw fail('SignedInfo must hold exactly one Reference');
  const ref = refs[0]!;
  if (ref.attr('URI')?.value !== '') throw fail('the Reference must have URI="" (the whole document)');
  const transforms = dsChildren(ref).find((el) => el.name === 'Transforms');
  const uris = transforms ? dsChildren(transforms).map(algorithmOf) : [];
  const [first, ...rest] = uris;
  if (first !== ENVELOPED_SIGNATURE_URI || rest.some((u) => u !== C14N_URI && u !== C14N_WITH_COMMENTS_URI) || rest.length > 1) {
    throw fail('the Reference transforms must be enveloped-signature, optionally followed by C14N');
  }
  const digestUri = algorithmOf(only(ref, 'DigestMethod'));
  const digest = digestAlgorithmOf(digestUri);
  if (!digest) throw new Malformed('signing.algorithm_unsupported', { what: 'DigestMethod', uri: digestUri });
  const digestValue = base64(only(ref, 'DigestValue'));
  if (digestValue.length !== DIGEST_SIZES[digest]) throw fail(`DigestValue is not a ${digest} digest`);
  return { digest, digestValue };
}

function readKeyInfo(signature: XmlElement): { keyName?: string; certificate?: Buffer } {
  const keyInfo = childElements(signature).find((el) => isElement(el, XMLDSIG_NS, 'KeyInfo'));
  if (!keyInfo) return {};
  const items = childElements(keyInfo);
  const keyName = items.find((el) => isElement(el, XMLDSIG_NS, 'KeyName'))?.content.trim();
  const x509 = items.find((el) => isElement(el, XMLDSIG_NS, 'X509Data'));
  const certEl = x509 && childElements(x509).find((el) => isElement(el, XMLDSIG_NS, 'X509Certificate'));
  const certificate = certEl ? base64(certEl) : undefined;
  return { ...(keyName ? { keyName } : {}), ...(certificate ? { certificate } : {}) };
}

function readParts(doc: XmlDocument): SignatureParts {
  const root = doc.root;
  const total = countElements(doc, XMLDSIG_NS, 'Signature');
  if (total === 0) throw new Malformed('signing.signature_missing', {});
  const rootChildren = childElements(root);
  const signatureIndex = rootChildren.findIndex((el) => isElement(el, XMLDSIG_NS, 'Signature'));
  if (total > 1) throw fail('the message holds more than one ds:Signature');
  if (signatureIndex < 0) throw fail('ds:Signature must be a child of the root element');
  const signature = rootChildren[signatureIndex]!;
  const [signedInfo, signatureValueEl] = childElements(signature);
  if (!signedInfo || !isElement(signedInfo, XMLDSIG_NS, 'SignedInfo')) throw fail('SignedInfo must come first');
  if (!signatureValueEl || !isElement(signatureValueEl, XMLDSIG_NS, 'SignatureValue')) {
    throw fail('SignatureValue must follow SignedInfo');
  }
  const c14n = algorithmOf(only(signedInfo, 'CanonicalizationMethod'));
  if (c14n !== C14N_URI && c14n !== C14N_WITH_COMMENTS_URI) {
    throw new Malformed('signing.algorithm_unsupported', { what: 'CanonicalizationMethod', uri: c14n });
  }
  const methodUri = algorithmOf(only(signedInfo, 'SignatureMethod'));
  const algorithm = signatureAlgorithmOf(methodUri);
  if (!algorithm) throw new Malformed('signing.algorithm_unsupported', { what: 'SignatureMethod', uri: methodUri });
  const { digest, digestValue } = readReference(signedInfo);
  return {
    signature,
    signedInfo,
    signedInfoWithComments: c14n === C14N_WITH_COMMENTS_URI,
    algorithm,
    digest,
    digestValue,
    signatureValue: base64(signatureValueEl),
    ...readKeyInfo(signature),
    signatureIndex,
  };
}

/** What can still be said about a signature that failed to read: its algorithm and KeyName, when legible. */
function context(doc: XmlDocument): { algorithm?: SignatureAlgorithm; keyName?: string } {
  const signature = childElements(doc.root).find((el) => isElement(el, XMLDSIG_NS, 'Signature'));
  if (!signature) return {};
  const signedInfo = childElements(signature).find((el) => isElement(el, XMLDSIG_NS, 'SignedInfo'));
  const method = signedInfo && childElements(signedInfo).find((el) => isElement(el, XMLDSIG_NS, 'SignatureMethod'));
  const algorithm = signatureAlgorithmOf(method?.attr('Algorithm')?.value ?? '');
  let keyName: string | undefined;
  try {
    keyName = readKeyInfo(signature).keyName;
  } catch {
    keyName = undefined;
  }
  return { ...(algorithm ? { algorithm } : {}), ...(keyName ? { keyName } : {}) };
}

/** The signature's parts, or the reason it cannot be checked. The document must stay open while parts are used. */
export function readSignature(doc: XmlDocument): ReadOutcome {
  try {
    return { ok: true, parts: readParts(doc) };
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    return { ok: false, code: error.code, details: error.details, ...context(doc) };
  }
}
