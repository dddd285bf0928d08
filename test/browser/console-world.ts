import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { build } from 'vite';
import { type CanonicalDocument, newGuid, readDeclaration, writeDeclaration } from '../../src/codecs/ceb/canonical/index.js';
import { sample } from '../../src/codecs/ceb/sample/sample.js';
import type { WarehouseEntry } from '../../src/domain/model/index.js';
import { loadConfig } from '../../src/apps/config.js';
import { loadOrCreateKey } from '../../src/apps/key-dir.js';
import { type Platform, startPlatform } from '../../src/apps/platform.js';
import { signMessage, type SigningKey } from '../../src/signing/index.js';
import { buildDeal, chinaStamp, type DealFlaw, type DealParties, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import { DEFAULT_SINGLE_WINDOW_POLICY } from '../../src/workflows/single-window/index.js';
import { createTariffService } from '../../src/workflows/tariff/tariff-cache.js';
import { createTestDatabase, type TestDatabase } from '../support/test-store.js';

/** The console as `npm run build` makes it, built into a folder of this run (so the test sees today's source). */
export async function buildConsole(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'crossgate-console-'));
  await build({
    configFile: new URL('../../src/apps/console/vite.config.ts', import.meta.url).pathname,
    build: { outDir, emptyOutDir: true },
    logLevel: 'silent',
  });
  return outDir;
}

export interface ConsoleWorld {
  readonly platform: Platform;
  readonly url: string;
  /** API keys by role. */
  readonly keys: Readonly<Record<string, string>>;
  /** Order numbers of the deals sent, by what became of them. */
  readonly orders: { readonly released: string[]; readonly review: string[]; readonly rejected: string[] };
  close(): Promise<void>;
}

/** Wine (HS chapter 22) goes to manual review: the rule that fills the officer's queue in these tests. */
const POLICY = {
  ...DEFAULT_SINGLE_WINDOW_POLICY,
  risk: {
    seed: 'console-test',
    rules: [{ id: 'R-WINE', description: 'wine and spirits (chapter 22) are reviewed', action: 'review' as const, when: { kind: 'hs-chapter' as const, chapters: ['22'] } }],
  },
};

const transferOf = (p: { code: string; name: string }) => ({ copCode: p.code, copName: p.name, dxpMode: 'DXP', dxpId: `DXPENT${p.code.slice(-10)}` });

/**
 * The whole platform in-process (PORT 0, a fresh test database, the demo world seeded), serving the console built
 * into `consoleDir`, with a few deals sent over HTTP as the parties send them: released ones, two in review, one
 * rejected, and a bonded warehouse entry so stock exists.
 */
export async function startConsoleWorld(consoleDir: string): Promise<ConsoleWorld> {
  const database: TestDatabase = await createTestDatabase();
  const config = loadConfig({ ...database.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CROSSGATE_DROP_DIR: 'off' });
  const platform = await startPlatform(config, pino({ level: 'silent' }), { singleWindowPolicy: POLICY, consoleDir });
  const keys: Record<string, string> = {};
  const signers: Record<string, SigningKey> = {};
  for (const k of platform.demoKeys) {
    keys[k.role] = k.key;
    if (k.signingKey) signers[k.role] = loadOrCreateKey(config.keyDir, `${k.role}-${k.code}`, k.signingKey.keyName).key;
  }
  const party = (role: string) => {
    const k = platform.demoKeys.find((d) => d.role === role);
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
  const send = async (role: string, xml: string) => {
    const signer = signers[role];
    if (!signer) throw new Error(`no signing key for ${role}`);
    const res = await fetch(`${platform.url}/v1/single-window/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys[role]}`, 'content-type': 'application/xml' },
      body: signMessage(xml, signer),
    });
    if (res.status !== 202) throw new Error(`${role} message refused: ${res.status} ${await res.text()}`);
  };

  const tariff = await createTariffService(platform.store).lookup();
  const at = new Date();
  const SENDER: Readonly<Record<string, string>> = { CEB311: 'ebp', CEB411: 'payment', CEB511: 'logistics', CEB621: 'ebc' };
  // Deals 1 and 4: formula and boots (released); 2 and 3 carry wine (review); one with a payment that does not add up.
  const plan: { n: number; flaw?: DealFlaw }[] = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }, { n: 104, flaw: 'payment-amount' }];
  const deals = plan.map((p) => buildDeal(p.n, parties, tariff, at, p.flaw ? { flaw: p.flaw } : {}));
  for (const deal of deals) {
    for (const d of dealDeclarations(deal, parties, at)) await send(SENDER[d.type] ?? 'ebc', d.xml);
  }
  await send('warehouse', warehouseEntry(parties, at));

  const byStatus = await waitForOutcomes(platform.url, keys.customs ?? '', deals.length);
  const orderOf = (status: string) => byStatus.filter((i) => i.status === status).map((i) => i.orderNo);
  return {
    platform,
    url: platform.url,
    keys,
    orders: { released: orderOf('800'), review: orderOf('300'), rejected: orderOf('100') },
    async close() {
      await platform.close();
      await database.dispose();
    },
  };
}

function warehouseEntry(parties: DealParties, at: Date): string {
  const base = readDeclaration(sample('CEB711'), { unsigned: true });
  const entry = base.documents[0] as CanonicalDocument & { kind: 'delivery'; doc: WarehouseEntry };
  const warehouse = parties.warehouse ?? parties.ebc;
  const stockLines = [
    { ownerCode: parties.ebc.code, itemNo: 'SKU-FORMULA-900', qty: '120', unit: '122', gcode: '1901101000' },
    { ownerCode: parties.ebc.code, itemNo: 'SKU-WINE-750', qty: '36', unit: '142', gcode: '2204210000' },
  ];
  return writeDeclaration({
    type: 'CEB711',
    transfer: transferOf(warehouse),
    documents: [
      {
        ...entry,
        head: { ...entry.head, guid: newGuid(), appTime: chinaStamp(at) },
        doc: { ...entry.doc, customsCode: parties.customsCode, operatorCode: warehouse.code, operatorName: warehouse.name, billNo: `BILL${chinaStamp(at)}`, stockLines },
      },
    ],
  });
}

/** Polls the inventories until each deal has settled (released, in review, or rejected). */
async function waitForOutcomes(url: string, key: string, count: number): Promise<{ orderNo: string; status: string }[]> {
  const until = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(`${url}/v1/single-window/inventories?limit=200`, { headers: { authorization: `Bearer ${key}` } });
    const body = (await res.json()) as { items: { orderNo: string; status: string }[] };
    const settled = body.items.filter((i) => ['800', '300', '100'].includes(i.status));
    if (settled.length >= count) return settled;
    if (Date.now() > until) throw new Error(`inventories did not settle: ${JSON.stringify(body.items.map((i) => i.status))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });
