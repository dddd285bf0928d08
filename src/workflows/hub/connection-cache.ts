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

interface OwnedEntry {
  readonly connections: Promise<readonly Connection[]>;
  readonly expires: number;
}

const caches = new WeakMap<Store, Map<string, Entry>>();
/** By store, by participant: the participant's enabled connections (how a new deal's links are resolved). */
const owned = new WeakMap<Store, Map<string, OwnedEntry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/** The most connections one participant's deals are linked from (`resolveLinks`). */
export const OWNED_CONNECTIONS_LIMIT = 500;

/**
 * A participant's enabled connections (up to `OWNED_CONNECTIONS_LIMIT`), from the cache where fresh: every new deal
 * resolves its links from them. Same rules as `cachedConnection`: a change through this process is seen at once,
 * through another within `CONNECTION_CACHE_TTL_MS`.
 */
export function cachedOwnedConnections(store: Store, participantId: string, now = Date.now()): Promise<readonly Connection[]> {
  let cache = owned.get(store);
  if (!cache) {
    cache = new Map();
    owned.set(store, cache);
  }
  const hit = cache.get(participantId);
  if (hit && hit.expires > now) return hit.connections;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const connections = store.hubConnections.list({ participantId, limit: OWNED_CONNECTIONS_LIMIT });
  const kept = cache;
  kept.set(participantId, { connections, expires: now + CONNECTION_CACHE_TTL_MS });
  connections.catch(() => {
    if (kept.get(participantId)?.connections === connections) kept.delete(participantId);
  });
  return connections;
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

/** Forgets a connection (after it was created or changed through this process), and its owner's list. */
export function forgetConnection(store: Store, id: string, participantId: string): void {
  caches.get(store)?.delete(id);
  owned.get(store)?.delete(participantId);
}
