import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import { newId } from '../../kernel/ids.js';
import type { JsonObject } from '../../ports/json.js';
import type { Store } from '../../ports/store.port.js';
import { type DemoKey, seedDemoWorld } from '../../workflows/demo/seed-demo-world.js';
import { loadOrCreateKey } from '../key-dir.js';
import { buildApi } from './server.js';

/** A merchant's failed hub steps (GET /v1/hub/jobs) and their replay: only the owner's, never with personal data. */
let store: Store & { close(): Promise<void> };
let app: FastifyInstance;
let keys: DemoKey[];
const key = (role: string) => keys.find((k) => k.role === role)?.key ?? '';
const participant = (role: string) => keys.find((k) => k.role === role)?.participantId ?? '';

const BUYER_ID = '11010519491231002X';
const PHONE = '13800138000';
const BUYER = '张小三';

async function call(method: 'GET' | 'POST', url: string, role = 'ebc') {
  const res = await app.inject({ method, url, headers: { authorization: `Bearer ${key(role)}` } });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, text: res.body };
}

type Step = { id: string; dealId: string | null; orderNo: string | null; queue: string; step: string; status: string; attempts: number; lastError: string | null };
const items = (r: { body: Record<string, unknown> }) => r.body['items'] as Step[];

async function storefrontOf(role: string): Promise<string> {
  const created = await store.hubConnections.insert({
    id: newId('con'),
    participantId: participant(role),
    kind: 'storefront',
    connectorId: 'generic-json',
    label: `Shop of ${role}`,
    settings: { ebpCode: '3301960001', ebcCode: '3301960002', webhookSecret: 'whsec_0123456789', notifyUrl: 'http://127.0.0.1:1/hook', notifySecret: 'ntsec_0123456789' },
  });
  return created.id;
}

async function dealOf(role: string, connectionId: string, orderNo: string): Promise<string> {
  const id = newId('deal');
  await store.hubDeals.insert({
    id,
    participantId: participant(role),
    storefrontConnectionId: connectionId,
    orderNo,
    ebpCode: '3301960001',
    ebcCode: '3301960002',
    partnerOrderId: `so_${orderNo}`,
    tradeMode: '9610',
    status: 'received',
    paid: true,
    test: false,
    buyerKey: 'b',
    payTransactionId: null,
    copNo: `C${orderNo}`,
    documents: {
      order: {
        orderNo,
        ebpCode: 'E',
        ebcCode: 'C',
        goodsValue: '1',
        freight: '0',
        discount: '0',
        taxTotal: '0',
        actualPaid: '1',
        currency: '142',
        buyer: { idType: '1', idNumber: BUYER_ID, name: BUYER },
        consignee: { name: BUYER, telephone: PHONE, address: '杭州市西湖区文三路 90 号' },
        lines: [],
      },
    },
    links: { storefront: connectionId, singleWindow: {} },
  });
  return id;
}

/** A job of the queue run once by a worker and failed: dead, or waiting to be tried again. */
async function failedJob(queue: string, payload: JsonObject, error: string, dead = true): Promise<string> {
  const [id] = await store.jobs.enqueue([{ queue, payload, maxAttempts: 3 }]);
  const claimed = await store.jobs.claim({ workerId: 'w-test', queues: [queue], limit: 50, leaseMs: 60_000 });
  expect(claimed.map((j) => j.id)).toContain(id);
  for (const j of claimed) await store.jobs.fail({ id: j.id, workerId: 'w-test', error: j.id === id ? error : 'other', retryInMs: dead ? undefined : 3_600_000 });
  return id ?? '';
}

let ebcDeal: string;
let waybillJob: string;
let ebpJob: string;

