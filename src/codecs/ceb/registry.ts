import { AppError } from '../../kernel/errors/index.js';
import { type CebCodec, limitsOf, MessageCodec, rootName } from './codec/codec.js';
import type { Export2018Messages, Export2018Type } from './generated/2018/export.types.js';
import type { Import2018Messages, Import2018Type } from './generated/2018/import.types.js';
import { export2018Schema } from './generated/2018/export.schema.js';
import { import2018Schema } from './generated/2018/import.schema.js';
import type { Export202205Messages, Export202205Type } from './generated/202205/export.types.js';
import type { Import202205Messages, Import202205Type } from './generated/202205/import.types.js';
import { export202205Schema } from './generated/202205/export.schema.js';
import { import202205Schema } from './generated/202205/import.schema.js';
import { dxpSchema } from './generated/dxp.schema.js';
import type { DxpMessages, DxpType } from './generated/dxp.types.js';
import { DEFAULT_EDITION, type Direction, type Edition, type MessageDef, NAMESPACES } from './schema-model.js';
import { type RootTag, screenXml, type XmlLimits } from './xml/screen.js';

/** Wire types of every message, per edition. */
export type Wire202205 = Import202205Messages & Export202205Messages & DxpMessages;
export type Wire2018 = Import2018Messages & Export2018Messages & DxpMessages;

/** Every message type code: `CEB311` … `CEB792`, `DxpMsg`, `DxpRep`, `DxpMsgSv`. */
export type CebMessageType = Import202205Type | Export202205Type | DxpType;
export type CebMessageType2018 = Import2018Type | Export2018Type | DxpType;

/** The wire type of a message in an edition (`never` where the edition lacks it, e.g. CEB213 in 2018). */
export type WireMessage<T extends CebMessageType, E extends Edition = '202205'> = E extends '2018'
  ? T extends keyof Wire2018
    ? Wire2018[T]
    : never
  : T extends keyof Wire202205
    ? Wire202205[T]
    : never;

const DEFS: Readonly<Record<Edition, Readonly<Record<string, MessageDef>>>> = {
  '2018': { ...import2018Schema, ...export2018Schema, ...dxpSchema },
  '202205': { ...import202205Schema, ...export202205Schema, ...dxpSchema },
};

/** The message types of an edition, import first, then export, then the DXP envelopes. */
export function messageTypes(edition: Edition = DEFAULT_EDITION): CebMessageType[] {
  return Object.keys(DEFS[edition]) as CebMessageType[];
}

export function isMessageType(value: string): value is CebMessageType {
  return value in DEFS['202205'];
}

/** The descriptor of a message, or undefined when the edition does not have it. */
export function messageDef(type: string, edition: Edition = DEFAULT_EDITION): MessageDef | undefined {
  return Object.hasOwn(DEFS[edition], type) ? DEFS[edition][type] : undefined;
}

/** The code of a root element name: `CEB311Message` → `CEB311`, `DxpMsg` → `DxpMsg`. */
export function typeOfRoot(local: string, uri: string): CebMessageType | undefined {
  if (uri === NAMESPACES.ceb) {
    const m = /^(CEB\d{3})Message$/.exec(local);
    return m?.[1] && isMessageType(m[1]) ? m[1] : undefined;
  }
  if (uri === NAMESPACES.dxp && isMessageType(local)) return local;
  return undefined;
}

/**
 * The edition a document declares. Both editions write `version="1.0"` on the root, so the attribute decides
 * only when it names an edition (`2018…` or `2022…`); otherwise the current edition, 202205, applies.
 */
export function editionFromVersion(version: string | undefined): Edition | undefined {
  if (!version) return undefined;
  if (/^2018/.test(version)) return '2018';
  if (/^2022/.test(version)) return '202205';
  return undefined;
}

export interface DetectedMessage {
  readonly type: CebMessageType;
  readonly edition: Edition;
  readonly direction: Direction;
  /** Root element as written, e.g. `ceb:CEB311Message`. */
  readonly root: string;
}

function unknownRoot(root: RootTag): AppError {
  const { uri, local } = rootName(root);
  const typo = /^(CEB\d{3})$/.exec(local);
  const hint = typo?.[1] && isMessageType(typo[1]) ? `; did you mean ${typo[1]}Message?` : uri ? ` (namespace ${uri})` : ' (no namespace)';
  return new AppError('ceb.unknown_message', { element: local, hint, path: `/${root.qname}` });
}

/** Detects from an already screened root tag. */
export function detectFromRoot(root: RootTag, edition?: Edition): DetectedMessage {
  const { uri, local } = rootName(root);
  const type = typeOfRoot(local, uri);
  if (!type) throw unknownRoot(root);
  const chosen = edition ?? editionFromVersion(root.attributes['version']) ?? DEFAULT_EDITION;
  const def = messageDef(type, chosen);
  if (!def) throw new AppError('ceb.edition_mismatch', { type, edition: chosen, path: `/${root.qname}` });
  return { type, edition: chosen, direction: def.direction, root: root.qname };
}

/** What a document is: message type, edition, direction. Screens the input (size, DOCTYPE, depth) first. */
export function detectMessage(xml: string | Uint8Array, options: { edition?: Edition; limits?: Partial<XmlLimits> } = {}): DetectedMessage {
  return detectFromRoot(screenXml(xml, limitsOf(options.limits)).root, options.edition);
}

const codecs = new Map<string, CebCodec<unknown>>();

/** The codec of a message type in an edition (202205 by default). */
export function codecFor<T extends CebMessageType, E extends Edition = '202205'>(type: T, edition?: E): CebCodec<WireMessage<T, E>> {
  const ed: Edition = edition ?? DEFAULT_EDITION;
  const key = `${ed}:${type}`;
  const cached = codecs.get(key);
  if (cached) return cached as CebCodec<WireMessage<T, E>>;
  const def = messageDef(type, ed);
  if (!def) {
    if (!isMessageType(type)) throw new AppError('ceb.unknown_message', { element: String(type), hint: '' });
    throw new AppError('ceb.edition_mismatch', { type, edition: ed });
  }
  const codec = new MessageCodec<WireMessage<T, E>>(def, ed);
  codecs.set(key, codec as CebCodec<unknown>);
  return codec;
}
