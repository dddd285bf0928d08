import type { XmlDocument } from 'libxml2-wasm';
import { AppError } from '../../../kernel/errors/index.js';
import { type Direction, type Edition, type MessageDef, NAMESPACES } from '../schema-model.js';
import { type CebIssue, parseDocument, schemaIssues } from '../validation/libxml.js';
import { DEFAULT_XML_LIMITS, type RootTag, type ScreenedXml, screenXml, type XmlLimits } from '../xml/screen.js';
import { parseTree, type XmlElement } from '../xml/tree.js';
import { valueIssues } from './check-values.js';
import { decodeComplex, schemaInvalid } from './decode.js';
import { encodeDocument } from './encode.js';
import { PLACEHOLDER_SIGNATURE } from './placeholder-signature.js';

export interface DecodeOptions {
  /** Validate against the official XSD first (default true). Turn off only for XML validated moments ago. */
  readonly validate?: boolean;
  readonly limits?: Partial<XmlLimits>;
}

export interface EncodeOptions {
  /** Newlines and indentation (default true). */
  readonly pretty?: boolean;
  /** Write the XML declaration (default true). */
  readonly declaration?: boolean;
  /**
   * Produce the document without `ds:Signature` even where the XSD requires one (CEB621/623/625/711): the input
   * of the signer. Everything else is still validated (with a placeholder signature standing in).
   */
  readonly unsigned?: boolean;
  /**
   * Signing hook: receives the unsigned document (exactly the bytes the signature will envelop) and returns the
   * `<ds:Signature …>` element as XML; the codec inserts it where the XSD wants it and validates the result.
   */
  readonly sign?: (unsignedXml: string) => string;
  /**
   * How the output is checked (default `xsd`): `xsd` validates the written document against the official XSD;
   * `values` checks only what depends on the values — occurrences, required attributes, each leaf's type and facets
   * (`check-values.ts`) — before writing, for hot paths whose documents the encoder's fixed structure makes valid
   * (the golden tests validate that structure against the XSD).
   */
  readonly validate?: OutgoingValidation;
}

/** How an encoder checks what it writes (see `EncodeOptions.validate`). */
export type OutgoingValidation = 'xsd' | 'values';

/** A message whose XSD-required `ds:Signature` may still be missing (input of `unsigned`/`sign` encoding). */
export type Unsigned<T> = T extends { Signature: string } ? Omit<T, 'Signature'> & { Signature?: string } : T;

/** Decodes, encodes and validates one message type of one edition. Every output is XSD-validated. */
export interface CebCodec<T> {
  readonly type: string;
  readonly edition: Edition;
  readonly direction: Direction;
  /** Root element name, e.g. `CEB311Message`. */
  readonly rootName: string;
  readonly def: MessageDef;
  decode(xml: string | Uint8Array, options?: DecodeOptions): T;
  /** Encodes and validates; a message lacking a required signature passes only with `unsigned` or `sign`. */
  encode(message: T | Unsigned<T>, options?: EncodeOptions): string;
  /** Problems the official XSD finds in a document of this type (empty when valid); throws for unsafe or malformed input. */
  validate(xml: string | Uint8Array, limits?: Partial<XmlLimits>): CebIssue[];
}

export function limitsOf(partial?: Partial<XmlLimits>): XmlLimits {
  return partial ? { ...DEFAULT_XML_LIMITS, ...partial } : DEFAULT_XML_LIMITS;
}

/** The namespace URI and local name of the root start tag. */
export function rootName(root: RootTag): { uri: string; local: string } {
  const colon = root.qname.indexOf(':');
  const prefix = colon === -1 ? '' : root.qname.slice(0, colon);
  const local = colon === -1 ? root.qname : root.qname.slice(colon + 1);
  const uri = root.attributes[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? '';
  return { uri, local };
}

export class MessageCodec<T> implements CebCodec<T> {
  readonly type: string;
  readonly direction: Direction;
  readonly rootName: string;

  constructor(
    readonly def: MessageDef,
    readonly edition: Edition,
  ) {
    this.type = def.type;
    this.direction = def.direction;
    this.rootName = def.root.name;
  }

  private screen(xml: string | Uint8Array, limits?: Partial<XmlLimits>): ScreenedXml {
    const screened = screenXml(xml, limitsOf(limits));
    const { uri, local } = rootName(screened.root);
    if (local !== this.rootName || uri !== NAMESPACES[this.def.root.ns]) {
      throw new AppError('ceb.message_mismatch', { expected: this.rootName, actual: `${local} (${uri || 'no namespace'})` });
    }
    return screened;
  }

  private issues(text: string): CebIssue[] {
    const doc = parseDocument(text);
    try {
      return schemaIssues(doc, this.edition, this.def.schema);
    } finally {
      doc.dispose();
    }
  }

  validate(xml: string | Uint8Array, limits?: Partial<XmlLimits>): CebIssue[] {
    return this.issues(this.screen(xml, limits).text);
  }

  decode(xml: string | Uint8Array, options: DecodeOptions = {}): T {
    const { text } = this.screen(xml, options.limits);
    const doc = parseDocument(text);
    try {
      return this.decodeParsed(text, doc, options.validate ?? true);
    } finally {
      doc.dispose();
    }
  }

  /** Decodes screened text whose libxml2 document (well-formed, root already checked) the caller owns. */
  decodeParsed(text: string, doc: XmlDocument, validate: boolean): T {
    return this.decodeTree(text, doc, validate).message;
  }

  /** `decodeParsed` that also hands back the element tree it decoded (for a caller that reads more from it). */
  decodeTree(text: string, doc: XmlDocument, validate: boolean): { message: T; tree: XmlElement } {
    const ctx = { message: this.rootName, edition: this.edition };
    const issues = validate ? schemaIssues(doc, this.edition, this.def.schema) : [];
    if (issues.length > 0) throw schemaInvalid(ctx, issues);
    const tree = parseTree(text);
    return { message: decodeComplex(tree, this.def.root.type, ctx, `/${tree.qname}`) as T, tree };
  }

  encode(message: T | Unsigned<T>, options: EncodeOptions = {}): string {
    const layout = { pretty: options.pretty ?? true, declaration: options.declaration ?? true };
    let xml = encodeDocument(this.def, message, layout);
    let checked = xml;
    let value: unknown = message;
    if (options.sign) {
      const signature = options.sign(xml);
      value = { ...(message as object), Signature: signature };
      xml = encodeDocument(this.def, value, layout);
      checked = xml;
    } else if (options.unsigned && this.requiresSignature() && !(message as { Signature?: unknown }).Signature) {
      value = { ...(message as object), Signature: PLACEHOLDER_SIGNATURE };
      if (options.validate !== 'values') checked = encodeDocument(this.def, value, layout);
    }
    const issues = options.validate === 'values' ? valueIssues(this.def.root, value) : this.issues(checked);
    if (issues.length > 0) {
      const first = issues[0];
      throw new AppError('ceb.encode_invalid', {
        message: this.rootName,
        edition: this.edition,
        count: issues.length,
        first: first ? `${first.path}: ${first.message}` : 'unknown',
        path: first?.path,
        errors: issues,
      });
    }
    return xml;
  }

  /** True when the XSD makes `ds:Signature` mandatory for this message. */
  requiresSignature(): boolean {
    return this.def.root.type.children.some((c) => c.type.kind === 'rawElement' && c.min > 0);
  }
}
