import { generateKeyPairSync } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { sm2 } from 'sm-crypto-v2';
import {
  inspectSignature,
  loadSigningKey,
  type SigningKey,
  Sm2PrivateKey,
  signMessage,
  type VerificationKey,
  verificationKeyOf,
  verifyMessage,
} from '../../src/signing/index.js';
import { type PrecomputePolicy, Sm2PublicKey, type Sm2VerifyBackend } from '../../src/signing/keys.js';
import { nativeSm2 } from '../../src/signing/native-sm2.js';
import { decodeSm2Signature, sm2MessageDigest } from '../../src/signing/sm2.js';
import { Sm2Verifier } from '../../src/signing/sm2-verifier.js';
import { unsignedSample } from '../../src/signing/testing/samples.js';
import type { VerifyBenchJob, VerifyBenchResult } from '../../src/signing/testing/verify-bench-worker.js';
import { type BenchContext, type BenchRow, defineScenario, row } from '../registry.js';

/**
 * Signing scenarios (owner: signing). Each message-level rate is printed beside the bare primitive of the same
 * algorithm over the same message bytes, measured in the same run ("bound"): SM2-with-SM3 (Z_A + SM3 + EC) or
 * RSASSA-PKCS1-v1_5 — no XML, no canonicalisation, no base64.
 */

interface Subject {
  readonly algorithm: string;
  readonly key: SigningKey;
  readonly xml: string;
}

function sm2Key(): SigningKey {
  const pair = sm2.generateKeyPairHex();
  return new Sm2PrivateKey(pair.privateKey, { keyName: 'bench-sm2' });
}

function rsaKey(bits: number): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return loadSigningKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { keyName: `bench-rsa-${bits}` });
}

function subjects(): Subject[] {
  const sm2Xml = unsignedSample('202205', 'import', '311');
  const rsaXml = unsignedSample('2018', 'import', '311');
  return [
    { algorithm: 'sm2-sm3', key: sm2Key(), xml: sm2Xml },
    { algorithm: 'rsa-sha1 (1024)', key: rsaKey(1024), xml: rsaXml },
    { algorithm: 'rsa-sha1 (2048)', key: rsaKey(2048), xml: rsaXml },
  ];
}

function rawSign(key: SigningKey, bytes: Uint8Array): Buffer {
  return key.type === 'sm2' ? key.sign(bytes) : key.sign(bytes, 'sha1');
}

function rawVerify(trust: VerificationKey, bytes: Uint8Array, signature: Uint8Array): boolean {
  return trust.type === 'sm2' ? trust.verify(bytes, signature) : trust.verify(bytes, signature, 'sha1');
}

function assertValid(xml: string, trust: VerificationKey): void {
  const result = verifyMessage(xml, trust);
  if (!result.valid) throw new Error(`bench setup: signature does not verify: ${result.reason?.message}`);
}

export const signScenario = defineScenario({
  name: 'ceb.sign',
  owner: 'signing',
  description: 'signMessage on the official CEB311 sample (~10 KB, Chinese text) vs the bare signature primitive',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const { algorithm, key, xml } of subjects()) {
      assertValid(signMessage(xml, key), verificationKeyOf(key));
      const bytes = Buffer.from(xml, 'utf8');
      ctx.log(`ceb.sign ${algorithm}`);
      const message = await ctx.measure(() => signMessage(xml, key));
      const raw = await ctx.measure(() => rawSign(key, bytes));
      rows.push(row('ceb.sign', { algorithm }, message, raw));
    }
    return rows;
  },
});

export const verifyScenario = defineScenario({
  name: 'ceb.verify',
  owner: 'signing',
  description: 'verifyMessage with a registered (cached) key, and with a cold key (no SM2 tables), vs the bare primitive',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const { algorithm, key, xml } of subjects()) {
      const signed = signMessage(xml, key);
      const bytes = Buffer.from(xml, 'utf8');
      const rawSignature = rawSign(key, bytes);
      const cached = verificationKeyOf(key, 'eager');
      assertValid(signed, cached);
      ctx.log(`ceb.verify ${algorithm}`);
      const message = await ctx.measure(() => verifyMessage(signed, cached));
      const raw = await ctx.measure(() => rawVerify(cached, bytes, rawSignature));
      rows.push(row('ceb.verify', { algorithm }, message, raw));
      if (key.type !== 'sm2') continue;
      const cold = verificationKeyOf(key, 'never');
      ctx.log(`ceb.verify.cold-key ${algorithm}`);
      const coldMessage = await ctx.measure(() => verifyMessage(signed, cold));
      const coldRaw = await ctx.measure(() => rawVerify(cold, bytes, rawSignature));
      rows.push(row('ceb.verify.cold-key', { algorithm }, coldMessage, coldRaw));
    }
    return rows;
  },
});

