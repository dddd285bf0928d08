import { parentPort, workerData } from 'node:worker_threads';
import { type PrecomputePolicy, Sm2PublicKey, type Sm2VerifyBackend } from '../keys.js';

/**
 * Benchmark worker (bench/scenarios/signing.ts, `sm2.verify.2thr`): verifies one SM2 signature in a loop with its
 * own key object, on a given backend. Protocol: posts `ready` after the warm-up, runs on `go` for `durationMs`,
 * posts `{ count, elapsedMs }`. Runs under `node --import tsx` (the bench's runner; workers inherit execArgv).
 */

export interface VerifyBenchJob {
  readonly publicHex: string;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly backend: Sm2VerifyBackend;
  readonly policy: PrecomputePolicy;
  readonly durationMs: number;
  readonly warmupMs: number;
}

export interface VerifyBenchResult {
  readonly count: number;
  readonly elapsedMs: number;
}

function loop(job: VerifyBenchJob, key: Sm2PublicKey, durationMs: number): VerifyBenchResult {
  const message = Buffer.from(job.message);
  const signature = Buffer.from(job.signature);
  const start = performance.now();
  let now = start;
  let count = 0;
  while (now - start < durationMs) {
    if (!key.verify(message, signature, { backend: job.backend })) throw new Error('bench worker: signature does not verify');
    count += 1;
    if ((count & 15) === 0) now = performance.now();
  }
  now = performance.now();
  return { count, elapsedMs: now - start };
}

const job = workerData as VerifyBenchJob;
const port = parentPort;
if (port) {
  const key = new Sm2PublicKey(job.publicHex, {}, job.policy);
  loop(job, key, job.warmupMs);
  port.once('message', () => port.postMessage(loop(job, key, job.durationMs)));
  port.postMessage('ready');
}
