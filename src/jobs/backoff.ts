export interface BackoffPolicy {
  /** Delay before the second attempt, in milliseconds. */
  readonly baseMs: number;
  /** Upper bound of any delay. */
  readonly maxMs: number;
  /** Share of the delay randomised (0–1), so retries of many jobs spread out. */
  readonly jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 15 * 60_000, jitter: 0.2 };

/**
 * Exponential backoff: the delay after the n-th failed attempt is base × 2^(n−1), capped at max, then
 * spread by ± jitter/2. `random` is a value in [0, 1) supplied by the caller (Math.random in production).
 */
export function retryDelayMs(policy: BackoffPolicy, failedAttempts: number, random: number): number {
  const exponential = policy.baseMs * 2 ** Math.max(0, failedAttempts - 1);
  const capped = Math.min(policy.maxMs, exponential);
  const spread = capped * policy.jitter * (random - 0.5);
  return Math.max(0, Math.round(capped + spread));
}
