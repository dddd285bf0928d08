import type { JsonValue } from './json.js';
import type { StoreScope } from './store.port.js';

/** What a single-window document is: one business document carried by a CEB message. */
export type SwDocumentKind =
  | 'order'
  | 'payment'
  | 'waybill'
  | 'waybill-status'
  | 'inventory'
  | 'cancel'
  | 'refund'
  | 'delivery';

export type SwMessageStatus = 'received' | 'processed' | 'rejected';

export interface NewSwMessage {
  readonly id: string;
  readonly senderId: string;
  readonly type: string;
  readonly edition: string;
  readonly guid: string;
  readonly copMsgId: string | null;
  readonly bodyHash: string;
  readonly xml: string;
  /** `xml` packed already (`kernel/packed-text.ts`), when the caller did it off the main thread; else the store packs it. */
  readonly xmlPacked?: Uint8Array;
  /** The canonical documents read at intake, so processing need not parse the XML again. */
  readonly documents: JsonValue | null;
  readonly status: SwMessageStatus;
  readonly errorCode?: string | null;
  readonly errorInfo?: string | null;
}

export interface SwMessage extends Required<Omit<NewSwMessage, 'xmlPacked'>> {
  readonly receivedAt: Date;
  readonly processedAt: Date | null;
}

/** A message without its XML: what processing reads (the canonical documents carry the content). */
export type SwMessageHead = Omit<SwMessage, 'xml'>;

export interface SwMessageRepo {
  /** Records a message once per (sender, type, guid); a repeat returns the first record and inserts nothing. */
  insert(message: NewSwMessage): Promise<{ readonly inserted: boolean; readonly message: SwMessage }>;
  /** `insert` for many messages in one statement: one answer per message, in order (a repeat within the list too). */
  insertMany(messages: readonly NewSwMessage[]): Promise<{ readonly inserted: boolean; readonly message: SwMessage }[]>;
  byId(id: string): Promise<SwMessage | undefined>;
  setStatus(id: string, status: SwMessageStatus, error?: { code: string; info: string }): Promise<void>;
  /** A message refused earlier that now passes (e.g. its sender registered the certificate): process it after all. */
  reopen(id: string, documents: JsonValue): Promise<void>;
  /**
   * Claims the processing of one document of a message inside the caller's transaction: true the first time,
   * false when it was processed before (a retried job), so a document's effects happen exactly once.
   */
  claimDocument(messageId: string, index: number): Promise<boolean>;
}

export interface SwDocumentInput {
  readonly id: string;
  readonly kind: SwDocumentKind;
  readonly docKey: string;
  readonly linkKey: string | null;
  readonly orderNo: string;
  readonly messageId: string;
  readonly senderId: string;
  readonly data: JsonValue;
  readonly status: string;
  readonly statusInfo: string | null;
}

