import type { Consignee, DecimalString, Waybill, WaybillStatus } from '../../../domain/model/index.js';
import type { NumberRangeStore } from '../../../ports/waybill-numbers.port.js';
import type { BaseDeps } from '../connector.js';
import type { InboundRequest } from '../inbound.js';
import type { ConnectorMetadata } from '../metadata.js';
import type { PartnerResult } from '../partner-result.js';

/**
 * A carrier: allocates the waybill number of a parcel, gives the label data, sends tracking events, and tells when
 * the parcel was delivered (signed for), which Crossgate declares as CEB513.
 */
export interface CarrierConnector {
  readonly metadata: ConnectorMetadata<'carrier'>;
  /** The waybill of an order: its number (the same on every call for the same order) and the canonical CEB511. */
  allocateWaybill(request: WaybillRequest): Promise<PartnerResult<AllocatedWaybill>>;
  /** Whether a waybill number is one of this carrier's (format and check digit); the normalised number. */
  validateWaybillNo(logisticsNo: string): PartnerResult<string>;
  /** The data printed on the parcel label (pure). */
  label(waybill: Waybill): LabelData;
  /** Authenticates and reads one tracking webhook. */
  receiveTracking(request: InboundRequest): Promise<PartnerResult<TrackingUpdate>>;
  /** The CEB513 waybill status when the update says the parcel was delivered; undefined otherwise. */
  deliveryStatus(update: TrackingUpdate): WaybillStatus | undefined;
}

export interface WaybillRequest {
  readonly orderNo: string;
  readonly consignee: Consignee;
  readonly weightKg?: DecimalString;
  readonly freight?: DecimalString;
  readonly insuredFee?: DecimalString;
  readonly goodsInfo?: string;
  /** Master bill (air waybill / bill of lading) the parcel travels under, when known. */
  readonly billNo?: string;
}

export interface AllocatedWaybill {
  readonly logisticsNo: string;
  /** True on the call that allocated the number; false when the order already had it. */
  readonly fresh: boolean;
  readonly waybill: Waybill;
  readonly label: LabelData;
}

export interface LabelData {
  readonly logisticsNo: string;
  /** What the barcode encodes, and in which symbology. */
  readonly barcode: { readonly symbology: 'code128'; readonly value: string };
  readonly carrier: { readonly code: string; readonly name?: string };
  readonly service: string;
  readonly sender: { readonly name: string; readonly address: string; readonly telephone?: string };
  /** Personal data: printed on the parcel, never logged. */
  readonly recipient: Consignee;
  readonly orderNo: string;
  readonly weightKg?: DecimalString;
}

/** The canonical tracking statuses (Karrio's unified `TrackingStatus`). */
export const TRACKING_STATUSES = [
  'pre-transit',
  'in-transit',
  'out-for-delivery',
  'available-for-pickup',
  'delivered',
  'returned',
  'failure',
  'cancelled',
  'unknown',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export interface TrackingEvent {
  readonly status: TrackingStatus;
  /** The carrier's own status word. */
  readonly partnerStatus: string;
  readonly at: string;
  readonly description: string;
  readonly location?: string;
}

export interface TrackingUpdate {
  /** The webhook's event id: the de-duplication key. */
  readonly eventId: string;
  readonly logisticsNo: string;
  readonly status: TrackingStatus;
  /** Oldest first. */
  readonly events: readonly TrackingEvent[];
  /** When the parcel was delivered, if it was. */
  readonly deliveredAt?: string;
}

export interface CarrierDeps extends BaseDeps {
  /** Where allocated waybill numbers are kept (so a restart never hands one out twice). */
  readonly numbers: NumberRangeStore;
}
