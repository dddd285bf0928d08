import type { PartnerResult, StockChange, StockLine, WarehouseConnector } from '../../../connectors/sdk/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
import { PermanentJobError } from '../../../jobs/job-handler.js';
import type { DealRecord, StockState } from '../../../ports/hub.port.js';
import { addEvent, withDeal } from '../deal-state.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, type StepRef } from '../hub-queues.js';
import { connectionOf, needsAttention, partnerFailed } from '../partners.js';
import { maybeDeclareInventory } from '../declaration-sent.js';
import { dealOf, field, optionalField } from './step-input.js';

/**
 * Bonded stock (1210) through the warehouse connector, every call idempotent by its reference (the deal, or the
 * return): reserve before the inventory is declared, release at customs release, give the reservation back when
 * the deal is rejected, stopped or cancelled, and return goods to stock after an approved return.
 */
type Action = 'reserve' | 'release' | 'cancel' | 'return';
const ACTIONS: readonly Action[] = ['reserve', 'release', 'cancel', 'return'];

const AFTER: Readonly<Record<Action, StockState>> = { reserve: 'reserved', release: 'released', cancel: 'cancelled', return: 'returned' };

function linesOf(deal: DealRecord, ref: string): StockLine[] {
  const inventory = deal.documents.inventory;
  if (!inventory) return [];
  const seq = /^return:(\d+)$/.exec(ref)?.[1];
  const asked = seq === undefined ? undefined : deal.documents.returns?.find((r) => r.seq === Number(seq));
  return inventory.lines.flatMap((l) => {
    const qty = asked ? asked.lines.find((x) => x.gnum === l.gnum)?.qty : l.qty;
    return qty === undefined ? [] : [{ itemNo: l.itemRecordNo ?? l.itemNo ?? '', qty }];
  });
}

function call(warehouse: WarehouseConnector, action: Action, deal: DealRecord, ref: string): Promise<PartnerResult<StockChange>> {
  const owner = { ref: deal.id, ownerCode: deal.ebcCode };
  switch (action) {
    case 'reserve':
      return warehouse.reserve({ ...owner, lines: linesOf(deal, ref) });
    case 'release':
      return warehouse.release(owner);
    case 'cancel':
      return warehouse.cancelReservation(owner);
    case 'return':
      return warehouse.returnToStock({ ref: `${deal.id}:${ref}`, ownerCode: deal.ebcCode, lines: linesOf(deal, ref), releasedRef: deal.id });
  }
}

export function stockStep(ctx: HubContext): JobHandler {
  return async (payload, { job }) => {
    const action = field(payload, 'action') as Action;
    if (!ACTIONS.includes(action)) throw new PermanentJobError(`unknown stock action ${action}`);
    const ref = typeof optionalField(payload, 'ref') === 'string' ? String(optionalField(payload, 'ref')) : action;
    const deal = await dealOf(ctx, payload);
    if (!deal) return;
    if (action === 'reserve' && (deal.status !== 'declaring' || deal.stockState === 'reserved')) return;
    const step: StepRef = { queue: HUB_QUEUES.stock, payload: { dealId: deal.id, action, ref } };
    const connection = await connectionOf(ctx.store, deal.links.warehouse, 'warehouse');
    if (!connection) return needsAttention(ctx, deal, step, 'warehouse', 'connection.missing', 'no warehouse connection is configured');
    const moved = await call(ctx.connectors.warehouse(connection), action, deal, ref);
    if (!moved.ok) {
      if (action === 'reserve') return partnerFailed(ctx, job, deal, step, 'warehouse', moved.error);
      // after customs decided, a stock book that disagrees is for a person to reconcile; the deal stands
      await withDeal(ctx, deal.id, () => true, (tx) =>
        addEvent(tx, deal.id, { platform: 'warehouse', kind: 'stock.failed', summary: `stock ${action} failed: ${moved.error.message}`, data: { code: moved.error.code } }),
      );
      if (moved.error.disposition === 'retryable') throw new Error(moved.error.message);
      return;
    }
    const levels = moved.value.levels.map((l) => `${l.itemNo}: ${l.available} available`).join(', ');
    await withDeal(ctx, deal.id, () => true, async (tx, d) => {
      await tx.hubDeals.update(d.id, { stockState: AFTER[action] });
      await addEvent(tx, d.id, {
        platform: 'warehouse',
        kind: `stock.${action}`,
        summary: `stock ${action} ${moved.value.effect === 'duplicate' ? '(already done)' : 'done'} at ${connection.label}${levels ? ` — ${levels}` : ''}`,
      });
      if (action === 'reserve') await maybeDeclareInventory(ctx, tx, { ...d, stockState: 'reserved' });
    });
  };
}
