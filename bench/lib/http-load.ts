import { Agent, request } from 'node:http';
import type { Measurement } from '../registry.js';

/**
 * A closed-loop HTTP load generator: `connections` clients on keep-alive sockets, each sending its next request as
 * soon as the previous answer is read, for a warm-up and then a measured period. Every answer must have the expected
 * status (a benchmark of error pages measures nothing).
 */
export interface HttpLoadOptions {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  /** The body of request `i` (the same string each time is fine). */
  readonly body: (i: number) => string;
  readonly expectStatus: number;
  readonly connections: number;
  readonly durationMs: number;
  readonly warmupMs: number;
}

export interface HttpLoadResult extends Measurement {
  /** Answers that were not the expected status (the run throws when there is any). */
  readonly unexpected: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export async function httpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.url);
  let counter = 0;
  const once = (i: number): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const payload = options.method === 'POST' ? options.body(i) : undefined;
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: options.method,
          headers: { ...options.headers, ...(payload !== undefined && { 'content-length': String(Buffer.byteLength(payload)) }) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  let unexpected = 0;
  let firstProblem = '';
  const phase = async (ms: number, record: number[] | undefined): Promise<{ count: number; elapsedMs: number; peakRss: number }> => {
    const start = performance.now();
    let count = 0;
    let peakRss = process.memoryUsage.rss();
    const client = async () => {
      while (performance.now() - start < ms) {
        const t0 = performance.now();
        const res = await once(counter++);
        const t1 = performance.now();
        if (res.status !== options.expectStatus) {
          unexpected += 1;
          firstProblem ||= `${res.status}: ${res.body.slice(0, 300)}`;
        }
        record?.push(t1 - t0);
        count += 1;
        if ((count & 63) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
    };
    await Promise.all(Array.from({ length: options.connections }, client));
    return { count, elapsedMs: performance.now() - start, peakRss };
  };

  try {
    await phase(options.warmupMs, undefined);
    const latencies: number[] = [];
    const run = await phase(options.durationMs, latencies);
    if (unexpected > 0) throw new Error(`${unexpected} answer(s) were not ${options.expectStatus}; first: ${firstProblem}`);
    latencies.sort((a, b) => a - b);
    return {
      ratePerSec: run.count / (run.elapsedMs / 1000),
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      peakRssMb: run.peakRss / 1_048_576,
      iterations: run.count,
      unexpected,
    };
  } finally {
    agent.destroy();
  }
}
