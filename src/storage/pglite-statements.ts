import { createRequire } from 'node:module';
import {
  type CompiledQuery,
  CompiledQuery as Compiled,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PGliteAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { StatementRunner, Wire } from './pglite-session.js';

/**
 * Kysely on the embedded database through a `StatementRunner` (a `PgliteSession`). Parameters are turned into wire text here, by node-postgres's own
 * `prepareValue` (dates with their offset, arrays as literals, objects as JSON), so both databases see the same values.
 * One connection, taken in turn: a transaction keeps it from begin to commit.
 */
export class PgliteStatementsDialect implements Dialect {
  constructor(private readonly runner: StatementRunner) {}
  createAdapter(): DialectAdapter {
    return new PGliteAdapter();
  }
  createDriver(): Driver {
    return new PgliteStatementsDriver(this.runner);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

const requireCjs = createRequire(import.meta.url);
/** node-postgres's conversion of a parameter to its wire text. */
const prepareValue = (requireCjs('pg/lib/utils.js') as { prepareValue(value: unknown): Wire }).prepareValue;

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly runner: StatementRunner) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.runner.run(
      query.sql,
      query.parameters.map((v) => prepareValue(v)),
    );
    return { rows: result.rows as R[], numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    yield* [];
    throw new Error('Streaming is not supported on the embedded database.');
  }
}

class PgliteStatementsDriver implements Driver {
  readonly #connection: PgliteConnection;
  #held = false;
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly runner: StatementRunner) {
    this.#connection = new PgliteConnection(runner);
  }

  async init(): Promise<void> {}

  /** The one connection, in turn: a transaction keeps it from begin to commit. */
  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#held = true;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let text = 'begin';
    if (settings.isolationLevel || settings.accessMode) {
      text = `start transaction${settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : ''}${settings.accessMode ? ` ${settings.accessMode}` : ''}`;
    }
    await connection.executeQuery(Compiled.raw(text));
  }

  async commitTransaction(): Promise<void> {
    await this.runner.end('commit');
  }

  async rollbackTransaction(): Promise<void> {
    await this.runner.end('rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(Compiled.raw(`savepoint ${quoteName(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(Compiled.raw(`rollback to ${quoteName(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(Compiled.raw(`release ${quoteName(name)}`));
  }

  async destroy(): Promise<void> {
    await this.runner.close();
  }
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
