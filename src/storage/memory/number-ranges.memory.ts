import type { NumberRange, NumberRangeStore } from '../../ports/waybill-numbers.port.js';

/** `NumberRangeStore` in memory, for tests and the demo: one process, lost on exit. */
export function memoryNumberRanges(): NumberRangeStore {
  const byRange = new Map<string, { next: number; keys: Map<string, number> }>();
  return {
    async claim(range: NumberRange, key: string) {
      let state = byRange.get(range.id);
      if (!state) {
        state = { next: range.first, keys: new Map() };
        byRange.set(range.id, state);
      }
      const known = state.keys.get(key);
      if (known !== undefined) return { serial: known, fresh: false };
      if (state.next > range.last) return undefined;
      const serial = state.next;
      state.next += 1;
      state.keys.set(key, serial);
      return { serial, fresh: true };
    },
  };
}
