import { calendarYear } from '../../domain/model/index.js';
import type { Actor } from '../../domain/clearance/index.js';
import { newId } from '../../kernel/ids.js';
import type { InventoryRecord } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { moveStock } from './bonded-stock.js';
import { inventoryOf, move } from './clearance.js';
import type { SingleWindowContext } from './context.js';

/**
 * Release (399 → 800): the tax is secured by the guarantor named in the inventory (assureCode), the buyer's
 * annual quota is consumed in the year of release, and bonded goods leave the stock — all in the transaction
 * that records the move, so a release happens once with all its effects or not at all.
 */
export async function release(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  actor: Actor,
  reason?: string,
): Promise<InventoryRecord> {
  const inventory = inventoryOf(record);
  const at = ctx.now();
  const released = await move(ctx, tx, record, '800', actor, {
    facts: { taxSecured: inventory.assureCode.length > 0 },
    patch: { releasedAt: at },
    ...(reason && { reason }),
  });
  if (record.channel === 'cbec' && (record.quotaFen ?? 0) > 0) {
    await tx.quota.add({
      id: newId('quo'),
      buyerKey: record.buyerKey,
      year: calendarYear(at.getTime(), ctx.policy.quota.timeZoneOffsetMinutes),
      inventoryId: record.id,
      kind: 'release',
      ref: record.id,
      amountFen: record.quotaFen ?? 0,
      at,
    });
  }
  await moveStock(tx, inventory, 'release', record.id);
  return released;
}
