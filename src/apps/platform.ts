import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { maintenanceJobFor } from '../jobs/handlers/maintenance.js';
import { startWorker, type Worker } from '../jobs/worker.js';
import type { Store } from '../ports/store.port.js';
import { openStore } from '../storage/store.js';
import { type DemoKey, seedDemoWorld } from '../workflows/demo/seed-demo-world.js';
import type { Hub } from '../workflows/hub/index.js';
import { createPlatformWorkflows, type WorkflowOptions } from './platform-workflows.js';
import { buildApi } from './api/server.js';
import { startDropFolder } from './drop-folder.js';
import { loadOrCreateKey } from './key-dir.js';
import type { Config } from './config.js';
import { VERSION } from './version.js';

export interface Platform {
  readonly store: Store;
  readonly api: FastifyInstance;
  readonly worker: Worker | undefined;
  readonly hub: Hub;
  readonly url: string;
  /** Keys of the demo world when this start seeded it (empty otherwise). */
  readonly demoKeys: DemoKey[];
  readonly demoKeysFile: string | undefined;
  close(): Promise<void>;
}

export interface PlatformOptions extends WorkflowOptions {
  /** Start the HTTP server (default true). */
  readonly listen?: boolean;
  /** The built web console to serve at `/` (default dist/console). */
  readonly consoleDir?: string;
  /** The store, already opening (npm start begins it before the rest of the modules load); default: opened here. */
  readonly store?: Promise<Store>;
}

const HOUR_MS = 3_600_000;

/** The composition root shared by `npm start` and `crossgate serve`: storage, worker, API. */
export async function startPlatform(config: Config, log: Logger, options: PlatformOptions = {}): Promise<Platform> {
  const store = await (options.store ?? openStore(config.database));
  const cleanups: Array<() => Promise<void> | void> = [() => store.close()];
  try {
    // a database without participants is a new deployment: this start initialises it (and may make its keys)
    const initialises = options.initialises ?? (await store.participants.count()) === 0;
    const demoKeys = config.demo
      ? await seedDemoWorld(store, (p) => loadOrCreateKey(config.keyDir, `${p.role}-${p.code}`, `${p.code}-01`))
      : [];
    const demoKeysFile = demoKeys.length > 0 ? join(config.dataDir, 'demo-keys.json') : undefined;
    if (demoKeysFile) writeFileSync(demoKeysFile, `${JSON.stringify(demoKeys, null, 2)}\n`, { mode: 0o600 });

    const { tariff, singleWindow, hub, handlers, setWake } = createPlatformWorkflows(config, store, log, { ...options, initialises });
    let worker: Worker | undefined;
    // the worker is started once the API listens: hub jobs call the platform's own API (its single window)
    const startInProcessWorker = async () => {
      if (store.kind === 'pglite') {
        const released = await store.jobs.releaseAllRunning(); // this process holds the data folder alone
        if (released > 0) log.info({ released }, 'resumed jobs interrupted by the previous stop');
      }
      const w = startWorker({ store, log: log.child({ component: 'worker' }), handlers, concurrency: config.workerConcurrency });
      worker = w;
      setWake(w.wake);
      cleanups.unshift(() => w.stop());
      const schedule = () => {
        store.jobs
          .enqueue([maintenanceJobFor(new Date())])
          .catch((error: unknown) => log.warn({ err: error }, 'could not schedule maintenance'));
      };
      schedule();
      const timer = setInterval(schedule, HOUR_MS);
      timer.unref();
      cleanups.unshift(() => clearInterval(timer));
    };

    if (config.dropDir) {
      const drop = await startDropFolder(config.dropDir, store, singleWindow, log.child({ component: 'drop-folder' }));
      cleanups.unshift(() => drop.stop());
    }
    const api = await buildApi({
      store,
      log,
      version: VERSION,
      tariff,
      singleWindow,
      hub,
      ...(config.worker && { wakeWorker: () => worker?.wake() }),
      ...(options.consoleDir && { consoleDir: options.consoleDir }),
    });
    cleanups.unshift(() => api.close());
    const url = options.listen === false ? '' : await api.listen({ port: config.port, host: config.host });
    if (config.worker) await startInProcessWorker();
    return {
      store,
      api,
      worker,
      hub,
      url,
      demoKeys,
      demoKeysFile,
      close: async () => {
        for (const cleanup of cleanups) await cleanup();
      },
    };
  } catch (error) {
    for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch(() => {});
    throw error;
  }
}
