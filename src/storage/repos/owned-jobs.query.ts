import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { JobStatus, OwnedJob, OwnedJobQuery } from '../../ports/jobs.port.js';
import type { JsonValue } from '../../ports/json.js';
import type { DatabaseSchema } from '../schema.js';

interface Row {
  id: string;
  queue: string;
  payload: JsonValue;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_by: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  deal_id: string | null;
  order_no: string | null;
  owner_id: string | null;
  personal: JsonValue;
}

const toOwned = (r: Row): OwnedJob => ({
  job: {
    id: r.id,
    queue: r.queue,
    payload: r.payload,
    status: r.status as JobStatus,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: new Date(r.run_at),
    lockedBy: r.locked_by,
    lastError: r.last_error,
    dedupeKey: r.dedupe_key,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    finishedAt: r.finished_at && new Date(r.finished_at),
  },
  dealId: r.deal_id,
  orderNo: r.order_no,
  ownerId: r.owner_id,
  personal: Array.isArray(r.personal) ? r.personal.filter((p): p is string => typeof p === 'string' && p.length > 0) : [],
});

/**
 * A job joined to what owns it, through what its payload carries: `dealId` (deal steps), `deliveryId` (status
 * webhooks: their deal and storefront connection), `connectionId` (receipt followers) or `importId` (product imports).
 */
function ownedSelect(where: RawBuilder<unknown>, tail: RawBuilder<unknown> = sql``) {
  return sql<Row>`
    select j.id, j.queue, j.payload, j.status, j.attempts, j.max_attempts, j.run_at, j.locked_by, j.last_error,
      j.dedupe_key, j.created_at, j.updated_at, j.finished_at, d.id as deal_id, d.order_no,
      coalesce(d.participant_id, c.participant_id, p.participant_id) as owner_id,
      case when d.id is null then null else jsonb_build_array(
        d.documents #>> '{order,buyer,name}', d.documents #>> '{order,buyer,idNumber}', d.documents #>> '{order,buyer,telephone}',
        d.documents #>> '{order,consignee,name}', d.documents #>> '{order,consignee,telephone}', d.documents #>> '{order,consignee,address}')
      end as personal
    from jobs j
    left join hub_webhook_deliveries w on w.id = j.payload ->> 'deliveryId'
    left join hub_deals d on d.id = coalesce(j.payload ->> 'dealId', w.deal_id)
    left join hub_connections c on c.id = coalesce(j.payload ->> 'connectionId', w.connection_id)
    left join hub_product_imports p on p.id = j.payload ->> 'importId'
    where ${where}
    ${tail}`;
}

export function ownedJobs(db: Kysely<DatabaseSchema>) {
  return {
    async listOwned(q: OwnedJobQuery): Promise<OwnedJob[]> {
      const state = q.state === 'dead' ? sql`j.status = 'dead'` : sql`j.status in ('pending', 'running') and j.last_error is not null`;
      const conditions = [state, sql`j.queue like ${`${q.queuePrefix.replace(/[\\%_]/g, '\\$&')}%`}`];
      if (q.participantId !== undefined) conditions.push(sql`coalesce(d.participant_id, c.participant_id, p.participant_id) = ${q.participantId}`);
      if (q.after !== undefined) conditions.push(sql`j.id > ${q.after}`);
      const result = await ownedSelect(sql.join(conditions, sql` and `), sql`order by j.id limit ${q.limit}`).execute(db);
      return result.rows.map(toOwned);
    },
    async ownedById(id: string): Promise<OwnedJob | undefined> {
      const result = await ownedSelect(sql`j.id = ${id}`).execute(db);
      const row = result.rows[0];
      return row && toOwned(row);
    },
  };
}
