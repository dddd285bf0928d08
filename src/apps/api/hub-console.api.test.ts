import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Store } from '../../ports/store.port.js';
import { seedDemoWorld, type DemoKey } from '../../workflows/demo/seed-demo-world.js';
import { createHub, type Hub } from '../../workflows/hub/index.js';
import { IMPORT_BATCH, PRODUCT_IMPORT_QUEUE } from '../../workflows/hub/product-imports.js';
import { createTariffService } from '../../workflows/tariff/tariff-cache.js';
import { registryConnectors } from '../hub-connectors.js';
import { loadOrCreateKey } from '../key-dir.js';
import { buildApi } from './server.js';

/** What the console's hub pages need of the API: product imports as jobs with progress, search, field-level settings errors. */
let store: Store & { close(): Promise<void> };
let app: FastifyInstance;
let hub: Hub;
let keys: DemoKey[];
const key = (role: string) => keys.find((k) => k.role === role)?.key ?? '';

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, role = 'ebc', contentType = 'application/json') {
  const res = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key(role)}`, ...(payload !== undefined && { 'content-type': contentType }) },
    ...(payload !== undefined && { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, text: res.body };
}

/** Runs the queued import jobs the way the worker does; returns how many ran. */
async function runImportJobs(): Promise<number> {
  const jobs = await store.jobs.claim({ workerId: 'test', queues: [PRODUCT_IMPORT_QUEUE], limit: 10, leaseMs: 60_000 });
  const handler = hub.jobs[PRODUCT_IMPORT_QUEUE];
  if (!handler) throw new Error('no product import handler');
  for (const job of jobs) {
    await handler(job.payload, { job, store, log: pino({ level: 'silent' }), signal: new AbortController().signal });
    await store.jobs.complete([job.id], 'test');
  }
  return jobs.length;
}

beforeAll(async () => {
  store = await createTestStore();
  const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-hub-console-keys-'));
  keys = await seedDemoWorld(store, (p) => loadOrCreateKey(keyDir, `${p.role}-${p.code}`, `${p.code}-01`));
  const tariff = createTariffService(store);
  hub = createHub({ store, tariff, connectors: registryConnectors({ store }) });
  app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'test', tariff, hub });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('product imports as jobs', () => {
  it('answers the upload at once, then reports progress, the written rows and every bad row by line and field', async () => {
    const good = Array.from({ length: IMPORT_BATCH + 20 }, (_, i) => `IMP-${String(i).padStart(4, '0')},婴儿配方奶粉 ${i},1901101000,601,122`);
    const csv = ['sku,name,hs_code,origin_country,declared_unit', ...good.slice(0, 10), 'IMP-BAD,bad code,19011010,601,122', ...good.slice(10)].join('\n');
    const started = await call('POST', '/v1/products/imports?fileName=catalogue.csv', csv, 'ebc', 'text/csv');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'queued', fileName: 'catalogue.csv', totalRows: null, doneRows: 0, bytes: Buffer.byteLength(csv) });
    const id = started.body['id'] as string;

    expect(await runImportJobs()).toBe(1);
    const done = await call('GET', `/v1/products/imports/${id}`);
    expect(done.body).toMatchObject({ status: 'done', totalRows: good.length + 1, doneRows: good.length + 1, imported: good.length, rejected: 1, notListed: 0 });
    expect(done.body['errors']).toEqual([{ line: 12, field: 'hs_code', code: 'product.invalid_row', message: expect.stringContaining('10-digit') }]);
    expect(done.body['finishedAt']).toEqual(expect.any(String));
    // the file is not kept once read; running the job again changes nothing
    expect(await store.hubProductImports.file(id)).toBeUndefined();

    const listed = await call('GET', '/v1/products/imports');
    expect((listed.body['items'] as { id: string; errors: unknown[] }[])[0]).toMatchObject({ id, errors: [] });
    expect((await call('GET', `/v1/products/imports/${id}`, undefined, 'ebp')).status).toBe(404);
    expect((await call('GET', '/v1/products/imports', undefined, 'ebp')).body['items']).toEqual([]);
  });

  it('refuses an upload that is not CSV', async () => {
    const res = await call('POST', '/v1/products/imports', 'sku\nx', 'ebc', 'text/plain');
    expect(res.status).toBe(415);
  });

  it('searches products by SKU, name or HS code, with keyset paging', async () => {
    const bySku = await call('GET', '/v1/products?q=imp-026&limit=5');
    expect((bySku.body['items'] as { sku: string }[]).map((p) => p.sku)).toEqual(['IMP-0260', 'IMP-0261', 'IMP-0262', 'IMP-0263', 'IMP-0264']);
    const next = await call('GET', `/v1/products?q=imp-026&limit=5&after=${bySku.body['next']}`);
    expect((next.body['items'] as { sku: string }[]).map((p) => p.sku)).toEqual(['IMP-0265', 'IMP-0266', 'IMP-0267', 'IMP-0268', 'IMP-0269']);
    const byName = await call('GET', `/v1/products?q=${encodeURIComponent('奶粉 269')}`);
    expect((byName.body['items'] as { sku: string }[]).map((p) => p.sku)).toEqual(['IMP-0269']);
    const wildcard = await call('GET', `/v1/products?q=${encodeURIComponent('%')}`);
    expect(wildcard.body['items']).toEqual([]);
  });
});

describe('connection settings errors', () => {
  it('name each field at fault (for the form) and never carry a value', async () => {
    const res = await call('POST', '/v1/connections', {
      kind: 'storefront',
      connectorId: 'generic-json',
      label: 'Shop',
      settings: { ebpCode: 'lower-case', ebcCode: '3301960002', webhookSecret: 'whsec_secret_value', notifyUrl: 'not a url', notifySecret: 'short' },
    });
    expect(res.status).toBe(400);
    const error = res.body['error'] as { code: string; details: { issues: { field: string }[] } };
    expect(error.code).toBe('connector.settings_invalid');
    expect(error.details.issues.map((i) => i.field).sort()).toEqual(['ebpCode', 'notifySecret', 'notifyUrl']);
    expect(res.text).not.toContain('whsec_secret_value');
    expect(res.text).not.toContain('lower-case');
  });
});
