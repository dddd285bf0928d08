import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { AppError } from '../kernel/errors/index.js';
import { migrations } from './migrations/index.js';

export interface MigrationReport {
  readonly applied: string[];
  /** True when one read found every migration applied (and no other): the migrator and its lock were not needed. */
  readonly upToDate: boolean;
}

const MIGRATION_TABLE = 'crossgate_migrations';

/**
 * The fast path of every start on an existing database: one read of the migration table. Only when it lists
 * exactly the migrations this code knows is the schema up to date; anything else (no table yet, a migration
 * missing, one this code does not know) goes to the migrator, which applies or refuses as before.
 */
async function upToDate(db: Kysely<unknown>): Promise<boolean> {
  let names: string[];
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
    names = rows.map((r) => r.name);
  } catch {
    return false; // a new database: no migration table yet
  }
  const known = Object.keys(migrations);
  const applied = new Set(names);
  return applied.size === known.length && known.every((name) => applied.has(name));
}

/** Migrations the database records that this code does not know (it was migrated by a newer version). */
async function unknownMigrations(db: Kysely<unknown>): Promise<string[]> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
    return rows.map((r) => r.name).filter((name) => !(name in migrations));
  } catch {
    return [];
  }
}

/** Brings the schema up to date. Safe to run at every start and from several processes (PostgreSQL locks). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationReport> {
  if (await upToDate(db)) return { applied: [], upToDate: true };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: 'crossgate_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const newer = failed ? [] : await unknownMigrations(db);
    const reason =
      newer.length > 0
        ? `the database was migrated by a newer version of Crossgate (${newer.slice(0, 3).join(', ')}), which this one cannot use`
        : `migration ${failed ?? 'unknown'} failed`;
    throw new AppError('storage.unavailable', { reason }, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName), upToDate: false };
}
