import { loadConfig } from '../config.js';
import type { Store } from '../../ports/store.port.js';
import { openStore } from '../../storage/store.js';
import type { CliContext } from './command.js';

/** Opens the configured database for one command and closes it after, whatever happens. */
export async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(ctx.env ?? process.env);
  const store = await openStore(config.database);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
