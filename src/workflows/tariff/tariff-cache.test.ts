import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Store } from '../../ports/store.port.js';
import { importTariff } from './import-tariff.js';
import { createTariffService } from './tariff-cache.js';
import { quoteRequest } from './tax-quote.js';

const HEADER = 'hs_code,name,vat_rate,consumption_tax_rate,mfn_duty_rate,positive_list,source';
const row = (hs: string, vat: string, listed = true) => `${hs},Goods ${hs},${vat},,0.10,${listed},cache test`;
const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

describe('tariff service (in-memory tariff for quotes)', () => {
  let store: Store;
  let reads = 0;
  let counted: Store;
  beforeAll(async () => {
    store = await createTestStore();
    counted = {
      ...store,
      tariff: {
        ...store.tariff,
        all: () => {
          reads += 1;
          return store.tariff.all();
        },
      },
    };
  });
  afterAll(async () => {
    await store.close();
  });

  it('loads once, shares the load between concurrent callers, and then answers from memory', async () => {
    await importTariff(store, csv(row('61091000', '0.13')));
    reads = 0;
    const service = createTariffService(counted);
    const [a, b] = await Promise.all([service.snapshot(), service.snapshot()]);
    expect(a).toBe(b);
    for (let i = 0; i < 100; i += 1) await service.lookup();
    expect(reads).toBe(1);
    expect((await service.lookup())('6109100021')).toMatchObject({ hsCode: '61091000', vatRate: '0.13' });
  });

  it('an import through the service changes the next quote', async () => {
    const service = createTariffService(counted);
    const request = {
      items: [{ hsCode: '0901210000', name: 'roasted coffee', qty: 1, unitPrice: '480.00' }],
      freight: '20.00',
      buyer: { idNumber: '11010519491231002X' },
    };
    const before = quoteRequest(await service.lookup(), request);
    expect(before).toMatchObject({ ok: true, quote: { channel: 'refused' } });

    const report = await service.importCsv(csv(row('0901210000', '0.13')));
    expect(report).toMatchObject({ imported: 1, rejected: 0 });
    expect(quoteRequest(await service.lookup(), request)).toMatchObject({
      ok: true,
      quote: { channel: 'cbec', total: '45.50' },
    });

    await service.importCsv(csv(row('0901210000', '0.09')));
    expect(quoteRequest(await service.lookup(), request)).toMatchObject({ ok: true, quote: { total: '31.50' } });
  });

  it('reloads in the background once older than maxAgeMs, for imports made by other processes', async () => {
    let clock = 1_000;
    const service = createTariffService(counted, { maxAgeMs: 60_000, now: () => clock });
    const first = await service.snapshot();
    await importTariff(store, csv(row('22042100', '0.13')));
    clock += 30_000;
    expect(await service.snapshot()).toBe(first);
    clock += 31_000;
    expect(await service.snapshot()).toBe(first); // stale: answered at once, reload started
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (let i = 0; i < 50 && (await service.snapshot()) === first; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await service.lookup())('2204210000')).toMatchObject({ hsCode: '22042100' });
  });

  it('a load that started before invalidate() does not install its rows', async () => {
    const service = createTariffService(counted);
    const early = service.snapshot();
    service.invalidate();
    await importTariff(store, csv(row('85183000', '0.13')));
    await early;
    expect((await service.lookup())('85183000')).toMatchObject({ hsCode: '85183000' });
  });

  it('a strict import that aborts writes nothing and leaves the quotes as they were', async () => {
    const service = createTariffService(counted);
    const before = (await service.snapshot()).rows.length;
    const report = await service.importCsv(csv(row('01012100', '0.09'), 'x,bad,,,,,'), { strict: true });
    expect(report).toMatchObject({ imported: 0, aborted: true });
    expect((await service.snapshot()).rows).toHaveLength(before);
    expect((await service.lookup())('01012100')).toBeUndefined();
  });
});
