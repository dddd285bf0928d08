import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.js';

describe('retryDelayMs', () => {
  const policy = { baseMs: 1000, maxMs: 60_000, jitter: 0.2 };
  it.each([
    [1, 0.5, 1000],
    [2, 0.5, 2000],
    [3, 0.5, 4000],
    [7, 0.5, 60_000], // 64 s capped at 60 s
    [20, 0.5, 60_000],
    [1, 0, 900], // −10 %
    [1, 0.999, 1100], // ≈ +10 %
  ])('after %i failures with random %f waits %i ms', (failures, random, expected) => {
    expect(retryDelayMs(policy, failures, random)).toBe(expected);
  });
});