export interface SwDocument extends SwDocumentInput {
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface SwDocumentRepo {
  /** Inserts, or replaces the document with the same (kind, key). */
  upsert(document: SwDocumentInput): Promise<void>;
  byKey(kind: SwDocumentKind, docKey: string): Promise<SwDocument | undefined>;
  byLink(kind: SwDocumentKind, linkKey: string): Promise<SwDocument[]>;
  setStatus(kind: SwDocumentKind, docKey: string, status: string, info: string | null): Promise<void>;
  delete(kind: SwDocumentKind, docKey: string): Promise<void>;
}

/** Money in fen (integers); null until computed. */
export interface InventoryFigures {
  readonly channel: string | null;
  readonly goodsValueFen: number | null;
  readonly dutiableFen: number | null;
  readonly dutyFen: number | null;
  readonly vatFen: number | null;
  readonly consumptionTaxFen: number | null;
  readonly taxFen: number | null;
  readonly quotaFen: number | null;
}

export interface NewInventory {
  readonly id: string;
  readonly docKey: string;
  readonly orderKey: string;
  readonly paymentLink: string;
  readonly waybillKey: string;
  readonly orderNo: string;
  readonly copNo: string | null;
  readonly preNo: string;
  readonly senderId: string;
  readonly ebpCode: string;
  readonly ebcCode: string;
  readonly agentCode: string;
  readonly logisticsCode: string;
  readonly tradeMode: string;
  readonly customsCode: string | null;
  readonly buyerKey: string;
  readonly buyerMasked: string;
  readonly status: string;
  readonly data: JsonValue;
  readonly lines: readonly InventoryLineRow[];
}

export interface InventoryLineRow {
  readonly gnum: number;
  readonly gcode: string;
  readonly origin: string;
  readonly itemKey: string | null;
  readonly qty: string;
  readonly valueFen: number;
}

export interface InventoryRecord extends Omit<NewInventory, 'lines'>, InventoryFigures {
  readonly invtNo: string | null;
  readonly waitingFor: readonly string[];
  readonly waitUntil: Date | null;
  readonly riskRoute: string | null;
  readonly rejectionCode: string | null;
  readonly rejectionInfo: string | null;
  readonly cancelledAt: Date | null;
  readonly declaredAt: Date;
  readonly matchedAt: Date | null;
  readonly releasedAt: Date | null;
  readonly closedAt: Date | null;
  readonly updatedAt: Date;
}

export type InventoryPatch = Partial<
  Pick<
    InventoryRecord,
    | 'status'
    | 'invtNo'
    | 'waitingFor'
    | 'waitUntil'
    | 'riskRoute'
    | 'rejectionCode'
    | 'rejectionInfo'
    | 'cancelledAt'
    | 'matchedAt'
    | 'releasedAt'
    | 'closedAt'
    | 'data'
  > &
    InventoryFigures
>;

export interface InventoryEvent {
  readonly inventoryId: string;
  readonly from: string | null;
  readonly to: string;
  readonly actor: string;
  readonly actorId: string | null;
  readonly reason: string;
  readonly at: Date;
}

export interface InventoryQuery {
  readonly status?: string;
  readonly senderId?: string;
  readonly limit: number;
  readonly after?: string;
}

export interface SwInventoryRepo {
  insert(inventory: NewInventory): Promise<boolean>;
  /** Replaces a rejected or still-waiting inventory with its corrected declaration (status back to 2). */
  redeclare(id: string, inventory: NewInventory): Promise<void>;
  byId(id: string): Promise<InventoryRecord | undefined>;
  byDocKey(docKey: string): Promise<InventoryRecord | undefined>;
  byInvtNo(invtNo: string): Promise<InventoryRecord | undefined>;
  lines(id: string): Promise<InventoryLineRow[]>;
  update(id: string, patch: InventoryPatch): Promise<void>;
  /** Inventories that point at this order key, payment link or waybill key (only those in `status` if given). */
  linked(link: 'order' | 'payment' | 'waybill', key: string, status?: string): Promise<InventoryRecord[]>;
  list(query: InventoryQuery): Promise<InventoryRecord[]>;
  addEvent(event: InventoryEvent): Promise<void>;
  events(inventoryId: string): Promise<InventoryEvent[]>;
}

export interface NewReceipt {
  readonly id: string;
  readonly recipientId: string;
  readonly messageType: string;
  readonly docKey: string;
  readonly returnStatus: string;
  readonly returnInfo: string;
  readonly xml: string;
}

export interface Receipt extends NewReceipt {
  readonly seq: number;
  readonly createdAt: Date;
  readonly deliveredAt: Date | null;
}

export interface SwReceiptRepo {
  add(receipt: NewReceipt): Promise<number>;
  byId(id: string): Promise<Receipt | undefined>;
  /**
   * The recipient's receipts after a cursor (the seq of the last one read), in commit order: only receipts no
   * transaction still running can precede, so a cursor never passes a receipt committed later. Seqs are unique but
   * not ascending across transactions.
   */
  since(recipientId: string, afterSeq: number, limit: number): Promise<Receipt[]>;
  /**
   * Waits (at most `timeoutMs`) until every receipt committed before the call is listed by `since`: until the
   * transactions running at the call have ended. False when they had not within the time.
   */
  settled(timeoutMs?: number): Promise<boolean>;
  forDocument(docKey: string): Promise<Receipt[]>;
  markDelivered(id: string, at: Date): Promise<void>;
}

export interface QuotaEntryRow {
  readonly id: string;
  readonly buyerKey: string;
  readonly year: number;
  readonly inventoryId: string;
  readonly kind: 'release' | 'cancel' | 'return';
  readonly ref: string;
  readonly amountFen: number;
  readonly at: Date;
}

export interface QuotaRepo {
  /** Adds an entry once per (inventory, kind, ref); returns false for a repeat. */
  add(entry: QuotaEntryRow): Promise<boolean>;
  entries(buyerKey: string, year?: number): Promise<QuotaEntryRow[]>;
  forInventory(inventoryId: string): Promise<QuotaEntryRow[]>;
}

export interface StockRow {
  readonly ownerCode: string;
  readonly itemKey: string;
  readonly qty: string;
  readonly reserved: string;
  readonly updatedAt: Date;
}

export interface StockMovementInput {
  /** Unique per movement: a repeat with the same id has no effect. */
  readonly id: string;
  readonly ownerCode: string;
  readonly itemKey: string;
  readonly kind: 'entry' | 'release' | 'return' | 'adjust';
  /** Signed decimal: positive adds stock, negative takes it out. */
  readonly delta: string;
  readonly ref: string;
}

export interface StockRepo {
  /** Rows for these items, locked for the rest of the transaction. */
  lockRows(ownerCode: string, itemKeys: readonly string[]): Promise<StockRow[]>;
  /** Applies a movement once; returns false when the movement id was already applied. */
  apply(movement: StockMovementInput): Promise<boolean>;
  list(ownerCode?: string): Promise<StockRow[]>;
}

export interface CertificateRecord {
  readonly id: string;
  readonly participantId: string;
  readonly keyName: string;
  readonly algorithm: 'sm2' | 'rsa';
  readonly pem: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

export interface CertificateRepo {
  add(certificate: Omit<CertificateRecord, 'createdAt' | 'revokedAt'>): Promise<boolean>;
  listFor(participantId: string): Promise<CertificateRecord[]>;
  /** Live certificates of the participant (cached by callers). */
  live(participantId: string): Promise<CertificateRecord[]>;
  revoke(participantId: string, id: string): Promise<boolean>;
}

export interface SingleWindowStore {
  readonly swMessages: SwMessageRepo;
  readonly swDocuments: SwDocumentRepo;
  readonly swInventories: SwInventoryRepo;
  readonly swReceipts: SwReceiptRepo;
  readonly quota: QuotaRepo;
  readonly stock: StockRepo;
  readonly certificates: CertificateRepo;
  readonly stats: StatsRepo;
  /** Serialises work on one deal (by order number) until the transaction ends. */
  lockDeal(orderNo: string): Promise<void>;
  /** The next number of the single window's own numbering (pre-entry, inventory and tax-bill numbers). */
  nextNumber(): Promise<number>;
}

/** What a batch of single-window work will read: loaded in a few statements before the work starts. */
export interface SwBatchKeys {
  readonly documents?: readonly { readonly kind: SwDocumentKind; readonly docKey: string }[];
  readonly documentLinks?: readonly { readonly kind: SwDocumentKind; readonly linkKey: string }[];
  /** Inventories by document key (one per order). */
  readonly inventoryKeys?: readonly string[];
  readonly inventoryLinks?: readonly { readonly link: 'order' | 'payment' | 'waybill'; readonly key: string }[];
  /** Buyer keys whose quota ledger the work will read (their `buyer:` deal locks are taken too). */
  readonly buyers?: readonly string[];
}

/**
 * Many units of single-window work in one transaction (see `Store.swBatch`): `tx` answers reads from what was
 * loaded and what the batch wrote itself, and writes the batch's changes at the end in multi-row statements.
 * Anything it does not keep in memory goes to the database (after writing what is pending), so every read sees
 * every earlier write of the batch.
 */
export interface SwBatch {
  readonly tx: StoreScope;
  /** The messages (kept for `tx.swMessages`), in no particular order; unknown ids are left out. */
  messages(ids: readonly string[]): Promise<SwMessageHead[]>;
  /** Takes the deal locks of `lockDeal` for all keys at once, in one global order (no deadlock between batches). */
  lockDeals(keys: readonly string[]): Promise<void>;
  /** Loads what the work will read; also the buyers' locks and quota ledgers of the inventories found. */
  prefetch(keys: SwBatchKeys): Promise<void>;
}

/** One row of a breakdown: how many inventories and their goods value (fen). */
export interface StatsBucket {
  readonly key: string;
  readonly count: number;
  readonly valueFen: number;
}

export interface SupervisionStats {
  readonly from: Date;
  readonly to: Date;
  readonly byDay: StatsBucket[];
  readonly byMode: StatsBucket[];
  readonly byOrigin: StatsBucket[];
  readonly byHsChapter: StatsBucket[];
  readonly byEnterprise: StatsBucket[];
  readonly byStatus: StatsBucket[];
  readonly rejections: StatsBucket[];
  readonly funnel: { readonly declared: number; readonly matched: number; readonly released: number; readonly rejected: number };
  /** Seconds from declaration to release. */
  readonly timeToRelease: { readonly count: number; readonly p50: number | null; readonly p90: number | null; readonly p99: number | null };
  readonly taxFen: number;
}

export interface StatsRepo {
  supervision(range: { from: Date; to: Date; customsCode?: string }): Promise<SupervisionStats>;
}
