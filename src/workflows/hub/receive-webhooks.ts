import { createHash } from 'node:crypto';
import { appErrorOf, type InboundRequest } from '../../connectors/sdk/index.js';
import type { Payment } from '../../domain/model/index.js';
import { AppError } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids.js';
import type { Connection, ConnectionKind } from '../../ports/hub.port.js';
import { asJson } from '../../ports/json.js';
import { buyerKeyOf } from '../single-window/quota-ledger.js';
import { addEvent, notifyStorefront } from './deal-state.js';
import type { HubContext } from './hub.context.js';
import { HUB_QUEUES, stepJob } from './hub-queues.js';
import { resolveLinks } from './partners.js';
import { cachedConnection } from './connection-cache.js';

export interface WebhookOutcome {
  readonly eventId: string;
  /** The event was seen before (a repeated delivery): nothing happened again. */
  readonly duplicate: boolean;
  readonly dealId: string | null;
}

async function enabledConnection(ctx: HubContext, id: string, kind: ConnectionKind): Promise<Connection> {
  const c = await cachedConnection(ctx.store, id);
  if (!c || c.kind !== kind || c.disabledAt) throw new AppError('connection.not_found', { id });
  return c;
}

/** The enterprise's internal number of the inventory (copNo): stable for the order, at most 20 characters. */
const copNoOf = (ebcCode: string, orderNo: string) =>
  `HUB${createHash('sha256').update(`${ebcCode}|${orderNo}`).digest('hex').slice(0, 17).toUpperCase()}`;

/**
 * A storefront's order webhook: authenticated by the connector over the raw bytes, then, once per event id and
 * once per order, a deal is created, its first step queued and the storefront told "accepted", in one transaction.
 * A repeated delivery, or another event of an order that has its deal, changes nothing (a later "paid" event lets
 * a deal waiting for it go on).
 */
export async function receiveStorefrontWebhook(ctx: HubContext, connectionId: string, request: InboundRequest): Promise<WebhookOutcome> {
  const connection = await enabledConnection(ctx, connectionId, 'storefront');
  const read = await ctx.connectors.storefront(connection).receiveOrder(request);
  if (!read.ok) throw appErrorOf(read.error, 'inbound');
  const event = read.value;
  const { order } = event;
  const links = await resolveLinks(ctx.store, connection);
  const outcome = await ctx.store.transaction(async (tx): Promise<WebhookOutcome> => {
    const fresh = await tx.hubInbound.record({ connectionId, eventId: event.eventId, kind: 'order', orderNo: order.orderNo, dealId: null, payload: null });
    if (!fresh) return { eventId: event.eventId, duplicate: true, dealId: (await tx.hubInbound.seen(connectionId, event.eventId))?.dealId ?? null };
    const existing = await tx.hubDeals.byOrder(order.ebpCode, order.ebcCode, order.orderNo);
    if (existing) {
      const deal = (await tx.hubDeals.lock(existing.id)) ?? existing;
      await tx.hubInbound.setDeal(connectionId, event.eventId, deal.id);
      await addEvent(tx, deal.id, { platform: 'storefront', kind: 'order.repeated', summary: `${event.topic} for an order that has its deal (paid: ${event.paid})`, data: { eventId: event.eventId } });
      if (event.paid && !deal.paid) {
        await tx.hubDeals.update(deal.id, { paid: true });
        if (deal.status === 'awaiting-payment') {
          await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.payment, payload: { dealId: deal.id } }, ctx.policy.stepAttempts, { dedupeKey: `payment:${deal.id}:${event.eventId}` })]);
        }
      }
      return { eventId: event.eventId, duplicate: true, dealId: deal.id };
    }
    const id = newId('deal');
    await tx.hubDeals.insert({
      id,
      participantId: connection.participantId,
      storefrontConnectionId: connectionId,
      orderNo: order.orderNo,
      ebpCode: order.ebpCode,
      ebcCode: order.ebcCode,
      partnerOrderId: event.partnerOrderId,
      tradeMode: links.customs?.tradeMode ?? '9610',
      status: 'received',
      paid: event.paid,
      test: event.test,
      buyerKey: buyerKeyOf(order.buyer.idNumber),
      payTransactionId: order.payTransactionId ?? null,
      copNo: copNoOf(order.ebcCode, order.orderNo),
      documents: { order },
      links,
    });
    await tx.hubInbound.setDeal(connectionId, event.eventId, id);
    await addEvent(tx, id, {
      platform: 'storefront',
      kind: 'order.received',
      summary: `order ${order.orderNo} (${event.topic}) from ${connection.label}: ${order.lines.length} line(s), paid ${order.actualPaid}${event.test ? ', test order' : ''}`,
      data: { eventId: event.eventId, partnerOrderId: event.partnerOrderId },
    });
    const deal = await tx.hubDeals.byId(id);
    if (deal) await notifyStorefront(ctx, tx, deal, 'accepted');
    await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.waybill, payload: { dealId: id } }, ctx.policy.stepAttempts, { dedupeKey: `waybill:${id}` })]);
    return { eventId: event.eventId, duplicate: false, dealId: id };
  });
  return outcome;
}

/**
 * A payment institution's notification: once per event id, the payment record is kept until its deal takes it; a
 * deal already waiting for it goes on. Only succeeded payments are payment records; refunds and failures go on
 * the deal's timeline.
 */
export async function receivePaymentWebhook(ctx: HubContext, connectionId: string, request: InboundRequest): Promise<WebhookOutcome> {
  const connection = await enabledConnection(ctx, connectionId, 'payment');
  const institution = ctx.connectors.payment(connection);
  if (!institution.receiveNotification) throw new AppError('connector.capability_missing', { connector: `payment/${connection.connectorId}`, capability: 'receive payment notifications' });
  const read = await institution.receiveNotification(request);
  if (!read.ok) throw appErrorOf(read.error, 'inbound');
  const { eventId, type, payment } = read.value;
  const outcome = await ctx.store.transaction(async (tx): Promise<WebhookOutcome> => {
    const deals = await tx.hubDeals.byPlatformOrder(payment.ebpCode, payment.orderNo);
    const locked = [];
    for (const d of deals) if (d.links.payment === connectionId) locked.push((await tx.hubDeals.lock(d.id)) ?? d);
    const succeeded = type === 'payment.succeeded';
    const fresh = await tx.hubInbound.record({ connectionId, eventId, kind: 'payment', orderNo: succeeded ? payment.orderNo : null, dealId: locked[0]?.id ?? null, payload: succeeded ? asJson(payment as Payment) : null });
    if (!fresh) return { eventId, duplicate: true, dealId: locked[0]?.id ?? null };
    for (const deal of locked) {
      await addEvent(tx, deal.id, { platform: 'payment', kind: type, summary: `${connection.label}: ${type} (${payment.payTransactionId}, ${payment.amountPaid})`, data: { eventId } });
      if (succeeded && deal.status === 'awaiting-payment') {
        await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.payment, payload: { dealId: deal.id } }, ctx.policy.stepAttempts, { dedupeKey: `payment:${deal.id}:${eventId}` })]);
      }
    }
    return { eventId, duplicate: false, dealId: locked[0]?.id ?? null };
  });
  return outcome;
}
