import type { DealPatch, HubDealRepo, NewDealEvent } from '../ports/hub.port.js';
import type { StoreScope } from '../ports/store.port.js';

/** The repository whose every method first runs `first` (writes that must land before it reads or writes). */
function afterPending<T extends object>(repo: T, first: () => Promise<void>): T {
  const out = { ...repo };
  for (const key of Object.keys(repo) as (keyof T)[]) {
    const method = repo[key];
    if (typeof method !== 'function') continue;
    out[key] = (async (...args: unknown[]) => {
      await first();
      return method.apply(repo, args);
    }) as T[keyof T];
  }
  return out;
}

/**
 * A transaction's scope whose writes to deals are gathered and made when its work is done (`flush`, before the
 * commit): each deal's updates merged into one, and the timeline events in one statement. A step that takes the
 * waybill, the payment and the pre-flight in one transaction wrote the deal row, all its documents with it, three
 * times. Any other call on the deals repository makes the pending updates first, so the transaction reads what it
 * wrote; reading a deal's events makes the pending events too.
 */
export function withBufferedDealWrites(scope: StoreScope): { readonly scope: StoreScope; readonly flush: () => Promise<void> } {
  const real = scope.hubDeals;
  const updates = new Map<string, DealPatch>();
  const events: NewDealEvent[] = [];
  const writeUpdates = async () => {
    const pending = [...updates];
    updates.clear();
    for (const [id, patch] of pending) await real.update(id, patch);
  };
  const writeEvents = async () => {
    if (events.length > 0) await real.addEvents(events.splice(0));
  };
  const hubDeals: HubDealRepo = {
    ...afterPending(real, writeUpdates),
    update: async (id, patch) => {
      // as the updates one after the other: a later value wins, a field left undefined keeps the earlier one
      const merged: Record<string, unknown> = { ...updates.get(id) };
      for (const [field, value] of Object.entries(patch)) if (value !== undefined) merged[field] = value;
      updates.set(id, merged as DealPatch);
    },
    addEvent: async (event) => {
      events.push(event);
    },
    addEvents: async (more) => {
      events.push(...more);
    },
    events: async (dealId) => {
      await writeUpdates();
      await writeEvents();
      return real.events(dealId);
    },
  };
  return {
    scope: { ...scope, hubDeals },
    flush: async () => {
      await writeUpdates();
      await writeEvents();
    },
  };
}
