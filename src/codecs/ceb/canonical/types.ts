import type {
  Inventory,
  InventoryCancel,
  InventoryRefund,
  Order,
  Payment,
  WarehouseEntry,
  Waybill,
  WaybillStatus,
} from '../../../domain/model/index.js';
import type { Edition } from '../schema-model.js';

/**
 * The canonical view of the import declarations: what the business core (`src/domain/model`) sees of a CEB
 * message. The codecs keep the wire names; this layer is the only place where the two vocabularies meet.
 */

/** The import declarations (messages an enterprise sends) the canonical layer maps, in the standard's order. */
export const DECLARATION_TYPES = ['CEB311', 'CEB411', 'CEB511', 'CEB513', 'CEB621', 'CEB623', 'CEB625', 'CEB711'] as const;
export type DeclarationType = (typeof DECLARATION_TYPES)[number];

export function isDeclarationType(type: string): type is DeclarationType {
  return (DECLARATION_TYPES as readonly string[]).includes(type);
}

/** The head fields every declared document carries (YYYYMMDDhhmmss appTime; appType 1 add, 2 change, 3 delete). */
export interface DocumentHead {
  readonly guid: string;
  readonly appType: string;
  readonly appTime: string;
  /** 1 saved (暂存), 2 declared (申报). */
  readonly appStatus: string;
}

/** `BaseTransfer`: who transmits the message over DXP. */
export interface Transfer {
  readonly copCode: string;
  readonly copName: string;
  readonly dxpMode: string;
  readonly dxpId: string;
  readonly note?: string;
}

/** `BaseSubscribe`: a third party receiving copies (0..5). */
export interface Subscription {
  readonly status: string;
  readonly dxpMode: string;
  readonly dxpAddress: string;
  readonly note?: string;
}

/** An `ExtendMessage` Crossgate does not interpret, kept verbatim (`message` is raw XML). */
export interface Extension {
  readonly name: string;
  readonly version: string;
  readonly message: string;
}

/**
 * Fields of the standard the canonical model has no name for (platform and carrier names, transport details,
 * remarks…), by wire name: `fields` for the document head, `lines[i]` for its i-th line. Read fills it so
 * that read → write loses nothing; a writer supplies here what the XSD requires beyond the canonical model
 * (e.g. `agentName`, `trafMode` of a CEB621). The business core never looks at it.
 */
export interface WireExtras {
  readonly fields?: Readonly<Record<string, string>>;
  readonly lines?: readonly Readonly<Record<string, string>>[];
}

export type CanonicalBody =
  | { readonly kind: 'order'; readonly doc: Order }
  | { readonly kind: 'payment'; readonly doc: Payment }
  | { readonly kind: 'waybill'; readonly doc: Waybill }
  | { readonly kind: 'waybill-status'; readonly doc: WaybillStatus }
  | { readonly kind: 'inventory'; readonly doc: Inventory }
  | { readonly kind: 'cancel'; readonly doc: InventoryCancel }
  | { readonly kind: 'refund'; readonly doc: InventoryRefund }
  | { readonly kind: 'delivery'; readonly doc: WarehouseEntry };

export type CanonicalKind = CanonicalBody['kind'];
export type CanonicalDocOf<K extends CanonicalKind> = Extract<CanonicalBody, { kind: K }>['doc'];

/** One business document of a declaration (a CEB message carries 1..100, CEB711 exactly one). */
export type CanonicalDocument = { readonly head: DocumentHead; readonly extra?: WireExtras } & CanonicalBody;

/** The kind of document each declaration carries. */
export const KIND_OF: Readonly<Record<DeclarationType, CanonicalKind>> = {
  CEB311: 'order',
  CEB411: 'payment',
  CEB511: 'waybill',
  CEB513: 'waybill-status',
  CEB621: 'inventory',
  CEB623: 'cancel',
  CEB625: 'refund',
  CEB711: 'delivery',
};

export interface Declaration {
  readonly type: DeclarationType;
  readonly edition: Edition;
  /** The root `guid` attribute. */
  readonly guid: string;
  readonly transfer: Transfer;
  /** Whether the XML carried a `ds:Signature` (not verified here). */
  readonly signed: boolean;
  /** In message order. */
  readonly documents: readonly CanonicalDocument[];
  readonly subscriptions?: readonly Subscription[];
  /** A foreign `ExtendMessage` (Crossgate's own bonded-stock extension maps to `WarehouseEntry.stockLines`). */
  readonly extension?: Extension;
}

/** What `writeDeclaration` needs: a declaration without the read-only facts (edition defaults to 202205). */
export interface DeclarationInput {
  readonly type: DeclarationType;
  readonly edition?: Edition;
  /** Root guid; generated (36 characters, uppercase) when absent. */
  readonly guid?: string;
  readonly transfer: Transfer;
  readonly documents: readonly CanonicalDocument[];
  readonly subscriptions?: readonly Subscription[];
  readonly extension?: Extension;
}
