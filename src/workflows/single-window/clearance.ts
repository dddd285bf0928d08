import {
  type Actor,
  type ClearanceFacts,
  type ClearanceStatus,
  isClearanceStatus,
  STATUS_NAMES,
  transition,
} from '../../domain/clearance/index.js';
import type { Inventory } from '../../domain/model/index.js';
import { AppError } from '../../kernel/errors/index.js';
import type { InventoryPatch, InventoryRecord } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { answer } from './answer.js';
import type { SingleWindowContext } from './context.js';

export const SYSTEM: Actor = { kind: 'system', id: 'single-window' };

/** The canonical inventory stored with the record. */
export const inventoryOf = (record: InventoryRecord): Inventory => (record.data as unknown as { doc: Inventory }).doc;

/**
 * Moves an inventory through the clearance state machine (domain/clearance): the table decides whether the move
 * is allowed, for whom, and with what reason; the move is recorded (who, when, why), the record updated with
 * `patch`, and the sender answered with the CEB622 receipt of the new status. Refusals throw `sw.action_refused`.
 */
export async function move(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  to: ClearanceStatus,
  actor: Actor,
  options: { reason?: string; facts?: ClearanceFacts; patch?: InventoryPatch; returnStatus?: string } = {},
): Promise<InventoryRecord> {
  const from = record.status;
  if (!isClearanceStatus(from)) {
    throw new AppError('sw.action_refused', { id: record.id, from, to, reason: 'the inventory is not in clearance' });
  }
  const at = ctx.now();
  // The machine checks that time never runs backwards against the last recorded move.
  const last = (await tx.swInventories.events(record.id)).at(-1);
  const history = last ? [{ from, to: from, actor: SYSTEM, at: last.at.toISOString(), reason: last.reason }] : [];
  const result = transition(
    { status: from, history },
    {
      to,
      actor,
      at: at.toISOString(),
      ...(options.reason !== undefined && { reason: options.reason }),
      ...(options.facts !== undefined && { facts: options.facts }),
    },
  );
  if (!result.ok) {
    const reason = result.reasons.map((r) => r.message).join('; ');
    throw new AppError('sw.action_refused', { id: record.id, from, to, reason, codes: result.reasons.map((r) => r.code) });
  }
  const { record: made } = result.value;
  await tx.swInventories.addEvent({
    inventoryId: record.id,
    from,
    to,
    actor: actor.kind,
    actorId: actor.id,
    reason: made.reason,
    at,
  });
  const patch: InventoryPatch = { ...options.patch, status: to };
  await tx.swInventories.update(record.id, patch);
  const updated: InventoryRecord = { ...record, ...patch } as InventoryRecord;
  await answerInventory(ctx, tx, updated, options.returnStatus ?? to, `${STATUS_NAMES[to].zh} ${made.reason}`);
  return updated;
}

/** The CEB622 receipt of an inventory, keyed as the standard requires (copNo, preNo, then what is known). */
export async function answerInventory(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  returnStatus: string,
  returnInfo: string,
): Promise<void> {
  await answer(ctx, tx, record.senderId, record.docKey, {
    type: 'CEB622',
    copNo: record.copNo ?? record.preNo,
    preNo: record.preNo,
    ebpCode: record.ebpCode,
    ebcCode: record.ebcCode,
    agentCode: record.agentCode,
    ...(record.customsCode && { customsCode: record.customsCode }),
    ...(record.invtNo && { invtNo: record.invtNo }),
    returnStatus,
    returnInfo,
  });
}
