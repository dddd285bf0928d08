import { createHash } from 'node:crypto';
import { ParseOption, XmlDocument, XmlElement, type XmlOutputBufferHandler, XmlTreeNode } from 'libxml2-wasm';
import { AppError } from '../kernel/errors/index.js';

/**
 * Parsing and canonicalisation for signing, on libxml2 (libxml2-wasm). Input is refused before parsing when it is
 * larger than the limit or declares a DOCTYPE (no DTDs, hence no entity definitions or expansion); the parser runs
 * without network or external entities and keeps libxml2's own depth and size limits.
 */

export const DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface XmlLimits {
  /** Largest accepted message, in UTF-8 bytes. */
  readonly maxBytes?: number;
}

const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_IGNORE_ENC;
const PROLOG_DOCTYPE = /^\uFEFF?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)*<!DOCTYPE/;

/** Parses a message for signing or verification; unusable input throws a coded error. Dispose the result. */
export function parseMessage(xml: string, limits: XmlLimits = {}): XmlDocument {
  if (typeof xml !== 'string' || xml.length === 0) {
    throw new AppError('signing.input_rejected', { reason: 'the message is empty' });
  }
  const max = limits.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  if (xml.length > max) throw new AppError('signing.input_rejected', { reason: `it is larger than ${max} bytes` });
  if (PROLOG_DOCTYPE.test(xml)) {
    throw new AppError('signing.input_rejected', { reason: 'a DOCTYPE declaration is not allowed' });
  }
  const bytes = Buffer.from(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, 'utf8');
  if (bytes.length > max) throw new AppError('signing.input_rejected', { reason: `it is larger than ${max} bytes` });
  let doc: XmlDocument;
  try {
    // fromBuffer is markedly faster than fromString; IGNORE_ENC makes libxml2 read the bytes as the UTF-8 they are.
    doc = XmlDocument.fromBuffer(bytes, { option: PARSE_OPTIONS });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 300) : 'parse error';
    throw new AppError('signing.malformed_xml', { reason }, { cause: error });
  }
  if (doc.dtd !== null) {
    doc.dispose();
    throw new AppError('signing.input_rejected', { reason: 'a DOCTYPE declaration is not allowed' });
  }
  return doc;
}

/** Element children of `parent`, skipping text, comments and processing instructions. */
export function childElements(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node: XmlTreeNode | null = parent.firstChild; node; node = node.next) {
    if (node instanceof XmlElement) out.push(node);
    // libxml2-wasm gives a processing instruction no siblings (it is not an XmlTreeNode): walking on would stop
    // there and miss the elements after it, so such a parent's children come from XPath instead
    else if (!(node instanceof XmlTreeNode)) return parent.find('*').filter((n): n is XmlElement => n instanceof XmlElement);
  }
  return out;
}

export function isElement(node: XmlElement, namespace: string, localName: string): boolean {
  return node.name === localName && node.namespaceUri === namespace;
}

/** How many elements named {namespace}localName the document holds (XPath, evaluated inside libxml2). */
export function countElements(doc: XmlDocument, namespace: string, localName: string): number {
  const count = doc.eval(`count(//n:${localName})`, { n: namespace });
  return typeof count === 'number' ? count : 0;
}

class ByteSink implements XmlOutputBufferHandler {
  readonly chunks: Buffer[] = [];
  write = (buf: Uint8Array): number => {
    this.chunks.push(Buffer.from(buf));
    return buf.byteLength;
  };
  close = (): boolean => true;
}

/** Inclusive C14N 1.0 (without comments) of the whole document, hashed as it streams out. */
export function digestCanonicalDocument(doc: XmlDocument, hash: string): Buffer {
  const h = createHash(hash);
  doc.canonicalize(
    {
      write: (buf) => {
        h.update(buf);
        return buf.byteLength;
      },
      close: () => true,
    },
    { withComments: false },
  );
  return h.digest();
}

/**
 * Inclusive C14N 1.0 of one element's subtree as it sits in its document: in-scope namespace declarations and
 * inherited xml:* attributes of the ancestors are rendered on it (the document-subset rule of C14N 1.0).
 */
export function canonicalSubtree(doc: XmlDocument, element: XmlElement, withComments: boolean): Buffer {
  const sink = new ByteSink();
  doc.canonicalize(sink, { nodeSet: new Set([element]), withComments });
  return Buffer.concat(sink.chunks);
}
