import { randomUUID } from 'node:crypto';
import type { CustomsDeclarationRequest, CustomsDeclarationStatus } from '../../../connectors/sdk/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
import { newId } from '../../../kernel/ids.js';
import { formatFen, parseFen } from '../../../kernel/money.js';
import type { DealRecord } from '../../../ports/hub.port.js';
import { buyerOf } from '../deal-documents.js';
import { addEvent, moveDeal, withDeal } from '../deal-state.js';
import { receiptKeyFor } from '../declarations.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, type StepRef, stepJob } from '../hub-queues.js';
import { connectionOf, needsAttention, partnerFailed } from '../partners.js';
import { causeOf, describeReasons, preflight } from '../preflight.js';
import { maybeDeclareInventory } from '../declaration-sent.js';
import { dealOf, optionalField } from './step-input.js';

function requestOf(deal: DealRecord): CustomsDeclarationRequest {
  const o = deal.documents.order;
  const [paid, freight] = [parseFen(o.actualPaid), parseFen(o.freight)];
  const goods = paid.ok && freight.ok ? formatFen(paid.value - freight.value) : o.goodsValue;
  return {
    orderNo: o.orderNo,
    payTransactionId: o.payTransactionId ?? '',
    ebpCode: o.ebpCode,
    amounts: { total: o.actualPaid, freight: o.freight, goods },
    buyer: buyerOf(o),
  };
}

/**
 * The payment institution declares the CEB411 itself (Alipay / WeChat Pay style): the hub asks once, then asks
 * where the declaration stands, with growing pauses, until customs took it. A payer the institution knows as
 * someone else than the buyer, or an amount other than the order's, stops the deal before the inventory is filed.
 */
export function paymentDeclarationStep(ctx: HubContext): JobHandler {
  return async (payload, { job }) => {
    const attempt = Number(optionalField(payload, 'attempt') ?? 0);
    const deal = await dealOf(ctx, payload);
    if (deal?.status !== 'declaring') return;
    const step: StepRef = { queue: HUB_QUEUES.paymentDeclare, payload: { dealId: deal.id, attempt } };
    const connection = await connectionOf(ctx.store, deal.links.payment, 'payment');
    const institution = connection && ctx.connectors.payment(connection);
    if (!connection || !institution?.declareToCustoms || !institution.queryDeclaration) {
      return needsAttention(ctx, deal, step, 'payment', 'connection.missing', 'the payment connection cannot declare to customs');
    }
    const request = requestOf(deal);
    const answer = attempt === 0 ? await institution.declareToCustoms(request) : await institution.queryDeclaration(request);
    if (!answer.ok) return partnerFailed(ctx, job, deal, step, 'payment', answer.error);
    const status: CustomsDeclarationStatus = answer.value;
    const { order, waybill, inventory } = deal.documents;
    if (status.identityCheck === 'different') {
      const message = `${connection.label}: the payer's real-name record is not the buyer named on the order (customs requires buyer = payer)`;
      await withDeal(ctx, deal.id, (d) => d.status === 'declaring', (tx, d) =>
        moveDeal(ctx, tx, d, 'stopped', { platform: 'payment', kind: 'preflight.refused', summary: message, data: { codes: ['payment.payer_id'] } }, { reason: { code: 'payment.payer_id', message } }),
      );
      return;
    }
    if (status.state === 'failed') {
      const message = `the payment declaration was refused: ${status.explanation ?? status.partnerState}`;
      await withDeal(ctx, deal.id, (d) => d.status === 'declaring', (tx, d) =>
        moveDeal(ctx, tx, d, 'rejected', { platform: 'payment', kind: 'payment.declaration_failed', summary: message }, { reason: { code: 'payment.declaration_failed', message } }),
      );
      return;
    }
    if (status.state !== 'declared') {
      if (attempt + 1 >= ctx.policy.paymentQueryAttempts) {
        return needsAttention(ctx, deal, step, 'payment', 'payment.declaration_pending', `the institution still reports ${status.partnerState} after ${attempt + 1} queries`);
      }
      const delayMs = Math.min(ctx.policy.paymentQueryMaxMs, ctx.policy.paymentQueryMs * 2 ** Math.min(attempt, 16));
      await withDeal(ctx, deal.id, (d) => d.status === 'declaring', async (tx, d) => {
        if (attempt === 0) await addEvent(tx, d.id, { platform: 'payment', kind: 'payment.declaration_accepted', summary: `${connection.label} accepted the declaration (${status.partnerState})` });
        await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.paymentDeclare, payload: { dealId: d.id, attempt: attempt + 1 } }, ctx.policy.stepAttempts, { delayMs, dedupeKey: `paydecl:${d.id}:${attempt + 1}` })]);
      });
      return;
    }
    // declared: what the institution filed must still match the order (its amount is from its own books)
    const checked = waybill && inventory ? await preflight(ctx, { order, payment: status.payment, waybill, inventory }, deal.buyerKey) : undefined;
    await withDeal(ctx, deal.id, (d) => d.status === 'declaring', async (tx, d) => {
      if (checked && !checked.ok) {
        const message = describeReasons(checked.reasons);
        await moveDeal(ctx, tx, d, 'stopped', { platform: 'payment', kind: 'preflight.refused', summary: message, data: { codes: checked.reasons.map((r) => r.code) } }, {
          reason: { code: causeOf(checked.reasons), message },
        });
        return;
      }
      const docs = { ...d.documents, payment: status.payment };
      const declaration = await tx.hubDeclarations.prepare({
        id: newId('dec'),
        dealId: d.id,
        type: 'CEB411',
        seq: 1,
        guid: randomUUID().toUpperCase(),
        receiptKey: receiptKeyFor('CEB411', { ...docs, copNo: d.copNo }),
        connectionId: null,
        declaredBy: 'institution',
      });
      await tx.hubDeclarations.markSent(declaration.id, { messageId: status.declarationId, xml: null, at: ctx.now(), status: 'accepted', final: true });
      await tx.hubDeals.update(d.id, { documents: docs, payTransactionId: status.payment.payTransactionId });
      await addEvent(tx, d.id, { platform: 'payment', kind: 'payment.declared', summary: `${connection.label} declared the payment to customs (CEB411, ${status.partnerState})` });
      await maybeDeclareInventory(ctx, tx, { ...d, documents: docs });
    });
  };
}
