import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { AppError } from '../kernel/errors/index.js';
import { migrations } from './migrations/index.js';

export interface MigrationReport {
  readonly applied: string[];
}

/** Brings the schema up to date. Safe to run at every start and from several processes (PostgreSQL locks). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    migrationTableName: 'crossgate_migrations',
    migrationLockTableName: 'crossgate_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('storage.unavailable', { reason: `migration ${failed} failed` }, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
