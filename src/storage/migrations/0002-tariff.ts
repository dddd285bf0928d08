import { type Kysely, sql } from 'kysely';

/** The tariff and positive list as data the operator imports from the official schedules. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tariff_rates (
      hs_code text primary key,
      name text not null,
      vat_rate numeric(7,5) not null,
      consumption_tax_rate numeric(7,5),
      consumption_tax_per_unit numeric(12,5),
      mfn_duty_rate numeric(7,5),
      positive_list boolean not null,
      trade_modes text[],
      remark text,
      source text not null,
      imported_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists tariff_rates`.execute(db);
}
