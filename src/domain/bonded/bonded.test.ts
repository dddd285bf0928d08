import { describe, expect, it } from 'vitest';
import type { Inventory } from '../model/documents.js';
import { loadCases, loadJson } from '../testing/cases.js';
import {
  applyMovement,
  available,
  emptyBook,
  type StockBook,
  type StockMovement,
  stockDemandOfInventory,
  stockKey,
} from './index.js';

interface StockCase {
  readonly name: string;
  readonly steps: readonly { movement: StockMovement; expect: 'applied' | 'duplicate' | string[] }[];
  readonly levels: readonly {
    enterpriseCode: string;
    itemNo: string;
    onHand: string;
    reserved: string;
    available: string;
  }[];
  readonly why: string;
}

describe('bonded stock', () => {
  it.each(loadCases<StockCase>(import.meta.url, 'stock.json').cases)('$name — $why', (c) => {
    let book: StockBook = emptyBook();
    for (const step of c.steps) {
      const r = applyMovement(book, step.movement);
      if (Array.isArray(step.expect)) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reasons.map((x) => x.code)).toEqual(step.expect);
      } else {
        expect(r.ok ? r.value.effect : r.reasons).toBe(step.expect);
        if (r.ok) book = r.value.book;
      }
    }
    expect(Object.keys(book.levels)).toHaveLength(c.levels.length);
    for (const l of c.levels) {
      expect(book.levels[stockKey(l.enterpriseCode, l.itemNo)]).toEqual({
        enterpriseCode: l.enterpriseCode,
        itemNo: l.itemNo,
        onHand: l.onHand,
        reserved: l.reserved,
      });
      expect(available(book, l.enterpriseCode, l.itemNo)).toBe(l.available);
    }
  });

  it('derives the demand of a bonded inventory', () => {
    const { deal } = loadJson<{ deal: { inventory: Inventory } }>(import.meta.url, '../../matching/cases/deal.json');
    expect(stockDemandOfInventory(deal.inventory)).toMatchObject({
      ok: false,
      reasons: [{ code: 'bonded.item_unidentified' }, { code: 'bonded.item_unidentified' }],
    });
    const bonded: Inventory = {
      ...deal.inventory,
      lines: deal.inventory.lines.map((l, i) => ({ ...l, itemRecordNo: String(i + 1) })),
    };
    expect(stockDemandOfInventory(bonded)).toEqual({
      ok: true,
      value: {
        enterpriseCode: 'EBC0001',
        lines: [
          { itemNo: '1', qty: '1' },
          { itemNo: '2', qty: '2' },
        ],
      },
    });
  });
});
