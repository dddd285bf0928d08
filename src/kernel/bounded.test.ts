import { describe, expect, it } from 'vitest';
import { settledWithin } from './bounded.js';

describe('settledWithin', () => {
  it('runs at most `limit` at once and gives every outcome in the items’ order, failures included', async () => {
    let running = 0;
    let most = 0;
    const outcomes = await settledWithin([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      if (n === 4) throw new Error('four');
      return n * 10;
    });
    expect(most).toBe(3);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([50, 10, 'four', 20, 30, 0, 60]);
  });

  it('takes an empty list and a limit above the items', async () => {
    expect(await settledWithin([], 4, async () => 1)).toEqual([]);
    expect(await settledWithin([1], 8, async (n) => n)).toEqual([{ status: 'fulfilled', value: 1 }]);
  });
});
