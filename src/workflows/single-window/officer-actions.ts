import type { Actor } from '../../domain/clearance/index.js';
import { AppError } from '../../kernel/errors/index.js';
import type { InventoryRecord } from '../../ports/single-window.port.js';
import { move } from './clearance.js';
import type { SingleWindowContext } from './context.js';
import { issueTaxStatus } from './numbering.js';
import { release } from './release.js';

export type OfficerAction = 'release' | 'reject' | 'inspect';

export interface OfficerDecision {
  readonly inventoryId: string;
  readonly action: OfficerAction;
  readonly reason: string;
  readonly officer: { readonly id: string; readonly name: string };
}

/**
 * A customs officer acts on an inventory in the manual-review (300) or inspection (500) queue: release (conclude
 * 399, then release 800), reject (100), or order an inspection (300 → 500). Every move is recorded with the
 * officer and the reason; the state machine refuses moves its table does not allow.
 */
export async function decide(ctx: SingleWindowContext, decision: OfficerDecision): Promise<InventoryRecord> {
  const actor: Actor = { kind: 'customs', id: decision.officer.id };
  const result = await ctx.store.transaction(async (tx) => {
    const found = await tx.swInventories.byId(decision.inventoryId);
    if (!found) throw new AppError('sw.inventory_not_found', { id: decision.inventoryId });
    await tx.lockDeal(found.orderNo);
    const record = (await tx.swInventories.byId(decision.inventoryId)) ?? found;
    const reason = `${decision.officer.name}: ${decision.reason}`;
    switch (decision.action) {
      case 'inspect':
        return move(ctx, tx, record, '500', actor, { reason });
      case 'reject': {
        const rejected = await move(ctx, tx, record, '100', actor, {
          reason,
          patch: { rejectionCode: 'customs.rejected', rejectionInfo: reason },
        });
        await issueTaxStatus(ctx, tx, record, '3', `inventory rejected: ${decision.reason}`);
        return rejected;
      }
      case 'release': {
        const concluded = await move(ctx, tx, record, '399', actor, { reason });
        return release(ctx, tx, concluded, actor, reason);
      }
    }
  });
  return result;
}
