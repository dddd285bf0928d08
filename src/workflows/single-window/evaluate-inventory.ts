import { assessRisk, type ClearanceStatus, statusForRoute } from '../../domain/clearance/index.js';
import { type CheckReason, matchDeal, waitState } from '../../domain/matching/index.js';
import type { Inventory, Order, Payment, Waybill } from '../../domain/model/index.js';
import { usedAt } from '../../domain/quota/index.js';
import type { TaxQuote } from '../../domain/tax/index.js';
import { formatFen, parseFen } from '../../kernel/money.js';
import type { InventoryRecord, SwDocument } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { describeReasons, rejectionStatus } from './answer.js';
import { bondedStockProblems } from './bonded-stock.js';
import { inventoryOf, move, SYSTEM } from './clearance.js';
import type { SingleWindowContext } from './context.js';
import type { DocumentInput } from './process-message.js';
import { quotaLedgerOf } from './quota-ledger.js';
import { release } from './release.js';
import { issueTaxBill, nextInventoryNumber } from './numbering.js';

export const INVENTORY_TIMEOUT_QUEUE = 'sw.inventory-timeout';

const docOf = <T>(d: SwDocument | undefined): T | undefined => (d ? (d.data as unknown as { doc: T }).doc : undefined);

/** The documents the inventory points at, as far as they have arrived. Rejected ones count: they fail the match. */
async function dealOf(tx: StoreScope, record: InventoryRecord) {
  const [order, payments, waybill] = await Promise.all([
    tx.swDocuments.byKey('order', record.orderKey),
    tx.swDocuments.byLink('payment', record.paymentLink),
    tx.swDocuments.byKey('waybill', record.waybillKey),
  ]);
  const payment = payments.findLast((p) => p.status === '120') ?? payments.at(-1);
  return {
    inventory: inventoryOf(record),
    order: docOf<Order>(order),
    payment: docOf<Payment>(payment),
    waybill: docOf<Waybill>(waybill),
  };
}

const fen = (text: string): number => {
  const r = parseFen(text);
  return r.ok ? Number(r.value) : 0;
};

/** Inventories waiting on a document that just arrived are evaluated again, under the same deal lock. */
export async function reevaluateWaiting(
  input: DocumentInput,
  link: 'order' | 'payment' | 'waybill',
  key: string,
): Promise<void> {
  for (const record of await input.tx.swInventories.linked(link, key, '2')) {
    await evaluateInventory(input.ctx, input.tx, record);
  }
}

async function rejectInventory(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  reasons: readonly CheckReason[],
): Promise<void> {
  const info = describeReasons(reasons);
  await move(ctx, tx, record, '100', SYSTEM, {
    reason: info.slice(0, 900),
    returnStatus: rejectionStatus(reasons),
    patch: {
      rejectionCode: reasons[0]?.code ?? null,
      rejectionInfo: info,
      waitingFor: [],
      waitUntil: null,
    },
  });
}

/**
 * Evaluates an inventory still at status 2: waits while its order, payment or waybill is missing (and schedules
 * the time-out), rejects it once the wait is over, otherwise runs the three-document matching, identity, limit,
 * tax and bonded-stock checks and moves it on: 120, then review, inspection or clearance (and release).
 */
export async function evaluateInventory(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
): Promise<void> {
  if (record.status !== '2') return;
  const now = ctx.now();
  const deal = await dealOf(tx, record);
  const wait = waitState(deal, record.declaredAt.toISOString(), now.toISOString(), ctx.policy.match);
  if (!wait.ok) return rejectInventory(ctx, tx, record, wait.reasons.map(asCheck));
  if (wait.value.state === 'timed-out') return rejectInventory(ctx, tx, record, wait.value.missing);
  if (wait.value.state === 'waiting') {
    const deadline = new Date(wait.value.deadline);
    await tx.swInventories.update(record.id, {
      waitingFor: wait.value.missing.map((m) => m.document),
      waitUntil: deadline,
    });
    await tx.jobs.enqueue([
      {
        queue: INVENTORY_TIMEOUT_QUEUE,
        payload: { inventoryId: record.id },
        delayMs: Math.max(0, deadline.getTime() - now.getTime()) + 50,
        dedupeKey: `timeout:${record.id}:${record.declaredAt.getTime()}`,
      },
    ]);
    return;
  }
  await tx.lockDeal(`buyer:${record.buyerKey}`);
  const ledger = await quotaLedgerOf(tx, record.buyerKey);
  const used = usedAt(ledger, record.buyerKey, now.toISOString(), ctx.policy.quota);
  const matched = matchDeal(
    { ...deal, inventory: deal.inventory },
    {
      registry: await ctx.registry(),
      tariff: await ctx.tariff(),
      annualUsed: used.ok ? formatFen(used.value) : '0.00',
      policy: ctx.policy.match,
      today: now.toISOString().slice(0, 10),
    },
  );
  if (!matched.ok) return rejectInventory(ctx, tx, record, matched.reasons);
  const stock = await bondedStockProblems(tx, deal.inventory);
  if (stock.length > 0) return rejectInventory(ctx, tx, record, stock);
  await accept(ctx, tx, record, deal.inventory, matched.value.tax, matched.value.quotaAmount);
}

const asCheck = (r: { code: string; message: string; field?: string }): CheckReason => ({
  code: r.code,
  rule: r.code,
  document: 'inventory',
  field: r.field ?? 'inventory',
  message: r.message,
});

async function accept(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  inventory: Inventory,
  tax: TaxQuote,
  quotaAmount: string,
): Promise<void> {
  const invtNo = await nextInventoryNumber(tx, record.customsCode, ctx.now());
  let current = await move(ctx, tx, record, '120', SYSTEM, {
    facts: { checksPassed: true },
    patch: {
      invtNo,
      matchedAt: ctx.now(),
      waitingFor: [],
      waitUntil: null,
      channel: tax.channel,
      goodsValueFen: inventory.lines.reduce((a, l) => a + fen(l.totalPrice), 0),
      dutiableFen: fen(tax.dutiableValue),
      dutyFen: fen(tax.customsDuty),
      vatFen: fen(tax.vat),
      consumptionTaxFen: fen(tax.consumptionTax),
      taxFen: fen(tax.total),
      quotaFen: fen(quotaAmount),
    },
  });
  await issueTaxBill(ctx, tx, current, tax);
  const risk = assessRisk(
    {
      key: record.docKey,
      value: tax.dutiableValue,
      tradeMode: inventory.tradeMode,
      lines: inventory.lines.map((l) => ({ hsCode: l.gcode, origin: l.country })),
    },
    ctx.policy.risk.rules,
    ctx.policy.risk.seed,
  );
  const next: ClearanceStatus = statusForRoute(risk.route);
  const why = risk.hits.map((h) => `${h.ruleId}: ${h.description}`).join('; ');
  current = await move(ctx, tx, current, next, SYSTEM, {
    facts: { riskRoute: risk.route },
    patch: { riskRoute: risk.route },
    ...(why && { reason: why }),
  });
  if (next === '399' && ctx.policy.autoRelease) await release(ctx, tx, current, SYSTEM);
}
