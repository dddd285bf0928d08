import { startWorker } from '../../../jobs/worker.js';
import { openStore } from '../../../storage/store.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { startPlatform } from '../../platform.js';
import { createPlatformWorkflows, singleWindowKey } from '../../platform-workflows.js';
import { banner } from '../../server/banner.js';
import type { CliContext, RegisterCommand } from '../command.js';
import { printJson } from '../io.js';
import { withStore } from '../with-store.js';

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

async function serve(ctx: CliContext, opts: { worker: boolean }): Promise<void> {
  const started = performance.now();
  const env = { ...(ctx.env ?? process.env), ...(opts.worker ? {} : { CROSSGATE_WORKER: 'off' }) };
  const config = loadConfig(env);
  const log = createLogger(config.logLevel);
  const platform = await startPlatform(config, log);
  ctx.io.out(banner(platform, config, performance.now() - started));
  const signal = await untilSignal();
  log.info({ signal }, 'shutting down');
  await platform.close();
}

/**
 * A worker-only process: the scale-out shape on PostgreSQL (several of these share the job table). It runs every
 * handler the server's in-process worker runs (single window, hub, maintenance), built by the same function from
 * the same configuration (DATABASE_URL, CROSSGATE_DATA_DIR, key folder, policy file).
 */
async function work(ctx: CliContext, opts: { concurrency?: number; untilIdle?: boolean }): Promise<void> {
  const config = loadConfig(ctx.env ?? process.env);
  const log = createLogger(config.logLevel);
  const store = await openStore(config.database);
  try {
    if (store.kind === 'pglite') await store.jobs.releaseAllRunning();
    const workflows = createPlatformWorkflows(config, store, log);
    const worker = startWorker({
      store,
      log: log.child({ component: 'worker' }),
      handlers: workflows.handlers,
      concurrency: opts.concurrency ?? config.workerConcurrency,
    });
    workflows.setWake(worker.wake);
    if (opts.untilIdle) {
      await worker.idle();
    } else {
      ctx.io.err(`worker ${worker.id} running on ${store.kind} (${Object.keys(workflows.handlers).length} queues); Ctrl+C to stop`);
      await untilSignal();
    }
    await worker.stop();
  } finally {
    await store.close();
  }
}

export const registerPlatform: RegisterCommand = (parent, ctx) => {
  parent
    .command('serve')
    .description('Run the API (and, unless --no-worker, the job worker): what `npm start` runs')
    .option('--no-worker', 'API only (PostgreSQL scale-out: run `crossgate worker` processes beside it)')
    .action((opts: { worker: boolean }) => serve(ctx, opts));

  parent
    .command('worker')
    .description('Run a job worker process (on PostgreSQL, several may run side by side)')
    .option('--concurrency <n>', 'jobs run at once', (v) => Number.parseInt(v, 10))
    .option('--until-idle', 'run the jobs that are due, then exit (one-shot runs, tests)')
    .action((opts: { concurrency?: number; untilIdle?: boolean }) => work(ctx, opts));

  parent
    .command('init')
    .description("Initialise a deployment: create the database schema and the single window's signing key (kept if present)")
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig(ctx.env ?? process.env);
      const kind = await withStore(ctx, async (store) => store.kind);
      const key = singleWindowKey(config, true);
      if (opts.json) return printJson(ctx.io, { db: kind, keyDir: config.keyDir, singleWindowKey: key.path, publicKey: key.publicPem });
      ctx.io.out(`Schema is up to date on ${kind}.\nSingle window key: ${key.path} (share ${config.keyDir} as CROSSGATE_KEY_DIR with every worker)\n${key.publicPem}`);
    });

  parent
    .command('migrate')
    .description('Create or update the database schema (also done at every start)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const kind = await withStore(ctx, async (store) => store.kind);
      if (opts.json) return printJson(ctx.io, { migrated: true, db: kind });
      ctx.io.out(`Schema is up to date on ${kind}.`);
    });
};
