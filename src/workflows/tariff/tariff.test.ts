import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Store } from '../../ports/store.port.js';
import { importTariff } from './import-tariff.js';
import { parseTariffCsv } from './tariff-csv.js';

const HEADER = 'hs_code,name,vat_rate,consumption_tax_rate,consumption_tax_per_unit,mfn_duty_rate,positive_list,trade_modes,remark,source';

describe('tariff CSV', () => {
  it('reads the shipped demo rows, each saying it is not the official schedule', () => {
    const { rows, errors } = parseTariffCsv(readFileSync('resources/tariff/demo-tariff.csv', 'utf8'));
    expect(errors).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) expect(row.source).toMatch(/^DEMO ROW, not the official schedule\./);
    expect(rows.find((r) => r.hsCode === '2402200000')?.positiveList).toBe(false);
    expect(rows.find((r) => r.hsCode === '2106909090')?.tradeModes).toEqual(['1210']);
  });

  it.each([
    ['330499009,x,0.13,,,,true,,,src', 'hs_code', 'not an 8- or 10-digit HS code'],
    ['3304990099,x,13%,,,,true,,,src', 'vat_rate', 'not a rate between 0 and 1'],
    ['3304990099,x,0.13,1.5,,,true,,,src', 'consumption_tax_rate', 'not a rate'],
    ['3304990099,x,0.13,,,,maybe,,,src', 'positive_list', 'not true or false'],
    ['3304990099,x,0.13,,,,true,9710,,src', 'trade_modes', 'not 9610, 1210 or 1239'],
    ['3304990099,x,0.13,,,,true,,,', 'source', 'say where the figures come from'],
  ])('rejects %s naming the field %s', (line, field, message) => {
    const { rows, errors } = parseTariffCsv(`${HEADER}\n${line}\n`);
    expect(rows).toEqual([]);
    expect(errors[0]).toMatchObject({ line: 2, field, code: 'tariff.invalid_row' });
    expect(errors[0]?.message).toContain(message);
  });

  it('reports duplicates, missing columns and broken CSV with line numbers', () => {
    const dup = parseTariffCsv(`${HEADER}\n33049900,a,0.13,,,,true,,,s\n33049900,b,0.13,,,,true,,,s\n`);
    expect(dup.rows).toHaveLength(1);
    expect(dup.errors).toEqual([expect.objectContaining({ line: 3, code: 'tariff.duplicate_row' })]);
    const missing = parseTariffCsv('hs_code,name\n33049900,a\n');
    expect(missing.errors[0]).toMatchObject({ code: 'tariff.missing_columns', field: 'vat_rate,positive_list,source' });
    const broken = parseTariffCsv(`${HEADER}\n"33049900,a\n`);
    expect(broken.errors[0]?.code).toBe('tariff.invalid_csv');
  });
});

describe('tariff import', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('writes good rows, reports bad ones, replaces on re-import, and strict mode writes nothing', async () => {
    const csv = `${HEADER}\n33049900,Skin,0.13,0.15,,,true,,,s1\n9999,bad,0.13,,,,true,,,s\n19011010,Formula,0.13,,,0.15,yes,1210|9610,,s2\n`;
    const progress: number[] = [];
    const report = await importTariff(store, csv, { onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ imported: 2, rejected: 1, aborted: false });
    expect(report.errors[0]).toMatchObject({ line: 3, field: 'hs_code' });
    expect(progress.at(-1)).toBe(2);
    expect(await store.tariff.byCode('33049900')).toMatchObject({ vatRate: '0.13', consumptionTaxRate: '0.15' });
    expect(await store.tariff.byCode('19011010')).toMatchObject({ mfnDutyRate: '0.15', tradeModes: ['1210', '9610'] });

    await importTariff(store, `${HEADER}\n33049900,Skin v2,0.09,,,,false,,,s3\n`);
    expect(await store.tariff.byCode('33049900')).toEqual({
      hsCode: '33049900',
      name: 'Skin v2',
      vatRate: '0.09',
      positiveList: false,
      source: 's3',
    });

    const strict = await importTariff(store, `${HEADER}\n01012100,Horse,0.09,,,,true,,,s\nx,bad,,,,,,,,\n`, {
      strict: true,
    });
    expect(strict).toMatchObject({ imported: 0, aborted: true });
    expect(await store.tariff.byCode('01012100')).toBeUndefined();
    expect(await store.tariff.count()).toBe(2);
  });
});
