import { describe, expect, it } from 'vitest';
import type { Connection, HubConnectionRepo } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';
import { CONNECTION_CACHE_TTL_MS, cachedConnection, cachedOwnedConnections, forgetConnection } from './connection-cache.js';

function fakeStore(connections: Record<string, Partial<Connection>>) {
  const asked: string[] = [];
  let failing = false;
  const repo: Pick<HubConnectionRepo, 'byId'> = {
    byId: async (id) => {
      asked.push(id);
      if (failing) throw new Error('database unavailable');
      return connections[id] as Connection | undefined;
    },
  };
  const store = { hubConnections: repo } as unknown as Store;
  return { store, asked, fail: (on: boolean) => (failing = on) };
}

describe('the hub connection cache', () => {
  it('reads a connection once within the TTL, and again after it', async () => {
    const { store, asked } = fakeStore({ c1: { id: 'c1', label: 'shop' } });
    expect((await cachedConnection(store, 'c1', undefined, 1000))?.label).toBe('shop');
    expect((await cachedConnection(store, 'c1', undefined, 1000 + CONNECTION_CACHE_TTL_MS - 1))?.label).toBe('shop');
    expect(asked).toEqual(['c1']);
    await cachedConnection(store, 'c1', undefined, 1000 + CONNECTION_CACHE_TTL_MS + 1);
    expect(asked).toEqual(['c1', 'c1']);
  });

  it('forgets a connection changed through this process', async () => {
    const rows: Record<string, Partial<Connection>> = { c1: { id: 'c1', label: 'before' } };
    const { store } = fakeStore(rows);
    await cachedConnection(store, 'c1', undefined, 1000);
    rows.c1 = { id: 'c1', label: 'after', disabledAt: new Date() };
    expect((await cachedConnection(store, 'c1', undefined, 1001))?.label).toBe('before');
    forgetConnection(store, 'c1', 'p1');
    expect(await cachedConnection(store, 'c1', undefined, 1002)).toMatchObject({ label: 'after', disabledAt: expect.any(Date) });
  });

  it('remembers an unknown id for the TTL, but not a failed read', async () => {
    const { store, asked, fail } = fakeStore({});
    expect(await cachedConnection(store, 'nope', undefined, 1000)).toBeUndefined();
    expect(await cachedConnection(store, 'nope', undefined, 1001)).toBeUndefined();
    expect(asked).toEqual(['nope']);
    fail(true);
    await expect(cachedConnection(store, 'c9', undefined, 1000)).rejects.toThrow('database unavailable');
    fail(false);
    expect(await cachedConnection(store, 'c9', undefined, 1001)).toBeUndefined();
    expect(asked).toEqual(['nope', 'c9', 'c9']);
  });

  it('reads a miss through the given repo (a transaction scope), caching it for the store', async () => {
    const { store, asked } = fakeStore({});
    const inTransaction: string[] = [];
    const via: Pick<HubConnectionRepo, 'byId'> = {
      byId: async (id) => {
        inTransaction.push(id);
        return { id, label: 'from the transaction' } as Connection;
      },
    };
    expect((await cachedConnection(store, 'c2', via, 1000))?.label).toBe('from the transaction');
    expect((await cachedConnection(store, 'c2', undefined, 1001))?.label).toBe('from the transaction');
    expect(inTransaction).toEqual(['c2']);
    expect(asked).toEqual([]);
  });

  it("keeps a participant's connections for the TTL, forgets them when one of its connections changes here", async () => {
    const lists: string[] = [];
    let labels = ['a', 'b'];
    const repo: Pick<HubConnectionRepo, 'list'> = {
      list: async (q) => {
        lists.push(q.participantId ?? 'all');
        return labels.map((label) => ({ id: `con_${label}`, label }) as Connection);
      },
    };
    const store = { hubConnections: repo } as unknown as Store;
    const labelsOf = async (participantId: string, now: number) => (await cachedOwnedConnections(store, participantId, now)).map((c) => c.label);
    expect(await labelsOf('p1', 1000)).toEqual(['a', 'b']);
    labels = ['a', 'b', 'c'];
    expect(await labelsOf('p1', 1000 + CONNECTION_CACHE_TTL_MS - 1)).toEqual(['a', 'b']);
    expect(await labelsOf('p2', 1001)).toEqual(['a', 'b', 'c']); // another participant: its own entry
    expect(lists).toEqual(['p1', 'p2']);
    expect(await labelsOf('p1', 1000 + CONNECTION_CACHE_TTL_MS + 1)).toEqual(['a', 'b', 'c']);
    labels = ['a'];
    forgetConnection(store, 'con_b', 'p1');
    expect(await labelsOf('p1', 1000 + CONNECTION_CACHE_TTL_MS + 2)).toEqual(['a']);
    expect(lists).toEqual(['p1', 'p2', 'p1', 'p1']);
  });
});
