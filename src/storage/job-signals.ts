import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { QueuedJob } from '../ports/jobs.port.js';

/** The channel the processes sharing one PostgreSQL database tell each other of new jobs on. */
export const JOBS_CHANNEL = 'crossgate_jobs';
/** PostgreSQL refuses a notification payload of 8,000 bytes or more. */
const MAX_PAYLOAD = 7_900;
const RECONNECT_MS = 1_000;

/** What one process tells the others: who it is (to skip its own word) and each queue with its earliest due. */
interface Signal {
  readonly o: string;
  readonly j: readonly (readonly [string, number])[];
}

/**
 * Jobs queued in one process, told to every other process on the same PostgreSQL database (LISTEN/NOTIFY), so a
 * worker process claims them at once instead of at its next poll. Best effort: a notification lost while a
 * listener reconnects leaves the jobs to polling, which finds every job whatever happens here.
 */
export interface JobSignals {
  /** Tells the other processes (after the commit that queued the jobs). */
  publish(jobs: readonly QueuedJob[]): void;
  /** Jobs the other processes queued; listening starts with the first subscriber. Returns the unsubscribe. */
  subscribe(listener: (jobs: readonly QueuedJob[]) => void): () => void;
  close(): Promise<void>;
}

export function postgresJobSignals(pool: pg.Pool, connect: () => pg.Client): JobSignals {
  const origin = randomUUID();
  const listeners = new Set<(jobs: readonly QueuedJob[]) => void>();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const deliver = (payload: string | undefined) => {
    let signal: Signal;
    try {
      signal = JSON.parse(payload ?? '') as Signal;
    } catch {
      return;
    }
    if (signal.o === origin || !Array.isArray(signal.j)) return;
    const jobs = signal.j.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number').map(([queue, dueInMs]) => ({ queue, dueInMs }));
    for (const listener of listeners) {
      try {
        listener(jobs);
      } catch {
        // polling finds the jobs
      }
    }
  };

  const listen = () => {
    if (closed || client) return;
    const c = connect();
    client = c;
    const again = () => {
      if (client !== c) return;
      client = undefined;
      c.end().catch(() => {});
      if (!closed && listeners.size > 0) retry = setTimeout(listen, RECONNECT_MS).unref();
    };
    c.on('notification', (n) => deliver(n.payload));
    c.on('error', again);
    c.on('end', again);
    c.connect()
      .then(() => c.query(`listen ${JOBS_CHANNEL}`))
      .catch(again);
  };

  return {
    publish(jobs) {
      if (closed || jobs.length === 0) return;
      const earliest = new Map<string, number>();
      for (const { queue, dueInMs } of jobs) earliest.set(queue, Math.min(dueInMs, earliest.get(queue) ?? Number.POSITIVE_INFINITY));
      let entries = [...earliest];
      let payload = JSON.stringify({ o: origin, j: entries } satisfies Signal);
      while (payload.length > MAX_PAYLOAD && entries.length > 1) {
        entries = entries.slice(0, Math.ceil(entries.length / 2));
        payload = JSON.stringify({ o: origin, j: entries } satisfies Signal);
      }
      pool.query('select pg_notify($1, $2)', [JOBS_CHANNEL, payload]).catch(() => {});
    },
    subscribe(listener) {
      listeners.add(listener);
      listen();
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
