import type { JobHandler } from '../../../jobs/job-handler.js';
import { waybillRequest } from '../deal-documents.js';
import { addEvent, RUNNING, withDeal } from '../deal-state.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, type StepRef, stepJob } from '../hub-queues.js';
import { connectionOf, needsAttention, partnerFailed } from '../partners.js';
import { takePayment } from './payment.step.js';
import { preflightFacts } from './preflight.step.js';
import { dealOf } from './step-input.js';

/**
 * Step 1: the carrier allocates the waybill of the order. The carrier keeps the number per order (durable number
 * ranges), so running this twice yields the same waybill; the deal takes it once and moves on to the payment.
 */
export function waybillStep(ctx: HubContext): JobHandler {
  return async (payload, { job }) => {
    const deal = await dealOf(ctx, payload);
    if (!deal || !RUNNING.has(deal.status) || deal.documents.waybill) return;
    const step: StepRef = { queue: HUB_QUEUES.waybill, payload: { dealId: deal.id } };
    const connection = await connectionOf(ctx.store, deal.links.carrier, 'carrier');
    if (!connection) return needsAttention(ctx, deal, step, 'carrier', 'connection.missing', 'no carrier connection is configured for this storefront');
    const carrier = ctx.connectors.carrier(connection);
    const allocated = await carrier.allocateWaybill(waybillRequest(deal.documents.order, deal.links.customs));
    if (!allocated.ok) return partnerFailed(ctx, job, deal, step, 'carrier', allocated.error);
    const { waybill, label } = allocated.value;
    const facts = await preflightFacts(ctx, deal);
    const payment = facts.payment;
    await withDeal(ctx, deal.id, (d) => RUNNING.has(d.status) && !d.documents.waybill, async (tx, d) => {
      const patch = { documents: { ...d.documents, waybill }, logisticsNo: waybill.logisticsNo };
      await tx.hubDeals.update(d.id, patch);
      await addEvent(tx, d.id, {
        platform: 'carrier',
        kind: 'waybill.allocated',
        summary: `waybill ${waybill.logisticsNo} allocated by ${connection.label} (${label.service})`,
        data: { logisticsNo: waybill.logisticsNo, fresh: allocated.value.fresh },
      });
      // the payment step runs here, in this transaction (it calls no partner); without a payment connection its
      // job finds the deal a person must see to
      if (payment) return takePayment(ctx, tx, { ...d, ...patch }, payment, facts);
      await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.payment, payload: { dealId: d.id } }, ctx.policy.stepAttempts, { dedupeKey: `payment:${d.id}` })]);
    });
  };
}
