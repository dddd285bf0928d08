import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { SingleWindowStore } from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import { swDocumentRepo } from './documents.repo.js';
import { swInventoryRepo } from './inventories.repo.js';
import { certificateRepo, quotaRepo, stockRepo } from './ledger.repo.js';
import { swMessageRepo } from './messages.repo.js';
import { swReceiptRepo } from './receipts.repo.js';
import { statsRepo } from './stats.repo.js';

export function singleWindowRepos(db: Kysely<DatabaseSchema>): SingleWindowStore {
  return {
    swMessages: swMessageRepo(db),
    swDocuments: swDocumentRepo(db),
    swInventories: swInventoryRepo(db),
    swReceipts: swReceiptRepo(db),
    quota: quotaRepo(db),
    stock: stockRepo(db),
    certificates: certificateRepo(db),
    stats: statsRepo(db),
    nextNumber: async () => {
      const { rows } = await sql<{ n: number }>`select nextval('sw_number_seq')::int as n`.execute(db);
      return Number(rows[0]?.n);
    },
    lockDeal: async (orderNo) => {
      await sql`select pg_advisory_xact_lock(hashtext(${orderNo}))`.execute(db);
    },
  };
}