beforeAll(async () => {
  store = await createTestStore();
  const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-hub-jobs-keys-'));
  keys = await seedDemoWorld(store, (p) => loadOrCreateKey(keyDir, `${p.role}-${p.code}`, `${p.code}-01`));
  app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'test' });
  const ebcShop = await storefrontOf('ebc');
  const ebpShop = await storefrontOf('ebp');
  ebcDeal = await dealOf('ebc', ebcShop, 'JOBS-EBC-1');
  const ebpDeal = await dealOf('ebp', ebpShop, 'JOBS-EBP-1');
  waybillJob = await failedJob(
    'hub.waybill',
    { dealId: ebcDeal },
    `Error: carrier crashed on consignee ${BUYER} (${PHONE}, id ${BUYER_ID}) at 杭州市西湖区文三路 90 号\n    at allocateWaybill (carrier.ts:12:3)`,
  );
  ebpJob = await failedJob('hub.declare', { dealId: ebpDeal, type: 'CEB311' }, 'Error: not mine');
  await failedJob('hub.preflight', { dealId: ebcDeal }, 'Error: tariff lookup timed out', false);
  await failedJob('single-window.intake', { dealId: ebcDeal }, 'Error: not a hub job');
  const delivery = newId('whd');
  await store.hubWebhooks.insert({ id: delivery, connectionId: ebcShop, dealId: ebcDeal, eventId: 'evt_jobs_1', url: 'http://127.0.0.1:1/hook', webhook: {} });
  await failedJob('hub.notify', { deliveryId: delivery }, 'Error: storefront socket hang up');
  const imported = await store.hubProductImports.insert({ id: newId('imp'), participantId: participant('ebc'), fileName: 'p.csv', csv: 'sku', bytes: 3 });
  await failedJob('hub.product-import', { importId: imported.id }, 'Error: the file vanished');
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('GET /v1/hub/jobs', () => {
  it('lists the dead steps of the caller’s own deals, imports and webhooks, with the deal and a step name', async () => {
    const dead = await call('GET', '/v1/hub/jobs?status=dead');
    expect(dead.status).toBe(200);
    const byQueue = Object.fromEntries(items(dead).map((s) => [s.queue, s]));
    expect(Object.keys(byQueue).sort()).toEqual(['hub.notify', 'hub.product-import', 'hub.waybill']);
    expect(byQueue['hub.waybill']).toMatchObject({ id: waybillJob, dealId: ebcDeal, orderNo: 'JOBS-EBC-1', step: 'waybill', stepName: 'Waybill from the carrier', status: 'dead', attempts: 1, maxAttempts: 3 });
    expect(byQueue['hub.notify']).toMatchObject({ dealId: ebcDeal, orderNo: 'JOBS-EBC-1', step: 'notify' });
    expect(byQueue['hub.product-import']).toMatchObject({ dealId: null, orderNo: null, step: 'product-import', lastError: 'Error: the file vanished' });
  });

  it('never shows the buyer’s name, ID number, phone or address, nor a stack', async () => {
    const dead = await call('GET', '/v1/hub/jobs?status=dead');
    const error = items(dead).find((s) => s.id === waybillJob)?.lastError ?? '';
    expect(error).toContain('Error: carrier crashed on consignee');
    for (const secret of [BUYER, PHONE, BUYER_ID, '文三路', 'carrier.ts']) expect(dead.text).not.toContain(secret);
  });

  it('lists the failed steps still to be tried again apart from the dead ones', async () => {
    const failed = await call('GET', '/v1/hub/jobs?status=failed');
    expect(items(failed).map((s) => [s.step, s.status, s.lastError])).toEqual([['preflight', 'failed', 'Error: tariff lookup timed out']]);
  });

  it('pages with a keyset', async () => {
    const first = await call('GET', '/v1/hub/jobs?status=dead&limit=2');
    expect(items(first)).toHaveLength(2);
    const rest = await call('GET', `/v1/hub/jobs?status=dead&limit=2&after=${first.body['next']}`);
    expect(items(rest)).toHaveLength(1);
    expect(new Set([...items(first), ...items(rest)].map((s) => s.id)).size).toBe(3);
  });

  it('shows another merchant only theirs and the administrator every hub job', async () => {
    expect(items(await call('GET', '/v1/hub/jobs', 'ebp')).map((s) => s.id)).toEqual([ebpJob]);
    const all = items(await call('GET', '/v1/hub/jobs', 'admin')).map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining([ebpJob, waybillJob]));
    expect(all).toHaveLength(4);
    expect((await call('GET', '/v1/hub/jobs', 'customs')).status).toBe(403);
  });
});

describe('POST /v1/hub/jobs/{id}/replay', () => {
  it('is 404 for someone else’s job, replays one’s own dead job once, then 409', async () => {
    expect((await call('POST', `/v1/hub/jobs/${waybillJob}/replay`, 'ebp')).status).toBe(404);
    expect((await call('POST', '/v1/hub/jobs/job_nope/replay')).status).toBe(404);
    const replayed = await call('POST', `/v1/hub/jobs/${waybillJob}/replay`);
    expect(replayed.status).toBe(202);
    expect(replayed.body).toMatchObject({ id: waybillJob, dealId: ebcDeal, attempts: 0 });
    expect(await store.jobs.byId(waybillJob)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(items(await call('GET', '/v1/hub/jobs?status=dead')).map((s) => s.id)).not.toContain(waybillJob);
    const again = await call('POST', `/v1/hub/jobs/${waybillJob}/replay`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'job.not_dead' } });
  });

  it('does not reach jobs outside the hub', async () => {
    const [other] = (await store.jobs.list({ status: 'dead', queue: 'single-window.intake', limit: 1 })) ?? [];
    expect(other).toBeDefined();
    expect((await call('POST', `/v1/hub/jobs/${other?.id}/replay`, 'admin')).status).toBe(404);
  });
});
