import type { Person } from '../../../domain/model/index.js';

/**
 * Small helpers of the wire ↔ canonical mappings. A wire element's leaves are strings (absent when optional
 * and missing); the canonical model turns `xs:int` line numbers into numbers and nests people and consignees.
 */

/** The leaves of one wire element, by wire name. */
export type Flat = Readonly<Record<string, string | undefined>>;

/** The head fields every declared document has; they live in `CanonicalDocument.head`, not in `doc`. */
export const HEAD_FIELDS = ['guid', 'appType', 'appTime', 'appStatus'] as const;

/** A wire `xs:int` (validated by the XSD) as a number. */
export const toInt = (value: string): number => Number.parseInt(value, 10);

/** The optional properties of `source` that are present, for spreading into a canonical object. */
export function present<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

/** `value` without its undefined properties. */
export function defined(value: Flat): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The wire fields of `wire` that `produced` (the canonical document written back) does not cover: the
 * leftovers kept in `WireExtras`. Undefined when there are none.
 */
export function leftovers(wire: Flat, produced: Flat, skip: readonly string[] = []): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let any = false;
  for (const [k, v] of Object.entries(wire)) {
    if (v === undefined || produced[k] !== undefined || skip.includes(k)) continue;
    out[k] = v;
    any = true;
  }
  return any ? out : undefined;
}

/** A person from the wire's `<prefix>IdType`, `<prefix>IdNumber`, `<prefix>Name`, `<prefix>Telephone`. */
export function personOf(idType: string, idNumber: string, name: string, telephone: string | undefined): Person {
  return { idType, idNumber, name, ...(telephone !== undefined ? { telephone } : {}) };
}
