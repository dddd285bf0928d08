import type { DealRecord, DeclarationRecord } from '../../ports/hub.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { addEvent, moveDeal } from './deal-state.js';
import type { HubContext } from './hub.context.js';
import { HUB_QUEUES, stepJob } from './hub-queues.js';

/** Whether the inventory may go out: order, payment and waybill are with customs (and, bonded, the stock reserved). */
export function inventoryReady(deal: DealRecord, declared: readonly DeclarationRecord[]): boolean {
  if (deal.status !== 'declaring') return false;
  const out = (type: string) => declared.some((d) => d.type === type && d.sentAt !== null && d.status !== 'rejected');
  if (!out('CEB311') || !out('CEB411') || !out('CEB511')) return false;
  return deal.links.customs?.tradeMode !== '1210' || deal.stockState === 'reserved';
}

/**
 * Once order, payment and waybill are with customs (and, bonded, the stock is reserved), the inventory follows.
 * Enqueued under a fixed key, so the steps racing to start it start it once. `byCaller`: not queued, the caller
 * sends it itself right after its transaction commits, in a job that is not done until it has (a crash in between
 * runs that job again, which finds the inventory ready and sends it).
 */
export async function maybeDeclareInventory(ctx: HubContext, tx: StoreScope, deal: DealRecord, byCaller = false): Promise<void> {
  if (byCaller || deal.status !== 'declaring') return;
  if (!inventoryReady(deal, await tx.hubDeclarations.byDeal(deal.id))) return;
  await tx.jobs.enqueue([
    stepJob({ queue: HUB_QUEUES.declare, payload: { dealId: deal.id, type: 'CEB621' } }, ctx.policy.stepAttempts, { dedupeKey: `declare:${deal.id}:CEB621:1` }),
  ]);
}

export interface Sent {
  readonly messageId: string;
  readonly signedXml: string;
  readonly duplicate: boolean;
  /** e.g. "as ebp through <connection>" */
  readonly how: string;
}

/**
 * Records that a declaration is with customs, with its next move, in the caller's transaction: after the send
 * (`sent`), or — when the send was interrupted before it could be recorded — from customs' first receipt of it.
 * Once per declaration; returns the deal as it is afterwards.
 */
export async function recordSent(
  ctx: HubContext,
  tx: StoreScope,
  deal: DealRecord,
  declaration: DeclarationRecord,
  sent?: Sent,
  inventoryByCaller = false,
): Promise<DealRecord> {
  if (declaration.sentAt !== null) return deal;
  await tx.hubDeclarations.markSent(declaration.id, { messageId: sent?.messageId ?? null, xml: sent?.signedXml ?? null, at: ctx.now() });
  const { type, seq, guid } = declaration;
  await addEvent(tx, deal.id, {
    platform: 'customs',
    kind: 'declaration.sent',
    summary: sent
      ? `${type} sent ${sent.how}${sent.duplicate ? ' (a repeat: the single window had it already)' : ''}`
      : `${type} recorded as sent from customs' receipt (the send was interrupted before it was recorded)`,
    data: { type, seq, guid, ...(sent && { messageId: sent.messageId, duplicate: sent.duplicate }) },
  });
  if (type === 'CEB621' && deal.status === 'declaring') {
    return moveDeal(ctx, tx, deal, 'declared', { platform: 'customs', kind: 'deal.declared', summary: 'all declarations are with customs; waiting for the inventory receipts' });
  }
  await maybeDeclareInventory(ctx, tx, deal, inventoryByCaller);
  return deal;
}
