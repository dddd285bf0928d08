import { type Kysely, sql } from 'kysely';

/**
 * The canonical documents of `sw_documents` and `sw_inventories` kept as `json` (the text, checked to be JSON)
 * rather than `jsonb`: nothing queries inside them (every lookup goes by the key columns), and building jsonb's
 * binary form on each write and turning it back into text on each read cost about a third of those statements on
 * the embedded database. Every read and write is unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sw_documents alter column data type json using data::json`.execute(db);
  await sql`alter table sw_inventories alter column data type json using data::json`.execute(db);
}
