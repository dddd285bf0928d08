import { stockDemandOfInventory } from '../../domain/bonded/index.js';
import type { CheckReason } from '../../domain/matching/index.js';
import type { Inventory } from '../../domain/model/index.js';
import { cmp, parseDecimal } from '../../kernel/money.js';
import type { StoreScope } from '../../ports/store.port.js';

const BONDED = new Set(['1210', '1239']);

export const isBonded = (inventory: Inventory): boolean => BONDED.has(inventory.tradeMode);

const reason = (code: string, field: string, message: string): CheckReason => ({
  code,
  rule: code,
  document: 'inventory',
  field,
  message,
});

/**
 * Bonded import (1210) ships from stock already in the bonded warehouse: every line must be covered by the
 * enterprise's stock of that item (entered with CEB711). Returns the reasons the stock does not cover it.
 */
export async function bondedStockProblems(tx: StoreScope, inventory: Inventory): Promise<CheckReason[]> {
  if (!isBonded(inventory)) return [];
  const demand = stockDemandOfInventory(inventory);
  if (!demand.ok) return demand.reasons.map((r) => reason(r.code, r.field ?? 'inventory.lines', r.message));
  const { enterpriseCode, lines } = demand.value;
  const rows = await tx.stock.lockRows(enterpriseCode, lines.map((l) => l.itemNo));
  const problems: CheckReason[] = [];
  lines.forEach((line, i) => {
    const row = rows.find((r) => r.itemKey === line.itemNo);
    const field = `inventory.lines[${i}].itemRecordNo`;
    if (!row) {
      problems.push(reason('bonded.item_not_in_stock', field, `item ${line.itemNo} of ${enterpriseCode} is not in bonded stock`));
      return;
    }
    const have = parseDecimal(row.qty, { allowNegative: true });
    const need = parseDecimal(line.qty);
    if (have.ok && need.ok && cmp(have.value, need.value) < 0) {
      problems.push(
        reason('bonded.insufficient_stock', field, `item ${line.itemNo}: ${row.qty} in bonded stock, ${line.qty} declared`),
      );
    }
  });
  return problems;
}

/** Moves bonded stock for an inventory: out at release, back in on cancel or return. Idempotent per `ref`. */
export async function moveStock(
  tx: StoreScope,
  inventory: Inventory,
  kind: 'release' | 'return',
  ref: string,
  lines?: ReadonlyMap<number, string>,
): Promise<void> {
  if (!isBonded(inventory)) return;
  const demand = stockDemandOfInventory(inventory);
  if (!demand.ok) return;
  for (const [i, line] of inventory.lines.entries()) {
    const item = demand.value.lines[i];
    const qty = lines ? lines.get(line.gnum) : line.qty;
    if (!item || qty === undefined) continue;
    await tx.stock.apply({
      id: `${ref}:${kind}:${line.gnum}`,
      ownerCode: demand.value.enterpriseCode,
      itemKey: item.itemNo,
      kind,
      delta: kind === 'release' ? `-${qty}` : qty,
      ref,
    });
  }
}
