import { AppError } from '../../kernel/errors/index.js';
import { cmp, parseDecimal } from '../../kernel/money.js';
import type { DealRecord } from '../../ports/hub.port.js';
import type { JsonObject } from '../../ports/json.js';
import type { StoreScope } from '../../ports/store.port.js';
import { addEvent, moveDeal } from './deal-state.js';
import type { HubContext } from './hub.context.js';
import { HUB_QUEUES, type HubQueue, stepJob } from './hub-queues.js';

/**
 * What a person (or the storefront's system) asks of a deal: cancel it (CEB623 once customs numbered the
 * inventory; before the inventory is filed, the hub just stops), return goods of a released one (CEB625), or
 * resume one that waits for a person. Each checks the deal under its lock and queues the work in the same
 * transaction.
 */
async function onDeal<T>(ctx: HubContext, id: string, visible: (d: DealRecord) => boolean, work: (tx: StoreScope, d: DealRecord) => Promise<T>): Promise<T> {
  const out = await ctx.store.transaction(async (tx) => {
    const deal = await tx.hubDeals.lock(id);
    if (!deal || !visible(deal)) throw new AppError('deal.not_found', { id });
    return work(tx, deal);
  });
  return out;
}

const refuse = (id: string, action: string, reason: string) => new AppError('deal.action_refused', { id, action, reason });

export async function cancelDeal(ctx: HubContext, id: string, reason: string, visible: (d: DealRecord) => boolean): Promise<DealRecord> {
  return onDeal(ctx, id, visible, async (tx, deal) => {
    // a 621 prepared may already be with customs (its send is recorded after customs took it)
    const inventoryFiled = (await tx.hubDeclarations.byDeal(deal.id)).some((d) => d.type === 'CEB621');
    if (['received', 'awaiting-payment', 'declaring', 'needs-attention'].includes(deal.status) && !inventoryFiled) {
      const moved = await moveDeal(ctx, tx, deal, 'cancelled', { platform: 'hub', kind: 'deal.cancelled', summary: `cancelled before the inventory was filed: ${reason}` }, {
        reason: { code: 'deal.cancelled', message: reason },
      });
      if (deal.stockState === 'reserved') {
        await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.stock, payload: { dealId: deal.id, action: 'cancel', ref: 'cancel' } }, ctx.policy.stepAttempts, { dedupeKey: `stock:${deal.id}:cancel` })]);
      }
      return moved;
    }
    if (deal.status !== 'declared' && deal.status !== 'released') throw refuse(id, 'cancelled', `it is ${deal.status}`);
    if (!deal.invtNo) throw refuse(id, 'cancelled', 'customs has not numbered its inventory yet; try again once it has');
    await addEvent(tx, deal.id, { platform: 'hub', kind: 'cancel.requested', summary: `cancel requested (CEB623): ${reason}` });
    await tx.jobs.enqueue([
      stepJob({ queue: HUB_QUEUES.declare, payload: { dealId: deal.id, type: 'CEB623', seq: 1, reason } }, ctx.policy.stepAttempts, { dedupeKey: `declare:${deal.id}:CEB623:1` }),
    ]);
    return deal;
  });
}

export interface ReturnRequest {
  readonly lines: readonly { readonly gnum: number; readonly qty: string }[];
  readonly reason: string;
}

export async function returnGoods(ctx: HubContext, id: string, request: ReturnRequest, visible: (d: DealRecord) => boolean): Promise<{ deal: DealRecord; seq: number }> {
  return onDeal(ctx, id, visible, async (tx, deal) => {
    if (deal.status !== 'released' && deal.status !== 'returned') throw refuse(id, 'returned', `only a released deal can be returned; it is ${deal.status}`);
    const inventory = deal.documents.inventory;
    if (!inventory || !deal.invtNo) throw refuse(id, 'returned', 'it has no numbered inventory');
    for (const line of request.lines) {
      const declared = inventory.lines.find((l) => l.gnum === line.gnum);
      const [want, have] = [parseDecimal(line.qty), declared && parseDecimal(declared.qty)];
      if (!declared || !have?.ok) throw refuse(id, 'returned', `its inventory has no line ${line.gnum}`);
      if (!want.ok || cmp(want.value, have.value) > 0) throw refuse(id, 'returned', `line ${line.gnum}: ${line.qty} is more than the ${declared.qty} declared`);
    }
    const returns = deal.documents.returns ?? [];
    const seq = returns.length + 1;
    await tx.hubDeals.update(deal.id, { documents: { ...deal.documents, returns: [...returns, { seq, lines: request.lines, reason: request.reason }] } });
    await addEvent(tx, deal.id, { platform: 'hub', kind: 'return.requested', summary: `return ${seq} requested (CEB625): ${request.lines.map((l) => `line ${l.gnum} × ${l.qty}`).join(', ')}` });
    await tx.jobs.enqueue([
      stepJob({ queue: HUB_QUEUES.declare, payload: { dealId: deal.id, type: 'CEB625', seq, reason: request.reason } }, ctx.policy.stepAttempts, { dedupeKey: `declare:${deal.id}:CEB625:${seq}` }),
    ]);
    return { deal, seq };
  });
}

/** A deal waiting for a person goes on from the step that stopped it (after the person fixed the cause). */
export async function resumeDeal(ctx: HubContext, id: string, visible: (d: DealRecord) => boolean): Promise<DealRecord> {
  return onDeal(ctx, id, visible, async (tx, deal) => {
    const step = deal.blockedStep as { queue?: HubQueue; payload?: JsonObject } | null;
    if ((deal.status !== 'needs-attention' && deal.status !== 'blocked') || !step?.queue || !step.payload) {
      throw refuse(id, 'resumed', `it is ${deal.status}, not waiting for a person`);
    }
    const { resumeStatus, ...payload } = step.payload;
    const status = typeof resumeStatus === 'string' ? (resumeStatus as DealRecord['status']) : 'received';
    const moved = await moveDeal(ctx, tx, deal, status, { platform: 'hub', kind: 'deal.resumed', summary: `resumed at ${step.queue}` }, { patch: { blockedStep: null, reasonCode: null, reason: null } });
    await tx.jobs.enqueue([stepJob({ queue: step.queue, payload }, ctx.policy.stepAttempts, { dedupeKey: `resume:${deal.id}:${deal.updatedAt.getTime()}` })]);
    return moved;
  });
}
