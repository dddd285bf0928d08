/**
 * Customs CBEC ("CEB") message codecs: every message of the 2018 and 202205 editions plus the DXP envelopes,
 * decoded to and encoded from typed wire objects (generated from the official XSDs), validated against the
 * official XSDs in both directions, behind a hardened XML entry point.
 */
export { type DecodedCeb, decodeCeb, encodeCeb } from './any-message.js';
export { type CebBenchOps, cebBenchOps } from './bench-ops.js';
export type { CebCodec, DecodeOptions, EncodeOptions, OutgoingValidation, Unsigned } from './codec/codec.js';
export { PLACEHOLDER_SIGNATURE } from './codec/placeholder-signature.js';
export { addDecimals, compareDecimals, isDecimalString, multiplyDecimal, subtractDecimal } from './decimal.js';
export { decodeDomain, encodeDomain, fromDomain, toDomain } from './domain/mapper.js';
export { DOMAIN_MESSAGES, type DomainMessageType, isDomainMessageType } from './domain/naming.js';
export { chinaDateTime, type Unwrapped, unwrapDxp, type WrapOptions, wrapDxp } from './dxp-envelope.js';
export type * as Export2018 from './generated/2018/export.types.js';
export type * as Import2018 from './generated/2018/import.types.js';
export type * as Export202205 from './generated/202205/export.types.js';
export type * as Import202205 from './generated/202205/import.types.js';
export type * as Domain from './generated/domain.types.js';
export type * as Dxp from './generated/dxp.types.js';
export {
  type CebMessageType,
  type CebMessageType2018,
  codecFor,
  type DetectedMessage,
  detectMessage,
  editionFromVersion,
  isMessageType,
  messageDef,
  messageTypes,
  type Wire2018,
  type Wire202205,
  type WireMessage,
} from './registry.js';
export { readMessageBytes } from './read-file.js';
export { sample, sampleMessage } from './sample/sample.js';
export { DEFAULT_EDITION, type Direction, EDITIONS, type Edition, type MessageDef } from './schema-model.js';
export { assertValidCeb, type CebValidation, type ValidateOptions, validateCeb, validationError } from './validate.js';
export type { CebIssue } from './validation/libxml.js';
export { disposeXsdValidators } from './validation/schema-set.js';
export { parseXmlSafely } from './xml/safe-parse.js';
export { DEFAULT_XML_LIMITS, type XmlLimits, screenXml } from './xml/screen.js';
export type { XmlElement } from './xml/tree.js';
