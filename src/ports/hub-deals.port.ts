import type { Inventory, Order, Payment, Waybill, WaybillStatus } from '../domain/model/index.js';
import type { DeliveryState } from './hub-tracking.port.js';
import type { JsonValue } from './json.js';

/**
 * Where a deal stands in the hub:
 * - received: the storefront order is in; the workflow is running (waybill, payment, pre-flight);
 * - awaiting-payment: waiting for the payment institution's notification;
 * - declaring: pre-flight passed, declarations are being sent;
 * - declared: the inventory (621) was sent; waiting for customs;
 * - released / rejected: customs' decision (800, or 100 / a negative status);
 * - stopped: the pre-flight check (or the payer identity check) found what customs would reject;
 * - blocked: a partner refused for good; needs-attention: a person must act (then resume);
 * - cancelled / returned: after a 623 / 625 customs approved.
 */
export const DEAL_STATUSES = [
  'received',
  'awaiting-payment',
  'declaring',
  'declared',
  'released',
  'rejected',
  'stopped',
  'blocked',
  'needs-attention',
  'cancelled',
  'returned',
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Roles that send declarations, each through its own single-window connection and signing key. */
export type SenderRole = 'ebp' | 'ebc' | 'payment' | 'logistics' | 'warehouse';

/** The canonical documents of a deal as far as the hub knows them (personal data: never logged). */
export interface DealDocuments {
  readonly order: Order;
  readonly payment?: Payment;
  readonly waybill?: Waybill;
  readonly inventory?: Inventory;
  /** Returns asked for (CEB625), by declaration seq: returned quantity by line (gnum). */
  readonly returns?: readonly DealReturn[];
  /** The carrier's delivery status (signed for) the hub declares as CEB513. */
  readonly waybillStatus?: WaybillStatus;
}

export interface DealReturn {
  readonly seq: number;
  readonly lines: readonly { readonly gnum: number; readonly qty: string }[];
  readonly reason: string;
}

/** How a storefront's orders are declared: the customs district, the supervision mode, bonded details. */
export interface DealCustoms {
  /** Customs district the inventory is declared to (customsCode, and portCode unless given). */
  readonly customsCode: string;
  readonly portCode?: string;
  readonly tradeMode: '9610' | '1210';
  /** Bonded (1210): the account book and the zone warehouse enterprise. */
  readonly emsNo?: string;
  readonly areaCode?: string;
  /** Declared weight of a parcel (kg) when the carrier is not told one. Default 1. */
  readonly parcelWeightKg?: string;
}

/** The connections a deal's steps use, resolved when the deal was created. */
export interface DealLinks {
  readonly storefront: string;
  readonly payment?: string;
  readonly carrier?: string;
  readonly warehouse?: string;
  readonly singleWindow: Partial<Record<SenderRole, string>>;
  readonly customs?: DealCustoms;
}

export interface NewDeal {
  readonly id: string;
  readonly participantId: string;
  readonly storefrontConnectionId: string;
  readonly orderNo: string;
  readonly ebpCode: string;
  readonly ebcCode: string;
  readonly partnerOrderId: string;
  readonly tradeMode: string;
  readonly status: DealStatus;
  readonly paid: boolean;
  readonly test: boolean;
  readonly buyerKey: string;
  readonly payTransactionId: string | null;
  readonly copNo: string;
  readonly documents: DealDocuments;
  readonly links: DealLinks;
}

export type StockState = 'none' | 'reserved' | 'released' | 'cancelled' | 'returned';

export interface DealRecord extends NewDeal {
  readonly reasonCode: string | null;
  readonly reason: string | null;
  /** The step to run again when a person resumes a blocked deal (queue and payload). */
  readonly blockedStep: JsonValue | null;
  readonly logisticsNo: string | null;
  readonly invtNo: string | null;
  readonly channel: string | null;
  /** Tax estimated by the pre-flight, and the tax customs billed (CEB816), in fen. */
  readonly taxFen: number | null;
  readonly customsTaxFen: number | null;
  readonly quotaFen: number | null;
  readonly stockState: StockState;
  /** Where the parcel is, from the carrier's tracking events; when it was delivered. */
  readonly deliveryState: DeliveryState;
  readonly deliveredAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly releasedAt: Date | null;
}

export type DealPatch = Partial<
  Pick<
    DealRecord,
    | 'status'
    | 'reasonCode'
    | 'reason'
    | 'blockedStep'
    | 'paid'
    | 'payTransactionId'
    | 'logisticsNo'
    | 'invtNo'
    | 'channel'
    | 'taxFen'
    | 'customsTaxFen'
    | 'quotaFen'
    | 'stockState'
    | 'documents'
    | 'releasedAt'
    | 'deliveryState'
    | 'deliveredAt'
  >
>;

export interface DealQuery {
  /** Only this participant's deals (absent: every deal, for the administrator). */
  readonly participantId?: string;
  readonly status?: DealStatus;
  /** Deals created at or after this instant. */
  readonly since?: Date;
  /** Deals created before this instant. */
  readonly until?: Date;
  /** Deals of this storefront connection (the sales channel). */
  readonly storefrontConnectionId?: string;
  /**
   * Free text: the deal id or the waybill number exactly, or the start of the order number or of the buyer's name
   * (case-insensitive). Never an identity number.
   */
  readonly search?: string;
  /** By creation time: oldest first (default) or newest first. */
  readonly order?: 'asc' | 'desc';
  readonly limit: number;
  /** Keyset cursor: the id of the last deal of the previous page. */
  readonly after?: string;
}

export type Platform = 'storefront' | 'payment' | 'carrier' | 'warehouse' | 'customs' | 'hub';

/** One entry of a deal's timeline; never carries personal data. */
export interface NewDealEvent {
  readonly dealId: string;
  readonly platform: Platform;
  readonly kind: string;
  readonly summary: string;
  readonly data?: JsonValue;
}

export interface DealEvent extends NewDealEvent {
  readonly seq: number;
  readonly at: Date;
}

export interface HubDealRepo {
  /** Inserts; false when the order (platform, merchant, order number) already has a deal. */
  insert(deal: NewDeal): Promise<boolean>;
  byId(id: string): Promise<DealRecord | undefined>;
  byOrder(ebpCode: string, ebcCode: string, orderNo: string): Promise<DealRecord | undefined>;
  byInvtNo(invtNo: string): Promise<DealRecord | undefined>;
  /** Deals of a platform's order number (any merchant): how a payment notification finds its deal. */
  byPlatformOrder(ebpCode: string, orderNo: string): Promise<DealRecord[]>;
  /** Deals of a waybill number: how a carrier's tracking event finds its deal. */
  byLogisticsNo(logisticsNo: string): Promise<DealRecord[]>;
  /** The deal, row-locked until the caller's transaction ends (steps of one deal never interleave). */
  lock(id: string): Promise<DealRecord | undefined>;
  update(id: string, patch: DealPatch): Promise<void>;
  list(query: DealQuery): Promise<DealRecord[]>;
  /** How many deals the query's filters match, counting no further than `cap` (a list's "1,000+"). */
  countUpTo(query: Omit<DealQuery, 'limit' | 'after' | 'order'>, cap: number): Promise<number>;
  /** Inserts many deals in multi-row statements (imports, benchmarks); existing orders are skipped. Returns how many were new. */
  insertMany(deals: readonly (NewDeal & { readonly createdAt?: Date })[]): Promise<number>;
  /** How many deals are in each status (of one participant, or all). */
  counts(participantId?: string): Promise<Record<string, number>>;
  /** Quota (fen) used by the buyer's released deals in [from, to): the hub's own estimate of the annual total. */
  releasedQuotaFen(buyerKey: string, from: Date, to: Date): Promise<number>;
  /** In a transaction, written with the others at its end (one statement); read back through `events` at once. */
  addEvent(event: NewDealEvent): Promise<void>;
  addEvents(events: readonly NewDealEvent[]): Promise<void>;
  events(dealId: string): Promise<DealEvent[]>;
}

/** A customs receipt as the deal records it (no personal data). */
export interface ReceiptNote {
  readonly type: string;
  readonly status: string;
  readonly info: string;
  readonly at: string;
  readonly receiptId?: string;
  /** The receipt's raw XML is stored (`HubDeclarationRepo.receiptXml`). */
  readonly xml?: boolean;
}

export type DeclaredBy = 'hub' | 'institution';

export interface NewDeclaration {
  readonly id: string;
  readonly dealId: string;
  /** CEB311, CEB411, CEB511, CEB621, CEB623, CEB625. */
  readonly type: string;
  /** 1 for the first declaration of its type in the deal; returns (CEB625) count up. */
  readonly seq: number;
  /** The guid of the declared document: fixed before sending, so a resend is the same message. */
  readonly guid: string;
  /** How its receipts name it (type of receipt and business keys). */
  readonly receiptKey: string;
  readonly connectionId: string | null;
  readonly declaredBy: DeclaredBy;
}

export interface DeclarationRecord extends NewDeclaration {
  /** prepared → sent → accepted | released | approved | rejected. */
  readonly status: string;
  /** No further receipt is expected. */
  readonly final: boolean;
  readonly returnStatus: string | null;
  readonly returnInfo: string | null;
  readonly receipts: readonly ReceiptNote[];
  readonly messageId: string | null;
  /** The signed XML as sent is kept (absent when a partner declared it): read it with `xmlOf`. */
  readonly hasXml: boolean;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly updatedAt: Date;
}

/**
 * A declaration's send is recorded once (`markSent`, with the step's next move in one transaction); its receipts
 * may be applied before that (customs can answer before the sender has recorded sending).
 */
export interface HubDeclarationRepo {
  /** The declaration (deal, type, seq): created with the given guid the first time, the stored one afterwards. */
  prepare(declaration: NewDeclaration): Promise<DeclarationRecord>;
  /** `prepare` for several declarations in one statement; the records in the order given. */
  prepareAll(declarations: readonly NewDeclaration[]): Promise<DeclarationRecord[]>;
  byDeal(dealId: string): Promise<DeclarationRecord[]>;
  byGuid(guid: string): Promise<DeclarationRecord | undefined>;
  /** The signed XML of the declaration as sent, when it was kept (records do not carry it: a deal's are read often). */
  xmlOf(id: string): Promise<string | undefined>;
  /** Declarations with this receipt key, latest first. */
  byReceiptKey(receiptKey: string): Promise<DeclarationRecord[]>;
  markSent(
    id: string,
    sent: { readonly messageId: string | null; readonly xml: string | null; readonly at: Date; readonly status?: string; readonly final?: boolean },
  ): Promise<void>;
  /** Records a receipt on the declaration; with `xml` (and the note's receiptId) its raw XML is kept too. */
  applyReceipt(id: string, note: ReceiptNote, outcome: { readonly status: string; readonly final: boolean }, xml?: string): Promise<void>;
  /** The raw XML of a receipt applied to the declaration, when it was kept. */
  receiptXml(declarationId: string, receiptId: string): Promise<string | undefined>;
  /** How many declarations sent through the connection still expect a receipt. */
  openCount(connectionId: string): Promise<number>;
}
