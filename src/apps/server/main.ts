import { isAppError } from '../../kernel/errors/index.js';
import { loadConfig } from '../config.js';

/** `npm start`: the API, the worker and the embedded database (or PostgreSQL) in one process. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  // Cold start: the database opens (PGlite compiles its WebAssembly off the main thread) while the modules of the
  // API, the workflows and the connectors still load; only the storage layer is needed to begin.
  const store = import('../../storage/store.js').then((m) => m.openStore(config.database));
  store.catch(() => {}); // awaited (and reported) by startPlatform
  const [{ createLogger }, { startPlatform }, { banner }] = await Promise.all([
    import('../logger.js'),
    import('../platform.js'),
    import('./banner.js'),
  ]);
  const log = createLogger(config.logLevel);
  const platform = await startPlatform(config, log, { store });
  process.stdout.write(banner(platform, config, performance.now() - started));

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isAppError(error)) {
    process.stderr.write(`crossgate: ${error.message} [${error.code}]\n`);
  } else {
    process.stderr.write(`crossgate: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
