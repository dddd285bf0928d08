import { createHash } from 'node:crypto';
import type { QuotaEntry, QuotaLedger } from '../../domain/quota/index.js';
import { formatFen } from '../../kernel/money.js';
import type { QuotaEntryRow } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';

/**
 * The ledger is kept per buyer under a pseudonymous key (SHA-256 of the normalised ID number), so the ledger and
 * its index never hold the number itself; the buyer's query hashes the number it is given the same way.
 */
export const buyerKeyOf = (idNumber: string): string =>
  createHash('sha256').update(idNumber.trim().toUpperCase()).digest('hex');

/** The domain ledger (domain/quota) of a buyer, from the stored entries. */
export async function quotaLedgerOf(tx: StoreScope, buyerKey: string): Promise<QuotaLedger> {
  return (await tx.quota.entries(buyerKey)).map(toDomainEntry);
}

export function toDomainEntry(row: QuotaEntryRow): QuotaEntry {
  const base = { id: row.id, invtNo: row.inventoryId, at: row.at.toISOString() };
  const amount = formatFen(BigInt(row.amountFen));
  if (row.kind === 'release') return { ...base, kind: 'release', idNumber: row.buyerKey, amount };
  if (row.kind === 'cancel') return { ...base, kind: 'cancel' };
  return { ...base, kind: 'return', amount };
}
