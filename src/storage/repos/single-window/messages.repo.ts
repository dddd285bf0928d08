import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import { packText, unpackText } from '../../../kernel/packed-text.js';
import { insertRows } from '../../bulk-insert.js';
import type { NewSwMessage, SwMessage, SwMessageHead, SwMessageRepo, SwMessageStatus } from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwMessagesTable } from '../../schema-single-window.js';

/** Every column but the XML (read back only when asked for). */
export const MESSAGE_HEAD_COLUMNS = [
  'id',
  'sender_id',
  'message_type',
  'edition',
  'guid',
  'cop_msg_id',
  'body_hash',
  'documents',
  'status',
  'error_code',
  'error_info',
  'received_at',
  'processed_at',
] as const satisfies readonly (keyof SwMessagesTable)[];

export const toMessageHead = (r: Omit<Selectable<SwMessagesTable>, 'xml' | 'xml_packed'>): SwMessageHead => ({
  id: r.id,
  senderId: r.sender_id,
  type: r.message_type,
  edition: r.edition,
  guid: r.guid,
  copMsgId: r.cop_msg_id,
  bodyHash: r.body_hash,
  documents: r.documents,
  status: r.status as SwMessageStatus,
  errorCode: r.error_code,
  errorInfo: r.error_info,
  receivedAt: r.received_at,
  processedAt: r.processed_at,
});

/** A row's XML: packed since migration 0009, text before. */
function xmlOf(r: Pick<Selectable<SwMessagesTable>, 'id' | 'xml' | 'xml_packed'>): string {
  if (r.xml !== null) return r.xml;
  if (r.xml_packed === null) throw new Error(`message ${r.id} has no XML`); // the table's check forbids it
  return unpackText(r.xml_packed);
}

export const toMessage = (r: Selectable<SwMessagesTable>): SwMessage => ({ ...toMessageHead(r), xml: xmlOf(r) });

/** The row but `processed_at`: a message stored as processed was processed by the transaction that stores it (`now()`). */
const rowOf = (m: NewSwMessage) => ({
  id: m.id,
  sender_id: m.senderId,
  message_type: m.type,
  edition: m.edition,
  guid: m.guid,
  cop_msg_id: m.copMsgId ?? null,
  body_hash: m.bodyHash,
  xml: null,
  xml_packed: m.xmlPacked ?? packText(m.xml),
  documents: m.documents === null ? null : JSON.stringify(m.documents),
  status: m.status,
  error_code: m.errorCode ?? null,
  error_info: m.errorInfo ?? null,
});

const toRow = (m: NewSwMessage) => ({ ...rowOf(m), processed_at: m.status === 'processed' ? sql<Date>`now()` : null });

const MESSAGE_COLUMNS = [
  'id',
  'sender_id',
  'message_type',
  'edition',
  'guid',
  'cop_msg_id',
  'body_hash',
  'xml',
  'xml_packed',
  'documents',
  'status',
  'processed_at',
  'error_code',
  'error_info',
] as const;

/** The row for `insertRows`: `processed_at` is a flag there, made `now()` by the statement (see `insertMany`). */
const toBulkRow = (m: NewSwMessage) => ({ ...rowOf(m), processed_at: m.status === 'processed' });

/** What an insert returns: what was inserted is what was given, so only the columns the database filled in come back. */
const FILLED_IN = ['id', 'status', 'error_code', 'error_info', 'received_at', 'processed_at'] as const;

function given(m: NewSwMessage, r: Pick<Selectable<SwMessagesTable>, (typeof FILLED_IN)[number]>): SwMessage {
  const { xmlPacked: _, ...rest } = m;
  return {
    ...rest,
    copMsgId: m.copMsgId ?? null,
    status: r.status as SwMessageStatus,
    errorCode: r.error_code,
    errorInfo: r.error_info,
    receivedAt: r.received_at,
    processedAt: r.processed_at,
  };
}

export function swMessageRepo(db: Kysely<DatabaseSchema>): SwMessageRepo {
  return {
    async insert(m) {
      const inserted = await db
        .insertInto('sw_messages')
        .values(toRow(m))
        .onConflict((oc) => oc.columns(['sender_id', 'message_type', 'guid']).doNothing())
        .returning(FILLED_IN)
        .executeTakeFirst();
      if (inserted) return { inserted: true, message: given(m, inserted) };
      const existing = await db
        .selectFrom('sw_messages')
        .selectAll()
        .where('sender_id', '=', m.senderId)
        .where('message_type', '=', m.type)
        .where('guid', '=', m.guid)
        .executeTakeFirstOrThrow();
      return { inserted: false, message: toMessage(existing) };
    },
    async insertMany(messages) {
      if (messages.length === 0) return [];
      const inserted = await insertRows<'sw_messages', (typeof MESSAGE_COLUMNS)[number], Pick<Selectable<SwMessagesTable>, (typeof FILLED_IN)[number]>>(
        db,
        'sw_messages',
        MESSAGE_COLUMNS,
        messages.map(toBulkRow),
        `on conflict ("sender_id", "message_type", "guid") do nothing returning ${FILLED_IN.map((c) => `"${c}"`).join(', ')}`,
        { processed_at: 'case when {}::boolean then now() end' },
      );
      const byGivenId = new Map(messages.map((m) => [m.id, m]));
      const byId = new Map<string, SwMessage>();
      for (const r of inserted) {
        const m = byGivenId.get(r.id);
        if (m) byId.set(r.id, given(m, r));
      }
      const keyOf = (sender: string, type: string, guid: string) => `${sender}\u0000${type}\u0000${guid}`;
      const repeats = messages.filter((m) => !byId.has(m.id));
      const existing = new Map<string, SwMessage>();
      if (repeats.length > 0) {
        const rows = await db
          .selectFrom('sw_messages')
          .selectAll()
          .where(
            sql<boolean>`(sender_id, message_type, guid) in (select s, t, g from unnest(${repeats.map((m) => m.senderId)}::text[], ${repeats.map((m) => m.type)}::text[], ${repeats.map((m) => m.guid)}::text[]) as u(s, t, g))`,
          )
          .execute();
        for (const r of rows) existing.set(keyOf(r.sender_id, r.message_type, r.guid), toMessage(r));
      }
      return messages.map((m) => {
        const mine = byId.get(m.id);
        if (mine) return { inserted: true, message: mine };
        const found = existing.get(keyOf(m.senderId, m.type, m.guid));
        if (!found) throw new Error(`message ${m.type} ${m.guid} was neither inserted nor found`);
        return { inserted: false, message: found };
      });
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
