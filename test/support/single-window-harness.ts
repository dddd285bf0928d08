import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApi } from '../../src/apps/api/server.js';
import { loadOrCreateKey } from '../../src/apps/key-dir.js';
import { startWorker, type Worker } from '../../src/jobs/worker.js';
import type { Store } from '../../src/ports/store.port.js';
import { type SigningKey, signMessage } from '../../src/signing/index.js';
import { seedDemoWorld } from '../../src/workflows/demo/seed-demo-world.js';
import type { DealParties } from '../../src/workflows/demo/synthetic-deal.js';
import { createSingleWindow, DEFAULT_SINGLE_WINDOW_POLICY, type SingleWindow, type SingleWindowPolicy } from '../../src/workflows/single-window/index.js';
import { createTariffService } from '../../src/workflows/tariff/tariff-cache.js';
import { createTestStore } from './test-store.js';

export interface Harness {
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly sw: SingleWindow;
  /** The single window's public key (SPKI PEM): what a receiver verifies delivered receipts with. */
  readonly swPublicPem: string;
  readonly worker: Worker;
  readonly parties: DealParties;
  /** API keys by role. */
  readonly apiKeys: Readonly<Record<string, string>>;
  /** Message-signing keys of the senders, by role. */
  readonly signers: Readonly<Record<string, SigningKey>>;
  /** Signs as the party and sends over HTTP; returns the response. */
  send(role: string, xml: string, options?: { sign?: boolean }): Promise<{ statusCode: number; body: Record<string, unknown> }>;
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The single window over HTTP with the demo parties, their signing keys, and a worker: what integrators face. */
export async function startHarness(policy: Partial<SingleWindowPolicy> = {}): Promise<Harness> {
  const store = await createTestStore();
  const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-keys-'));
  const seeded = await seedDemoWorld(store, (p) => loadOrCreateKey(keyDir, `${p.role}-${p.code}`, `${p.code}-01`));
  const apiKeys: Record<string, string> = {};
  const signers: Record<string, SigningKey> = {};
  for (const k of seeded) {
    apiKeys[k.role] = k.key;
    if (k.signingKey) signers[k.role] = loadOrCreateKey(keyDir, `${k.role}-${k.code}`, k.signingKey.keyName).key;
  }
  const tariff = createTariffService(store);
  const swKey = loadOrCreateKey(keyDir, 'single-window', 'CROSSGATE-SW-01');
  const sw = createSingleWindow({
    store,
    tariff,
    policy: { ...DEFAULT_SINGLE_WINDOW_POLICY, ...policy },
    signer: (dxp) => signMessage(dxp, swKey.key),
  });
  const log = pino({ level: 'silent' });
  const worker = startWorker({ store, log, handlers: sw.jobs, pollMs: 20, concurrency: 4 });
  const app = await buildApi({ store, log, version: 'test', tariff, singleWindow: sw, wakeWorker: worker.wake });
  const party = (role: string) => {
    const k = seeded.find((s) => s.role === role);
    if (!k) throw new Error(`no demo ${role}`);
    return { code: k.code, name: k.name };
  };
  const parties: DealParties = {
    ebp: party('ebp'),
    ebc: party('ebc'),
    payment: party('payment'),
    logistics: party('logistics'),
    warehouse: party('warehouse'),
    customsCode: party('customs').code,
  };
  return {
    store,
    app,
    sw,
    swPublicPem: swKey.publicPem,
    worker,
    parties,
    apiKeys,
    signers,
    async send(role, xml, options = {}) {
      const signer = signers[role];
      if (!signer) throw new Error(`no signing key for ${role}`);
      const body = options.sign === false ? xml : signMessage(xml, signer);
      const res = await app.inject({
        method: 'POST',
        url: '/v1/single-window/messages',
        headers: { authorization: `Bearer ${apiKeys[role]}`, 'content-type': 'application/xml' },
        payload: body,
      });
      return { statusCode: res.statusCode, body: res.json() as Record<string, unknown> };
    },
    settle: async () => {
      await worker.idle();
      await store.swReceipts.settled(); // receipts are listed once the transactions before them have ended
    },
    async close() {
      await worker.stop();
      await app.close();
      await store.close();
    },
  };
}
