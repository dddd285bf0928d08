import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { StockLevel, WarehouseConnector } from '../kinds/warehouse.js';
import { checkMetadata, checkSettings, checkSkips, type ContractOptions, contractCase, failureOf, successOf } from './common.js';

export interface WarehouseFixtures {
  readonly settings: unknown;
  /** The owner whose goods the suite moves, and two items it may use (never received before the suite). */
  readonly ownerCode: string;
  readonly items: readonly [string, string];
}

export const WAREHOUSE_CASES = ['WH01', 'WH02', 'WH03', 'WH04', 'WH05', 'WH06', 'WH07', 'WH08', 'WH09', 'WH10'] as const;

/**
 * The bonded warehouse contract: WH01 shape; WH02–10 the stock rules seen from outside: receipt, reservation
 * (all or nothing), release, giving back, return to stock, idempotency by reference, and no overselling under
 * concurrent reservations.
 */
export function runWarehouseContract(options: ContractOptions<WarehouseConnector, WarehouseFixtures>): void {
  const { fixtures: fx, skip } = options;
  const [A, B] = fx.items;
  const owner = fx.ownerCode;
  describe(`warehouse contract: ${options.name}`, () => {
    let wh: WarehouseConnector;
    beforeAll(async () => {
      wh = await options.create();
    });
    afterAll(async () => options.teardown?.());

    const level = async (itemNo: string): Promise<StockLevel> => {
      const levels = successOf(await wh.stockLevels(owner, [itemNo]));
      return levels.find((l) => l.itemNo === itemNo) ?? { ownerCode: owner, itemNo, onHand: '0', reserved: '0', available: '0' };
    };
    const expectLevel = async (itemNo: string, onHand: string, reserved: string, available: string) =>
      expect(await level(itemNo)).toMatchObject({ onHand, reserved, available });

    checkSkips(skip, WAREHOUSE_CASES);

    contractCase(skip, 'WH01', 'metadata and settings schema follow the rules', () => {
      checkMetadata(wh.metadata, 'warehouse');
      expect(wh.metadata).toEqual(options.definition.metadata);
      checkSettings(options.definition.settings, fx.settings);
    });

    contractCase(skip, 'WH02', 'received goods are on hand and available; the same receipt twice counts once', async () => {
      const entry = { ref: 'ENTRY-1', ownerCode: owner, lines: [{ itemNo: A, qty: '10' }, { itemNo: B, qty: '2.5' }] };
      expect(successOf(await wh.receiveStock(entry)).effect).toBe('applied');
      expect(successOf(await wh.receiveStock(entry)).effect).toBe('duplicate');
      await expectLevel(A, '10', '0', '10');
      await expectLevel(B, '2.5', '0', '2.5');
    });

    contractCase(skip, 'WH03', 'a reservation holds stock; the same reservation twice holds it once', async () => {
      const order = { ref: 'ORDER-1', ownerCode: owner, lines: [{ itemNo: A, qty: '3' }] };
      const change = successOf(await wh.reserve(order));
      expect(change).toMatchObject({ ref: 'ORDER-1', effect: 'applied' });
      expect(change.levels).toEqual([expect.objectContaining({ itemNo: A, onHand: '10', reserved: '3', available: '7' })]);
      expect(successOf(await wh.reserve(order)).effect).toBe('duplicate');
      await expectLevel(A, '10', '3', '7');
    });

    contractCase(skip, 'WH04', 'a reservation beyond what is available is refused whole, and needs a person', async () => {
      const e = failureOf(await wh.reserve({ ref: 'ORDER-TOO-MUCH', ownerCode: owner, lines: [{ itemNo: A, qty: '1' }, { itemNo: B, qty: '3' }] }));
      expect(e).toMatchObject({ code: 'stock.insufficient', disposition: 'needs-human' });
      await expectLevel(A, '10', '3', '7');
      await expectLevel(B, '2.5', '0', '2.5');
    });

    contractCase(skip, 'WH05', 'an item never received, or a bad quantity, is refused', async () => {
      expect(failureOf(await wh.reserve({ ref: 'ORDER-X', ownerCode: owner, lines: [{ itemNo: 'NEVER-RECEIVED', qty: '1' }] }))).toMatchObject({ code: 'stock.item_unknown', disposition: 'needs-human' });
      expect(failureOf(await wh.reserve({ ref: 'ORDER-Y', ownerCode: owner, lines: [{ itemNo: A, qty: '-1' }] }))).toMatchObject({ code: 'stock.invalid_quantity', disposition: 'permanent' });
    });

    contractCase(skip, 'WH06', 'release takes the reserved goods out; twice counts once; an unknown order is refused', async () => {
      expect(successOf(await wh.release({ ref: 'ORDER-1', ownerCode: owner })).effect).toBe('applied');
      await expectLevel(A, '7', '0', '7');
      expect(successOf(await wh.release({ ref: 'ORDER-1', ownerCode: owner })).effect).toBe('duplicate');
      await expectLevel(A, '7', '0', '7');
      expect(failureOf(await wh.release({ ref: 'ORDER-NEVER', ownerCode: owner }))).toMatchObject({ code: 'stock.reservation_not_found', disposition: 'permanent' });
    });

    contractCase(skip, 'WH07', 'a cancelled order gives its reservation back; not after release', async () => {
      successOf(await wh.reserve({ ref: 'ORDER-2', ownerCode: owner, lines: [{ itemNo: B, qty: '1.5' }] }));
      await expectLevel(B, '2.5', '1.5', '1');
      expect(successOf(await wh.cancelReservation({ ref: 'ORDER-2', ownerCode: owner })).effect).toBe('applied');
      await expectLevel(B, '2.5', '0', '2.5');
      expect(failureOf(await wh.cancelReservation({ ref: 'ORDER-1', ownerCode: owner }))).toMatchObject({ code: 'stock.reservation_not_found' });
    });

    contractCase(skip, 'WH08', 'returned goods go back on hand, once, only for a released order', async () => {
      const ret = { ref: 'RETURN-1', releasedRef: 'ORDER-1', ownerCode: owner, lines: [{ itemNo: A, qty: '1' }] };
      expect(successOf(await wh.returnToStock(ret)).effect).toBe('applied');
      expect(successOf(await wh.returnToStock(ret)).effect).toBe('duplicate');
      await expectLevel(A, '8', '0', '8');
      expect(failureOf(await wh.returnToStock({ ...ret, ref: 'RETURN-2', releasedRef: 'ORDER-2' }))).toMatchObject({ code: 'stock.not_released', disposition: 'permanent' });
    });

    contractCase(skip, 'WH09', 'concurrent reservations never sell more than is available', async () => {
      successOf(await wh.receiveStock({ ref: 'ENTRY-2', ownerCode: owner, lines: [{ itemNo: B, qty: '0.5' }] }));
      await expectLevel(B, '3', '0', '3');
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => wh.reserve({ ref: `RUSH-${i}`, ownerCode: owner, lines: [{ itemNo: B, qty: '1' }] })));
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      for (const r of results.filter((x) => !x.ok)) expect(failureOf(r).code).toBe('stock.insufficient');
      await expectLevel(B, '3', '3', '0');
    });

    contractCase(skip, 'WH10', 'levels of another owner are separate', async () => {
      const levels = successOf(await wh.stockLevels(`${owner}9`, [A]));
      expect(levels.every((l) => l.available === '0')).toBe(true);
    });
  });
}