interface Sm2Verifiers {
  readonly label: string;
  readonly backend: Sm2VerifyBackend;
  readonly policy: PrecomputePolicy;
}

/** The SM2 verifiers compared: pure JS (sm-crypto-v2 tables), OpenSSL EVP, the native verifier without and with tables. */
function sm2Verifiers(): Sm2Verifiers[] {
  const all: Sm2Verifiers[] = [{ label: 'pure-js', backend: 'js', policy: 'eager' }];
  if (nativeSm2) {
    all.push(
      { label: 'openssl-evp', backend: 'openssl', policy: 'never' },
      { label: 'native-cold', backend: 'auto', policy: 'never' },
      { label: 'native-table', backend: 'auto', policy: 'eager' },
    );
  }
  return all;
}

/** Workers do not inherit tsx's hooks on Node 20, so each one loads the TS worker module through tsx's API. */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) => tsImport(${JSON.stringify(
  new URL('../../src/signing/testing/verify-bench-worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

/** `threads` workers verifying concurrently (each its own key object), started together; total verifications/s. */
async function measureThreads(job: Omit<VerifyBenchJob, 'durationMs' | 'warmupMs'>, threads: number, ctx: BenchContext): Promise<number> {
  const timing = ctx.quick ? { durationMs: 400, warmupMs: 100 } : { durationMs: 2500, warmupMs: 500 };
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_BOOT, { eval: true, workerData: { ...job, ...timing } }));
  try {
    const message = (worker: Worker): Promise<unknown> =>
      new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    await Promise.all(workers.map(message));
    const results = workers.map((worker) => message(worker) as Promise<VerifyBenchResult>);
    for (const worker of workers) worker.postMessage('go');
    const done = await Promise.all(results);
    const elapsedMs = Math.max(...done.map((d) => d.elapsedMs));
    return done.reduce((sum, d) => sum + d.count, 0) / (elapsedMs / 1000);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export const sm2VerifyScenario = defineScenario({
  name: 'sm2.verify',
  owner: 'signing',
  description:
    'SM2 verification of a signed CEB311 SignedInfo per verifier (pure JS, OpenSSL EVP, native cold / with tables): ' +
    '1 thread (bound: the digest-level equations alone, no SM3) and 2 worker threads (bound: 2 x the 1-thread rate)',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const key = sm2Key();
    if (key.type !== 'sm2') throw new Error('bench setup: expected an SM2 key');
    const signedInfo = inspectSignature(signMessage(unsignedSample('202205', 'import', '311'), key)).signedInfoCanonical;
    const signature = key.sign(signedInfo);
    const publicHex = key.publicKey.publicHex;
    const e = sm2MessageDigest(key.publicKey.za(), signedInfo);
    const pair = decodeSm2Signature(signature, 'der');
    if (!pair) throw new Error('bench setup: unreadable signature');
    const rows: BenchRow[] = [];
    for (const { label, backend, policy } of sm2Verifiers()) {
      const trust = new Sm2PublicKey(publicHex, {}, policy);
      const digestLevel = new Sm2Verifier(publicHex, policy);
      if (!trust.verify(signedInfo, signature, { backend }) || !digestLevel.verify(e, pair, backend)) {
        throw new Error(`bench setup: ${label} does not verify the signature`);
      }
      ctx.log(`sm2.verify ${label}`);
      const one = await ctx.measure(() => trust.verify(signedInfo, signature, { backend }));
      const bare = await ctx.measure(() => digestLevel.verify(e, pair, backend));
      rows.push(row('sm2.verify', { algorithm: label }, one, bare));
      ctx.log(`sm2.verify.2thr ${label}`);
      const two = await measureThreads({ publicHex, message: signedInfo, signature, backend, policy }, 2, ctx);
      const bound = 2 * one.ratePerSec;
      rows.push({
        scenario: 'sm2.verify.2thr',
        algorithm: label,
        db: null,
        ratePerSec: Number(two.toFixed(1)),
        boundPerSec: Number(bound.toFixed(1)),
        ratio: Number((two / bound).toFixed(3)),
        p50Ms: null,
        p99Ms: null,
        peakRssMb: null,
      });
    }
    return rows;
  },
});

export const signingScenarios = [signScenario, verifyScenario, sm2VerifyScenario] as const;
