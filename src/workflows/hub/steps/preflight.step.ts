import { hasCapability } from '../../../connectors/sdk/index.js';
import type { EnterpriseRegistry } from '../../../domain/model/index.js';
import type { TariffLookup } from '../../../domain/tax/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
import { parseFen } from '../../../kernel/money.js';
import type { Connection, DealRecord, Product } from '../../../ports/hub.port.js';
import type { NewJob } from '../../../ports/jobs.port.js';
import type { StoreScope } from '../../../ports/store.port.js';
import { buildInventory, expectedPayment } from '../deal-documents.js';
import { addEvent, moveDeal, withDeal } from '../deal-state.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, type StepRef, stepJob } from '../hub-queues.js';
import { attentionIn, connectionOf } from '../partners.js';
import { annualUsedFen, causeOf, describeReasons, preflightWith } from '../preflight.js';
import { dealOf } from './step-input.js';

const fen = (yuan: string): number => {
  const r = parseFen(yuan);
  return r.ok ? Number(r.value) : 0;
};

/**
 * What the pre-flight reads besides the deal, read before its transaction (connections, products, the registry
 * and the tariff come from caches and the store's own handle, which on the embedded database would wait for a
 * transaction that is open).
 */
export interface PreflightFacts {
  readonly payment: Connection | undefined;
  readonly warehouse: Connection | undefined;
  readonly products: ReadonlyMap<string, Product>;
  readonly registry: EnterpriseRegistry;
  readonly tariff: TariffLookup;
  /** The hub's estimate of the buyer's annual usage (read before, as customs' own count would be). */
  readonly usedFen: number;
}

export async function preflightFacts(ctx: HubContext, deal: DealRecord): Promise<PreflightFacts> {
  const skus = deal.documents.order.lines.flatMap((l) => (l.itemNo ? [l.itemNo] : []));
  return {
    payment: await connectionOf(ctx.store, deal.links.payment, 'payment'),
    warehouse: await connectionOf(ctx.store, deal.links.warehouse, 'warehouse'),
    products: new Map((await ctx.store.hubProducts.bySkus(deal.participantId, skus)).map((p) => [p.sku, p])),
    registry: await ctx.registry(),
    tariff: await ctx.tariff(),
    usedFen: await annualUsedFen(ctx, deal.buyerKey),
  };
}

const preflightStepRef = (dealId: string): StepRef => ({ queue: HUB_QUEUES.preflight, payload: { dealId } });

/**
 * Step 3: the pre-flight, on the locked deal in the caller's transaction (the payment's, right after the deal has
 * its payment, or the pre-flight job's when a person resumes it). The inventory is composed from the order, the
 * waybill and the product registry, then the four documents go through customs' own matching; a deal customs
 * would reject is stopped with customs' reasons. A deal that passes starts its declarations (and, bonded, its
 * stock reservation) in the same transaction.
 */
export async function preflightIn(ctx: HubContext, tx: StoreScope, d: DealRecord, facts: PreflightFacts): Promise<void> {
  if (d.status !== 'received') return;
  const step = preflightStepRef(d.id);
  const { order, waybill } = d.documents;
  const customs = d.links.customs;
  if (!waybill) return;
  if (!customs) return attentionIn(ctx, tx, d, step, 'hub', 'connection.incomplete', 'the storefront connection does not say which customs district its orders are declared to (links.customs)');
  const bonded = customs.tradeMode === '1210';
  if (bonded && !facts.warehouse) return attentionIn(ctx, tx, d, step, 'warehouse', 'connection.missing', 'a bonded (1210) deal needs a warehouse connection');
  const paymentConnection = facts.payment;
  if (!paymentConnection) return attentionIn(ctx, tx, d, step, 'payment', 'connection.missing', 'no payment connection is configured');
  const institution = hasCapability(ctx.connectors.payment(paymentConnection).metadata, 'customs-declaration');
  if (institution && (!order.payCode || !order.payTransactionId)) {
    return attentionIn(ctx, tx, d, step, 'payment', 'order.payment_unnamed', 'the order names no payment institution code or transaction: the institution cannot be asked to declare it');
  }
  const payment = d.documents.payment ?? (order.payCode ? expectedPayment(order, order.payCode, order.payName) : undefined);
  if (!payment) return;
  const inventory = buildInventory({ order, waybill, copNo: d.copNo, customs, products: facts.products, at: ctx.now() });
  if (!inventory.ok) return attentionIn(ctx, tx, d, step, 'hub', inventory.reasons[0]?.code ?? 'product.unregistered', describeReasons(inventory.reasons));
  const checked = preflightWith(ctx, { order, payment, waybill, inventory: inventory.value }, facts);
  if (!checked.ok) {
    const message = describeReasons(checked.reasons);
    await moveDeal(ctx, tx, d, 'stopped', { platform: 'hub', kind: 'preflight.refused', summary: message, data: { codes: checked.reasons.map((r) => r.code) } }, {
      reason: { code: causeOf(checked.reasons), message },
      patch: { documents: { ...d.documents, inventory: inventory.value } },
    });
    return;
  }
  const { tax, quotaAmount } = checked.value;
  await moveDeal(ctx, tx, d, 'declaring', {
    platform: 'hub',
    kind: 'preflight.passed',
    summary: `pre-flight passed: channel ${tax.channel}, tax ${tax.total} (duty ${tax.customsDuty}, VAT ${tax.vat}, consumption tax ${tax.consumptionTax})`,
  }, { patch: { documents: { ...d.documents, inventory: inventory.value }, channel: tax.channel, taxFen: fen(tax.total), quotaFen: fen(quotaAmount) } });
  // order, waybill and (unless the institution files it) payment: one job sends them together
  const types = ['CEB311', 'CEB511', ...(institution ? [] : ['CEB411'])];
  const jobs: NewJob[] = [stepJob({ queue: HUB_QUEUES.declare, payload: { dealId: d.id, types } }, ctx.policy.stepAttempts, { dedupeKey: `declare:${d.id}:${types.join('+')}:1` })];
  if (institution) jobs.push(stepJob({ queue: HUB_QUEUES.paymentDeclare, payload: { dealId: d.id, attempt: 0 } }, ctx.policy.stepAttempts, { dedupeKey: `paydecl:${d.id}:0` }));
  if (bonded) jobs.push(stepJob({ queue: HUB_QUEUES.stock, payload: { dealId: d.id, action: 'reserve' } }, ctx.policy.stepAttempts, { dedupeKey: `stock:${d.id}:reserve` }));
  await tx.jobs.enqueue(jobs);
  if (institution) await addEvent(tx, d.id, { platform: 'payment', kind: 'payment.declaration_requested', summary: `${paymentConnection.label} asked to declare the payment (CEB411)` });
}

/** The pre-flight as a job of its own: what a person's resume runs again once the cause is fixed. */
export function preflightStep(ctx: HubContext): JobHandler {
  return async (payload) => {
    const deal = await dealOf(ctx, payload);
    if (deal?.status !== 'received') return;
    const facts = await preflightFacts(ctx, deal);
    await withDeal(ctx, deal.id, (d) => d.status === 'received', (tx, d) => preflightIn(ctx, tx, d, facts));
  };
}
