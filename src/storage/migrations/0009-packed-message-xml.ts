import { type Kysely, sql } from 'kysely';

/**
 * Messages' XML stored packed (raw DEFLATE, `kernel/packed-text.ts`) in `xml_packed`, packed by intake's threads.
 * Rows written before keep their `xml` text; a row has exactly one of the two. `external` storage: the bytes are
 * compressed already, so the database never tries again (a row too large to fit its page goes out of line as is).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sw_messages add column xml_packed bytea`.execute(db);
  await sql`alter table sw_messages alter column xml_packed set storage external`.execute(db);
  await sql`alter table sw_messages alter column xml drop not null`.execute(db);
  await sql`alter table sw_messages add constraint sw_messages_one_xml check ((xml is null) <> (xml_packed is null))`.execute(db);
}
