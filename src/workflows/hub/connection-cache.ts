import type { Connection, HubConnectionRepo } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';

/**
 * Connections as the deal steps read them: each remembered for a few seconds, so a deal's dozen steps and webhooks
 * do not read the same row a dozen times. Changing a connection through this process forgets it at once; changed
 * through another process (disabled, its settings or secret replaced), the change is seen there within
 * `CONNECTION_CACHE_TTL_MS` (as API keys and products are).
 */
export const CONNECTION_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  readonly connection: Promise<Connection | undefined>;
  readonly expires: number;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/**
 * The connection with that id (or undefined), from the cache where fresh. Inside a transaction pass its scope's
 * repo as `via`: on the embedded database a read on the store's own handle would wait for that transaction.
 */
export function cachedConnection(
  store: Store,
  id: string,
  via: Pick<HubConnectionRepo, 'byId'> = store.hubConnections,
  now = Date.now(),
): Promise<Connection | undefined> {
  const cache = cacheOf(store);
  const hit = cache.get(id);
  if (hit && hit.expires > now) return hit.connection;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const connection = via.byId(id);
  cache.set(id, { connection, expires: now + CONNECTION_CACHE_TTL_MS });
  // a failed read is not remembered
  connection.catch(() => {
    if (cache.get(id)?.connection === connection) cache.delete(id);
  });
  return connection;
}

/** Forgets a connection (after it was changed through this process). */
export function forgetConnection(store: Store, id: string): void {
  caches.get(store)?.delete(id);
}
