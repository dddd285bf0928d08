import type { Waybill } from '../../domain/model/index.js';
import {
  type CarrierConnector,
  type CarrierDeps,
  type ConnectorMetadata,
  chinaTimestamp,
  defineConnector,
  issuesSummary,
  jsonBody,
  type LabelData,
  PARTNER_CODES,
  type PartnerResult,
  partnerFail,
  partnerName,
  partnerOk,
  type TrackingEvent,
} from '../sdk/index.js';
import { parseS10, s10Identifier, serviceName } from './s10.js';
import { type S10PostSettings, s10PostSettings } from './settings.js';
import { placeOf, STATUS_MAP, trackerEvent, verifyTrackingSignature } from './tracking.js';

const metadata: ConnectorMetadata<'carrier'> = {
  id: 's10-post',
  kind: 'carrier',
  label: 'Postal carrier (UPU S10 numbers, EasyPost tracking)',
  description:
    'A postal carrier such as China EMS: allocates UPU S10 waybill numbers (mod-11 check digit) from the range it assigned, gives the CEB511 waybill and label data, reads tracking events in EasyPost’s webhook format (X-Hmac-Signature) and reports delivery as the CEB513 status S.',
  version: '1.0.0',
  capabilities: ['waybill-allocation', 'label', 'tracking-webhook', 'delivery-status'],
  speaks: {
    format: 'UPU S10 item identifiers; EasyPost Event (tracker.updated) JSON webhooks',
    references: [
      'UPU standard S10 (13-character postal item identifier, check digit weights 8 6 4 2 3 5 9 7)',
      'https://docs.easypost.com/guides/webhooks-guide (Event, X-Hmac-Signature)',
      'https://docs.easypost.com/docs/trackers (Tracker statuses)',
      'src/connectors/carrier-s10-post/README.md',
    ],
  },
};

const ORDER_NO = /^[0-9A-Za-z_-]{1,60}$/;

function labelOf(waybill: Waybill, settings: S10PostSettings): LabelData {
  return {
    logisticsNo: waybill.logisticsNo,
    barcode: { symbology: 'code128', value: waybill.logisticsNo },
    carrier: { code: settings.logisticsCode, name: settings.logisticsName },
    service: serviceName(settings.serviceIndicator),
    sender: { name: settings.sender.name, address: settings.sender.address, ...(settings.sender.telephone && { telephone: settings.sender.telephone }) },
    recipient: waybill.consignee,
    orderNo: waybill.orderNo,
    ...(waybill.weight !== undefined && { weightKg: waybill.weight }),
  };
}

export const s10PostCarrier = defineConnector({
  metadata,
  settings: s10PostSettings,
  create(settings, deps: CarrierDeps): CarrierConnector {
    const partner = partnerName(metadata);
    const range = {
      id: `${settings.logisticsCode}:${settings.serviceIndicator}:${settings.countryCode}`,
      first: settings.serialFirst,
      last: settings.serialLast,
    };

    function validateWaybillNo(logisticsNo: string): PartnerResult<string> {
      const { normalised, parts, problem } = parseS10(logisticsNo);
      const invalid = (why: string) => partnerFail(partner, 'waybill.invalid_number', 'permanent', `"${normalised.slice(0, 20)}" is not a waybill number of this carrier: ${why}`);
      if (!parts) return invalid(problem ?? 'unreadable');
      if (parts.serviceIndicator !== settings.serviceIndicator || parts.country !== settings.countryCode) {
        return invalid(`this carrier's numbers are ${settings.serviceIndicator}…${settings.countryCode}`);
      }
      return partnerOk(normalised);
    }

    return {
      metadata,
      validateWaybillNo,
      label: (waybill) => labelOf(waybill, settings),
      async allocateWaybill(request) {
        if (!ORDER_NO.test(request.orderNo)) return partnerFail(partner, 'waybill.request_invalid', 'permanent', 'the order number must be 1–60 letters, digits, _ or -');
        const claimed = await deps.numbers.claim(range, request.orderNo);
        if (!claimed) {
          return partnerFail(partner, 'waybill.range_exhausted', 'needs-human', `every number of range ${range.id} (${range.first}–${range.last}) is used: ask the carrier for a new range`);
        }
        const logisticsNo = s10Identifier(settings.serviceIndicator, claimed.serial, settings.countryCode);
        const waybill: Waybill = {
          logisticsCode: settings.logisticsCode,
          logisticsName: settings.logisticsName,
          logisticsNo,
          orderNo: request.orderNo,
          ...(request.billNo !== undefined && { billNo: request.billNo }),
          ...(request.freight !== undefined && { freight: request.freight, currency: '142' }),
          ...(request.insuredFee !== undefined && { insuredFee: request.insuredFee }),
          ...(request.weightKg !== undefined && { weight: request.weightKg }),
          consignee: request.consignee,
          ...(request.goodsInfo !== undefined && { goodsInfo: request.goodsInfo }),
        };
        return partnerOk({ logisticsNo, fresh: claimed.fresh, waybill, label: labelOf(waybill, settings) });
      },
      async receiveTracking(request) {
        const verified = verifyTrackingSignature(request, settings.webhookSecret, partner);
        if (!verified.ok) return verified;
        const parsed = trackerEvent.safeParse(jsonBody(request));
        if (!parsed.success) return partnerFail(partner, PARTNER_CODES.payloadInvalid, 'permanent', `not a tracker event: ${issuesSummary(parsed.error)}`);
        const event = parsed.data;
        if (event.description !== 'tracker.updated' && event.description !== 'tracker.created') {
          return partnerFail(partner, PARTNER_CODES.topicUnsupported, 'permanent', `event "${event.description}" is not a tracker event`);
        }
        const no = validateWaybillNo(event.result.tracking_code);
        if (!no.ok) return no;
        const events: TrackingEvent[] = event.result.tracking_details
          .map((d) => {
            const place = d.tracking_location ? placeOf(d.tracking_location) : undefined;
            return { status: STATUS_MAP[d.status] ?? 'unknown', partnerStatus: d.status, at: d.datetime, description: d.message ?? d.description ?? d.status, ...(place && { location: place }) };
          })
          .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        const status = STATUS_MAP[event.result.status] ?? 'unknown';
        const delivered = status === 'delivered' ? (events.filter((e) => e.status === 'delivered').at(-1)?.at ?? event.created_at) : undefined;
        return partnerOk({ eventId: event.id, logisticsNo: no.value, status, events, ...(delivered && { deliveredAt: delivered }) });
      },
      deliveryStatus(update) {
        if (update.status !== 'delivered' || !update.deliveredAt || Number.isNaN(Date.parse(update.deliveredAt))) return undefined;
        return {
          logisticsCode: settings.logisticsCode,
          logisticsName: settings.logisticsName,
          logisticsNo: update.logisticsNo,
          status: 'S',
          time: chinaTimestamp(new Date(update.deliveredAt)),
          note: 'delivered and signed for',
        };
      },
    };
  },
});
