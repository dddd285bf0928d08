import { type Kysely, sql } from 'kysely';

/**
 * Product CSV imports as durable jobs: the file is kept until a worker has read it, progress is written with each
 * batch of rows (so a console can show it and a retried job starts over idempotently), and the per-row error
 * report stays with the import once it is done.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hub_product_imports (
      id text primary key,
      participant_id text not null references participants(id),
      file_name text not null,
      status text not null check (status in ('queued','running','done','failed')),
      csv text,
      bytes integer not null,
      total_rows integer,
      done_rows integer not null default 0,
      imported integer not null default 0,
      rejected integer not null default 0,
      not_listed integer not null default 0,
      errors jsonb not null default '[]'::jsonb,
      failure text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);
  await sql`create index hub_product_imports_owner on hub_product_imports (participant_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table hub_product_imports`.execute(db);
}
