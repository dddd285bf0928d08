import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm2Path } from '../../src/apps/server/banner.js';
import type { Role } from '../../src/domain/participants/index.js';
import { tariffFromRows } from '../../src/domain/tax/index.js';
import { signMessage } from '../../src/signing/index.js';
import { loadSigningKey } from '../../src/signing/key-loading.js';
import { DEMO_TARIFF_FILE } from '../../src/workflows/demo/seed-demo-world.js';
import { buildDeal, type DealParties, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import { parseTariffCsv } from '../../src/workflows/tariff/tariff-csv.js';
import { createTestDatabase, type TestDatabase } from '../support/test-store.js';

/**
 * What `npm start` runs is dist/server.mjs, a bundle `npm run build` makes (bin/bundle.mjs). These tests
 * start it as a person would, on a fresh database, and check what the bundling could break: files found next to
 * our modules (the console, package.json, the demo tariff, the native SM2 addon, the intake thread's module) and
 * the packages bundled in (Fastify, node-postgres, Kysely, Zod), through one deal from four signed messages to release.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'server.mjs');
const CLI = join(ROOT, 'bin', 'crossgate.js');
const SENDER_OF: Readonly<Record<string, Role>> = { CEB311: 'ebp', CEB411: 'payment', CEB511: 'logistics', CEB621: 'ebc' };

interface DemoKey {
  role: Role;
  code: string;
  name: string;
  key: string;
  signingKey?: { path: string; keyName: string };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('the bundled server (npm start)', () => {
  let database: TestDatabase;
  let child: ChildProcess;
  let output = '';
  let base = '';
  let keys: DemoKey[] = [];

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm install does it)`);
    database = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [BUNDLE], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        CROSSGATE_DEMO: 'on',
        CROSSGATE_DROP_DIR: 'off',
        CROSSGATE_INTAKE_THREADS: '1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C to stop.')) resolve();
      };
      child.stdout?.on('data', seen);
      child.stderr?.on('data', seen);
      child.once('exit', (code, signal) => reject(new Error(`the bundled server exited (${code ?? signal}): ${output.slice(-2000)}`)));
    });
    keys = JSON.parse(readFileSync(join(database.env['CROSSGATE_DATA_DIR'] ?? '', 'demo-keys.json'), 'utf8')) as DemoKey[];
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await database?.dispose();
  });

  const get = async (path: string, role?: Role) => {
    const key = keys.find((k) => k.role === role)?.key;
    return fetch(`${base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  };

  it('starts on a first run, seeds the demo world, and says which SM2 code it uses, the same as the sources would', async () => {
    expect(output).toContain('Crossgate is running');
    expect(output).toContain('Demo world seeded (first start)');
    expect(output).toContain(`SM2        ${sm2Path()}`);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves the console, the API reference and its version from package.json', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Crossgate console</title>');
    const docs = await get('/docs/');
    expect(docs.status).toBe(200);
    const openapi = (await (await get('/openapi.json')).json()) as { info: { version: string } };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(openapi.info.version).toBe(pkg.version);
  });

  it('answers bad input with its coded error', async () => {
    const res = await fetch(`${base}/v1/single-window/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.find((k) => k.role === 'ebc')?.key}`, 'content-type': 'application/xml' },
      body: '<not-a-declaration/>',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ceb.unknown_message');
  });

  it('clears a deal from four signed messages to release, checked in the intake thread', async () => {
    const party = (role: Role) => {
      const k = keys.find((x) => x.role === role);
      return { code: k?.code ?? '', name: k?.name ?? '' };
    };
    const parties: DealParties = { ebp: party('ebp'), ebc: party('ebc'), payment: party('payment'), logistics: party('logistics'), customsCode: party('customs').code };
    const at = new Date();
    const tariff = tariffFromRows(parseTariffCsv(readFileSync(DEMO_TARIFF_FILE, 'utf8')).rows);
    const deal = buildDeal(1, parties, tariff, at);
    for (const d of dealDeclarations(deal, parties, at)) {
      const sender = keys.find((k) => k.role === SENDER_OF[d.type]);
      if (!sender?.signingKey) throw new Error(`no demo key for ${d.type}`);
      const key = loadSigningKey(readFileSync(sender.signingKey.path, 'utf8'), { keyName: sender.signingKey.keyName });
      const res = await fetch(`${base}/v1/single-window/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sender.key}`, 'content-type': 'application/xml' },
        body: signMessage(d.xml, key),
      });
      expect(res.status, `${d.type}: ${await res.clone().text()}`).toBe(202);
    }
    let status = '';
    for (let tries = 0; tries < 200 && status !== '800'; tries++) {
      const page = (await (await get('/v1/single-window/inventories', 'customs')).json()) as { items: { status: string }[] };
      status = page.items[0]?.status ?? '';
      if (status !== '800') await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('800');
    // the intake thread loaded and answered: a thread that could not would have been reported (a warning)
    expect(output).not.toContain('an intake thread stopped');
    expect(output).not.toMatch(/"level":(40|50|60)/);
  });
});

describe('the bundled command line (bin/crossgate.js runs dist/cli.mjs)', () => {
  const crossgate = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('gives its version from package.json and validates an official sample against the XSD it finds', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.mjs')), 'run `npm run build`').toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(crossgate('--version').trim()).toBe(pkg.version);
    const sample = join(ROOT, 'src', 'codecs', 'ceb', 'samples', '202205', 'import', 'CEB311Message.xml');
    expect(crossgate('ceb', 'validate', sample)).toContain('CEB311 (202205) valid');
  });
});
