import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TariffLookup } from '../../src/domain/tax/index.js';
import { signMessage } from '../../src/signing/index.js';
import { buildDeal, type DealDocuments, type DealItem, DEMO_GOODS } from '../../src/workflows/demo/synthetic-deal.js';
import { type Harness, startHarness } from '../support/single-window-harness.js';
import {
  call,
  cancelXml,
  declarationsOf,
  eventually,
  type InventoryView,
  inventoriesByOrder,
  type Page,
  pullReceipts,
  type Quota,
  type Stats,
  type StockRow,
  warehouseEntryXml,
} from './e2e-kit.js';

/**
 * Bonded import (1210), over HTTP: the warehouse books stock in with a CEB711 (Crossgate's stock lines), a 1210
 * deal for goods in stock is released and takes them out, a deal for goods not (or not enough) in stock is
 * rejected, and a cancel of a released one puts the goods back.
 */
const goods = (itemNo: string, qty: string): DealItem => ({ ...(DEMO_GOODS.find((g) => g.itemNo === itemNo) as DealItem), qty });

describe('bonded stock (1210): warehouse entry, release from stock, refusal without stock', () => {
  let h: Harness;
  let tariff: TariffLookup;
  const at = new Date();
  let entryBody: string;

  beforeAll(async () => {
    h = await startHarness();
    tariff = await h.sw.ctx.tariff();
  });
  afterAll(async () => h?.close());

  /** The stock rows as `role` sees them, itemKey → qty. */
  const stock = async (role = 'warehouse') => {
    const res = await call<Page<StockRow>>(h, role, 'GET', '/v1/single-window/stock');
    expect(res.status).toBe(200);
    return Object.fromEntries(res.body.items.map((r) => [`${r.ownerCode}/${r.itemKey}`, Number(r.qty)]));
  };
  const key = (itemNo: string) => `${h.parties.ebc.code}/${itemNo}`;

  /** Sends a 1210 deal's four documents and waits until its inventory is released or rejected. */
  async function declare(n: number, items: readonly DealItem[]): Promise<{ deal: DealDocuments; inv: InventoryView }> {
    const deal = buildDeal(n, h.parties, tariff, at, { tradeMode: '1210', items });
    for (const out of declarationsOf(h, [deal], at).reverse()) expect((await h.send(out.role, out.xml)).statusCode).toBe(202);
    const inv = await eventually(async () => {
      const found = (await inventoriesByOrder(h)).get(deal.order.orderNo);
      return found && ['800', '100'].includes(found.status) ? found : undefined;
    });
    await h.settle();
    return { deal, inv };
  }

  it('a CEB711 with stock lines from the warehouse books the goods into the merchant’s stock', async () => {
    const xml = warehouseEntryXml(
      h,
      [
        { ownerCode: h.parties.ebc.code, itemNo: 'SKU-FORMULA-900', qty: '10', unit: '122', gcode: '1901101000' },
        { ownerCode: h.parties.ebc.code, itemNo: 'SKU-CASHEW-500', qty: '3', unit: '122', gcode: '0801320000' },
      ],
      'BILL-0001',
    );
    entryBody = signMessage(xml, h.signers.warehouse!);
    const res = await h.send('warehouse', entryBody, { sign: false });
    expect(res.statusCode, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toMatchObject({ type: 'CEB711', duplicate: false });
    const receipts = await eventually(async () => {
      const pulled = await pullReceipts(h, 'warehouse');
      return pulled.items.length > 0 ? pulled.items : undefined;
    });
    expect(receipts.map((r) => [r.messageType, r.returnStatus])).toEqual([['CEB712', '120']]);
    expect(receipts[0]?.returnInfo).toContain('2 bonded stock line(s)');
    expect(await stock()).toEqual({ [key('SKU-FORMULA-900')]: 10, [key('SKU-CASHEW-500')]: 3 });
    expect(await stock('ebc')).toEqual(await stock('customs'));
    expect((await call(h, 'payment', 'GET', '/v1/single-window/stock')).status).toBe(403);
  });

  it('the same CEB711 again is a duplicate and books nothing more', async () => {
    const again = await h.send('warehouse', entryBody, { sign: false });
    expect(again.body).toMatchObject({ duplicate: true });
    await h.settle();
    expect(await stock()).toMatchObject({ [key('SKU-FORMULA-900')]: 10, [key('SKU-CASHEW-500')]: 3 });
  });

  it('releases a 1210 deal for goods in stock and takes them out of stock', async () => {
    const { deal, inv } = await declare(301, [goods('SKU-FORMULA-900', '2')]);
    expect(inv).toMatchObject({ status: '800', tradeMode: '1210', tax: deal.tax, channel: 'cbec' });
    expect(await stock()).toMatchObject({ [key('SKU-FORMULA-900')]: 8, [key('SKU-CASHEW-500')]: 3 });
    const quota = await call<Quota>(h, 'ebc', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`);
    expect(quota.body.used).toBe(inv.dutiableValue);
  });

  it('rejects a 1210 deal for goods that are not in stock (bonded.item_not_in_stock)', async () => {
    const { inv } = await declare(302, [goods('SKU-BOOT-38', '1')]);
    expect(inv).toMatchObject({ status: '100', rejection: { code: 'bonded.item_not_in_stock' } });
    expect(inv.rejection.info).toContain('SKU-BOOT-38');
  });

  it('rejects a 1210 deal for more than the stock holds (bonded.insufficient_stock) and leaves the stock alone', async () => {
    const { inv } = await declare(303, [goods('SKU-FORMULA-900', '2'), goods('SKU-CASHEW-500', '4')]);
    expect(inv).toMatchObject({ status: '100', rejection: { code: 'bonded.insufficient_stock' } });
    expect(inv.rejection.info).toContain('3 in bonded stock, 4 declared');
    expect(await stock()).toMatchObject({ [key('SKU-FORMULA-900')]: 8, [key('SKU-CASHEW-500')]: 3 });
  });

  it('a deal that takes the last pieces is released; the next one finds none', async () => {
    const last = await declare(304, [goods('SKU-CASHEW-500', '3')]);
    expect(last.inv.status).toBe('800');
    expect(await stock()).toMatchObject({ [key('SKU-CASHEW-500')]: 0 });
    const next = await declare(305, [goods('SKU-CASHEW-500', '1')]);
    expect(next.inv).toMatchObject({ status: '100', rejection: { code: 'bonded.insufficient_stock' } });
  });

  it('a cancel of a released 1210 inventory puts its goods back in stock', async () => {
    const { deal, inv } = await declare(306, [goods('SKU-FORMULA-900', '5')]);
    expect(inv.status).toBe('800');
    expect(await stock()).toMatchObject({ [key('SKU-FORMULA-900')]: 3 });
    expect((await h.send('ebc', cancelXml(h, deal, inv.invtNo as string))).statusCode).toBe(202);
    await eventually(async () => ((await stock())[key('SKU-FORMULA-900')] === 8 ? true : undefined), 10_000, 'stock back');
    const quota = await call<Quota>(h, 'ebc', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`);
    expect(quota.body.used).toBe('0.00');
  });

  it('counts 1210 in the statistics by mode', async () => {
    const res = await call<Stats>(h, 'customs', 'GET', '/v1/single-window/stats');
    expect(res.body.byMode).toEqual([expect.objectContaining({ key: '1210', count: 6 })]);
    expect(res.body.funnel).toMatchObject({ declared: 6, released: 3, rejected: 3 });
  });
});
