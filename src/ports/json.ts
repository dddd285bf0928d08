export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Views plain data (objects of strings, numbers, booleans, null and arrays, as the canonical documents are) as JSON.
 * Interfaces are not assignable to the index signature of JsonObject, so this names the one place that says so.
 */
export function asJson<T extends object>(value: T): JsonValue {
  return value as unknown as JsonValue;
}
