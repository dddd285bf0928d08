import type { Order } from '../../../domain/model/index.js';
import type { BaseDeps } from '../connector.js';
import type { InboundRequest } from '../inbound.js';
import type { ConnectorMetadata } from '../metadata.js';
import type { OutboundWebhook, WebhookDelivery } from '../outbound-webhook.js';
import type { PartnerResult } from '../partner-result.js';

/**
 * A storefront (a marketplace, or the merchant's own shop): sends Crossgate its orders as webhooks, and is told
 * where each order stands through signed status webhooks.
 */
export interface StorefrontConnector {
  readonly metadata: ConnectorMetadata<'storefront'>;
  /**
   * Authenticates and reads one order webhook exactly as received, and maps it to the canonical order (CEB311).
   * Never throws for a bad request: forged, stale or unreadable webhooks come back as a `PartnerError`.
   */
  receiveOrder(request: InboundRequest): Promise<PartnerResult<StorefrontOrderEvent>>;
  /** Builds the signed status webhook for an order (pure: no I/O); the workflow logs it and calls `deliver`. */
  statusNotification(update: OrderStatusUpdate): PartnerResult<OutboundWebhook>;
  /** One delivery attempt, re-signed now; the workflow retries `retryable` failures with backoff. */
  deliver(webhook: OutboundWebhook): Promise<PartnerResult<WebhookDelivery>>;
}

export interface StorefrontOrderEvent {
  /** The delivery's event id: the key the workflow de-duplicates webhooks on (a repeat carries the same id). */
  readonly eventId: string;
  /** The partner's topic or type, e.g. `orders/create`, `order.created`. */
  readonly topic: string;
  /** The storefront's own id of the order (for status webhooks and support). */
  readonly partnerOrderId: string;
  /** When the storefront says the event happened (ISO 8601). */
  readonly occurredAt: string;
  /** Whether the storefront reports the order as paid. */
  readonly paid: boolean;
  /** A test order (the storefront's test mode). */
  readonly test: boolean;
  readonly order: Order;
}

/** Where an order stands, as the storefront is told. */
export const ORDER_STATUSES = [
  'accepted',
  'declared',
  'stopped',
  'rejected',
  'released',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderStatusUpdate {
  readonly orderNo: string;
  readonly partnerOrderId?: string;
  readonly status: OrderStatus;
  /** Why (for `stopped`, `rejected`, `cancelled`): a stable code and a sentence free of personal data. */
  readonly reason?: { readonly code: string; readonly message: string };
  readonly logisticsNo?: string;
  readonly carrier?: string;
  /** When the status was reached. */
  readonly at: Date;
}

/** What a product registry knows about a SKU that a storefront's order does not carry. */
export interface ProductFacts {
  /** Declared unit, customs code table (e.g. `011` piece, `122` box…). */
  readonly unit: string;
  /** Country of origin, customs legacy 3-digit code. */
  readonly originCountry: string;
  /** The goods name as declared to customs (it must match the inventory's). */
  readonly declaredName?: string;
  readonly model?: string;
  readonly barCode?: string;
}

export type ProductLookup = (sku: string) => Promise<ProductFacts | undefined>;

export interface StorefrontDeps extends BaseDeps {
  /** Customs facts per SKU, for storefronts whose orders lack them (Shopify); absent, the settings' defaults apply. */
  readonly products?: ProductLookup;
}
