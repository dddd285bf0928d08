import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-store.js';
import { newId } from '../../../kernel/ids.js';
import { packText } from '../../../kernel/packed-text.js';
import type { NewSwMessage } from '../../../ports/single-window.port.js';
import type { Store } from '../../../ports/store.port.js';
import { type Database, openDatabase } from '../../database.js';
import { migrateToLatest } from '../../migrate.js';
import { storeOn } from '../../store.js';

/** Messages' XML is stored packed (migration 0009); rows from before keep their text, and both read back the same. */
let testDb: TestDatabase;
let database: Database;
let store: Store;
let sender: string;

const XML = `<?xml version="1.0" encoding="UTF-8"?>\n<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:Order>婴儿奶粉 ${'x'.repeat(3000)}</ceb:Order></ceb:CEB311Message>`;

const message = (guid: string, extra: Partial<NewSwMessage> = {}): NewSwMessage => ({
  id: newId('msg'),
  senderId: sender,
  type: 'CEB311',
  edition: '202205',
  guid,
  copMsgId: null,
  bodyHash: 'h',
  xml: XML,
  documents: null,
  status: 'received',
  ...extra,
});

const storedRow = async (id: string) =>
  (await sql<{ xml: string | null; packed: number | null; status: string; processed: boolean }>`
    select xml, octet_length(xml_packed) as packed, status, processed_at is not null as processed from sw_messages where id = ${id}`.execute(database.db)).rows[0];

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await openDatabase(testDb.target);
  await migrateToLatest(database.db as never);
  store = storeOn(database);
  sender = newId('par');
  await store.participants.insert({ id: sender, role: 'ebp', code: 'PACK000001', name: 'Packer' });
}, 60_000);

afterAll(async () => {
  await database?.close();
  await testDb?.dispose();
});

describe('sw_messages XML', () => {
  it('is stored packed, far smaller than the text, and read back exactly', async () => {
    const { message: stored } = await store.swMessages.insert(message('G-1'));
    const row = await storedRow(stored.id);
    expect(row?.xml).toBeNull();
    expect(row?.packed).toBeGreaterThan(0);
    expect(row?.packed).toBeLessThan(Buffer.byteLength(XML) / 4);
    expect((await store.swMessages.byId(stored.id))?.xml).toBe(XML);
  });

  it('keeps the packing a caller did already (intake packs off the main thread), for one message or many', async () => {
    const packed = packText(XML);
    const [a, b] = await store.swMessages.insertMany([message('G-2', { xmlPacked: packed }), message('G-3')]);
    expect(a?.message).not.toHaveProperty('xmlPacked');
    for (const m of [a?.message, b?.message]) expect((await store.swMessages.byId(m?.id ?? ''))?.xml).toBe(XML);
  });

  it('reads a row written as text before the migration', async () => {
    const id = newId('msg');
    await sql`insert into sw_messages (id, sender_id, message_type, edition, guid, body_hash, xml, status)
      values (${id}, ${sender}, 'CEB311', '202205', 'G-OLD', 'h', ${XML}, 'received')`.execute(database.db);
    expect((await store.swMessages.byId(id))?.xml).toBe(XML);
    // a repeat of the old message finds it, XML and all
    const again = await store.swMessages.insert(message('G-OLD'));
    expect(again.inserted).toBe(false);
    expect(again.message.xml).toBe(XML);
  });

  it('holds exactly one of text and packed bytes', async () => {
    const id = newId('msg');
    const neither = sql`insert into sw_messages (id, sender_id, message_type, edition, guid, body_hash, status)
      values (${id}, ${sender}, 'CEB311', '202205', 'G-NONE', 'h', 'received')`.execute(database.db);
    await expect(neither).rejects.toThrow(/sw_messages_one_xml/);
  });

  it('stamps processed_at on a message stored as processed, and not on one received', async () => {
    const [processed, received] = await store.swMessages.insertMany([message('G-P', { status: 'processed' }), message('G-R')]);
    expect(processed?.message.processedAt).toBeInstanceOf(Date);
    expect(received?.message.processedAt).toBeNull();
    expect(await storedRow(processed?.message.id ?? '')).toMatchObject({ status: 'processed', processed: true });
    expect(await storedRow(received?.message.id ?? '')).toMatchObject({ status: 'received', processed: false });
  });
});
