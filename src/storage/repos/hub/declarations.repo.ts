import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  DeclarationRecord,
  DeclaredBy,
  HubDeclarationRepo,
  HubReceiptCursorRepo,
  NewDeclaration,
  ReceiptNote,
} from '../../../ports/hub.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubDeclarationsTable } from '../../schema-hub.js';

/** Every column but the signed XML (a deal's declarations are read several times a step; the XML, rarely). */
const RECORD_COLUMNS = [
  'id',
  'deal_id',
  'type',
  'seq',
  'guid',
  'receipt_key',
  'connection_id',
  'declared_by',
  'status',
  'final',
  'return_status',
  'return_info',
  'receipts',
  'message_id',
  'created_at',
  'sent_at',
  'updated_at',
] as const;
const HAS_XML = sql<boolean>`xml is not null`.as('has_xml');
type RecordRow = Pick<Selectable<HubDeclarationsTable>, (typeof RECORD_COLUMNS)[number]> & { has_xml: boolean };

const toDeclaration = (r: RecordRow): DeclarationRecord => ({
  id: r.id,
  dealId: r.deal_id,
  type: r.type,
  seq: r.seq,
  guid: r.guid,
  receiptKey: r.receipt_key,
  connectionId: r.connection_id,
  declaredBy: r.declared_by as DeclaredBy,
  status: r.status,
  final: r.final,
  returnStatus: r.return_status,
  returnInfo: r.return_info,
  receipts: r.receipts as unknown as ReceiptNote[],
  messageId: r.message_id,
  hasXml: r.has_xml,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  updatedAt: r.updated_at,
});

export function hubDeclarationRepo(db: Kysely<DatabaseSchema>): HubDeclarationRepo {
  async function prepareAll(list: readonly NewDeclaration[]): Promise<DeclarationRecord[]> {
    if (list.length === 0) return [];
    const inserted = await db
      .insertInto('hub_declarations')
      .values(
        list.map((d) => ({
          id: d.id,
          deal_id: d.dealId,
          type: d.type,
          seq: d.seq,
          guid: d.guid,
          receipt_key: d.receiptKey,
          connection_id: d.connectionId,
          declared_by: d.declaredBy,
          status: 'prepared',
        })),
      )
      .onConflict((oc) => oc.columns(['deal_id', 'type', 'seq']).doNothing())
      .returning([...RECORD_COLUMNS, HAS_XML])
      .execute();
    const key = (r: { deal_id: string; type: string; seq: number }) => `${r.deal_id}|${r.type}|${r.seq}`;
    const rows = new Map(inserted.map((r) => [key(r), r]));
    const before = list.filter((d) => !rows.has(key({ deal_id: d.dealId, type: d.type, seq: d.seq })));
    if (before.length > 0) {
      // prepared before (a rerun): the guid and time fixed then
      const found = await db
        .selectFrom('hub_declarations')
        .select([...RECORD_COLUMNS, HAS_XML])
        .where((eb) => eb.or(before.map((d) => eb.and([eb('deal_id', '=', d.dealId), eb('type', '=', d.type), eb('seq', '=', d.seq)]))))
        .execute();
      for (const r of found) rows.set(key(r), r);
    }
    return list.map((d) => {
      const row = rows.get(key({ deal_id: d.dealId, type: d.type, seq: d.seq }));
      if (!row) throw new Error(`declaration ${d.type} of ${d.dealId} was not prepared`);
      return toDeclaration(row);
    });
  }

  return {
    async prepare(d) {
      const [record] = await prepareAll([d]);
      if (!record) throw new Error(`declaration ${d.type} of ${d.dealId} was not prepared`);
      return record;
    },
    prepareAll,
    async byDeal(dealId) {
      const rows = await db
        .selectFrom('hub_declarations')
        .select([...RECORD_COLUMNS, HAS_XML])
        .where('deal_id', '=', dealId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDeclaration);
    },
    async byGuid(guid) {
      const row = await db.selectFrom('hub_declarations').select([...RECORD_COLUMNS, HAS_XML]).where('guid', '=', guid).executeTakeFirst();
      return row && toDeclaration(row);
    },
    async xmlOf(id) {
      const row = await db.selectFrom('hub_declarations').select('xml').where('id', '=', id).executeTakeFirst();
      return row?.xml ?? undefined;
    },
    async byReceiptKey(receiptKey) {
      const rows = await db
        .selectFrom('hub_declarations')
        .select([...RECORD_COLUMNS, HAS_XML])
        .where('receipt_key', '=', receiptKey)
        .orderBy('seq', 'desc')
        .execute();
      return rows.map(toDeclaration);
    },
    async markSent(id, sent) {
      // a receipt may have been applied before the send was recorded: its status stays
      await db
        .updateTable('hub_declarations')
        .set({
          status: sql<string>`case when status = 'prepared' then ${sent.status ?? 'sent'} else status end`,
          message_id: sent.messageId,
          xml: sent.xml,
          sent_at: sent.at,
          ...(sent.final !== undefined && { final: sql<boolean>`final or ${sent.final}` }),
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .execute();
    },
    async applyReceipt(id, note, outcome, xml) {
      const kept = xml !== undefined && note.receiptId !== undefined;
      if (kept) {
        await db
          .insertInto('hub_receipt_xml')
          .values({ declaration_id: id, receipt_id: note.receiptId as string, xml })
          .onConflict((oc) => oc.columns(['declaration_id', 'receipt_id']).doNothing())
          .execute();
      }
      await db
        .updateTable('hub_declarations')
        .set({
          status: outcome.status,
          final: outcome.final,
          return_status: note.status,
          return_info: note.info.slice(0, 2000),
          receipts: sql`receipts || ${JSON.stringify([kept ? { ...note, xml: true } : note])}::jsonb`,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
    },
    async receiptXml(declarationId, receiptId) {
      const row = await db
        .selectFrom('hub_receipt_xml')
        .select('xml')
        .where('declaration_id', '=', declarationId)
        .where('receipt_id', '=', receiptId)
        .executeTakeFirst();
      return row?.xml;
    },
    async openCount(connectionId) {
      const row = await db
        .selectFrom('hub_declarations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('connection_id', '=', connectionId)
        .where('final', '=', false)
        .where('status', '!=', 'prepared')
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export function hubReceiptCursorRepo(db: Kysely<DatabaseSchema>): HubReceiptCursorRepo {
  return {
    async lock(connectionId) {
      const select = () =>
        db.selectFrom('hub_receipt_cursors').select(['cursor', 'polling']).where('connection_id', '=', connectionId).forUpdate().executeTakeFirst();
      // the row exists after the connection's first declaration: one statement from then on
      let row = await select();
      if (!row) {
        await db
          .insertInto('hub_receipt_cursors')
          .values({ connection_id: connectionId })
          .onConflict((oc) => oc.column('connection_id').doNothing())
          .execute();
        row = await select();
      }
      if (!row) throw new Error(`the receipt cursor of ${connectionId} could not be created`);
      return { cursor: row.cursor, polling: row.polling };
    },
    async save(connectionId, state) {
      await db
        .updateTable('hub_receipt_cursors')
        .set({
          updated_at: sql`now()`,
          ...(state.cursor !== undefined && { cursor: state.cursor }),
          ...(state.polling !== undefined && { polling: state.polling }),
        })
        .where('connection_id', '=', connectionId)
        .execute();
    },
  };
}
