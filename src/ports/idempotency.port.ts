import type { JsonValue } from './json.js';

export interface IdempotencyRecord {
  readonly requestHash: string;
  /** Null while the first request is still being processed. */
  readonly statusCode: number | null;
  readonly response: JsonValue | null;
}

export interface IdempotencyRepo {
  /** Reserves the key; returns undefined if reserved now, or the existing record. */
  reserve(scope: string, key: string, requestHash: string): Promise<IdempotencyRecord | undefined>;
  complete(scope: string, key: string, statusCode: number, response: JsonValue): Promise<void>;
  release(scope: string, key: string): Promise<void>;
  purge(olderThan: Date): Promise<number>;
}
