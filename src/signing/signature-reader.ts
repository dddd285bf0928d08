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
import { childElements, countElements } from './xml-document.js';

/**
 * Reads the one enveloped `ds:Signature` of a message strictly: exactly one signature in the whole document, as a
 * child of the root; one Reference with URI="" whose transforms are the enveloped-signature transform (optionally
 * followed by inclusive C14N); known algorithms only. Anything else is a verification outcome, not an exception.
 *
 * Two sources give the same answer: libxml2's document (`readSignature`), and a plain element tree of the same
 * well-formed text (`readSignatureFromTree`: intake has one already, and reading it costs no calls into
 * WebAssembly). signature-reader.fuzz.test.ts holds the two to the same outcome on random signatures.
 */

export interface SignatureParts<Node = XmlElement> {
  readonly signature: Node;
  readonly signedInfo: Node;
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

export type ReadOutcome<Node = XmlElement> =
  | { readonly ok: true; readonly parts: SignatureParts<Node> }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly details: ErrorDetails;
      readonly algorithm?: SignatureAlgorithm;
      readonly keyName?: string;
    };

/**
 * An element of a plain tree (the codecs' `xml/tree.ts` has this shape): local name and namespace resolved,
 * attributes with theirs, text already unescaped and line ends normalised, as XML requires.
 */
export interface PlainElement {
  readonly kind: 'element';
  readonly local: string;
  readonly uri: string;
  readonly attrs: readonly { readonly local: string; readonly uri: string; readonly value: string }[];
  readonly children: readonly (PlainElement | { readonly kind: 'text'; readonly text: string })[];
}

/** What the reader asks of an element, whichever tree it comes from. */
interface Access<Node> {
  children(node: Node): Node[];
  local(node: Node): string;
  uri(node: Node): string;
  /** The attribute of that local name without a namespace, as libxml2's `attr(name)` finds it. */
  attr(node: Node, name: string): string | undefined;
  /** All text and CDATA below the element, as libxml2's `content`. */
  text(node: Node): string;
}

const LIBXML: Access<XmlElement> = {
  children: childElements,
  local: (el) => el.name,
  uri: (el) => el.namespaceUri,
  attr: (el, name) => el.attr(name)?.value,
  text: (el) => el.content,
};

function plainText(el: PlainElement): string {
  let out = '';
  for (const c of el.children) out += c.kind === 'text' ? c.text : plainText(c);
  return out;
}

