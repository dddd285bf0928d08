import { hasCapability, type OrderStatus, redactText } from '../../connectors/sdk/index.js';
import { newId } from '../../kernel/ids.js';
import type { DealPatch, DealRecord, DealStatus, Platform } from '../../ports/hub.port.js';
import { asJson, type JsonValue } from '../../ports/json.js';
import type { StoreScope } from '../../ports/store.port.js';
import type { HubContext } from './hub.context.js';
import { HUB_QUEUES, type StepRef, stepJob } from './hub-queues.js';
import { cachedConnection } from './connection-cache.js';

/** Statuses in which the workflow still runs steps. */
export const RUNNING: ReadonlySet<DealStatus> = new Set(['received', 'awaiting-payment', 'declaring', 'declared']);

export interface Reason {
  readonly code: string;
  readonly message: string;
}

export interface DealEventInput {
  readonly platform: Platform;
  readonly kind: string;
  readonly summary: string;
  readonly data?: JsonValue;
}

export async function addEvent(tx: StoreScope, dealId: string, event: DealEventInput): Promise<void> {
  await tx.hubDeals.addEvent({ dealId, ...event, summary: redactText(event.summary) });
}

/**
 * Queues the signed status webhook for the deal's storefront in the caller's transaction (the delivery log row and
 * its job commit with the status change, or neither). The same status at the same time is one event id: queueing
 * it twice has one effect.
 */
export async function notifyStorefront(
  ctx: HubContext,
  tx: StoreScope,
  deal: DealRecord,
  status: OrderStatus,
  reason?: Reason,
  extra: { logisticsNo?: string | null } = {},
): Promise<void> {
  const connection = await cachedConnection(ctx.store, deal.links.storefront, tx.hubConnections);
  if (!connection || connection.disabledAt) return;
  const storefront = ctx.connectors.storefront(connection);
  if (!hasCapability(storefront.metadata, 'status-webhook')) return;
  const logisticsNo = extra.logisticsNo ?? deal.logisticsNo;
  const built = storefront.statusNotification({
    orderNo: deal.orderNo,
    partnerOrderId: deal.partnerOrderId,
    status,
    at: ctx.now(),
    ...(reason && { reason: { code: reason.code, message: redactText(reason.message).slice(0, 500) } }),
    ...(logisticsNo && { logisticsNo }),
  });
  if (!built.ok) {
    await addEvent(tx, deal.id, { platform: 'storefront', kind: 'notification.unavailable', summary: built.error.message });
    return;
  }
  const id = newId('whd');
  const webhook = built.value;
  if (await tx.hubWebhooks.insert({ id, connectionId: connection.id, dealId: deal.id, eventId: webhook.id, url: webhook.url, webhook: asJson(webhook) })) {
    await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.notify, payload: { deliveryId: id } }, 3, { dedupeKey: `notify:${id}:1` })]);
  }
}

/** What the storefront is told when a deal reaches a status (none: an internal status). */
const STOREFRONT_STATUS: Partial<Record<DealStatus, OrderStatus>> = {
  declared: 'declared',
  released: 'released',
  rejected: 'rejected',
  stopped: 'stopped',
  blocked: 'stopped',
  cancelled: 'cancelled',
  returned: 'returned',
};

/**
 * Moves a deal to a status, records why on its timeline and queues the storefront's webhook, in the caller's
 * transaction. A deal stopped, blocked or rejected while it holds bonded stock gives the reservation back.
 */
export async function moveDeal(
  ctx: HubContext,
  tx: StoreScope,
  deal: DealRecord,
  status: DealStatus,
  event: DealEventInput,
  options: { patch?: DealPatch; reason?: Reason; blockedStep?: StepRef } = {},
): Promise<DealRecord> {
  const reason = options.reason && { code: options.reason.code, message: redactText(options.reason.message).slice(0, 2000) };
  const patch: DealPatch = {
    ...options.patch,
    status,
    ...(reason && { reasonCode: reason.code, reason: reason.message }),
    ...(options.blockedStep && { blockedStep: asJson(options.blockedStep) }),
  };
  await tx.hubDeals.update(deal.id, patch);
  const moved: DealRecord = { ...deal, ...patch } as DealRecord;
  await addEvent(tx, deal.id, { ...event, data: { ...(event.data as object | undefined), status, ...(reason && { reason: reason.code }) } });
  const told = STOREFRONT_STATUS[status];
  if (told && status !== deal.status) await notifyStorefront(ctx, tx, moved, told, reason);
  if ((status === 'stopped' || status === 'blocked' || status === 'rejected') && deal.stockState === 'reserved') {
    await tx.jobs.enqueue([
      stepJob({ queue: HUB_QUEUES.stock, payload: { dealId: deal.id, action: 'cancel' } }, ctx.policy.stepAttempts, { dedupeKey: `stock:${deal.id}:cancel` }),
    ]);
  }
  return moved;
}

/** Runs `work` on the deal under its row lock; skipped (undefined) when the deal is gone or `when` says no. */
export async function withDeal<T>(
  ctx: HubContext,
  dealId: string,
  when: (deal: DealRecord) => boolean,
  work: (tx: StoreScope, deal: DealRecord) => Promise<T>,
): Promise<T | undefined> {
  const result = await ctx.store.transaction(async (tx) => {
    const deal = await tx.hubDeals.lock(dealId);
    if (!deal || !when(deal)) return { done: false as const };
    return { done: true as const, value: await work(tx, deal) };
  });
  return result.done ? result.value : undefined;
}
