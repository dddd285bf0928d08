import { describe, expect, it } from 'vitest';
import { memoryWarehouseStock } from '../../storage/memory/warehouse-stock.memory.js';
import { runWarehouseContract } from '../sdk/contracts/warehouse.contract.js';
import { bondedWarehouse } from './connector.js';

const settings = { warehouseCode: '3301960005', warehouseName: 'Demo Bonded Warehouse 示范保税仓', emsNo: 'T2991W000001' };

runWarehouseContract({
  name: 'bonded-warehouse (in-memory store)',
  definition: bondedWarehouse,
  create: async () => bondedWarehouse.fromSettings(settings, { stock: memoryWarehouseStock() }),
  fixtures: { settings, ownerCode: '3301960002', items: ['SKU-FORMULA-900', 'SKU-CASHEW-500'] },
});

describe('bonded warehouse', () => {
  it('keeps two warehouses on two stores apart', async () => {
    const a = bondedWarehouse.fromSettings(settings, { stock: memoryWarehouseStock() });
    const b = bondedWarehouse.fromSettings(settings, { stock: memoryWarehouseStock() });
    await a.receiveStock({ ref: 'E1', ownerCode: 'X', lines: [{ itemNo: 'I', qty: '1' }] });
    const levels = await b.stockLevels('X');
    expect(levels.ok && levels.value).toEqual([]);
  });
});
