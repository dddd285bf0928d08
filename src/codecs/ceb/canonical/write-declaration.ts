import { AppError } from '../../../kernel/errors/index.js';
import type { EncodeOptions } from '../codec/codec.js';
import type { ExtendMessage } from '../generated/202205/import.types.js';
import { codecFor } from '../registry.js';
import { DEFAULT_EDITION } from '../schema-model.js';
import { stockLinesExtension } from './bonded-stock.js';
import { newGuid } from './guid.js';
import { LAYOUT, mappingOf, WRITE_DEFAULTS } from './layout.js';
import { type CanonicalDocument, type DeclarationInput, type DeclarationType, KIND_OF } from './types.js';
import { defined, type Flat } from './wire-fields.js';

type Wire = Record<string, unknown>;

function shapeError(type: DeclarationType, reason: string, path: string): AppError {
  return new AppError('ceb.encode_shape', { message: `${type}Message`, reason, path });
}

/** The wire element of one document: defaults < extras < canonical document < head. */
function documentWire(type: DeclarationType, d: CanonicalDocument, index: number): Wire {
  const kind = KIND_OF[type];
  const path = `documents[${index}]`;
  if (d.kind !== kind) throw shapeError(type, `a ${d.kind} document cannot go into ${type} (it carries ${kind} documents)`, path);
  const layout = LAYOUT[type];
  const { head, lines } = mappingOf(kind).fromDoc(d.doc);
  const extraLines = d.extra?.lines ?? [];
  if (extraLines.length > lines.length) throw shapeError(type, `extra.lines has ${extraLines.length} entries for ${lines.length} lines`, path);
  const headFields: Flat = { guid: d.head.guid, appType: d.head.appType, appTime: d.head.appTime, appStatus: d.head.appStatus };
  const wireHead = { ...WRITE_DEFAULTS[type], ...d.extra?.fields, ...defined(head), ...headFields };
  if (!layout.head) return wireHead;
  const out: Wire = { [layout.head]: wireHead };
  if (layout.list) out[layout.list] = lines.map((l, i) => ({ ...extraLines[i], ...defined(l) }));
  return out;
}

function extensionWire(input: DeclarationInput): ExtendMessage | undefined {
  const stock = input.documents.flatMap((d) => (d.kind === 'delivery' && d.doc.stockLines ? [d.doc.stockLines] : []));
  if (stock[0] && input.extension) {
    throw shapeError(input.type, 'the bonded stock lines use the only ExtendMessage; no other extension fits', 'extension');
  }
  if (stock[0]) return stockLinesExtension(stock[0]);
  return input.extension ? { name: input.extension.name, version: input.extension.version, Message: input.extension.message } : undefined;
}

/**
 * Writes a canonical declaration as XSD-valid CEB XML of its edition (202205 by default), without signature:
 * for CEB621/623/625/711, whose XSD requires `ds:Signature`, the result is the unsigned signer input (validated
 * with a placeholder signature standing in, see the codecs' `encode(msg, { unsigned: true })`). Documents keep
 * their order; `extra` supplies wire fields the canonical model lacks. Throws `ceb.encode_shape` for a
 * document of the wrong kind and `ceb.encode_invalid` when the result would fail the XSD (e.g. a required
 * name missing from both the document and its extras).
 */
export function writeDeclaration(input: DeclarationInput, options: Pick<EncodeOptions, 'pretty' | 'declaration'> = {}): string {
  const { type } = input;
  const layout = LAYOUT[type];
  if (!layout) throw new AppError('ceb.not_a_declaration', { type: String(type) });
  if (layout.single && input.documents.length !== 1) {
    throw shapeError(type, `${type} carries exactly one document, got ${input.documents.length}`, 'documents');
  }
  const documents = input.documents.map((d, i) => documentWire(type, d, i));
  const extension = extensionWire(input);
  const message: Wire = {
    guid: input.guid ?? newGuid(),
    version: '1.0',
    [layout.container]: layout.single ? documents[0] : documents,
    BaseTransfer: defined({ ...input.transfer }),
    ...(input.subscriptions ? { BaseSubscribe: input.subscriptions.map((s) => defined({ ...s })) } : {}),
    ...(extension ? { ExtendMessage: extension } : {}),
  };
  const codec = codecFor(type, input.edition ?? DEFAULT_EDITION) as { encode(m: unknown, o?: EncodeOptions): string };
  return codec.encode(message, { ...options, unsigned: true });
}
