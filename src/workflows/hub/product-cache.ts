import type { Product } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';

/**
 * The product registry as the checkout quote reads it: a merchant's SKUs remembered for a few seconds, so a busy
 * storefront's quotes do not read the same rows on every request (the quote declares nothing; the declarations read
 * the registry afresh). Saving products through this process forgets them at once; saved through another process
 * (a product import in a worker), the change is seen within `PRODUCT_CACHE_TTL_MS`.
 */
export const PRODUCT_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

interface Entry {
  readonly product: Product | undefined;
  readonly expires: number;
}

const caches = new WeakMap<Store, Map<string, Entry>>();
const keyOf = (participantId: string, sku: string) => `${participantId}\u0000${sku}`;

/** The participant's products of these SKUs (absent ones are simply not in the map), from the cache where fresh. */
export async function cachedProducts(store: Store, participantId: string, skus: readonly string[], now = Date.now()): Promise<Map<string, Product>> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  const found = new Map<string, Product>();
  const missing: string[] = [];
  for (const sku of new Set(skus)) {
    const hit = cache.get(keyOf(participantId, sku));
    if (hit && hit.expires > now) {
      if (hit.product) found.set(sku, hit.product);
    } else {
      missing.push(sku);
    }
  }
  if (missing.length === 0) return found;
  const read = new Map((await store.hubProducts.bySkus(participantId, missing)).map((p) => [p.sku, p]));
  if (cache.size + missing.length > MAX_ENTRIES) cache.clear();
  for (const sku of missing) {
    const product = read.get(sku);
    cache.set(keyOf(participantId, sku), { product, expires: now + PRODUCT_CACHE_TTL_MS });
    if (product) found.set(sku, product);
  }
  return found;
}

/** Forgets the participant's cached products (after they were saved through this process). */
export function forgetProducts(store: Store, participantId: string): void {
  const cache = caches.get(store);
  if (!cache) return;
  const prefix = `${participantId}\u0000`;
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
}
