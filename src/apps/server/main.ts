import { isAppError } from '../../kernel/errors/index.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startPlatform } from '../platform.js';
import { banner } from './banner.js';

/** `npm start`: the API, the worker and the embedded database (or PostgreSQL) in one process. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const platform = await startPlatform(config, log);
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
