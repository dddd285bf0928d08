import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SECRETS } from '../../apps/demo/hub-world.js';
import { genericOrderWebhook, paymentNotification } from '../../apps/demo/partner-sim.js';
import { type StatusReceiver, startStatusReceiver } from '../../apps/demo/status-receiver.js';
import { tariffFromRows } from '../../domain/tax/index.js';
import { DEMO_TARIFF_FILE } from '../demo/seed-demo-world.js';
import { buildDeal, type DealParties } from '../demo/synthetic-deal.js';
import { parseTariffCsv } from '../tariff/tariff-csv.js';

/**
 * The hub's worker is killed (SIGKILL) in the middle of its deals' workflows and started again on the same data:
 * every deal still reaches release, and each declaration is in effect sent once (one of each type per deal, one
 * receipt of each at customs, one inventory per order).
 */
interface World {
  readonly ownerKey: string;
  readonly apiKeys: Record<string, string>;
  readonly parties: DealParties;
  readonly generic: string;
  readonly genericPayment: string;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function start(dir: string, port: number, notifyUrl: string, crashAfter?: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'test/fixtures/hub-process.ts', dir, String(port), notifyUrl, ...(crashAfter ? [crashAfter] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('ready ')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => {
      out += d;
    });
    child.on('exit', (code, signal) => reject(new Error(`the hub process exited (${code ?? signal}) before it was ready: ${out.slice(-2000)}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('hub worker crash (embedded database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-hub-crash-'));
  let receiver: StatusReceiver | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child) await stop(child);
    await receiver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deals interrupted by SIGKILL complete after restart, each declaration sent once in effect', async () => {
    receiver = await startStatusReceiver(DEMO_SECRETS.notify);
    const port = await freePort();
    child = await start(dir, port, receiver.url);
    const base = `http://127.0.0.1:${port}`;
    const world = JSON.parse(readFileSync(join(dir, 'hub-world.json'), 'utf8')) as World;
    const call = async (path: string, key = world.ownerKey) => (await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } })).json() as Promise<Record<string, unknown>>;
    const deals = () => call('/v1/deals?limit=50') as Promise<{ items: { id: string; orderNo: string; status: string }[] }>;
    const tariff = tariffFromRows(parseTariffCsv(readFileSync(DEMO_TARIFF_FILE, 'utf8')).rows);
    const at = new Date();
    const docs = [1, 2, 3, 4, 5, 6].map((n) => buildDeal(n, world.parties, tariff, at));
    for (const d of docs) {
      for (const [path, hook] of [
        [`/v1/hub/storefront/${world.generic}/webhook`, genericOrderWebhook(d.order, DEMO_SECRETS.genericWebhook, at)],
        [`/v1/hub/payment/${world.genericPayment}/webhook`, paymentNotification(d.payment, DEMO_SECRETS.paymentWebhook, at)],
      ] as const) {
        const res = await fetch(`${base}${path}`, { method: 'POST', headers: { ...hook.headers }, body: hook.body });
        expect(res.status).toBe(202);
      }
    }
    // kill the process while declarations are going out
    let atKill: string[] = [];
    for (let i = 0; i < 600; i++) {
      atKill = (await deals()).items.map((d) => d.status);
      if (atKill.some((s) => s === 'declaring' || s === 'declared')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await stop(child);
    expect(atKill.filter((s) => s === 'released').length).toBeLessThan(docs.length);

    // crash again at the worst moment: right after customs accepted an inventory, before the hub recorded it
    const crashing = await start(dir, port, receiver.url, 'CEB621');
    const died = await new Promise<NodeJS.Signals | string | null>((resolve) => {
      const timer = setTimeout(() => resolve('no inventory was sent within 60 s'), 60_000);
      crashing.once('exit', (_code, signal) => {
        clearTimeout(timer);
        resolve(signal);
      });
    });
    if (died !== 'SIGKILL') await stop(crashing);
    expect(died).toBe('SIGKILL');
    child = await start(dir, port, receiver.url);
    // done: every deal released and every receipt followed (the hub's pollers may still be catching up)
    const finished = async () => {
      const items = (await deals()).items;
      if (items.length !== docs.length || items.some((d) => d.status !== 'released')) return false;
      for (const d of items) {
        const detail = (await call(`/v1/deals/${d.id}`)) as { declarations: { final: boolean }[] };
        if (detail.declarations.some((x) => !x.final)) return false;
      }
      return true;
    };
    for (let i = 0; !(await finished()); i++) {
      if (i > 900) {
        const stuck = (await deals()).items.filter((d) => d.status !== 'released');
        const why = await Promise.all(stuck.map(async (d) => JSON.stringify(((await call(`/v1/deals/${d.id}`)) as { timeline: unknown[] }).timeline.slice(-4))));
        throw new Error(`deals did not complete after the restart: ${stuck.map((d) => d.status).join(', ')}; ${why.join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    let repeats = 0;
    for (const d of (await deals()).items) {
      const detail = (await call(`/v1/deals/${d.id}`)) as { declarations: { type: string; status: string }[]; timeline: { kind: string; summary: string }[] };
      expect(detail.declarations.map((x) => `${x.type}:${x.status}`).sort()).toEqual(['CEB311:accepted', 'CEB411:accepted', 'CEB511:accepted', 'CEB621:released']);
      expect(detail.timeline.filter((e) => e.kind === 'declaration.sent')).toHaveLength(4);
      // an interrupted send is recorded once: by its resend (customs had it already) or from customs' receipt
      repeats += detail.timeline.filter((e) => e.kind === 'declaration.sent' && /a repeat|from customs' receipt/.test(e.summary)).length;
      expect(receiver.byOrder.get(d.orderNo)?.filter((s) => s.status === 'released')).toHaveLength(1);
    }
    expect(repeats).toBeGreaterThan(0); // the inventory sent just before the crash
    // customs received each declaration once in effect: one receipt of each kind per document, one inventory per order
    const receipts = async (role: string) => ((await call('/v1/single-window/receipts?since=0&limit=500', world.apiKeys[role])) as { items: { messageType: string; docKey: string; returnStatus: string }[] }).items;
    for (const [role, type, status] of [['ebp', 'CEB312', '120'], ['payment', 'CEB412', '120'], ['logistics', 'CEB512', '120'], ['ebc', 'CEB622', '2'], ['ebc', 'CEB622', '800']] as const) {
      const found = (await receipts(role)).filter((r) => r.messageType === type && r.returnStatus === status);
      expect(found).toHaveLength(docs.length);
      expect(new Set(found.map((r) => r.docKey)).size).toBe(docs.length);
    }
    const inventories = (await call('/v1/single-window/inventories?limit=50', world.apiKeys['customs'])) as { items: { orderNo: string; status: string }[] };
    expect(inventories.items.map((i) => i.status)).toEqual(docs.map(() => '800'));
  }, 180_000);
});
