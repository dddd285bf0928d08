import { type Kysely, type Selectable, sql } from 'kysely';
import type { HubProductImportRepo, ImportRowError, ProductImport, ProductImportStatus } from '../../../ports/product-imports.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubProductImportsTable } from '../../schema-hub.js';

type Row = Omit<Selectable<HubProductImportsTable>, 'csv'>;

const COLUMNS = [
  'id',
  'participant_id',
  'file_name',
  'status',
  'bytes',
  'total_rows',
  'done_rows',
  'imported',
  'rejected',
  'not_listed',
  'errors',
  'failure',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

const toImport = (r: Row): ProductImport => ({
  id: r.id,
  participantId: r.participant_id,
  fileName: r.file_name,
  status: r.status as ProductImportStatus,
  bytes: r.bytes,
  totalRows: r.total_rows,
  doneRows: r.done_rows,
  imported: r.imported,
  rejected: r.rejected,
  notListed: r.not_listed,
  errors: (Array.isArray(r.errors) ? r.errors : []) as unknown as ImportRowError[],
  failure: r.failure,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  finishedAt: r.finished_at,
});

/** Product CSV imports: the file until a worker has read it, progress per batch, the error report when done. */
export function hubProductImportRepo(db: Kysely<DatabaseSchema>): HubProductImportRepo {
  const byId = async (id: string) => {
    const row = await db.selectFrom('hub_product_imports').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && toImport(row);
  };
  return {
    async insert(i) {
      await db
        .insertInto('hub_product_imports')
        .values({ id: i.id, participant_id: i.participantId, file_name: i.fileName, status: 'queued', csv: i.csv, bytes: i.bytes })
        .execute();
      const created = await byId(i.id);
      if (!created) throw new Error(`product import ${i.id} vanished after insert`);
      return created;
    },
    byId,
    async file(id) {
      const row = await db.selectFrom('hub_product_imports').select('csv').where('id', '=', id).executeTakeFirst();
      return row?.csv ?? undefined;
    },
    async update(id, p) {
      await db
        .updateTable('hub_product_imports')
        .set({
          ...(p.status !== undefined && { status: p.status }),
          ...(p.totalRows !== undefined && { total_rows: p.totalRows }),
          ...(p.doneRows !== undefined && { done_rows: p.doneRows }),
          ...(p.imported !== undefined && { imported: p.imported }),
          ...(p.rejected !== undefined && { rejected: p.rejected }),
          ...(p.notListed !== undefined && { not_listed: p.notListed }),
          ...(p.errors !== undefined && { errors: JSON.stringify(p.errors) }),
          ...(p.failure !== undefined && { failure: p.failure }),
          ...(p.dropFile && { csv: null }),
          ...(p.finished && { finished_at: sql<Date>`now()` }),
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .execute();
    },
    async list({ participantId, limit, before }) {
      let q = db.selectFrom('hub_product_imports').select(COLUMNS).where('participant_id', '=', participantId).orderBy('id', 'desc').limit(limit);
      if (before) q = q.where('id', '<', before);
      return (await q.execute()).map(toImport);
    },
  };
}
