import { describe, expect, it } from 'vitest';
import { memoryWarehouseStock } from '../storage/memory/warehouse-stock.memory.js';
import { CONNECTORS, connectorCatalogue, createConnector, findConnector } from './index.js';
import { CONNECTOR_KINDS } from './sdk/index.js';

describe('the connector registry', () => {
  it('lists every connector once, under its kind and id', () => {
    const keys = connectorCatalogue().map((c) => c.key);
    expect(keys).toEqual([
      'storefront/generic-json',
      'storefront/shopify',
      'payment/generic',
      'payment/customs-declaring',
      'carrier/s10-post',
      'warehouse/bonded-warehouse',
      'single-window/ceb-single-window',
    ]);
    for (const kind of CONNECTOR_KINDS) {
      for (const [id, c] of Object.entries(CONNECTORS[kind])) expect(c.metadata).toMatchObject({ id, kind });
    }
  });

  it('gives the console a form per connector: JSON Schema with a description per field, secrets write-only', () => {
    for (const c of connectorCatalogue()) {
      const props = (c.settingsSchema as { properties: Record<string, { description?: string; writeOnly?: boolean }> }).properties;
      for (const [name, p] of Object.entries(props)) expect(p.description, `${c.key}.${name}`).toBeTruthy();
      for (const path of c.secretFields) expect(props[path]?.writeOnly, `${c.key}.${path}`).toBe(true);
      expect(c.secretFields.length, `${c.key} has secrets`).toBeGreaterThanOrEqual(c.kind === 'warehouse' ? 0 : 1);
    }
  });

  it('builds a connector from stored settings, and refuses unknown ids', () => {
    const wh = createConnector('warehouse', 'bonded-warehouse', { warehouseCode: '3301960005', warehouseName: 'Demo' }, { stock: memoryWarehouseStock() });
    expect(wh.metadata.id).toBe('bonded-warehouse');
    expect(findConnector('carrier', 'toString')).toBeUndefined();
    expect(() => createConnector('carrier', 'nope', {}, { numbers: { claim: async () => undefined } })).toThrowError(expect.objectContaining({ code: 'connector.unknown' }));
  });
});
