/** An expected outcome: either a value or a list of reasons it could not be produced. */
export interface Reason {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

export type Result<T, R extends Reason = Reason> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reasons: readonly R[] };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <R extends Reason>(...reasons: R[]): Result<never, R> => ({ ok: false, reasons });
