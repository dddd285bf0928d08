import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { SwMessage, SwMessageRepo, SwMessageStatus } from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwMessagesTable } from '../../schema-single-window.js';

const toMessage = (r: Selectable<SwMessagesTable>): SwMessage => ({
  id: r.id,
  senderId: r.sender_id,
  type: r.message_type,
  edition: r.edition,
  guid: r.guid,
  copMsgId: r.cop_msg_id,
  bodyHash: r.body_hash,
  xml: r.xml,
  documents: r.documents,
  status: r.status as SwMessageStatus,
  errorCode: r.error_code,
  errorInfo: r.error_info,
  receivedAt: r.received_at,
  processedAt: r.processed_at,
});

export function swMessageRepo(db: Kysely<DatabaseSchema>): SwMessageRepo {
  return {
    async insert(m) {
      const inserted = await db
        .insertInto('sw_messages')
        .values({
          id: m.id,
          sender_id: m.senderId,
          message_type: m.type,
          edition: m.edition,
          guid: m.guid,
          cop_msg_id: m.copMsgId,
          body_hash: m.bodyHash,
          xml: m.xml,
          documents: m.documents === null ? null : JSON.stringify(m.documents),
          status: m.status,
          error_code: m.errorCode ?? null,
          error_info: m.errorInfo ?? null,
        })
        .onConflict((oc) => oc.columns(['sender_id', 'message_type', 'guid']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { inserted: true, message: toMessage(inserted) };
      const existing = await db
        .selectFrom('sw_messages')
        .selectAll()
        .where('sender_id', '=', m.senderId)
        .where('message_type', '=', m.type)
        .where('guid', '=', m.guid)
        .executeTakeFirstOrThrow();
      return { inserted: false, message: toMessage(existing) };
    },
    async byId(id) {
      const row = await db.selectFrom('sw_messages').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toMessage(row);
    },
    async claimDocument(messageId, index) {
      const row = await db
        .insertInto('sw_processed')
        .values({ message_id: messageId, doc_index: index })
        .onConflict((oc) => oc.columns(['message_id', 'doc_index']).doNothing())
        .returning('doc_index')
        .executeTakeFirst();
      return row !== undefined;
    },
    async reopen(id, documents) {
      await db
        .updateTable('sw_messages')
        .set({ status: 'received', documents: JSON.stringify(documents), error_code: null, error_info: null })
        .where('id', '=', id)
        .where('status', '=', 'rejected')
        .execute();
    },
    async setStatus(id, status, error) {
      await db
        .updateTable('sw_messages')
        .set({
          status,
          processed_at: sql`now()`,
          ...(error && { error_code: error.code, error_info: error.info }),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}
