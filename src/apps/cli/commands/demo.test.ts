import { describe, expect, it } from 'vitest';
import { bufferIo } from '../io.js';
import { runCli } from '../program.js';

/** `crossgate demo`: synthetic deals from signed storefront webhooks through the hub and the single window. */
describe('crossgate demo', () => {
  it('runs deals to release, stops the inconsistent ones, and prints the summary as JSON', async () => {
    const io = bufferIo();
    const code = await runCli(['demo', '--orders', '12', '--inconsistent', '50%', '--seed', '3', '--json'], io, { ...process.env, LOG_LEVEL: 'silent' });
    expect(code).toBe(0);
    const summary = JSON.parse(io.stdout.join('')) as { orders: number; released: number; rejected: Record<string, number>; taxTotal: string; seconds: number };
    expect(Object.keys(summary).sort()).toEqual(['orders', 'rejected', 'released', 'seconds', 'taxTotal']);
    const stopped = Object.values(summary.rejected).reduce((a, n) => a + n, 0);
    expect(summary.orders).toBe(12);
    expect(summary.released + stopped).toBe(12);
    expect(stopped).toBeGreaterThan(0);
    expect(summary.released).toBeGreaterThan(0);
    expect(summary.taxTotal).toMatch(/^\d+\.\d{2}$/);
  }, 120_000);

  it('refuses a share outside 0–1', async () => {
    const io = bufferIo();
    expect(await runCli(['demo', '--orders', '1', '--inconsistent', '2'], io)).not.toBe(0);
  });
});
