import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { nativeSm2, sm2PairBytes } from './native-sm2.js';
import { sm2SignDigest } from './sm2.js';
import { edgeCases } from './testing/sm2-edge-cases.js';

/**
 * The addon in worker threads (context-aware Node-API module; the generator table is shared, key tables are per
 * thread and freed by their finalizers, also when a worker is terminated), and CROSSGATE_SM2_NATIVE=off.
 */

const addonPath = fileURLToPath(new URL('../../build/Release/crossgate_sm2.node', import.meta.url));

interface WireCase {
  readonly publicHex: string;
  readonly e: string;
  readonly rs: string;
  readonly expected: boolean;
}

/** CommonJS worker body: verifies every case with its own key handles (table or not) and posts the answers. */
const VERIFY_WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const addon = require(workerData.addonPath);
const keys = new Map();
const answers = workerData.cases.map((c) => {
  let key = keys.get(c.publicHex);
  if (!key) {
    key = addon.verifierKey(Buffer.from(c.publicHex, 'hex'));
    if (workerData.table) addon.precompute(key);
    keys.set(c.publicHex, key);
  }
  return addon.verifyDigest(key, Buffer.from(c.e, 'hex'), Buffer.from(c.rs, 'hex'));
});
parentPort.postMessage(answers);
`;

/** Builds many key tables, reports, then waits to be terminated (its finalizers run at teardown). */
const TABLES_WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const addon = require(workerData.addonPath);
const held = [];
for (let i = 0; i < 100; i++) {
  const key = addon.verifierKey(Buffer.from(workerData.publicHex, 'hex'));
  addon.precompute(key);
  held.push(key);
}
parentPort.postMessage(held.length);
setInterval(() => {}, 1000);
`;

function run<T>(code: string, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    worker.once('message', (value: T) => {
      resolve(value);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function wireCases(): WireCase[] {
  const cases: WireCase[] = [];
  for (const c of [...edgeCases(), ...edgeCases()]) {
    const rs = sm2PairBytes(c);
    if (rs) cases.push({ publicHex: c.publicHex, e: c.e.toString(16).padStart(64, '0'), rs: rs.toString('hex'), expected: c.expected });
  }
  for (let k = 0; k < 20; k++) {
    const pair = sm2.generateKeyPairHex();
    const e = randomBytes(32);
    const { r, s } = sm2SignDigest(e, pair.privateKey);
    const rs = sm2PairBytes({ r, s })!;
    cases.push({ publicHex: pair.publicKey, e: e.toString('hex'), rs: rs.toString('hex'), expected: true });
    const bad = Buffer.from(rs);
    bad[63]! ^= 1;
    cases.push({ publicHex: pair.publicKey, e: e.toString('hex'), rs: bad.toString('hex'), expected: false });
  }
  return cases;
}

describe.runIf(nativeSm2 !== undefined)('native SM2 verifier in worker threads', () => {
  it('two workers (with and without key tables) give the expected answers concurrently', async () => {
    const cases = wireCases();
    const expected = cases.map((c) => c.expected);
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    const [withTables, withoutTables] = await Promise.all([
      run<boolean[]>(VERIFY_WORKER, { addonPath, cases, table: true }),
      run<boolean[]>(VERIFY_WORKER, { addonPath, cases, table: false }),
    ]);
    expect(withTables).toEqual(expected);
    expect(withoutTables).toEqual(expected);
  });

  it('survives workers terminated while holding key tables, and still verifies on the main thread', async () => {
    const pair = sm2.generateKeyPairHex();
    for (let round = 0; round < 3; round++) {
      expect(await run<number>(TABLES_WORKER, { addonPath, publicHex: pair.publicKey })).toBe(100);
    }
    const native = nativeSm2!;
    const e = randomBytes(32);
    const rs = sm2PairBytes(sm2SignDigest(e, pair.privateKey))!;
    const key = native.verifierKey(Buffer.from(pair.publicKey, 'hex'));
    expect(native.precompute(key)).toBeGreaterThan(0);
    expect(native.verifyDigest(key, e, rs)).toBe(true);
  });
});

describe('CROSSGATE_SM2_NATIVE=off', () => {
  it('keeps the addon unloaded and verifies on the pure-JS path', () => {
    const keysUrl = new URL('./keys.ts', import.meta.url).href;
    const nativeUrl = new URL('./native-sm2.ts', import.meta.url).href;
    const code = `
      const { nativeSm2 } = await import(${JSON.stringify(nativeUrl)});
      const { Sm2PrivateKey, Sm2PublicKey } = await import(${JSON.stringify(keysUrl)});
      const key = new Sm2PrivateKey(${JSON.stringify(sm2.generateKeyPairHex().privateKey)});
      const trust = new Sm2PublicKey(key.publicKey.publicHex, {}, 'eager');
      const sig = key.sign(Buffer.from('m'));
      console.log(JSON.stringify({ native: nativeSm2 !== undefined, valid: trust.verify(Buffer.from('m'), sig), altered: trust.verify(Buffer.from('n'), sig), precomputed: trust.precomputed }));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      env: { ...process.env, CROSSGATE_SM2_NATIVE: 'off' },
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ native: false, valid: true, altered: false, precomputed: true });
  });
});
