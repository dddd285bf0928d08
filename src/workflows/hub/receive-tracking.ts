import { appErrorOf, type InboundRequest, type TrackingUpdate } from '../../connectors/sdk/index.js';
import type { WaybillStatus } from '../../domain/model/index.js';
import { AppError } from '../../kernel/errors/index.js';
import type { DealRecord, DeliveryState } from '../../ports/hub.port.js';
import { asJson } from '../../ports/json.js';
import type { StoreScope } from '../../ports/store.port.js';
import { addEvent, notifyStorefront } from './deal-state.js';
import { maybeDeclareDelivery } from './delivery-status.js';
import { nextDeliveryState } from './delivery-state.js';
import type { HubContext } from './hub.context.js';
import { connectionOf } from './partners.js';
import type { WebhookOutcome } from './receive-webhooks.js';

export interface TrackingOutcome extends WebhookOutcome {
  /** The deal's delivery state after the event (null when the hub has no deal for the waybill). */
  readonly deliveryState: DeliveryState | null;
}

/** An ISO time from the carrier, or null when there is none or it is not a time. */
function instant(text: string | undefined): Date | null {
  const at = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at);
}

/** What the timeline says of an event: status, the carrier's own word, place. Never the event's free text. */
function summaryOf(update: TrackingUpdate, label: string): string {
  const last = update.events.at(-1);
  const place = last?.location ? ` at ${last.location}` : '';
  const word = last?.partnerStatus ? ` (${last.partnerStatus})` : '';
  return `${label}: ${update.logisticsNo} ${update.status}${word}${place}`;
}

async function applyTracking(
  ctx: HubContext,
  tx: StoreScope,
  deal: DealRecord,
  update: TrackingUpdate,
  delivery: WaybillStatus | undefined,
  label: string,
): Promise<DealRecord> {
  await addEvent(tx, deal.id, {
    platform: 'carrier',
    kind: `tracking.${update.status}`,
    summary: summaryOf(update, label),
    data: { eventId: update.eventId, status: update.status, events: update.events.length },
  });
  const state = nextDeliveryState(deal.deliveryState, update.status);
  if (state === deal.deliveryState) return deal;
  const delivered = state === 'delivered';
  const deliveredAt = delivered ? instant(update.deliveredAt) : null;
  const documents = delivered && delivery ? { ...deal.documents, waybillStatus: delivery } : deal.documents;
  const moved: DealRecord = { ...deal, deliveryState: state, ...(delivered && { deliveredAt, documents }) };
  await tx.hubDeals.update(deal.id, { deliveryState: state, ...(delivered && { deliveredAt, documents }) });
  await addEvent(tx, deal.id, {
    platform: 'carrier',
    kind: `delivery.${state}`,
    summary: `parcel ${update.logisticsNo}: ${deal.deliveryState} → ${state}${deliveredAt ? ` at ${deliveredAt.toISOString()}` : ''}`,
    data: { from: deal.deliveryState, to: state },
  });
  if (!delivered) return moved;
  await notifyStorefront(ctx, tx, moved, 'delivered');
  if (!delivery) {
    await addEvent(tx, deal.id, { platform: 'carrier', kind: 'delivery.status_unavailable', summary: 'the carrier gave no delivery time: no delivery status (CEB513) can be declared' });
  } else if (!(await maybeDeclareDelivery(ctx, tx, moved))) {
    await addEvent(tx, deal.id, { platform: 'hub', kind: 'delivery.status_waiting', summary: `the delivery status (CEB513) is declared once customs has released the inventory (deal is ${deal.status})` });
  }
  return moved;
}

/**
 * A carrier's tracking webhook: authenticated and read by the connector over the raw bytes, stored once per event
 * id, put on the timeline of the deal that holds the waybill, and moving its delivery state. Delivered, the
 * storefront is told (status webhook `delivered`) and the delivery status (CEB513) queued, in the same
 * transaction as the event. A repeated delivery changes nothing; an event for a waybill the hub has no deal for
 * is kept (and answered) all the same.
 */
export async function receiveTrackingWebhook(ctx: HubContext, connectionId: string, request: InboundRequest): Promise<TrackingOutcome> {
  const connection = await connectionOf(ctx.store, connectionId, 'carrier');
  if (!connection) throw new AppError('connection.not_found', { id: connectionId });
  const carrier = ctx.connectors.carrier(connection);
  const read = await carrier.receiveTracking(request);
  if (!read.ok) throw appErrorOf(read.error, 'inbound');
  const update = read.value;
  const delivery = carrier.deliveryStatus(update);
  const outcome = await ctx.store.transaction(async (tx): Promise<TrackingOutcome> => {
    const found = (await tx.hubDeals.byLogisticsNo(update.logisticsNo)).find((d) => d.links.carrier === connectionId);
    const deal = found && ((await tx.hubDeals.lock(found.id)) ?? found);
    const fresh = await tx.hubTracking.record({
      connectionId,
      eventId: update.eventId,
      logisticsNo: update.logisticsNo,
      dealId: deal?.id ?? null,
      status: update.status,
      deliveredAt: instant(update.deliveredAt),
      update: asJson(update),
    });
    if (!fresh) {
      const seen = await tx.hubTracking.byEvent(connectionId, update.eventId);
      return { eventId: update.eventId, duplicate: true, dealId: seen?.dealId ?? null, deliveryState: deal?.deliveryState ?? null };
    }
    if (!deal) return { eventId: update.eventId, duplicate: false, dealId: null, deliveryState: null };
    const after = await applyTracking(ctx, tx, deal, update, delivery, connection.label);
    return { eventId: update.eventId, duplicate: false, dealId: deal.id, deliveryState: after.deliveryState };
  });
  return outcome;
}
