import type { DecimalString, Payment, Person } from '../../../domain/model/index.js';
import type { BaseDeps } from '../connector.js';
import type { InboundRequest } from '../inbound.js';
import type { ConnectorMetadata } from '../metadata.js';
import type { PartnerResult } from '../partner-result.js';

/**
 * A payment institution. Two ways it reaches customs' payment record (CEB411):
 * - it notifies Crossgate of payments (`receiveNotification`), and the hub declares the CEB411 itself;
 * - or it declares the CEB411 to customs itself, on the hub's request (`declareToCustoms`), as Alipay and WeChat Pay
 *   do for cross-border merchants, and reports how customs took it (`queryDeclaration`).
 * A connector implements the methods of the capabilities it lists (`payment-notification`, `customs-declaration`,
 * `declaration-query`); the contract suite checks that the two agree.
 */
export interface PaymentConnector {
  readonly metadata: ConnectorMetadata<'payment'>;
  receiveNotification?(request: InboundRequest): Promise<PartnerResult<PaymentEvent>>;
  declareToCustoms?(request: CustomsDeclarationRequest): Promise<PartnerResult<CustomsDeclarationStatus>>;
  /** Where the declaration made for `request` stands (pass the request `declareToCustoms` was given). */
  queryDeclaration?(request: CustomsDeclarationRequest): Promise<PartnerResult<CustomsDeclarationStatus>>;
}

export type PaymentEventType = 'payment.succeeded' | 'payment.refunded' | 'payment.failed';

export interface PaymentEvent {
  /** The notification's id: the de-duplication key. */
  readonly eventId: string;
  readonly type: PaymentEventType;
  readonly occurredAt: string;
  /** The canonical payment record (CEB411), as customs must see it. */
  readonly payment: Payment;
}

/** The hub asks the institution to declare the payment of one order (or sub-order) to customs. */
export interface CustomsDeclarationRequest {
  /** The order number the payment was made for (the merchant's trade number at the institution). */
  readonly orderNo: string;
  /** The institution's transaction id of the payment. */
  readonly payTransactionId: string;
  /** The platform the order was placed on (ebpCode), for the canonical record. */
  readonly ebpCode: string;
  /** Declare only part of the payment, under this sub-order number (split orders). */
  readonly subOrderNo?: string;
  /**
   * What is declared (yuan, decimal strings; total = freight + goods). Sent to the institution for a sub-order
   * (split orders); for a whole order the institution declares the amount it recorded, and `total` is what the hub
   * expects that to be.
   */
  readonly amounts: { readonly total: DecimalString; readonly freight: DecimalString; readonly goods: DecimalString };
  /** Duty, informational (not sent to customs by the institutions modelled). */
  readonly duty?: DecimalString;
  /**
   * The buyer (orderer), sent for the institution to check against its real-name record of the payer; customs
   * requires orderer = payer, and sending it lowers the rejection risk (Antom's `buyerCertificate` advice).
   */
  readonly buyer: Person;
  /** `modify` re-declares with changed amounts or identity. Default `add`. */
  readonly action?: 'add' | 'modify';
}

/**
 * Where the declaration stands. `pending` (accepted, not yet sent to customs), `submitted`, `processing`, then
 * `declared` (customs stored the payment record), `failed` (customs refused it) or `exception` (the institution's
 * customs channel failed; re-push).
 */
export type DeclarationState = 'pending' | 'submitted' | 'processing' | 'declared' | 'failed' | 'exception';

export interface CustomsDeclarationStatus {
  readonly state: DeclarationState;
  /** The institution's own state word, as sent. */
  readonly partnerState: string;
  /** The institution's reference of this declaration (sub-order id, else the transaction id). */
  readonly declarationId: string;
  /**
   * Whether the institution's real-name record of the payer matched `buyer`: `same`, `different` (customs will see
   * another payer than the buyer: the deal must be stopped) or `unchecked`.
   */
  readonly identityCheck: 'same' | 'different' | 'unchecked';
  /** Customs' or the institution's explanation (no personal data). */
  readonly explanation?: string;
  readonly updatedAt?: string;
  /**
   * The payment record as the hub expects customs to hold it: codes, transaction, order, amount; the payer is the
   * buyer the hub supplied (see `identityCheck` for whether the institution agrees). For the pre-flight check.
   */
  readonly payment: Payment;
}

export type PaymentDeps = BaseDeps;
