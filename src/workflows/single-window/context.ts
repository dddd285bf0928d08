import type { Logger } from 'pino';
import type { EnterpriseRegistry, RegisteredEnterprise } from '../../domain/model/index.js';
import type { TariffLookup } from '../../domain/tax/index.js';
import type { Store } from '../../ports/store.port.js';
import type { IntakePool } from './intake-pool.js';
import type { SingleWindowPolicy } from './policy.js';

/** What the single-window workflows need: storage, the clock, configuration and the reference data. */
export interface SingleWindowContext {
  readonly store: Store;
  readonly policy: SingleWindowPolicy;
  readonly now: () => Date;
  /** The tariff and positive list as imported by the operator. */
  readonly tariff: () => Promise<TariffLookup>;
  /** Registered enterprise codes and their roles (see `cachedRegistry`). */
  readonly registry: () => Promise<EnterpriseRegistry>;
  /** Where the single window reports what it recovered from (e.g. inline processing undone and queued). */
  readonly log?: Pick<Logger, 'warn'>;
  /** Threads for the CPU-bound part of intake; without it (or once it is closed) intake does it on the main thread. */
  readonly intakePool?: IntakePool;
}

/** The enterprise registry from the registered participants: a code may hold several roles. */
export async function loadRegistry(store: Store): Promise<EnterpriseRegistry> {
  const byCode = new Map<string, RegisteredEnterprise>();
  let after: string | undefined;
  for (;;) {
    const page = await store.participants.list({ limit: 500, ...(after && { after }) });
    for (const p of page) {
      if (p.disabledAt) continue;
      const known = byCode.get(p.code);
      byCode.set(p.code, { code: p.code, name: p.name, roles: [...(known?.roles ?? []), p.role] });
    }
    if (page.length < 500) break;
    after = page.at(-1)?.id;
  }
  return (code) => byCode.get(code);
}

/**
 * A registry provider: the first call loads it; later calls answer from memory at once and, once the copy is older
 * than `ttlMs`, reload it in the background (registrations are rare, matching is hot). Answering from memory
 * matters inside transactions: on the embedded database a query on the main handle would wait for the
 * transaction that is waiting for it.
 */
export function cachedRegistry(store: Store, ttlMs = 5_000): () => Promise<EnterpriseRegistry> {
  let current: Promise<EnterpriseRegistry> | undefined;
  let loadedAt = 0;
  let refreshing = false;
  return () => {
    if (!current) {
      loadedAt = Date.now();
      current = loadRegistry(store);
      current.catch(() => {
        current = undefined;
      });
      return current;
    }
    if (!refreshing && Date.now() - loadedAt > ttlMs) {
      refreshing = true;
      const next = loadRegistry(store);
      next.then(
        () => {
          current = next;
          loadedAt = Date.now();
          refreshing = false;
        },
        () => {
          refreshing = false;
        },
      );
    }
    return current;
  };
}

/** Loads the reference data before work that runs inside transactions (see `cachedRegistry`). */
export async function prepare(ctx: SingleWindowContext): Promise<void> {
  await Promise.all([ctx.registry(), ctx.tariff()]);
}
