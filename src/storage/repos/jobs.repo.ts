import { type Kysely, type Selectable, sql } from 'kysely';
import { newId } from '../../kernel/ids.js';
import {
  type ClaimRequest,
  JOB_STATUSES,
  type Job,
  type JobFailure,
  type JobQuery,
  type JobRepo,
  type JobStatus,
  type NewJob,
  type QueuedJob,
} from '../../ports/jobs.port.js';
import type { DatabaseSchema, JobsTable } from '../schema.js';
import { ownedJobs } from './owned-jobs.query.js';

const DEFAULT_MAX_ATTEMPTS = 8;

const toJob = (row: Selectable<JobsTable>): Job => ({
  id: row.id,
  queue: row.queue,
  payload: row.payload,
  status: row.status as JobStatus,
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  runAt: row.run_at,
  lockedBy: row.locked_by,
  lastError: row.last_error,
  dedupeKey: row.dedupe_key,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  finishedAt: row.finished_at,
});

const ms = (value: number) => sql<Date>`now() + ${`${Math.max(0, Math.round(value))} milliseconds`}::interval`;

/** `queued`: told of the jobs each enqueue inserted (the store tells its listeners once they commit). */
export function jobRepo(db: Kysely<DatabaseSchema>, queued: (jobs: readonly QueuedJob[]) => void = () => {}): JobRepo {
  return {
    async enqueue(jobs: readonly NewJob[]) {
      if (jobs.length === 0) return [];
      const rows = jobs.map((job) => ({
        id: newId('job'),
        queue: job.queue,
        payload: JSON.stringify(job.payload),
        status: 'pending',
        max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        run_at: ms(job.delayMs ?? 0),
        dedupe_key: job.dedupeKey ?? null,
      }));
      const inserted = await db
        .insertInto('jobs')
        .values(rows)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .execute();
      const byId = new Map(jobs.map((job, i) => [rows[i]?.id, job]));
      queued(inserted.map((r) => ({ queue: byId.get(r.id)?.queue ?? '', dueInMs: Math.max(0, byId.get(r.id)?.delayMs ?? 0) })));
      return inserted.map((r) => r.id);
    },

    async claim({ workerId, queues, limit, leaseMs, also }: ClaimRequest) {
      const groups = [{ queues, limit }, ...(also ? [also] : [])].filter((g) => g.queues.length > 0 && g.limit > 0);
      if (groups.length === 0) return [];
      // Per group, two index-driven probes rather than one OR (which the planner answers by scanning every finished
      // job): ready jobs through jobs_ready in run order, expired leases through jobs_leased.
      const probes = groups.flatMap((g, i) => [
        sql`${sql.raw(`expired${i}`)} as (
          select id from jobs
          where status = 'running' and locked_until < now() and queue in (${sql.join(g.queues)})
          order by locked_until
          limit ${g.limit}
          for update skip locked)`,
        sql`${sql.raw(`ready${i}`)} as (
          select id from jobs
          where status = 'pending' and run_at <= now() and queue in (${sql.join(g.queues)})
          order by run_at, id
          limit ${g.limit}
          for update skip locked)`,
      ]);
      const due = groups.map((g, i) => sql`(select id from (select id from ${sql.raw(`expired${i}`)} union all select id from ${sql.raw(`ready${i}`)}) as due limit ${g.limit})`);
      const result = await sql<Selectable<JobsTable>>`
        with ${sql.join(probes)}
        update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
          locked_until = ${ms(leaseMs)}, updated_at = now()
        where id in (${sql.join(due, sql` union all `)})
        returning *`.execute(db);
      return result.rows.map(toJob);
    },

    async complete(ids, workerId) {
      if (ids.length === 0) return;
      await db
        .updateTable('jobs')
        .set({ status: 'done', locked_by: null, locked_until: null, finished_at: sql`now()`, updated_at: sql`now()` })
        .where('id', 'in', ids)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .execute();
    },

    async fail({ id, workerId, error, retryInMs }: JobFailure) {
      const dead = retryInMs === undefined;
      await db
        .updateTable('jobs')
        .set({
          status: dead ? 'dead' : 'pending',
          run_at: dead ? sql`run_at` : ms(retryInMs),
          locked_by: null,
          locked_until: null,
          last_error: error.slice(0, 4000),
          finished_at: dead ? sql`now()` : null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .execute();
    },

    async extendLease(ids, workerId, leaseMs) {
      if (ids.length === 0) return;
      await db
        .updateTable('jobs')
        .set({ locked_until: ms(leaseMs) })
        .where('id', 'in', ids)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .execute();
    },

    async releaseAllRunning() {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'pending', locked_by: null, locked_until: null, run_at: sql`now()`, updated_at: sql`now()` })
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async byId(id) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toJob(row);
    },

    async list(query: JobQuery) {
      let q = db.selectFrom('jobs').selectAll().orderBy('id').limit(query.limit);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.queue) q = q.where('queue', '=', query.queue);
      if (query.after) q = q.where('id', '>', query.after);
      return (await q.execute()).map(toJob);
    },

    async counts() {
      const rows = await db
        .selectFrom('jobs')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
      for (const row of rows) counts[row.status as JobStatus] = Number(row.n);
      return counts;
    },

    async replay(id) {
      const row = await db
        .updateTable('jobs')
        .set({
          status: 'pending',
          attempts: 0,
          run_at: sql`now()`,
          finished_at: null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('status', '=', 'dead')
        .returningAll()
        .executeTakeFirst();
      return row && toJob(row);
    },

    ...ownedJobs(db),

    async purgeDone(olderThan) {
      const result = await db
        .deleteFrom('jobs')
        .where('status', '=', 'done')
        .where('finished_at', '<', olderThan)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
