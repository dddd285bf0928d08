import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { maintenanceHandler, maintenanceJobFor } from '../jobs/handlers/maintenance.js';
import type { JobHandlers } from '../jobs/job-handler.js';
import { startWorker, type Worker } from '../jobs/worker.js';
import type { Store } from '../ports/store.port.js';
import { openStore } from '../storage/store.js';
import { type DemoKey, seedDemoWorld } from '../workflows/demo/seed-demo-world.js';
import { signMessage } from '../signing/index.js';
import { createSingleWindow, DEFAULT_SINGLE_WINDOW_POLICY, type SingleWindowPolicy } from '../workflows/single-window/index.js';
import { createTariffService } from '../workflows/tariff/tariff-cache.js';
import { createHub, type Hub, type HubConnectors, type HubPolicy } from '../workflows/hub/index.js';
import { registryConnectors } from './hub-connectors.js';
import { buildApi } from './api/server.js';
import { startDropFolder } from './drop-folder.js';
import { loadOrCreateKey } from './key-dir.js';
import { applyPolicyFile } from './sw-policy-file.js';
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

export interface PlatformOptions {
  /** Extra job handlers (later issues register theirs here). */
  readonly handlers?: JobHandlers;
  /** Start the HTTP server (default true). */
  readonly listen?: boolean;
  /** The single window's policy (default DEFAULT_SINGLE_WINDOW_POLICY); tests pass risk rules here. */
  readonly singleWindowPolicy?: SingleWindowPolicy;
  /** The built web console to serve at `/` (default dist/console). */
  readonly consoleDir?: string;
  /** The integration hub's policy (default DEFAULT_HUB_POLICY); the demo and tests shorten its waits. */
  readonly hubPolicy?: Partial<HubPolicy>;
  /** Wraps the hub's partners (the demo simulates a carrier's own records with it). */
  readonly hubConnectors?: (connectors: HubConnectors) => HubConnectors;
}

const HOUR_MS = 3_600_000;

/** The composition root shared by `npm start` and `crossgate serve`: storage, worker, API. */
export async function startPlatform(config: Config, log: Logger, options: PlatformOptions = {}): Promise<Platform> {
  const store = await openStore(config.database);
  const cleanups: Array<() => Promise<void> | void> = [() => store.close()];
  try {
    const demoKeys = config.demo
      ? await seedDemoWorld(store, (p) => loadOrCreateKey(config.keyDir, `${p.role}-${p.code}`, `${p.code}-01`))
      : [];
    const demoKeysFile = demoKeys.length > 0 ? join(config.dataDir, 'demo-keys.json') : undefined;
    if (demoKeysFile) writeFileSync(demoKeysFile, `${JSON.stringify(demoKeys, null, 2)}\n`, { mode: 0o600 });

    const tariff = createTariffService(store, {
      onRefreshError: (error) => log.warn({ err: error }, 'tariff reload failed; the previous copy stays in use'),
    });
    const swKey = loadOrCreateKey(config.keyDir, 'single-window', 'CROSSGATE-SW-01');
    const policy =
      options.singleWindowPolicy ??
      (config.swPolicyFile ? applyPolicyFile(DEFAULT_SINGLE_WINDOW_POLICY, config.swPolicyFile) : DEFAULT_SINGLE_WINDOW_POLICY);
    const singleWindow = createSingleWindow({
      store,
      tariff,
      policy: config.waitMinutes === undefined ? policy : { ...policy, match: { ...policy.match, waitMinutes: config.waitMinutes } },
      signer: (dxp) => signMessage(dxp, swKey.key),
    });
    const connectors = registryConnectors({ store });
    const hub = createHub({ store, tariff, connectors: options.hubConnectors?.(connectors) ?? connectors, ...(options.hubPolicy && { policy: options.hubPolicy }) });
    let worker: Worker | undefined;
    if (config.worker) {
      if (store.kind === 'pglite') {
        const released = await store.jobs.releaseAllRunning(); // this process holds the data folder alone
        if (released > 0) log.info({ released }, 'resumed jobs interrupted by the previous stop');
      }
      worker = startWorker({
        store,
        log: log.child({ component: 'worker' }),
        handlers: { ...maintenanceHandler(), ...singleWindow.jobs, ...hub.jobs, ...options.handlers },
        concurrency: config.workerConcurrency,
      });
      const w = worker;
      singleWindow.setWake(w.wake);
      hub.setWake(w.wake);
      cleanups.unshift(() => w.stop());
      const schedule = () => {
        store.jobs
          .enqueue([maintenanceJobFor(new Date())])
          .then(() => w.wake())
          .catch((error: unknown) => log.warn({ err: error }, 'could not schedule maintenance'));
      };
      schedule();
      const timer = setInterval(schedule, HOUR_MS);
      timer.unref();
      cleanups.unshift(() => clearInterval(timer));
    }

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
      ...(worker && { wakeWorker: worker.wake }),
      ...(options.consoleDir && { consoleDir: options.consoleDir }),
    });
    cleanups.unshift(() => api.close());
    const url = options.listen === false ? '' : await api.listen({ port: config.port, host: config.host });
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
