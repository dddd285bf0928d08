import type { StockBook } from '../domain/bonded/index.js';
import type { DealLinks, HubDealRepo, HubDeclarationRepo, SenderRole } from './hub-deals.port.js';
import type { HubTrackingRepo } from './hub-tracking.port.js';
import type { JsonObject, JsonValue } from './json.js';
import type { HubProductImportRepo } from './product-imports.port.js';
import type { NumberRangeStore } from './waybill-numbers.port.js';

export * from './hub-deals.port.js';
export * from './hub-tracking.port.js';

export const CONNECTION_KINDS = ['storefront', 'payment', 'carrier', 'warehouse', 'single-window'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

/** A private signing key the hub holds for a party (PEM); a secret: stored, never returned. */
export interface SigningKeySecret {
  readonly keyName: string;
  readonly pem: string;
}

/** Which connections the deals of a storefront connection use (absent: the owner's only one of each kind). */
export type ConnectionLinks = Partial<Omit<DealLinks, 'storefront'>>;

/** A connector a participant configured: its settings (secrets included) stay in storage and the workflow. */
export interface Connection {
  readonly id: string;
  readonly participantId: string;
  readonly kind: ConnectionKind;
  readonly connectorId: string;
  readonly label: string;
  readonly settings: JsonObject;
  /** Single window: the party this connection declares as (its API key and signing key are that party's). */
  readonly declaresAs: SenderRole | null;
  readonly signingKey: SigningKeySecret | null;
  readonly links: ConnectionLinks | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly disabledAt: Date | null;
}

export interface NewConnection {
  readonly id: string;
  readonly participantId: string;
  readonly kind: ConnectionKind;
  readonly connectorId: string;
  readonly label: string;
  readonly settings: JsonObject;
  readonly declaresAs?: SenderRole | null;
  readonly signingKey?: SigningKeySecret | null;
  readonly links?: ConnectionLinks | null;
}

export interface ConnectionPatch {
  readonly label?: string;
  readonly settings?: JsonObject;
  readonly declaresAs?: SenderRole | null;
  readonly signingKey?: SigningKeySecret | null;
  readonly links?: ConnectionLinks | null;
  readonly disabled?: boolean;
}

export interface ConnectionQuery {
  readonly participantId?: string;
  readonly kind?: ConnectionKind;
  readonly includeDisabled?: boolean;
  readonly limit: number;
  readonly after?: string;
}

export interface HubConnectionRepo {
  insert(connection: NewConnection): Promise<Connection>;
  byId(id: string): Promise<Connection | undefined>;
  list(query: ConnectionQuery): Promise<Connection[]>;
  update(id: string, patch: ConnectionPatch): Promise<Connection | undefined>;
}

export type PositiveListStatus = 'listed' | 'not-listed' | 'unknown';

/** A product of a participant's registry: what customs must be told about a SKU the storefront sells. */
export interface Product {
  readonly participantId: string;
  readonly sku: string;
  /** The goods name as declared to customs. */
  readonly name: string;
  readonly hsCode: string;
  /** Customs legacy 3-digit country code. */
  readonly originCountry: string;
  /** Customs unit code (e.g. 011 piece, 122 box). */
  readonly declaredUnit: string;
  /** From the tariff when the product was written. */
  readonly positiveList: PositiveListStatus;
  readonly model: string | null;
  readonly barCode: string | null;
  readonly updatedAt: Date;
}

export type NewProduct = Omit<Product, 'updatedAt'>;

export interface HubProductRepo {
  upsert(products: readonly NewProduct[]): Promise<void>;
  bySkus(participantId: string, skus: readonly string[]): Promise<Product[]>;
  /** By SKU; `q` keeps products whose SKU, name or HS code contains it (case-insensitive). */
  list(query: { readonly participantId: string; readonly limit: number; readonly after?: string; readonly q?: string }): Promise<Product[]>;
}

export interface HubReceiptCursorRepo {
  /** The connection's receipt cursor, row-locked until the transaction ends (created at '0' the first time). */
  lock(connectionId: string): Promise<{ readonly cursor: string; readonly polling: boolean }>;
  save(connectionId: string, state: { readonly cursor?: string; readonly polling?: boolean }): Promise<void>;
}

export type InboundKind = 'order' | 'payment';

export interface InboundEvent {
  readonly connectionId: string;
  readonly eventId: string;
  readonly kind: InboundKind;
  readonly orderNo: string | null;
  readonly dealId: string | null;
  /** Payment notifications keep the canonical payment until the deal takes it. */
  readonly payload: JsonValue | null;
  readonly receivedAt: Date;
}

export interface HubInboundRepo {
  /** Records a webhook event once per (connection, event id); false when it was seen before. */
  record(event: Omit<InboundEvent, 'receivedAt'>): Promise<boolean>;
  seen(connectionId: string, eventId: string): Promise<InboundEvent | undefined>;
  setDeal(connectionId: string, eventId: string, dealId: string): Promise<void>;
  /** The latest payment notification received on the connection for the order. */
  paymentFor(connectionId: string, orderNo: string): Promise<InboundEvent | undefined>;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveryRecord {
  readonly id: string;
  readonly connectionId: string;
  readonly dealId: string | null;
  readonly eventId: string;
  readonly status: DeliveryStatus;
  readonly url: string;
  /** The signed webhook (OutboundWebhook) as built; re-signed at each attempt. */
  readonly webhook: JsonValue;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly nextRetryAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly deliveredAt: Date | null;
}

export interface DeliveryAttempt {
  readonly attempt: number;
  readonly at: Date;
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number | null;
}

/** Where an attempt leaves a delivery: delivered, failed, or pending with its next retry. */
export interface DeliveryOutcome {
  readonly status: DeliveryStatus;
  readonly nextRetryAt: Date | null;
}

export interface DeliveryQuery {
  readonly participantId?: string;
  readonly status?: DeliveryStatus;
  readonly dealId?: string;
  readonly limit: number;
  readonly after?: string;
}

export interface HubWebhookRepo {
  /** Inserts once per (connection, event id); false when that event was queued before. */
  insert(delivery: Pick<WebhookDeliveryRecord, 'id' | 'connectionId' | 'dealId' | 'eventId' | 'url' | 'webhook'>): Promise<boolean>;
  byId(id: string): Promise<WebhookDeliveryRecord | undefined>;
  byIds(ids: readonly string[]): Promise<WebhookDeliveryRecord[]>;
  list(query: DeliveryQuery): Promise<WebhookDeliveryRecord[]>;
  /** Logs an attempt and moves the delivery on (delivered, failed, or pending with its next retry). */
  recordAttempt(id: string, attempt: DeliveryAttempt, outcome: DeliveryOutcome): Promise<void>;
  /** `recordAttempt` for many deliveries, in two statements. */
  recordAttempts(entries: readonly { readonly id: string; readonly attempt: DeliveryAttempt; readonly outcome: DeliveryOutcome }[]): Promise<void>;
  attempts(id: string): Promise<DeliveryAttempt[]>;
  /** A failed delivery back to pending (a replay); false when it is not failed. */
  reopen(id: string): Promise<boolean>;
}

/** The bonded warehouse's stock books, one row per owner (see `WarehouseStockStore`). */
export interface HubStockBookRepo {
  /** The owner's book, row-locked until the transaction ends (an empty book is created the first time). */
  lock(ownerCode: string): Promise<StockBook>;
  save(ownerCode: string, book: StockBook): Promise<void>;
}

/** The hub's part of the storage port. */
export interface HubStore {
  readonly hubConnections: HubConnectionRepo;
  readonly hubProducts: HubProductRepo;
  readonly hubProductImports: HubProductImportRepo;
  readonly hubDeals: HubDealRepo;
  readonly hubDeclarations: HubDeclarationRepo;
  readonly hubCursors: HubReceiptCursorRepo;
  readonly hubInbound: HubInboundRepo;
  readonly hubWebhooks: HubWebhookRepo;
  /** Waybill number ranges of the carriers the hub allocates from (durable: a restart never reuses a number). */
  readonly hubWaybillNumbers: NumberRangeStore;
  readonly hubStockBooks: HubStockBookRepo;
  /** Carrier tracking events, once per event id. */
  readonly hubTracking: HubTrackingRepo;
}
