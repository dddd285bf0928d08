import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type {
  CertificateRecord,
  CertificateRepo,
  QuotaEntryRow,
  QuotaRepo,
  StockRepo,
  StockRow,
} from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwQuotaLedgerTable, SwStockTable } from '../../schema-single-window.js';

export const toEntry = (r: Selectable<SwQuotaLedgerTable>): QuotaEntryRow => ({
  id: r.id,
  buyerKey: r.buyer_key,
  year: r.year,
  inventoryId: r.inventory_id,
  kind: r.kind as QuotaEntryRow['kind'],
  ref: r.ref,
  amountFen: r.amount_fen,
  at: r.at,
});

/** A quota entry as its row (the single insert here, the batch's multi-row insert). */
export const toEntryRow = (e: QuotaEntryRow) => ({
  id: e.id,
  buyer_key: e.buyerKey,
  year: e.year,
  inventory_id: e.inventoryId,
  kind: e.kind,
  ref: e.ref,
  amount_fen: e.amountFen,
  at: e.at,
});

export function quotaRepo(db: Kysely<DatabaseSchema>): QuotaRepo {
  return {
    async add(e) {
      const row = await db
        .insertInto('sw_quota_ledger')
        .values(toEntryRow(e))
        .onConflict((oc) => oc.columns(['inventory_id', 'kind', 'ref']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async entries(buyerKey, year) {
      let q = db.selectFrom('sw_quota_ledger').selectAll().where('buyer_key', '=', buyerKey).orderBy('at');
      if (year !== undefined) q = q.where('year', '=', year);
      return (await q.execute()).map(toEntry);
    },
    async forInventory(inventoryId) {
      const rows = await db
        .selectFrom('sw_quota_ledger')
        .selectAll()
        .where('inventory_id', '=', inventoryId)
        .orderBy('at')
        .execute();
      return rows.map(toEntry);
    },
  };
}

const trim = (v: string) => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
const toStock = (r: Selectable<SwStockTable>): StockRow => ({
  ownerCode: r.owner_code,
  itemKey: r.item_key,
  qty: trim(r.qty),
  reserved: trim(r.reserved),
  updatedAt: r.updated_at,
});

export function stockRepo(db: Kysely<DatabaseSchema>): StockRepo {
  return {
    async lockRows(ownerCode, itemKeys) {
      if (itemKeys.length === 0) return [];
      const rows = await db
        .selectFrom('sw_stock')
        .selectAll()
        .where('owner_code', '=', ownerCode)
        .where('item_key', 'in', [...itemKeys])
        .forUpdate()
        .execute();
      return rows.map(toStock);
    },
    async apply(m) {
      const recorded = await db
        .insertInto('sw_stock_movements')
        .values({ id: m.id, owner_code: m.ownerCode, item_key: m.itemKey, kind: m.kind, qty: m.delta, ref: m.ref })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!recorded) return false;
      await db
        .insertInto('sw_stock')
        .values({ owner_code: m.ownerCode, item_key: m.itemKey, qty: m.delta })
        .onConflict((oc) =>
          oc.columns(['owner_code', 'item_key']).doUpdateSet({
            qty: sql`sw_stock.qty + excluded.qty`,
            updated_at: sql`now()`,
          }),
        )
        .execute();
      return true;
    },
    async list(ownerCode) {
      let q = db.selectFrom('sw_stock').selectAll().orderBy('owner_code').orderBy('item_key');
      if (ownerCode) q = q.where('owner_code', '=', ownerCode);
      return (await q.execute()).map(toStock);
    },
  };
}

export function certificateRepo(db: Kysely<DatabaseSchema>): CertificateRepo {
  const select = () => db.selectFrom('participant_certificates').selectAll();
  const toCert = (r: Selectable<DatabaseSchema['participant_certificates']>): CertificateRecord => ({
    id: r.id,
    participantId: r.participant_id,
    keyName: r.key_name,
    algorithm: r.algorithm as CertificateRecord['algorithm'],
    pem: r.pem,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  });
  return {
    async add(c) {
      const row = await db
        .insertInto('participant_certificates')
        .values({ id: c.id, participant_id: c.participantId, key_name: c.keyName, algorithm: c.algorithm, pem: c.pem })
        .onConflict((oc) => oc.columns(['participant_id', 'key_name']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async listFor(participantId) {
      return (await select().where('participant_id', '=', participantId).orderBy('created_at').execute()).map(toCert);
    },
    async live(participantId) {
      const rows = await select().where('participant_id', '=', participantId).where('revoked_at', 'is', null).execute();
      return rows.map(toCert);
    },
    async revoke(participantId, id) {
      const result = await db
        .updateTable('participant_certificates')
        .set({ revoked_at: new Date() })
        .where('participant_id', '=', participantId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
