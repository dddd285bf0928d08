import type { Kysely, Selectable } from 'kysely';
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

export function swReceiptRepo(db: Kysely<DatabaseSchema>): SwReceiptRepo {
  return {
    async add(r) {
      const row = await db
        .insertInto('sw_receipts')
        .values({
          id: r.id,
          recipient_id: r.recipientId,
          message_type: r.messageType,
          doc_key: r.docKey,
          return_status: r.returnStatus,
          return_info: r.returnInfo,
          xml: r.xml,
        })
        .returning('seq')
        .executeTakeFirstOrThrow();
      return Number(row.seq);
    },
    async byId(id) {
      const row = await db.selectFrom('sw_receipts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toReceipt(row);
    },
    async since(recipientId, afterSeq, limit) {
      const rows = await db
        .selectFrom('sw_receipts')
        .selectAll()
        .where('recipient_id', '=', recipientId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toReceipt);
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
