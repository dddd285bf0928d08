import { hasCapability } from '../../../connectors/sdk/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
import type { Payment } from '../../../domain/model/index.js';
import type { Connection, DealRecord } from '../../../ports/hub.port.js';
import type { StoreScope } from '../../../ports/store.port.js';
import { addEvent, moveDeal, withDeal } from '../deal-state.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, type StepRef, stepJob } from '../hub-queues.js';
import { connectionOf, needsAttention } from '../partners.js';
import { describeReasons, paymentMissing } from '../preflight.js';
import { type PreflightFacts, preflightFacts, preflightIn } from './preflight.step.js';
import { dealOf } from './step-input.js';


async function awaitPayment(ctx: HubContext, tx: StoreScope, deal: DealRecord, why: string): Promise<void> {
  if (deal.status === 'awaiting-payment') return;
  await moveDeal(ctx, tx, deal, 'awaiting-payment', { platform: 'payment', kind: 'payment.awaited', summary: why });
  await tx.jobs.enqueue([
    stepJob({ queue: HUB_QUEUES.paymentTimeout, payload: { dealId: deal.id } }, ctx.policy.stepAttempts, {
      delayMs: ctx.policy.paymentWaitMs,
      dedupeKey: `paywait:${deal.id}`,
    }),
  ]);
}

/**
 * Step 2: the payment. An institution that declares to customs itself needs only a paid order (it is asked after
 * the pre-flight); otherwise the payment institution's notification is the payment record the hub declares, and
 * the deal waits for it (a notification that arrived first is already there).
 */
export function paymentStep(ctx: HubContext): JobHandler {
  return async (payload) => {
    const deal = await dealOf(ctx, payload);
    if (!deal || (deal.status !== 'received' && deal.status !== 'awaiting-payment')) return;
    const step: StepRef = { queue: HUB_QUEUES.payment, payload: { dealId: deal.id } };
    const connection = await connectionOf(ctx.store, deal.links.payment, 'payment');
    if (!connection) return needsAttention(ctx, deal, step, 'payment', 'connection.missing', 'no payment connection is configured for this storefront');
    const facts = await preflightFacts(ctx, deal);
    await withDeal(ctx, deal.id, (d) => d.status === 'received' || d.status === 'awaiting-payment', (tx, d) => takePayment(ctx, tx, d, connection, facts));
  };
}

/**
 * The payment step's decision in the caller's transaction, on the locked deal (also run by the waybill step right
 * after it took the waybill, instead of a job of its own): the pre-flight runs, in this transaction, when the
 * payment is there, else the deal waits for it.
 */
export async function takePayment(ctx: HubContext, tx: StoreScope, d: DealRecord, connection: Connection, facts: PreflightFacts): Promise<void> {
  if (d.status !== 'received' && d.status !== 'awaiting-payment') return;
  if (hasCapability(ctx.connectors.payment(connection).metadata, 'customs-declaration')) {
    if (!d.paid) return awaitPayment(ctx, tx, d, 'the storefront has not reported the order paid yet');
    if (d.status === 'received') return preflightIn(ctx, tx, d, facts);
    // it waited for the storefront's word that the order is paid: it has it
    await tx.hubDeals.update(d.id, { status: 'received' });
    await addEvent(tx, d.id, { platform: 'storefront', kind: 'payment.confirmed', summary: 'the storefront reported the order paid', data: { status: 'received' } });
    return preflightIn(ctx, tx, { ...d, status: 'received' }, facts);
  }
  const notified = await tx.hubInbound.paymentFor(connection.id, d.orderNo);
  if (!notified?.payload) return awaitPayment(ctx, tx, d, `waiting for ${connection.label} to notify the payment`);
  const payment = notified.payload as unknown as Payment;
  await tx.hubDeals.update(d.id, {
    status: 'received',
    documents: { ...d.documents, payment },
    payTransactionId: payment.payTransactionId,
  });
  await addEvent(tx, d.id, {
    platform: 'payment',
    kind: 'payment.received',
    summary: `payment ${payment.payTransactionId} of ${payment.amountPaid} notified by ${connection.label}`,
    data: { eventId: notified.eventId },
  });
  await preflightIn(ctx, tx, { ...d, status: 'received', documents: { ...d.documents, payment }, payTransactionId: payment.payTransactionId }, facts);
}

/** The wait for the payment is over: customs would reject the inventory for want of a payment (−401004). */
export function paymentTimeoutStep(ctx: HubContext): JobHandler {
  return async (payload) => {
    const deal = await dealOf(ctx, payload);
    if (deal?.status !== 'awaiting-payment') return;
    const reason = paymentMissing(deal.documents.order);
    await withDeal(ctx, deal.id, (d) => d.status === 'awaiting-payment', (tx, d) =>
      moveDeal(ctx, tx, d, 'stopped', { platform: 'hub', kind: 'preflight.refused', summary: describeReasons([reason]), data: { codes: [reason.code] } }, {
        reason: { code: reason.rule, message: describeReasons([reason]) },
      }),
    );
  };
}
