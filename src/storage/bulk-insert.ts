import { CompiledQuery, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.js';

/**
 * Multi-row inserts written as SQL text directly, for the hot bulk writes (a single-window batch writes hundreds of
 * rows per statement). Kysely builds, freezes and walks a node per value to compile the same text: in a clearance
 * run that was most of the time Kysely took on the main thread. The text for one shape (table, columns, number of
 * rows, tail) is made once and kept; the values go as parameters exactly as Kysely would send them (the driver
 * turns dates, arrays and buffers into wire values). Column names are checked against the schema's tables.
 */

type Table = keyof DatabaseSchema & string;
export type Column<T extends Table> = keyof DatabaseSchema[T] & string;

const SHAPES_KEPT = 256;
const shapes = new Map<string, string>();

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** SQL around a column's parameter, `{}` standing for it (e.g. `case when {}::boolean then now() end`). */
export type Wraps<C extends string> = Readonly<Partial<Record<C, string>>>;

function textOf(table: string, columns: readonly string[], rows: number, tail: string, wraps: Readonly<Record<string, string | undefined>>): string {
  const key = `${table}\u0000${columns.join(',')}\u0000${rows}\u0000${tail}\u0000${JSON.stringify(wraps)}`;
  const known = shapes.get(key);
  if (known) return known;
  const width = columns.length;
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const slots: string[] = [];
    for (let c = 0; c < width; c++) {
      const parameter = `$${r * width + c + 1}`;
      const wrap = wraps[columns[c] ?? ''];
      slots.push(wrap ? wrap.replace('{}', parameter) : parameter);
    }
    tuples.push(`(${slots.join(', ')})`);
  }
  const text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')}${tail ? ` ${tail}` : ''}`;
  if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value as string);
  shapes.set(key, text);
  return text;
}

/**
 * `insert into table (columns) values (…), (…) tail`, one tuple per row (the caller keeps rows under PostgreSQL's
 * 65,535 parameters). `tail` (`on conflict …`, `returning …`) and `wraps` are SQL text of ours, never input. A
 * value left undefined is a bug in the caller, not a default: it throws before anything is sent.
 */
export async function insertRows<T extends Table, C extends Column<T>, R = Record<string, unknown>>(
  db: Kysely<DatabaseSchema>,
  table: T,
  columns: readonly C[],
  rows: readonly Readonly<Record<C, unknown>>[],
  tail = '',
  wraps?: Wraps<C>,
): Promise<R[]> {
  if (rows.length === 0) return [];
  const parameters: unknown[] = new Array(rows.length * columns.length);
  let i = 0;
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column];
      if (value === undefined) throw new Error(`insertRows(${table}): ${column} is undefined`);
      parameters[i++] = value;
    }
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(textOf(table, columns, rows.length, tail, wraps ?? {}), parameters));
  return result.rows;
}

/** `do update set c = excluded.c, …` for an `on conflict` tail. */
export function updateFromExcluded(columns: readonly string[]): string {
  return `do update set ${columns.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
}
