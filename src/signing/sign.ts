import { AppError } from '../kernel/errors/index.js';
import {
  DIGEST_METHODS,
  defaultAlgorithmFor,
  SIGNATURE_METHODS,
  type SignatureAlgorithm,
  XMLDSIG_NS,
} from './algorithms.js';
import type { SigningKey } from './keys.js';
import { base64Lines } from './pem.js';
import { assertSignableRoot, insertionOffset, signatureChildIndex } from './placement.js';
import { keyInfoXml, signatureXml, signedInfoXml } from './signature-block.js';
import type { Sm2SignatureEncoding } from './sm2.js';
import {
  canonicalSubtree,
  childElements,
  countElements,
  digestCanonicalDocument,
  parseMessage,
  type XmlLimits,
} from './xml-document.js';
import { type RootLayout, scanRoot } from './xml-scan.js';

export interface SignOptions extends XmlLimits {
  /** Default: `sm2-sm3` for SM2 keys, `rsa-sha1` for RSA keys. */
  readonly algorithm?: SignatureAlgorithm;
  /** ds:KeyName; default the key's name (from its certificate serial, or given when loading it). */
  readonly keyName?: string;
  /** DER certificate for ds:X509Data; default the key's certificate; `null` leaves X509Data out. */
  readonly certificate?: Uint8Array | null;
  /** SM2 distinguishing identifier; default `1234567812345678`. */
  readonly sm2UserId?: string;
  /** SM2 SignatureValue encoding; default `der` (see sm2.ts). */
  readonly sm2SignatureEncoding?: Sm2SignatureEncoding;
}

const SIGNATURE_VALUE_PLACEHOLDER = '';

function resolveKeyName(key: SigningKey, options: SignOptions): string {
  const keyName = options.keyName ?? key.keyName;
  if (keyName === undefined || keyName.trim() === '') throw new AppError('signing.key_name_missing');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (keyName.length > 256 || /[\u0000-\u001f\u007f]/.test(keyName)) {
    throw new AppError('signing.invalid_option', { option: 'keyName', reason: 'at most 256 printable characters' });
  }
  return keyName;
}

function resolveAlgorithm(key: SigningKey, options: SignOptions): SignatureAlgorithm {
  const algorithm = options.algorithm ?? defaultAlgorithmFor(key.type);
  const method = SIGNATURE_METHODS[algorithm];
  if (!method) throw new AppError('signing.invalid_option', { option: 'algorithm', reason: `unknown ${algorithm}` });
  if (method.keyType !== key.type) throw new AppError('signing.key_algorithm_mismatch', { keyType: key.type, algorithm });
  return algorithm;
}

function signBytes(key: SigningKey, algorithm: SignatureAlgorithm, data: Uint8Array, options: SignOptions): Buffer {
  if (key.type === 'sm2') {
    return key.sign(data, { userId: options.sm2UserId, encoding: options.sm2SignatureEncoding });
  }
  return key.sign(data, algorithm === 'rsa-sha256' ? 'sha256' : 'sha1');
}

/**
 * Canonical SignedInfo as it will sit in the signed document. Its only ancestors are ds:Signature and the root,
 * so a small document made of the root's own start tag (verbatim: same namespace declarations and xml:*
 * attributes in scope) around the Signature canonicalises SignedInfo exactly as the full document would.
 */
function canonicalSignedInfo(xml: string, layout: RootLayout, signature: string): Buffer {
  const mini = `${xml.slice(layout.start, layout.startTagEnd)}${signature}</${layout.qname}>`;
  const doc = parseMessage(mini);
  try {
    const [sig] = childElements(doc.root);
    const [signedInfo] = sig ? childElements(sig) : [];
    if (!signedInfo) throw new AppError('signing.malformed_xml', { reason: 'signature block did not parse' });
    return canonicalSubtree(doc, signedInfo, false);
  } finally {
    doc.dispose();
  }
}

/**
 * Signs a customs message with an enveloped XML-DSig (ceb-messages.md §5.2) and returns the signed text: the input
 * unchanged except for the inserted `ds:Signature` (placed where the XSD wants it). Throws a coded AppError on
 * unusable input (not XML, DOCTYPE, too large, already signed, not a CEB/DXP message) or unusable key/options.
 */
export function signMessage(xml: string, key: SigningKey, options: SignOptions = {}): string {
  const algorithm = resolveAlgorithm(key, options);
  const keyName = resolveKeyName(key, options);
  const certificate = options.certificate === null ? undefined : (options.certificate ?? key.certificate);
  const doc = parseMessage(xml, options);
  let digest: Buffer;
  let childIndex: number | undefined;
  try {
    assertSignableRoot(doc.root);
    if (countElements(doc, XMLDSIG_NS, 'Signature') > 0) throw new AppError('signing.already_signed');
    childIndex = signatureChildIndex(doc.root);
    digest = digestCanonicalDocument(doc, DIGEST_METHODS[SIGNATURE_METHODS[algorithm].digest].hash);
  } finally {
    doc.dispose();
  }
  const layout = scanRoot(xml);
  const at = insertionOffset(layout, childIndex);
  const signedInfo = signedInfoXml(algorithm, digest);
  const keyInfo = keyInfoXml({ keyName, certificate });
  const canonical = canonicalSignedInfo(xml, layout, signatureXml(signedInfo, SIGNATURE_VALUE_PLACEHOLDER, keyInfo));
  const value = signBytes(key, algorithm, canonical, options);
  return xml.slice(0, at) + signatureXml(signedInfo, base64Lines(value), keyInfo) + xml.slice(at);
}

/** The message without its root-level ds:Signature (and the whitespace just before it); unchanged if unsigned. */
export function removeSignature(xml: string, limits: XmlLimits = {}): string {
  const doc = parseMessage(xml, limits);
  let index: number;
  try {
    index = childElements(doc.root).findIndex((el) => el.name === 'Signature' && el.namespaceUri === XMLDSIG_NS);
  } finally {
    doc.dispose();
  }
  if (index < 0) return xml;
  const span = scanRoot(xml).children[index];
  if (!span) throw new AppError('signing.malformed_xml', { reason: 'element layout could not be located in the text' });
  let start = span.start;
  while (start > 0 && /\s/.test(xml[start - 1]!)) start -= 1;
  if (xml[start - 1] !== '>') start = span.start;
  return xml.slice(0, start) + xml.slice(span.end);
}
