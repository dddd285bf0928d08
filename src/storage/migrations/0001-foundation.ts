import { type Kysely, sql } from 'kysely';

/** Participants, their API keys, the job table (outbox) and HTTP idempotency records. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table participants (
      id text primary key,
      role text not null check (role in ('ebp','ebc','payment','logistics','warehouse','customs','admin')),
      code text not null,
      name text not null,
      callback_url text,
      created_at timestamptz not null default now(),
      disabled_at timestamptz,
      unique (role, code)
    )`.execute(db);
  await sql`
    create table api_keys (
      id text primary key,
      participant_id text not null references participants(id),
      prefix text not null unique,
      secret_hash text not null,
      label text,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index api_keys_participant on api_keys (participant_id)`.execute(db);
  await sql`
    create table jobs (
      id text primary key,
      queue text not null,
      payload jsonb not null,
      status text not null check (status in ('pending','running','done','dead')),
      attempts integer not null default 0,
      max_attempts integer not null,
      run_at timestamptz not null default now(),
      locked_by text,
      locked_until timestamptz,
      last_error text,
      dedupe_key text unique,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);
  await sql`create index jobs_ready on jobs (run_at, id) where status = 'pending'`.execute(db);
  await sql`create index jobs_leased on jobs (locked_until) where status = 'running'`.execute(db);
  await sql`create index jobs_status_queue on jobs (status, queue, id)`.execute(db);
  await sql`
    create table idempotency_keys (
      scope text not null,
      key text not null,
      request_hash text not null,
      status_code integer,
      response jsonb,
      created_at timestamptz not null default now(),
      primary key (scope, key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['idempotency_keys', 'jobs', 'api_keys', 'participants']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
