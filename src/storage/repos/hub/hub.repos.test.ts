import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kysely, sql } from 'kysely';
import { createTestDatabase, createTestStore } from '../../../../test/support/test-store.js';
import { applyMovement } from '../../../domain/bonded/index.js';
import type { Order } from '../../../domain/model/index.js';
import { newId } from '../../../kernel/ids.js';
import type { NewDeal } from '../../../ports/hub.port.js';
import type { Store } from '../../../ports/store.port.js';
import { openDatabase } from '../../database.js';
import { migrateToLatest } from '../../migrate.js';
import { storeOn } from '../../store.js';
import { storedWarehouseStock } from './index.js';

const order = (orderNo: string): Order => ({
  orderNo,
  ebpCode: 'EBP1',
  ebcCode: 'EBC1',
  goodsValue: '10.00',
  freight: '0',
  discount: '0',
  taxTotal: '0.91',
  actualPaid: '10.91',
  currency: '142',
  buyer: { idType: '1', idNumber: '11010519491231002X', name: '买家' },
  consignee: { name: '买家', telephone: '13800000000', address: '地址' },
  lines: [],
});

describe('hub storage', () => {
  let store: Store;
  let participantId = '';
  let connectionId = '';
  const deal = (n: number, over: Partial<NewDeal> = {}): NewDeal => ({
    id: newId('deal'),
    participantId,
    storefrontConnectionId: connectionId,
    orderNo: `ORD${n}`,
    ebpCode: 'EBP1',
    ebcCode: 'EBC1',
    partnerOrderId: `so_${n}`,
    tradeMode: '9610',
    status: 'received',
    paid: true,
    test: false,
    buyerKey: 'buyer-a',
    payTransactionId: null,
    copNo: `COP${n}`,
    documents: { order: order(`ORD${n}`) },
    links: { storefront: connectionId, singleWindow: {} },
    ...over,
  });

  beforeAll(async () => {
    store = await createTestStore();
    participantId = newId('par');
    await store.participants.insert({ id: participantId, role: 'ebc', code: 'EBC1', name: 'Merchant' });
    const c = await store.hubConnections.insert({
      id: newId('con'),
      participantId,
      kind: 'storefront',
      connectorId: 'generic-json',
      label: 'Shop',
      settings: { webhookSecret: 'whsec_0123456789' },
    });
    connectionId = c.id;
  });
  afterAll(async () => store.close());

  it('keeps connections with their secrets, lists, updates and disables them', async () => {
    const sw = await store.hubConnections.insert({
      id: newId('con'),
      participantId,
      kind: 'single-window',
      connectorId: 'ceb-single-window',
      label: 'SW as merchant',
      settings: { baseUrl: 'http://sw', apiKey: 'cg_secret_0123' },
      declaresAs: 'ebc',
      signingKey: { keyName: 'EBC1-01', pem: '-----BEGIN PRIVATE KEY-----' },
    });
    expect(sw.signingKey?.keyName).toBe('EBC1-01');
    expect((await store.hubConnections.list({ participantId, kind: 'single-window', limit: 10 })).map((c) => c.id)).toEqual([sw.id]);
    const updated = await store.hubConnections.update(sw.id, { label: 'renamed', links: { carrier: 'con_x' }, disabled: true });
    expect(updated).toMatchObject({ label: 'renamed', links: { carrier: 'con_x' } });
    expect(updated?.disabledAt).toBeInstanceOf(Date);
    expect(await store.hubConnections.list({ participantId, kind: 'single-window', limit: 10 })).toEqual([]);
  });

  it('upserts products by SKU', async () => {
    const base = { participantId, name: '奶粉', hsCode: '1901101000', originCountry: '601', declaredUnit: '122', positiveList: 'listed' as const, model: null, barCode: null };
    await store.hubProducts.upsert([{ ...base, sku: 'A' }, { ...base, sku: 'B' }]);
    await store.hubProducts.upsert([{ ...base, sku: 'A', name: '新名' }]);
    const found = await store.hubProducts.bySkus(participantId, ['A', 'B', 'C']);
    expect(found.map((p) => [p.sku, p.name]).sort()).toEqual([
      ['A', '新名'],
      ['B', '奶粉'],
    ]);
    expect((await store.hubProducts.list({ participantId, limit: 1, after: 'A' })).map((p) => p.sku)).toEqual(['B']);
  });

  it('has one deal per order, its timeline, and pages by creation with a keyset', async () => {
    expect(await store.hubDeals.insert(deal(1))).toBe(true);
    expect(await store.hubDeals.insert(deal(1))).toBe(false);
    for (const n of [2, 3, 4]) await store.hubDeals.insert(deal(n, { status: n === 3 ? 'released' : 'received' }));
    const first = await store.hubDeals.list({ participantId, limit: 2 });
    expect(first.map((d) => d.orderNo)).toEqual(['ORD1', 'ORD2']);
    const next = await store.hubDeals.list({ participantId, limit: 2, after: first[1]!.id });
    expect(next.map((d) => d.orderNo)).toEqual(['ORD3', 'ORD4']);
    expect((await store.hubDeals.list({ participantId, status: 'released', limit: 10 })).map((d) => d.orderNo)).toEqual(['ORD3']);
    expect(await store.hubDeals.list({ participantId, since: new Date(Date.now() + 60_000), limit: 10 })).toEqual([]);
    const one = first[0]!;
    await store.transaction(async (tx) => {
      const locked = await tx.hubDeals.lock(one.id);
      await tx.hubDeals.update(one.id, { status: 'released', releasedAt: new Date(), channel: 'cbec', quotaFen: 1091, logisticsNo: 'EA1' });
      await tx.hubDeals.addEvent({ dealId: one.id, platform: 'customs', kind: 'receipt', summary: 'released', data: { status: '800' } });
      expect(locked?.status).toBe('received');
    });
    const after = await store.hubDeals.byOrder('EBP1', 'EBC1', 'ORD1');
    expect(after).toMatchObject({ status: 'released', logisticsNo: 'EA1', quotaFen: 1091 });
    expect((await store.hubDeals.events(one.id)).map((e) => e.kind)).toEqual(['receipt']);
    const year = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
    expect(await store.hubDeals.releasedQuotaFen('buyer-a', year, new Date(Date.now() + 60_000))).toBe(1091);
    expect(await store.hubDeals.counts(participantId)).toEqual({ received: 2, released: 2 });
  });

  it('writes a transaction’s deal events together at its end, in order, readable inside it; none of a rollback', async () => {
    await store.hubDeals.insert(deal(40));
    const d = await store.hubDeals.byOrder('EBP1', 'EBC1', 'ORD40');
    if (!d) throw new Error('no deal');
    const inside = await store.transaction(async (tx) => {
      for (const kind of ['a', 'b']) await tx.hubDeals.addEvent({ dealId: d.id, platform: 'hub', kind, summary: kind });
      const seen = (await tx.hubDeals.events(d.id)).map((e) => e.kind);
      await tx.hubDeals.addEvents([
        { dealId: d.id, platform: 'hub', kind: 'c', summary: 'c' },
        { dealId: d.id, platform: 'hub', kind: 'd', summary: 'd' },
      ]);
      return seen;
    });
    expect(inside).toEqual(['a', 'b']);
    await expect(
      store.transaction(async (tx) => {
        await tx.hubDeals.addEvent({ dealId: d.id, platform: 'hub', kind: 'undone', summary: 'undone' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // an event of a deal that is not there fails the transaction that wrote it, at its end
    await expect(store.transaction((tx) => tx.hubDeals.addEvent({ dealId: 'deal_none', platform: 'hub', kind: 'x', summary: 'x' }))).rejects.toThrow();
    const events = await store.hubDeals.events(d.id);
    expect(events.map((e) => e.kind)).toEqual(['a', 'b', 'c', 'd']);
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((x, y) => x - y));
  });

  it('merges a transaction’s updates of a deal into one write at its end; reads inside see them, a rollback none', async () => {
    await store.hubDeals.insert(deal(41));
    const d = await store.hubDeals.byOrder('EBP1', 'EBC1', 'ORD41');
    if (!d) throw new Error('no deal');
    const inside = await store.transaction(async (tx) => {
      await tx.hubDeals.update(d.id, { logisticsNo: 'EA41', documents: { ...d.documents, copNo: 'first' } as typeof d.documents });
      await tx.hubDeals.update(d.id, { status: 'declaring', channel: 'cbec', reasonCode: undefined });
      await tx.hubDeals.update(d.id, { documents: { ...d.documents, copNo: 'second' } as typeof d.documents, taxFen: 5598 });
      return tx.hubDeals.lock(d.id); // a read in between makes them first
    });
    expect(inside).toMatchObject({ status: 'declaring', logisticsNo: 'EA41', channel: 'cbec', taxFen: 5598 });
    const after = await store.hubDeals.byId(d.id);
    expect(after).toMatchObject({ status: 'declaring', logisticsNo: 'EA41', channel: 'cbec', taxFen: 5598 });
    expect((after?.documents as { copNo?: string } | undefined)?.copNo).toBe('second');
    await expect(
      store.transaction(async (tx) => {
        await tx.hubDeals.update(d.id, { status: 'stopped', taxFen: 1 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // one not read back inside is written at the end all the same
    await store.transaction((tx) => tx.hubDeals.update(d.id, { quotaFen: 777 }));
    expect(await store.hubDeals.byId(d.id)).toMatchObject({ status: 'declaring', taxFen: 5598, quotaFen: 777 });
  });

  it('prepares each declaration once, with its guid, and follows its receipts', async () => {
    const [d] = await store.hubDeals.list({ participantId, limit: 1 });
    const base = { dealId: d!.id, type: 'CEB311', seq: 1, receiptKey: 'CEB312|EBP1|EBC1|ORD1', connectionId, declaredBy: 'hub' as const };
    const a = await store.hubDeclarations.prepare({ ...base, id: newId('dec'), guid: 'GUID-A' });
    const b = await store.hubDeclarations.prepare({ ...base, id: newId('dec'), guid: 'GUID-B' });
    expect(b.guid).toBe('GUID-A');
    expect(await store.hubDeclarations.openCount(connectionId)).toBe(0);
    expect(a.hasXml).toBe(false);
    expect(await store.hubDeclarations.xmlOf(a.id)).toBeUndefined();
    await store.hubDeclarations.markSent(a.id, { messageId: 'msg_1', xml: '<x/>', at: new Date() });
    expect(await store.hubDeclarations.openCount(connectionId)).toBe(1);
    // the records say the XML is kept; it is read on its own
    expect((await store.hubDeclarations.byGuid('GUID-A'))?.hasXml).toBe(true);
    expect(await store.hubDeclarations.xmlOf(a.id)).toBe('<x/>');
    await store.hubDeclarations.applyReceipt(a.id, { type: 'CEB312', status: '120', info: 'ok', at: new Date().toISOString() }, { status: 'accepted', final: true });
    const [again] = await store.hubDeclarations.byReceiptKey('CEB312|EBP1|EBC1|ORD1');
    expect(again).toMatchObject({ status: 'accepted', final: true, returnStatus: '120', messageId: 'msg_1' });
    expect(again?.receipts).toHaveLength(1);
    expect(await store.hubDeclarations.openCount(connectionId)).toBe(0);
    await store.transaction(async (tx) => {
      expect(await tx.hubCursors.lock(connectionId)).toEqual({ cursor: '0', polling: false });
      await tx.hubCursors.save(connectionId, { cursor: '42', polling: true });
    });
    expect(await store.transaction((tx) => tx.hubCursors.lock(connectionId))).toEqual({ cursor: '42', polling: true });
  });

  it('sees a webhook event once and keeps payment notifications by order', async () => {
    const event = { connectionId, eventId: 'evt_1', kind: 'order' as const, orderNo: 'ORD1', dealId: null, payload: null };
    expect(await store.hubInbound.record(event)).toBe(true);
    expect(await store.hubInbound.record(event)).toBe(false);
    await store.hubInbound.record({ ...event, eventId: 'pay_1', kind: 'payment', payload: { amountPaid: '10.91' } });
    expect((await store.hubInbound.paymentFor(connectionId, 'ORD1'))?.payload).toEqual({ amountPaid: '10.91' });
    expect(await store.hubInbound.paymentFor(connectionId, 'ORD9')).toBeUndefined();
  });

  it('logs webhook deliveries and their attempts, and replays failed ones', async () => {
    const id = newId('whd');
    const row = { id, connectionId, dealId: null, eventId: 'evt_s1', url: 'http://shop/hook', webhook: { body: '{}' } };
    expect(await store.hubWebhooks.insert(row)).toBe(true);
    expect(await store.hubWebhooks.insert({ ...row, id: newId('whd') })).toBe(false);
    const retry = new Date(Date.now() + 1000);
    await store.hubWebhooks.recordAttempt(id, { attempt: 1, at: new Date(), statusCode: 503, error: 'busy', durationMs: 3 }, { status: 'pending', nextRetryAt: retry });
    await store.hubWebhooks.recordAttempt(id, { attempt: 2, at: new Date(), statusCode: 500, error: 'down', durationMs: 3 }, { status: 'failed', nextRetryAt: null });
    expect(await store.hubWebhooks.byId(id)).toMatchObject({ status: 'failed', attempts: 2, lastStatusCode: 500 });
    expect((await store.hubWebhooks.list({ participantId, status: 'failed', limit: 10 })).map((d) => d.id)).toEqual([id]);
    expect((await store.hubWebhooks.attempts(id)).map((a) => a.statusCode)).toEqual([503, 500]);
    expect(await store.hubWebhooks.reopen(id)).toBe(true);
    expect(await store.hubWebhooks.reopen(id)).toBe(false);
  });

  it('logs the attempts of many deliveries at once, each moved to its own outcome', async () => {
    const ids = [newId('whd'), newId('whd'), newId('whd')];
    for (const [i, id] of ids.entries()) {
      await store.hubWebhooks.insert({ id, connectionId, dealId: null, eventId: `evt_many_${i}`, url: 'http://shop/hook', webhook: { body: '{}' } });
    }
    const at = new Date('2026-11-11T01:02:03.456Z');
    const retry = new Date('2026-11-11T01:03:00.000Z');
    await store.hubWebhooks.recordAttempts([
      { id: ids[0] ?? '', attempt: { attempt: 1, at, statusCode: 200, error: null, durationMs: 4 }, outcome: { status: 'delivered', nextRetryAt: null } },
      { id: ids[1] ?? '', attempt: { attempt: 1, at, statusCode: 503, error: 'busy', durationMs: 7 }, outcome: { status: 'pending', nextRetryAt: retry } },
      { id: ids[2] ?? '', attempt: { attempt: 1, at, statusCode: null, error: 'x'.repeat(1500), durationMs: 9 }, outcome: { status: 'failed', nextRetryAt: null } },
    ]);
    const [delivered, pending, failed] = await Promise.all(ids.map((id) => store.hubWebhooks.byId(id)));
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null, nextRetryAt: null, deliveredAt: at });
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503, lastError: 'busy', nextRetryAt: retry, deliveredAt: null });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null, deliveredAt: null });
    expect(failed?.lastError).toHaveLength(1000);
    expect((await store.hubWebhooks.byIds([ids[2] ?? '', ids[0] ?? '', 'whd_none'])).map((d) => d.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect((await store.hubWebhooks.attempts(ids[1] ?? '')).map((a) => [a.statusCode, a.durationMs])).toEqual([[503, 7]]);
  });

  it('hands out each waybill serial once, the same one again for the same key, and none past the range', async () => {
    const range = { id: 'EA:CN', first: 100, last: 104 };
    const claims = await Promise.all(['o1', 'o2', 'o3', 'o4'].map((k) => store.hubWaybillNumbers.claim(range, k)));
    expect(new Set(claims.map((c) => c?.serial)).size).toBe(4);
    expect(await store.hubWaybillNumbers.claim(range, 'o2')).toEqual({ serial: claims[1]?.serial, fresh: false });
    expect((await store.hubWaybillNumbers.claim(range, 'o5'))?.serial).toBe(104);
    expect(await store.hubWaybillNumbers.claim(range, 'o6')).toBeUndefined();
  });

  it('keeps bonded stock books: one change at a time, a refused change changes nothing', async () => {
    const stock = storedWarehouseStock(store);
    const apply = (m: Parameters<typeof applyMovement>[1]) =>
      stock.update('EBC1', (book) => {
        const r = applyMovement(book, m);
        return r.ok ? { ok: true as const, value: { book: r.value.book, value: r.value.effect } } : r;
      });
    expect(await apply({ kind: 'entry', id: 'e1', enterpriseCode: 'EBC1', lines: [{ itemNo: 'SKU', qty: '5' }] })).toEqual({ ok: true, value: 'applied' });
    const reserves = await Promise.all([1, 2, 3].map((n) => apply({ kind: 'reserve', id: `r${n}`, ref: `d${n}`, enterpriseCode: 'EBC1', lines: [{ itemNo: 'SKU', qty: '2' }] })));
    expect(reserves.filter((r) => r.ok)).toHaveLength(2);
    const book = await stock.read('EBC1');
    expect(Object.keys(book.reservations)).toHaveLength(2);
  });
});

describe('hub storage at volume', () => {
  it('pages 100,000 deals by status and time through the index', async () => {
    const database = await createTestDatabase();
    const opened = await openDatabase(database.target);
    try {
      await migrateToLatest(opened.db as Kysely<unknown>);
      const store = storeOn(opened);
      const participantId = newId('par');
      await store.participants.insert({ id: participantId, role: 'ebc', code: 'EBCV', name: 'Volume' });
      const con = await store.hubConnections.insert({ id: newId('con'), participantId, kind: 'storefront', connectorId: 'generic-json', label: 'v', settings: {} });
      // 100k deals in one statement, every third released, created over the last two days
      await sql`
        insert into hub_deals (id, participant_id, storefront_connection_id, order_no, ebp_code, ebc_code, partner_order_id,
          trade_mode, status, paid, buyer_key, cop_no, documents, links, created_at)
        select 'deal_' || lpad(g::text, 8, '0'), ${participantId}, ${con.id}, 'V' || g, 'E', 'C', 'x', '9610',
          case when g % 3 = 0 then 'released' else 'declared' end, true, 'b', 'c' || g, '{}'::jsonb, '{}'::jsonb,
          now() - make_interval(secs => (100000 - g) * 1.7)
        from generate_series(1, 100000) g`.execute(opened.db);
      await sql`analyze hub_deals`.execute(opened.db);
      const since = new Date(Date.now() - 24 * 3_600_000);
      const started = performance.now();
      let after: string | undefined;
      let seen = 0;
      for (let page = 0; page < 20; page++) {
        const rows = await store.hubDeals.list({ participantId, status: 'released', since, limit: 100, ...(after && { after }) });
        seen += rows.length;
        expect(rows.every((r) => r.status === 'released' && r.createdAt >= since)).toBe(true);
        after = rows.at(-1)?.id;
      }
      const perPage = (performance.now() - started) / 20;
      expect(seen).toBe(2000);
      expect(perPage).toBeLessThan(100);
    } finally {
      await opened.close();
      await database.dispose();
    }
  }, 180_000);
});
