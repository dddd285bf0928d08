import { type PGlite, parse, protocol } from '@electric-sql/pglite';

/**
 * One PGlite session that runs statements with prepared statements. PGlite's own `query()` parses, describes, binds
 * and executes every statement afresh, one call into the database per protocol step; in the embedded database the
 * parsing and planning dominate a short statement (a job claim: 0.58 ms, of which 0.08 ms is execution). Here each
 * data statement is named once (`Parse`) and from then on only `Bind`/`Execute` go in, all steps of a statement in
 * one call, so PostgreSQL reuses the parsed statement and, where it is no worse, its plan.
 *
 * Parameters arrive as wire text (see `pglite-statements.ts`) without declared types, and the server infers them from
 * the statement, as on the PostgreSQL path. Statements that change the schema forget every prepared statement (a
 * prepared `select *` must not outlive a column change).
 */

/** A parameter as it goes on the wire. */
export type Wire = string | Uint8Array | null;

export interface StatementResult {
  readonly rows: Record<string, unknown>[];
  readonly affectedRows?: number;
}

/** What runs the statements of the one embedded-database connection (`PgliteSession`; tests may stand in for it). */
export interface StatementRunner {
  run(text: string, values: readonly Wire[]): Promise<StatementResult>;
  /** Ends the open transaction; a commit that PostgreSQL answers with ROLLBACK (an earlier error) throws. */
  end(command: 'commit' | 'rollback'): Promise<void>;
  close(): Promise<void>;
}

/** Statements worth naming: data statements (transaction control and DDL run once, unnamed). */
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;
/** Statements after which prepared statements may describe a table that changed. */
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;
const TRANSACTION_START = /^\s*(begin|start\s+transaction)\b/i;
/** Statements kept prepared at once; the least recently used is closed beyond this (multi-row inserts vary). */
export const PREPARED_STATEMENT_LIMIT = 256;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

const errorCode = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined);

export class PgliteSession implements StatementRunner {
  /** Statement text → its name, least recently used first. */
  readonly #prepared = new Map<string, string>();
  #counter = 0;
  #inTransaction = false;

  constructor(private readonly pglite: PGlite) {}

  async run(text: string, values: readonly Wire[]): Promise<StatementResult> {
    const parts: Uint8Array[] = [];
    let name = '';
    let fresh = false;
    if (DATA_STATEMENT.test(text)) {
      const known = this.#prepared.get(text);
      if (known) {
        name = known;
        this.#prepared.delete(text);
      } else {
        name = `cg_${++this.#counter}`;
        fresh = true;
        if (this.#prepared.size >= PREPARED_STATEMENT_LIMIT) {
          const [oldest] = this.#prepared;
          if (oldest) {
            this.#prepared.delete(oldest[0]);
            parts.push(protocol.serialize.close({ type: 'S', name: oldest[1] }));
          }
        }
        parts.push(protocol.serialize.parse({ name, text }));
      }
      this.#prepared.set(text, name);
    } else {
      parts.push(protocol.serialize.parse({ text }));
    }
    parts.push(
      protocol.serialize.bind({ statement: name, values: [...values] }),
      protocol.serialize.describe({ type: 'P' }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    );
    let messages: Awaited<ReturnType<PGlite['execProtocolStream']>>;
    try {
      messages = await this.pglite.execProtocolStream(concat(parts), { syncToFs: false });
    } catch (error) {
      // a statement that failed to prepare, or whose prepared form went stale, is prepared again next time
      if (name && (fresh || errorCode(error) === '0A000' || errorCode(error) === '26000')) await this.#forget([text]);
      throw error;
    }
    const result = parse.parseResults(messages, this.pglite.parsers, { rowMode: 'object' })[0];
    if (SCHEMA_CHANGE.test(text)) await this.#forget([...this.#prepared.keys()]);
    if (TRANSACTION_START.test(text)) this.#inTransaction = true;
    if (!this.#inTransaction) await this.pglite.syncToFs();
    return { rows: (result?.rows ?? []) as Record<string, unknown>[], ...(result?.affectedRows != null && { affectedRows: result.affectedRows }) };
  }

  async end(command: 'commit' | 'rollback'): Promise<void> {
    try {
      const messages = await this.pglite.execProtocolStream(protocol.serialize.query(command), { syncToFs: false });
      const tag = messages.find((m): m is typeof m & { text: string } => m.name === 'commandComplete' && 'text' in m);
      // PostgreSQL answers COMMIT with ROLLBACK when an earlier error left the transaction aborted
      if (command === 'commit' && tag?.text === 'ROLLBACK') throw new Error('The transaction was aborted by an earlier error and rolled back.');
    } finally {
      this.#inTransaction = false;
      await this.pglite.syncToFs();
    }
  }

  async close(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }

  async #forget(texts: readonly string[]): Promise<void> {
    const closes: Uint8Array[] = [];
    for (const text of texts) {
      const name = this.#prepared.get(text);
      if (name) closes.push(protocol.serialize.close({ type: 'S', name }));
      this.#prepared.delete(text);
    }
    // closing a name whose Parse failed is not an error
    if (closes.length === 0) return;
    await this.pglite.execProtocolStream(concat([...closes, protocol.serialize.sync()]), { syncToFs: false }).catch(() => {});
  }
}
