import { describe, expect, it } from 'vitest';
import type { Inventory } from '../model/documents.js';
import { quoteTax, tariffFromRows } from '../tax/index.js';
import { quoteRequestFromInventory } from './goods-tax.checks.js';

const tariff = tariffFromRows([
  { hsCode: '3304990099', vatRate: '0.13', consumptionTaxRate: '0.15', positiveList: true },
]);

/** Only what the quote request reads from an inventory. */
const inventory = (qty1: string | undefined, unit1: string | undefined): Inventory =>
  ({
    freight: '0',
    insuredFee: '0',
    buyer: { idNumber: '11010519491231002X' },
    lines: [{ gnum: 1, gcode: '3304990099', gname: 'face cream', qty: '1', price: '150.00', totalPrice: '150.00', ...(qty1 && { qty1 }), ...(unit1 && { unit1 }) }],
  }) as unknown as Inventory;

describe('the tax customs computes from an inventory', () => {
  it.each([
    ['0.05 kg (50 g) for 150: 3.00 per g, no consumption tax', '0.05', '035', '0.00', 'tax.cosmetics_not_high_end'],
    ['0.01 kg (10 g) for 150: 15.00 per g, high-end', '0.01', '035', '18.53', 'tax.cosmetics_high_end'],
    ['1 piece for 150: per piece ≥ 15, high-end', '1', '011', '18.53', 'tax.cosmetics_high_end'],
    ['no legal quantity: the tax stays, and a note says why', undefined, undefined, '18.53', 'tax.cosmetics_content_unknown'],
  ])('%s', (_name, qty1, unit1, consumptionTax, note) => {
    const quote = quoteTax(quoteRequestFromInventory(inventory(qty1, unit1), '0'), { tariff });
    expect(quote.consumptionTax).toBe(consumptionTax);
    expect(quote.notes.map((n) => n.code)).toEqual([note]);
  });
});
