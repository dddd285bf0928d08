import type { XmlDocument } from 'libxml2-wasm';
import { AppError } from '../../../kernel/errors/index.js';
import type { MessageCodec } from '../codec/codec.js';
import type { BaseSubscribe, BaseTransfer, ExtendMessage } from '../generated/202205/import.types.js';
import { codecFor, detectFromRoot } from '../registry.js';
import type { Edition } from '../schema-model.js';
import { parseDocument } from '../validation/libxml.js';
import type { XmlElement } from '../xml/tree.js';
import { type ScreenedXml, screenXml } from '../xml/screen.js';
import { isBondedStockExtension, readStockLines } from './bonded-stock.js';
import { LAYOUT, mappingOf } from './layout.js';
import {
  type CanonicalDocument,
  type Declaration,
  type DeclarationType,
  isDeclarationType,
  KIND_OF,
  type Subscription,
  type Transfer,
  type WireExtras,
} from './types.js';
import { withPlaceholderSignature } from './unsigned.js';
import { type Flat, HEAD_FIELDS, leftovers } from './wire-fields.js';

/** The parts of a decoded declaration this layer reads (the wire types of both editions share them). */
export interface DeclarationWire {
  readonly guid: string;
  readonly BaseTransfer: BaseTransfer;
  readonly BaseSubscribe?: readonly BaseSubscribe[];
  readonly ExtendMessage?: ExtendMessage;
  readonly Signature?: string;
  readonly [element: string]: unknown;
}

function transferOf(t: BaseTransfer): Transfer {
  return { copCode: t.copCode, copName: t.copName, dxpMode: t.dxpMode, dxpId: t.dxpId, ...(t.note !== undefined ? { note: t.note } : {}) };
}

function subscriptionOf(s: BaseSubscribe): Subscription {
  return { status: s.status, dxpMode: s.dxpMode, dxpAddress: s.dxpAddress, ...(s.note !== undefined ? { note: s.note } : {}) };
}

function extrasOf(head: Flat, lines: readonly Flat[], back: { head: Flat; lines: readonly Flat[] }): WireExtras | undefined {
  const fields = leftovers(head, back.head, HEAD_FIELDS);
  const lineExtras = lines.map((l, i) => leftovers(l, back.lines[i] ?? {}) ?? {});
  const hasLines = lineExtras.some((e) => Object.keys(e).length > 0);
  if (!fields && !hasLines) return undefined;
  return { ...(fields ? { fields } : {}), ...(hasLines ? { lines: lineExtras } : {}) };
}

/** The canonical documents of a decoded declaration, in message order. */
export function documentsOf(type: DeclarationType, wire: DeclarationWire): CanonicalDocument[] {
  const layout = LAYOUT[type];
  const kind = KIND_OF[type];
  const mapping = mappingOf(kind);
  const raw = wire[layout.container];
  const items = (Array.isArray(raw) ? raw : [raw]) as Readonly<Record<string, unknown>>[];
  return items.map((item) => {
    const head = (layout.head ? item[layout.head] : item) as Flat;
    const lines = (layout.list ? (item[layout.list] ?? []) : []) as readonly Flat[];
    const doc = mapping.toDoc(head, lines);
    const extra = extrasOf(head, lines, mapping.fromDoc(doc));
    return {
      head: { guid: head['guid'] ?? '', appType: head['appType'] ?? '', appTime: head['appTime'] ?? '', appStatus: head['appStatus'] ?? '' },
      kind,
      doc,
      ...(extra ? { extra } : {}),
    } as CanonicalDocument;
  });
}

/** Puts the bonded stock lines of a CEB711's Crossgate extension into its warehouse entry. */
function withStockLines(documents: CanonicalDocument[], ext: ExtendMessage): CanonicalDocument[] {
  const stockLines = readStockLines(ext);
  return documents.map((d) => (d.kind === 'delivery' ? { ...d, doc: { ...d.doc, stockLines } } : d));
}

