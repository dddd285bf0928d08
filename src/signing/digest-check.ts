import { timingSafeEqual } from 'node:crypto';
import { type XmlDocument, type XmlElement, XmlText } from 'libxml2-wasm';
import { digestCanonicalDocument } from './xml-document.js';

/**
 * The Reference check of an enveloped signature: digest of the canonical document without the ds:Signature element.
 *
 * Tolerance: some signers (S5, as used at the 海口/广州 E-Ports) digest the message *before* inserting the
 * signature and then insert it together with line breaks/indentation, so whitespace-only text next to ds:Signature
 * is not covered by the digest. A real E-Port-signed CEB621 (S5's CEB621Message_signed.xml) only verifies with that
 * whitespace ignored. The root's content is element-only in every CEB/DXP XSD, so that whitespace carries no data;
 * when the strict digest fails, the variants without it are tried and the result says so.
 */

export type DigestOutcome = 'match' | 'match-ignoring-signature-whitespace' | 'mismatch';

function whitespaceText(node: unknown): XmlText | undefined {
  return node instanceof XmlText && /^\s+$/.test(node.content) ? node : undefined;
}

export function digestsEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Removes `signature` from `doc` (the enveloped-signature transform) and compares digests. */
export function checkEnvelopedDigest(
  doc: XmlDocument,
  signature: XmlElement,
  hash: string,
  expected: Buffer,
  tolerateWhitespace: boolean,
): DigestOutcome {
  const before = whitespaceText(signature.prev);
  const after = whitespaceText(signature.next);
  signature.remove();
  if (digestsEqual(digestCanonicalDocument(doc, hash), expected)) return 'match';
  if (!tolerateWhitespace || (!before && !after)) return 'mismatch';
  const texts = { before: before?.content ?? '', after: after?.content ?? '' };
  const variants: Array<[string, string]> = [
    ['', texts.after],
    [texts.before, ''],
    ['', ''],
  ];
  for (const [b, a] of variants) {
    if (b === texts.before && a === texts.after) continue;
    if (before) before.content = b;
    if (after) after.content = a;
    if (digestsEqual(digestCanonicalDocument(doc, hash), expected)) return 'match-ignoring-signature-whitespace';
  }
  return 'mismatch';
}
