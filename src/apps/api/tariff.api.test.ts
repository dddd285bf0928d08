import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Store } from '../../ports/store.port.js';
import { DEMO_TARIFF_FILE } from '../../workflows/demo/seed-demo-world.js';
import { createParticipant } from '../../workflows/participants/participants.workflow.js';
import { buildApi } from './server.js';

const HEADER = 'hs_code,name,vat_rate,consumption_tax_rate,mfn_duty_rate,positive_list,source';

describe('tariff over HTTP', () => {
  let store: Store;
  let app: FastifyInstance;
  const keys: Record<'admin' | 'customs' | 'payment' | 'ebp', string> = { admin: '', customs: '', payment: '', ebp: '' };
  const auth = (role: keyof typeof keys) => ({ authorization: `Bearer ${keys[role]}` });
  const importCsv = (role: keyof typeof keys, csv: string, query = '') =>
    app.inject({
      method: 'POST',
      url: `/v1/tariff/import${query}`,
      headers: { ...auth(role), 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });
  const list = async (query = '') => {
    const res = await app.inject({ method: 'GET', url: `/v1/tariff${query}`, headers: auth('ebp') });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: { hsCode: string; source: string; vatRate: string }[]; next: string | null };
  };
  const quoteCoffee = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/tax/quote',
      headers: auth('ebp'),
      payload: {
        items: [{ hsCode: '0901210000', name: 'roasted coffee', qty: 1, unitPrice: '480.00' }],
        freight: '20.00',
        insurance: '0.00',
        buyer: { idNumber: '11010519491231002X' },
      },
    });
    expect(res.statusCode).toBe(200);
    return res.json() as { channel: string; total: string; reasons: { code: string }[] };
  };

  beforeAll(async () => {
    store = await createTestStore();
    app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'test' });
    const codes = { admin: 'root', customs: '2991', payment: '1101110323', ebp: '3301960001' } as const;
    for (const role of ['admin', 'customs', 'payment', 'ebp'] as const) {
      keys[role] = (await createParticipant(store, { role, code: codes[role], name: role })).apiKey!.key;
    }
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('admin imports the demo tariff: 200 with the report', async () => {
    const res = await importCsv('admin', readFileSync(DEMO_TARIFF_FILE, 'utf8'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 8, rejected: 0, aborted: false, errors: [] });
  });

  it('lists rows with their source, by HS prefix, a 10-digit code finding its HS-8 row, with paging', async () => {
    const cosmetics = await list('?hsCode=3304');
    expect(cosmetics.items).toEqual([
      expect.objectContaining({ hsCode: '3304990099', vatRate: '0.13', consumptionTaxRate: '0.15', positiveList: true }),
    ]);
    expect(cosmetics.items[0]?.source).toMatch(/^DEMO ROW, not the official schedule\./);
    const all = await list();
    expect(all.items).toHaveLength(8);
    const page1 = await list('?limit=3');
    expect(page1.items.map((r) => r.hsCode)).toEqual(all.items.slice(0, 3).map((r) => r.hsCode));
    const page2 = await list(`?limit=3&after=${page1.next}`);
    expect(page2.items[0]?.hsCode).toBe(all.items[3]?.hsCode);
    await importCsv('admin', `${HEADER}\n85183000,Headphones,0.13,,,true,test row\n`);
    expect((await list('?hsCode=8518300010')).items.map((r) => r.hsCode)).toEqual(['85183000']);
    const bad = await app.inject({ method: 'GET', url: '/v1/tariff?hsCode=33A', headers: auth('ebp') });
    expect(bad.json().error.details.field).toBe('querystring.hsCode');
  });

  it('customs imports a partial file: 422 tariff.rows_rejected with the report, the good rows written', async () => {
    const res = await importCsv('customs', `${HEADER}\n21069090,Supplements,0.13,,0.15,true,s1\n2106,Bad,0.13,,,true,s\n`);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('tariff.rows_rejected');
    expect(error.details).toMatchObject({ imported: 1, rejected: 1, aborted: false });
    expect(error.details.errors).toEqual([
      { line: 3, field: 'hs_code', code: 'tariff.invalid_row', message: expect.stringContaining('HS code') },
    ]);
    expect((await list('?hsCode=21069090')).items.map((r) => r.hsCode)).toEqual(['21069090', '2106909090']);
  });

  it('strict=true imports nothing when a row is bad', async () => {
    const res = await importCsv('customs', `${HEADER}\n01012100,Horses,0.09,,,true,s\nx,bad,,,,,\n`, '?strict=true');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toMatchObject({ imported: 0, aborted: true });
    expect((await list('?hsCode=0101')).items).toEqual([]);
  });

  it('403 for roles other than customs and admin, 401 without a key, 400 for a body that is not CSV text', async () => {
    const forbidden = await importCsv('payment', `${HEADER}\n01012100,Horses,0.09,,,true,s\n`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toMatchObject({ code: 'auth.forbidden', details: { role: 'payment' } });
    const anonymous = await app.inject({ method: 'POST', url: '/v1/tariff/import', payload: 'x' });
    expect(anonymous.statusCode).toBe(401);
    const json = await app.inject({ method: 'POST', url: '/v1/tariff/import', headers: auth('admin'), payload: { a: 1 } });
    expect(json.statusCode).toBe(400);
    expect((await list('?hsCode=0101')).items).toEqual([]);
  });

  it('an import changes the next quote at once (the in-memory tariff is reloaded)', async () => {
    const before = await quoteCoffee();
    expect(before.channel).toBe('refused');
    expect(before.reasons[0]?.code).toBe('tariff.unknown_hs_code');
    await importCsv('customs', `${HEADER}\n0901210000,Roasted coffee,0.13,,0.15,true,test row\n`);
    expect(await quoteCoffee()).toMatchObject({ channel: 'cbec', total: '45.50' });
    await importCsv('customs', `${HEADER}\n0901210000,Roasted coffee,0.09,,0.15,true,test row v2\n`);
    expect(await quoteCoffee()).toMatchObject({ channel: 'cbec', total: '31.50' });
    await importCsv('customs', `${HEADER}\n0901210000,Roasted coffee,0.09,,0.15,false,delisted\n`);
    expect((await quoteCoffee()).reasons).toEqual([expect.objectContaining({ code: 'goods.not_on_positive_list' })]);
  });
});
