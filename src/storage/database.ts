import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseKind } from '../ports/store.port.js';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import { type JobSignals, postgresJobSignals } from './job-signals.js';
import { PgliteSession } from './pglite-session.js';
import { PgliteStatementsDialect } from './pglite-statements.js';
import type { DatabaseSchema } from './schema.js';

const INT8_OID = 20;

export type DatabaseTarget =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DatabaseSchema>;
  /** PostgreSQL: new jobs told across the processes sharing the database (the embedded one has one process). */
  readonly jobSignals?: JobSignals;
  close(): Promise<void>;
}


/** Opens the database: embedded PGlite in a locked data folder, or a PostgreSQL pool. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolSize) : openPglite(target.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  const lock: DataDirLock = lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create({ dataDir, parsers: { [INT8_OID]: (v: string) => Number(v) } });
    const db = new Kysely<DatabaseSchema>({ dialect: new PgliteStatementsDialect(new PgliteSession(pglite)) });
    return {
      kind: 'pglite',
      db,
      close: async () => {
        try {
          await db.destroy();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** int8 counts become numbers as on PGlite; numeric stays a string (exact decimals). */
async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // loaded here: the embedded database's start does not pay for the PostgreSQL client
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
    },
  });
  // An idle connection that breaks (server restart, failover, an administrator's terminate) must not crash the
  // process: the pool drops the client and the next query opens a new connection.
  pool.on('error', () => {});
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const jobSignals = postgresJobSignals(pool, () => new pg.Client({ connectionString: url }));
  return {
    kind: 'postgres',
    db,
    jobSignals,
    close: async () => {
      await jobSignals.close();
      await db.destroy();
    },
  };
}
