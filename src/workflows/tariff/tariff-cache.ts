import { type TariffLookup, tariffFromRows } from '../../domain/tax/index.js';
import type { Store } from '../../ports/store.port.js';
import type { TariffRecord } from '../../ports/tariff.port.js';
import { importTariff, type TariffImportOptions, type TariffImportReport } from './import-tariff.js';

/** One loaded copy of the tariff table: the rows (sorted by HS code) and a lookup over them. */
export interface TariffSnapshot {
  readonly rows: readonly TariffRecord[];
  readonly lookup: TariffLookup;
  /** Epoch ms when the rows were read from the database. */
  readonly loadedAt: number;
}

export interface TariffServiceOptions {
  /**
   * Age (ms) after which a snapshot is reloaded in the background while the old one keeps answering; this is how
   * imports made by another process (the CLI, a second server on the same PostgreSQL) reach this one.
   * Default 60 s; 0 or Infinity disables it.
   */
  readonly maxAgeMs?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
  /** Told when a background reload fails (the previous snapshot stays in use). */
  readonly onRefreshError?: (error: unknown) => void;
}

/**
 * The tariff held in memory for the quote hot path: loaded once from `store.tariff.all()`, shared by concurrent
 * callers while it loads, reloaded after every import through this service and, in the background, when older
 * than `maxAgeMs`. Once loaded, `snapshot()` resolves without touching the database.
 */
export interface TariffService {
  snapshot(): Promise<TariffSnapshot>;
  lookup(): Promise<TariffLookup>;
  /** Drops the loaded copy; the next `snapshot()` reads the database again. */
  invalidate(): void;
  /** Imports CSV rows (see `importTariff`) and then reloads the tariff, so the next quote sees them. */
  importCsv(csv: string, options?: TariffImportOptions): Promise<TariffImportReport>;
}

const DEFAULT_MAX_AGE_MS = 60_000;

export function createTariffService(store: Store, options: TariffServiceOptions = {}): TariffService {
  const maxAge = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  let current: TariffSnapshot | undefined;
  let loading: Promise<TariffSnapshot> | undefined;
  /** Bumped by `invalidate`: a load that started before the bump must not install its (stale) rows. */
  let generation = 0;

  const load = (): Promise<TariffSnapshot> => {
    if (loading) return loading;
    const started = generation;
    const pending = (async () => {
      const loadedAt = now();
      const rows = (await store.tariff.all()).sort((a, b) => (a.hsCode < b.hsCode ? -1 : a.hsCode > b.hsCode ? 1 : 0));
      const snap: TariffSnapshot = { rows, lookup: tariffFromRows(rows), loadedAt };
      if (started === generation) current = snap;
      return snap;
    })().finally(() => {
      if (loading === pending) loading = undefined;
    });
    loading = pending;
    return pending;
  };

  const isStale = (snap: TariffSnapshot): boolean => maxAge > 0 && Number.isFinite(maxAge) && now() - snap.loadedAt > maxAge;

  const service: TariffService = {
    snapshot() {
      const snap = current;
      if (snap === undefined) return load();
      if (isStale(snap) && !loading) {
        load().catch((error: unknown) => options.onRefreshError?.(error));
      }
      return Promise.resolve(snap);
    },
    async lookup() {
      return (await service.snapshot()).lookup;
    },
    invalidate() {
      generation += 1;
      current = undefined;
      loading = undefined;
    },
    async importCsv(csv, importOptions) {
      try {
        return await importTariff(store, csv, importOptions);
      } finally {
        // Reload, keeping the old copy answering until the new one is in: a caller inside a transaction must
        // never have to wait for the database (on the embedded one that would wait for itself).
        generation += 1;
        loading = undefined;
        await load().catch((error: unknown) => options.onRefreshError?.(error));
      }
    },
  };
  return service;
}