const PLAIN: Access<PlainElement> = {
  children: (el) => el.children.filter((c): c is PlainElement => c.kind === 'element'),
  local: (el) => el.local,
  uri: (el) => el.uri,
  attr: (el, name) => el.attrs.find((a) => a.local === name && a.uri === '')?.value,
  text: plainText,
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

/** The reading of one tree, through its `Access`. */
class Reader<Node> {
  constructor(private readonly a: Access<Node>) {}

  is(node: Node, localName: string): boolean {
    return this.a.local(node) === localName && this.a.uri(node) === XMLDSIG_NS;
  }

  dsChildren(parent: Node): Node[] {
    const out = this.a.children(parent);
    for (const el of out) if (this.a.uri(el) !== XMLDSIG_NS) throw fail(`unexpected element ${this.a.local(el)} in ${this.a.local(parent)}`);
    return out;
  }

  only(parent: Node, name: string): Node {
    const found = this.dsChildren(parent).filter((el) => this.a.local(el) === name);
    if (found.length !== 1) throw fail(`${this.a.local(parent)} must hold exactly one ${name}`);
    return found[0] as Node;
  }

  algorithmOf(el: Node): string {
    const value = this.a.attr(el, 'Algorithm');
    if (!value) throw fail(`${this.a.local(el)} has no Algorithm`);
    return value;
  }

  base64(el: Node): Buffer {
    const text = this.a.text(el).replace(/\s+/g, '');
    if (text === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw fail(`${this.a.local(el)} is not base64`);
    return Buffer.from(text, 'base64');
  }

  reference(signedInfo: Node): { digest: DigestAlgorithm; digestValue: Buffer } {
    const refs = this.dsChildren(signedInfo).filter((el) => this.a.local(el) === 'Reference');
    if (refs.length !== 1) throw fail('SignedInfo must hold exactly one Reference');
    const ref = refs[0] as Node;
    if (this.a.attr(ref, 'URI') !== '') throw fail('the Reference must have URI="" (the whole document)');
    const transforms = this.dsChildren(ref).find((el) => this.a.local(el) === 'Transforms');
    const uris = transforms ? this.dsChildren(transforms).map((el) => this.algorithmOf(el)) : [];
    const [first, ...rest] = uris;
    if (first !== ENVELOPED_SIGNATURE_URI || rest.some((u) => u !== C14N_URI && u !== C14N_WITH_COMMENTS_URI) || rest.length > 1) {
      throw fail('the Reference transforms must be enveloped-signature, optionally followed by C14N');
    }
    const digestUri = this.algorithmOf(this.only(ref, 'DigestMethod'));
    const digest = digestAlgorithmOf(digestUri);
    if (!digest) throw new Malformed('signing.algorithm_unsupported', { what: 'DigestMethod', uri: digestUri });
    const digestValue = this.base64(this.only(ref, 'DigestValue'));
    if (digestValue.length !== DIGEST_SIZES[digest]) throw fail(`DigestValue is not a ${digest} digest`);
    return { digest, digestValue };
  }

  keyInfo(signature: Node): { keyName?: string; certificate?: Buffer } {
    const keyInfo = this.a.children(signature).find((el) => this.is(el, 'KeyInfo'));
    if (!keyInfo) return {};
    const items = this.a.children(keyInfo);
    const keyNameEl = items.find((el) => this.is(el, 'KeyName'));
    const keyName = keyNameEl && this.a.text(keyNameEl).trim();
    const x509 = items.find((el) => this.is(el, 'X509Data'));
    const certEl = x509 && this.a.children(x509).find((el) => this.is(el, 'X509Certificate'));
    const certificate = certEl ? this.base64(certEl) : undefined;
    return { ...(keyName ? { keyName } : {}), ...(certificate ? { certificate } : {}) };
  }

  parts(root: Node, total: number): SignatureParts<Node> {
    if (total === 0) throw new Malformed('signing.signature_missing', {});
    const rootChildren = this.a.children(root);
    const signatureIndex = rootChildren.findIndex((el) => this.is(el, 'Signature'));
    if (total > 1) throw fail('the message holds more than one ds:Signature');
    if (signatureIndex < 0) throw fail('ds:Signature must be a child of the root element');
    const signature = rootChildren[signatureIndex] as Node;
    const [signedInfo, signatureValueEl] = this.a.children(signature);
    if (!signedInfo || !this.is(signedInfo, 'SignedInfo')) throw fail('SignedInfo must come first');
    if (!signatureValueEl || !this.is(signatureValueEl, 'SignatureValue')) throw fail('SignatureValue must follow SignedInfo');
    const c14n = this.algorithmOf(this.only(signedInfo, 'CanonicalizationMethod'));
    if (c14n !== C14N_URI && c14n !== C14N_WITH_COMMENTS_URI) {
      throw new Malformed('signing.algorithm_unsupported', { what: 'CanonicalizationMethod', uri: c14n });
    }
    const methodUri = this.algorithmOf(this.only(signedInfo, 'SignatureMethod'));
    const algorithm = signatureAlgorithmOf(methodUri);
    if (!algorithm) throw new Malformed('signing.algorithm_unsupported', { what: 'SignatureMethod', uri: methodUri });
    const { digest, digestValue } = this.reference(signedInfo);
    return {
      signature,
      signedInfo,
      signedInfoWithComments: c14n === C14N_WITH_COMMENTS_URI,
      algorithm,
      digest,
      digestValue,
      signatureValue: this.base64(signatureValueEl),
      ...this.keyInfo(signature),
      signatureIndex,
    };
  }

  /** What can still be said about a signature that failed to read: its algorithm and KeyName, when legible. */
  context(root: Node): { algorithm?: SignatureAlgorithm; keyName?: string } {
    const signature = this.a.children(root).find((el) => this.is(el, 'Signature'));
    if (!signature) return {};
    const signedInfo = this.a.children(signature).find((el) => this.is(el, 'SignedInfo'));
    const method = signedInfo && this.a.children(signedInfo).find((el) => this.is(el, 'SignatureMethod'));
    const algorithm = signatureAlgorithmOf((method && this.a.attr(method, 'Algorithm')) ?? '');
    let keyName: string | undefined;
    try {
      keyName = this.keyInfo(signature).keyName;
    } catch {
      keyName = undefined;
    }
    return { ...(algorithm ? { algorithm } : {}), ...(keyName ? { keyName } : {}) };
  }

  read(root: Node, total: () => number): ReadOutcome<Node> {
    try {
      return { ok: true, parts: this.parts(root, total()) };
    } catch (error) {
      if (!(error instanceof Malformed)) throw error;
      return { ok: false, code: error.code, details: error.details, ...this.context(root) };
    }
  }
}

const fromLibxml = new Reader(LIBXML);
const fromPlain = new Reader(PLAIN);

/** The signature's parts, or the reason it cannot be checked. The document must stay open while parts are used. */
export function readSignature(doc: XmlDocument): ReadOutcome {
  return fromLibxml.read(doc.root, () => countElements(doc, XMLDSIG_NS, 'Signature'));
}

function countSignatures(el: PlainElement): number {
  let n = el.local === 'Signature' && el.uri === XMLDSIG_NS ? 1 : 0;
  for (const c of el.children) if (c.kind === 'element') n += countSignatures(c);
  return n;
}

/**
 * `readSignature` on a plain tree of the message (its root element), parsed from the same text libxml2 found
 * well-formed. The parts' elements are the tree's: what needs libxml2's nodes reads them with `readSignature`.
 */
export function readSignatureFromTree(root: PlainElement): ReadOutcome<PlainElement> {
  return fromPlain.read(root, () => countSignatures(root));
}
