import { randomUUID } from 'node:crypto';
import { AppError } from '../../kernel/errors/index.js';
import { limitsOf } from './codec/codec.js';
import type { DxpMsg } from './generated/dxp.types.js';
import { codecFor, type DetectedMessage, detectFromRoot } from './registry.js';
import type { Edition } from './schema-model.js';
import { assertValidCeb } from './validate.js';
import { screenXml, type XmlLimits } from './xml/screen.js';

/**
 * The terminal-node transport envelope: `dxp:DxpMsg` carrying a business message base64-encoded in `Data`.
 * Both directions validate: the business message against its CEB XSD, the envelope against the DXP XSD.
 */

export interface WrapOptions {
  /** Sender DXP id (1..16 chars, allocated by the exchange platform). */
  readonly senderId: string;
  /** Receiver DXP id(s), 1..5; customs CBEC import is commonly `DXPEDCCEB0000002`. */
  readonly receiverIds: string | readonly string[];
  /** `MsgType`; defaults to the business root element name, e.g. `CEB311Message`. */
  readonly msgType?: string;
  /** `CopMsgId`; defaults to a new UUID. */
  readonly copMsgId?: string;
  /** `CreatTime`; defaults to now. Written as China Standard Time (UTC+8) without offset. */
  readonly createdAt?: Date;
  /** `AddInfo/FileName`; defaults to `<MsgType>_<CopMsgId>.xml`. Pass '' to omit AddInfo. */
  readonly fileName?: string;
  /** Edition of the business message (default: detected). */
  readonly edition?: Edition;
  readonly limits?: Partial<XmlLimits>;
}

export interface Unwrapped {
  readonly envelope: DxpMsg;
  /** The business message XML carried in `Data` (exactly, a BOM included). */
  readonly payload: string;
  readonly payloadBytes: Buffer;
  /** What the payload is, when it is a known message. */
  readonly detected?: DetectedMessage;
}

/** `2024-05-01T10:30:00` in UTC+8: the local time of the China E-Port. */
export function chinaDateTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
}

/** Wraps a business message in a validated `DxpMsg`. Throws coded errors when either part is invalid. */
export function wrapDxp(businessXml: string | Uint8Array, options: WrapOptions): string {
  const check = assertValidCeb(businessXml, {
    ...(options.edition ? { edition: options.edition } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const bytes = typeof businessXml === 'string' ? Buffer.from(businessXml, 'utf8') : Buffer.from(businessXml);
  const msgType = options.msgType ?? (check.message.startsWith('CEB') ? `${check.message}Message` : check.message);
  const copMsgId = options.copMsgId ?? randomUUID();
  const receivers = typeof options.receiverIds === 'string' ? [options.receiverIds] : [...options.receiverIds];
  const fileName = options.fileName ?? `${msgType}_${copMsgId}.xml`;
  const envelope: DxpMsg = {
    ver: '1.0',
    TransInfo: {
      CopMsgId: copMsgId,
      SenderId: options.senderId,
      ReceiverIds: { ReceiverId: receivers },
      CreatTime: chinaDateTime(options.createdAt ?? new Date()),
      MsgType: msgType,
    },
    Data: bytes.toString('base64'),
    ...(fileName ? { AddInfo: { FileName: fileName } } : {}),
  };
  return codecFor('DxpMsg', check.edition).encode(envelope);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Unwraps a `DxpMsg`: validates the envelope and returns the business XML it carries. */
export function unwrapDxp(xml: string | Uint8Array, options: { limits?: Partial<XmlLimits>; edition?: Edition } = {}): Unwrapped {
  const envelope = codecFor('DxpMsg', options.edition).decode(xml, options.limits ? { limits: options.limits } : {});
  const bytes = Buffer.from(envelope.Data.replace(/\s+/g, ''), 'base64');
  let payload: string;
  try {
    payload = utf8.decode(bytes);
  } catch (cause) {
    throw new AppError('ceb.envelope_data_invalid', { reason: 'Data is not UTF-8 text' }, { cause });
  }
  try {
    const detected = detectFromRoot(screenXml(payload, limitsOf(options.limits)).root, options.edition);
    return { envelope, payload, payloadBytes: bytes, detected };
  } catch {
    return { envelope, payload, payloadBytes: bytes };
  }
}
