import type { JsonValue } from './json.js';

/**
 * Where a deal's parcel is, as the carrier's tracking events move it (`workflows/hub/delivery-state.ts`):
 * none (no tracking yet) → in-transit → out-for-delivery → delivered, or → returned-to-sender.
 */
export const DELIVERY_STATES = ['none', 'in-transit', 'out-for-delivery', 'delivered', 'returned-to-sender'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** One carrier tracking event as the hub received it (no personal data: statuses, times, places). */
export interface TrackingRecord {
  readonly connectionId: string;
  /** The carrier's event id: each is stored once per carrier connection. */
  readonly eventId: string;
  readonly logisticsNo: string;
  /** The deal of the waybill, or null when the hub has no deal for it. */
  readonly dealId: string | null;
  /** The canonical tracking status the event reports (connectors/sdk `TrackingStatus`). */
  readonly status: string;
  readonly deliveredAt: Date | null;
  /** The connector's reading of the event (`TrackingUpdate`). */
  readonly update: JsonValue;
  readonly receivedAt: Date;
}

export interface HubTrackingRepo {
  /** Stores the event once per (connection, event id); false when it was received before. */
  record(event: Omit<TrackingRecord, 'receivedAt'>): Promise<boolean>;
  byEvent(connectionId: string, eventId: string): Promise<TrackingRecord | undefined>;
  /** The deal's tracking events, in the order they arrived. */
  byDeal(dealId: string): Promise<TrackingRecord[]>;
}
