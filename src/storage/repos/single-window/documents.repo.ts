import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { SwDocument, SwDocumentInput, SwDocumentKind, SwDocumentRepo } from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwDocumentsTable } from '../../schema-single-window.js';

export const toDocument = (r: Selectable<SwDocumentsTable>): SwDocument => ({
  id: r.id,
  kind: r.kind as SwDocumentKind,
  docKey: r.doc_key,
  linkKey: r.link_key,
  orderNo: r.order_no,
  messageId: r.message_id,
  senderId: r.sender_id,
  data: r.data,
  status: r.status,
  statusInfo: r.status_info,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A document as its row, but its times (the single upsert here, the batch's multi-row one). */
export const toDocumentRow = (d: SwDocumentInput) => ({
  id: d.id,
  kind: d.kind,
  doc_key: d.docKey,
  link_key: d.linkKey,
  order_no: d.orderNo,
  message_id: d.messageId,
  sender_id: d.senderId,
  data: JSON.stringify(d.data),
  status: d.status,
  status_info: d.statusInfo,
});

export function swDocumentRepo(db: Kysely<DatabaseSchema>): SwDocumentRepo {
  return {
    async upsert(d) {
      await db
        .insertInto('sw_documents')
        .values(toDocumentRow(d))
        .onConflict((oc) =>
          oc.columns(['kind', 'doc_key']).doUpdateSet((eb) => ({
            link_key: eb.ref('excluded.link_key'),
            order_no: eb.ref('excluded.order_no'),
            message_id: eb.ref('excluded.message_id'),
            sender_id: eb.ref('excluded.sender_id'),
            data: eb.ref('excluded.data'),
            status: eb.ref('excluded.status'),
            status_info: eb.ref('excluded.status_info'),
            updated_at: sql`now()`,
          })),
        )
        .execute();
    },
    async byKey(kind, docKey) {
      const row = await db
        .selectFrom('sw_documents')
        .selectAll()
        .where('kind', '=', kind)
        .where('doc_key', '=', docKey)
        .executeTakeFirst();
      return row && toDocument(row);
    },
    async byLink(kind, linkKey) {
      const rows = await db
        .selectFrom('sw_documents')
        .selectAll()
        .where('kind', '=', kind)
        .where('link_key', '=', linkKey)
        .orderBy('created_at')
        .execute();
      return rows.map(toDocument);
    },
    async setStatus(kind, docKey, status, info) {
      await db
        .updateTable('sw_documents')
        .set({ status, status_info: info, updated_at: sql`now()` })
        .where('kind', '=', kind)
        .where('doc_key', '=', docKey)
        .execute();
    },
    async delete(kind, docKey) {
      await db.deleteFrom('sw_documents').where('kind', '=', kind).where('doc_key', '=', docKey).execute();
    },
  };
}
