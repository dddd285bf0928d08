import { describe, expect, it } from 'vitest';
import type { Product } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';
import { cachedProducts, forgetProducts, PRODUCT_CACHE_TTL_MS } from './product-cache.js';

function fakeStore(rows: readonly Pick<Product, 'sku' | 'participantId' | 'name'>[]) {
  const asked: string[][] = [];
  const store = {
    hubProducts: {
      bySkus: async (participantId: string, skus: readonly string[]) => {
        asked.push([...skus]);
        return rows.filter((r) => r.participantId === participantId && skus.includes(r.sku));
      },
    },
  } as unknown as Store;
  return { store, asked };
}

describe('the checkout quote product cache', () => {
  const rows = [
    { sku: 'A', participantId: 'p1', name: 'a' },
    { sku: 'B', participantId: 'p1', name: 'b' },
    { sku: 'A', participantId: 'p2', name: 'other merchant' },
  ];

  it.each([
    { case: 'a second quote within the TTL reads nothing', later: 1, askedAgain: [] as string[][] },
    { case: 'after the TTL it reads again', later: PRODUCT_CACHE_TTL_MS + 1, askedAgain: [['A', 'B', 'Z']] },
  ])('$case', async ({ later, askedAgain }) => {
    const { store, asked } = fakeStore(rows);
    const first = await cachedProducts(store, 'p1', ['A', 'B', 'Z'], 1000);
    expect([...first.keys()].sort()).toEqual(['A', 'B']);
    asked.length = 0;
    const second = await cachedProducts(store, 'p1', ['A', 'B', 'Z'], 1000 + later);
    expect([...second.keys()].sort()).toEqual(['A', 'B']);
    expect(asked).toEqual(askedAgain);
  });

  it('keeps merchants apart and forgets a merchant whose products were saved', async () => {
    const { store, asked } = fakeStore(rows);
    expect((await cachedProducts(store, 'p2', ['A'], 0)).get('A')?.name).toBe('other merchant');
    expect((await cachedProducts(store, 'p1', ['A'], 0)).get('A')?.name).toBe('a');
    forgetProducts(store, 'p1');
    asked.length = 0;
    await cachedProducts(store, 'p1', ['A'], 1);
    await cachedProducts(store, 'p2', ['A'], 1);
    expect(asked).toEqual([['A']]);
  });
});
