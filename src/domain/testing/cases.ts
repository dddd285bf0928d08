import { readFileSync } from 'node:fs';
import { parseFen } from '../../kernel/money.js';

/**
 * Test kit for the rule tables: case files are JSON written for a reader who is not a programmer
 * (a customs officer): each case has a name, its inputs, the expected outcome and a sentence saying why.
 */
export interface CaseFile<C> {
  readonly about: string;
  readonly source?: string;
  readonly cases: readonly C[];
}

/** Reads `cases/<file>` next to the calling test (pass `import.meta.url`). */
export function loadCases<C>(base: string, file: string): CaseFile<C> {
  return JSON.parse(readFileSync(new URL(`./cases/${file}`, base), 'utf8')) as CaseFile<C>;
}

/** Reads any JSON fixture next to the calling test. */
export function loadJson<T>(base: string, file: string): T {
  return JSON.parse(readFileSync(new URL(`./cases/${file}`, base), 'utf8')) as T;
}

/** Money fixture → fen; throws on a bad fixture (a test bug). */
export function fen(text: string): bigint {
  const r = parseFen(text);
  if (!r.ok) throw new Error(`bad money fixture "${text}"`);
  return r.value;
}

/** Returns a deep copy of `value` with the dotted `path` ("payment.payer.name", "order.lines.0.qty") set. */
export function withChange<T>(value: T, path: string, next: unknown): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = path.split('.');
  let cursor: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const child = cursor[part];
    if (typeof child !== 'object' || child === null) throw new Error(`no "${part}" in path ${path}`);
    cursor = child as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] ?? '';
  if (next === null) delete cursor[last];
  else cursor[last] = next;
  return copy as T;
}

/** Applies several dotted-path changes in order (a `null` value deletes the field). */
export function withChanges<T>(value: T, changes: Readonly<Record<string, unknown>>): T {
  return Object.entries(changes).reduce((acc, [path, next]) => withChange(acc, path, next), value);
}

/** Deep-merges a partial override (from a case file) over defaults; arrays and scalars replace. */
export function merged<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (
    typeof base !== 'object' ||
    base === null ||
    Array.isArray(base) ||
    typeof override !== 'object' ||
    override === null
  ) {
    return override as T;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(override as Record<string, unknown>)) out[k] = merged(out[k], v);
  return out as T;
}