/** The canonical declaration of a decoded (XSD-valid) declaration message. */
export function declarationOf(type: DeclarationType, edition: Edition, wire: DeclarationWire): Declaration {
  let documents = documentsOf(type, wire);
  const ext = wire.ExtendMessage;
  const ownExtension = ext !== undefined && type === 'CEB711' && isBondedStockExtension(ext);
  if (ext && ownExtension) documents = withStockLines(documents, ext);
  return {
    type,
    edition,
    guid: wire.guid,
    transfer: transferOf(wire.BaseTransfer),
    signed: wire.Signature !== undefined,
    documents,
    ...(wire.BaseSubscribe ? { subscriptions: wire.BaseSubscribe.map(subscriptionOf) } : {}),
    ...(ext && !ownExtension ? { extension: { name: ext.name, version: ext.version, message: ext.Message } } : {}),
  };
}

export interface ReadDeclarationOptions {
  /** Validate and read as this edition; by default the document's `version` decides, else 202205. */
  readonly edition?: Edition;
  /**
   * Accept a CEB621/623/625/711 that lacks its XSD-required `ds:Signature` (the unsigned signer input
   * `writeDeclaration` returns); everything else is still validated. Default false: customs must not.
   */
  readonly unsigned?: boolean;
}

function importDeclarationOf(screened: ScreenedXml, edition: Edition | undefined): { type: DeclarationType; edition: Edition; root: string } {
  const detected = detectFromRoot(screened.root, edition);
  const { type } = detected;
  if (!isDeclarationType(type) || detected.direction !== 'import') throw new AppError('ceb.not_a_declaration', { type });
  return { type, edition: detected.edition, root: detected.root };
}

/**
 * Reads an import declaration (CEB311, 411, 511, 513, 621, 623, 625, 711) into the canonical model: validates it
 * against the official XSD of its edition (throws the codecs' coded `ceb.*` errors on unsafe, malformed or
 * invalid input), decodes and maps it. Any other message → `ceb.not_a_declaration`. The signature, when
 * present, is not verified here.
 */
export function readDeclaration(xml: string | Uint8Array, options: ReadDeclarationOptions = {}): Declaration {
  const screened = screenXml(xml);
  if (!options.unsigned) {
    const parsed = parseDeclaration(screened, options.edition);
    parsed.document.dispose();
    return parsed.declaration;
  }
  const { type, edition, root } = importDeclarationOf(screened, options.edition);
  const stand = withPlaceholderSignature(screened.text, type, edition, root);
  const decoded = codecFor(type, edition).decode(stand ?? screened.text) as unknown as DeclarationWire;
  const wire = stand === undefined ? decoded : { ...decoded, Signature: undefined };
  return declarationOf(type, edition, wire);
}

/** A declaration read from screened text, with the libxml2 document it was validated on. */
export interface ParsedDeclaration {
  readonly declaration: Declaration;
  /** The screened text (without BOM) that `document` was parsed from. */
  readonly text: string;
  /** libxml2's document of `text`, XSD-valid; the caller reads more from it (the signature) and disposes it. */
  readonly document: XmlDocument;
  /** The element tree of `text` the declaration was decoded from. */
  readonly tree: XmlElement;
}

/**
 * `readDeclaration` for a caller that goes on reading the same message: screening and libxml2's parse happen once,
 * and the parsed document is handed back (for instance to verify the signature on it). The caller must dispose
 * `document`; on a thrown error nothing is left to dispose.
 */
export function parseDeclaration(screened: ScreenedXml, edition?: Edition): ParsedDeclaration {
  const detected = importDeclarationOf(screened, edition);
  const document = parseDocument(screened.text);
  try {
    const codec = codecFor(detected.type, detected.edition) as unknown as MessageCodec<DeclarationWire>;
    const { message: wire, tree } = codec.decodeTree(screened.text, document, true);
    return { declaration: declarationOf(detected.type, detected.edition, wire), text: screened.text, document, tree };
  } catch (error) {
    document.dispose();
    throw error;
  }
}
