import { type DecodeOptions, type EncodeOptions, limitsOf, type MessageCodec } from './codec/codec.js';
import { type CebMessageType, type CebMessageType2018, codecFor, detectFromRoot, type Wire2018, type Wire202205 } from './registry.js';
import { parseDocument } from './validation/libxml.js';
import { screenXml } from './xml/screen.js';
import type { Direction, Edition } from './schema-model.js';

/** A decoded message of any type, discriminated by `type` and `edition`. */
export type DecodedCeb =
  | { [T in CebMessageType]: { type: T; edition: '202205'; direction: Direction; message: Wire202205[T] } }[CebMessageType]
  | { [T in CebMessageType2018]: { type: T; edition: '2018'; direction: Direction; message: Wire2018[T] } }[CebMessageType2018];

/**
 * Detects the message type and edition, validates and decodes. Checks run in order: screening (size,
 * encoding, DOCTYPE, entities, depth), well-formedness, known root, XSD.
 */
export function decodeCeb(xml: string | Uint8Array, options: DecodeOptions & { edition?: Edition } = {}): DecodedCeb {
  const screened = screenXml(xml, limitsOf(options.limits));
  const doc = parseDocument(screened.text);
  try {
    const detected = detectFromRoot(screened.root, options.edition);
    const codec = codecFor(detected.type, detected.edition) as MessageCodec<unknown>;
    const message = codec.decodeParsed(screened.text, doc, options.validate ?? true);
    return { type: detected.type, edition: detected.edition, direction: detected.direction, message } as DecodedCeb;
  } finally {
    doc.dispose();
  }
}

/** Encodes (and validates) a decoded message of any type. */
export function encodeCeb(decoded: DecodedCeb, options?: EncodeOptions): string {
  const codec = codecFor(decoded.type as CebMessageType, decoded.edition) as { encode(m: unknown, o?: EncodeOptions): string };
  return codec.encode(decoded.message, options);
}
