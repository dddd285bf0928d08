import { type Kysely, type Selectable, sql } from 'kysely';
import type { Receipt, SwReceiptRepo } from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwReceiptsTable } from '../../schema-single-window.js';

const toReceipt = (r: Selectable<SwReceiptsTable>): Receipt => ({
  seq: Number(r.seq),
  id: r.id,
  recipientId: r.recipient_id,
  messageType: r.message_type,
  docKey: r.doc_key,
  returnStatus: r.return_status,
  returnInfo: r.return_info,
  xml: r.xml,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

/** A receipt as its row, but its sequence number and time (the single insert here, the batch's multi-row one). */
export const toReceiptRow = (r: ReceiptFields) => ({
  id: r.id,
  recipient_id: r.recipientId,
  message_type: r.messageType,
  doc_key: r.docKey,
  return_status: r.returnStatus,
  return_info: r.returnInfo,
  xml: r.xml,
});

type ReceiptFields = Readonly<Record<'id' | 'recipientId' | 'messageType' | 'docKey' | 'returnStatus' | 'returnInfo' | 'xml', string>>;

export function swReceiptRepo(db: Kysely<DatabaseSchema>): SwReceiptRepo {
  return {
    async add(r) {
      const row = await db
        .insertInto('sw_receipts')
        .values(toReceiptRow(r))
        .returning('seq')
        .executeTakeFirstOrThrow();
      return Number(row.seq);
    },
    async byId(id) {
      const row = await db.selectFrom('sw_receipts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toReceipt(row);
    },
    async since(recipientId, afterSeq, limit) {
      // Commit order: (txid, seq), and only receipts of transactions older than every one still running (below
      // the snapshot's xmin), a set no later commit can add to. The cursor is the seq of the last receipt read;
      // its transaction is looked up (an unknown seq counts as transaction 0: nothing is skipped, some re-read).
      const cursorTx = sql<string>`coalesce((select c.txid from sw_receipts c where c.seq = ${afterSeq}), '0'::xid8)`;
      const rows = await db
        .selectFrom('sw_receipts')
        .selectAll()
        .where('recipient_id', '=', recipientId)
        .where(sql<boolean>`(txid, seq) > (${cursorTx}, ${afterSeq}::bigint)`)
        .where(sql<boolean>`txid < pg_snapshot_xmin(pg_current_snapshot())`)
        .orderBy('txid')
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toReceipt);
    },
    async settled(timeoutMs = 10_000) {
      const { rows } = await sql<{ next: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as next`.execute(db);
      const next = rows[0]?.next ?? '0';
      const until = Date.now() + timeoutMs;
      for (;;) {
        const check = await sql<{ done: boolean }>`select pg_snapshot_xmin(pg_current_snapshot()) >= ${next}::xid8 as done`.execute(db);
        if (check.rows[0]?.done) return true;
        if (Date.now() > until) return false;
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async forDocument(docKey) {
      const rows = await db.selectFrom('sw_receipts').selectAll().where('doc_key', '=', docKey).orderBy('seq').execute();
      return rows.map(toReceipt);
    },
    async markDelivered(id, at) {
      await db.updateTable('sw_receipts').set({ delivered_at: at }).where('id', '=', id).execute();
    },
  };
}
