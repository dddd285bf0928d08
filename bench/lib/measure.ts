import type { Measurement } from '../registry.js';

/** Time-boxed measurement loop: warm-up, then as many iterations as fit, latency per iteration, RSS sampled. */

export interface MeasureOptions {
  readonly durationMs: number;
  readonly warmupMs: number;
  /** Stop early after this many iterations (keeps slow cold paths bounded). */
  readonly maxIterations?: number;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function loop(op: () => unknown, durationMs: number, maxIterations: number, record: boolean) {
  const latencies: number[] = [];
  let peakRss = process.memoryUsage.rss();
  const start = performance.now();
  let now = start;
  let iterations = 0;
  while (now - start < durationMs && iterations < maxIterations) {
    const t0 = performance.now();
    const result = op();
    if (isPromise(result)) await result;
    now = performance.now();
    if (record) latencies.push(now - t0);
    iterations += 1;
    if ((iterations & 31) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  return { latencies, iterations, elapsedMs: now - start, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
}

export async function measure(op: () => unknown, options: MeasureOptions): Promise<Measurement> {
  const max = options.maxIterations ?? Number.POSITIVE_INFINITY;
  await loop(op, options.warmupMs, max, false);
  const run = await loop(op, options.durationMs, max, true);
  const sorted = run.latencies.sort((a, b) => a - b);
  return {
    ratePerSec: run.iterations / (run.elapsedMs / 1000),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    peakRssMb: run.peakRss / (1024 * 1024),
    iterations: run.iterations,
  };
}
