import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { codecFor } from '../registry.js';
import { sample } from '../sample/sample.js';
import { readSample } from '../testing/samples.js';
import { decodeDomain, encodeDomain, fromDomain, toDomain } from './mapper.js';
import { DOMAIN_MESSAGES, type DomainMessageType } from './naming.js';

const types = Object.keys(DOMAIN_MESSAGES) as DomainMessageType[];
const withOfficialSample = types.filter((t) => !['CEB816', 'CEB818', 'CEB900'].includes(t));

describe('domain model of the import messages', () => {
  it.each(withOfficialSample)('%s: official sample → domain → wire is lossless', (type) => {
    const wire = codecFor(type).decode(readSample('202205', 'import', `${type}Message.xml`));
    expect(fromDomain(type, toDomain(type, wire))).toEqual(wire);
  });

  it.each(types)('%s: sample → domain → XML validates and decodes back to the same domain object', (type) => {
    const domain = decodeDomain(type, sample(type));
    expect(decodeDomain(type, encodeDomain(type, domain))).toEqual(domain);
  });

  it('uses clean names, numbers for line numbers and strings for money', () => {
    const message = decodeDomain('CEB311', sample('CEB311'));
    const order = message.orders[0];
    expect(order).toMatchObject({
      orderNo: 'CG20240501000001',
      platformCode: '3301960ABC',
      merchantCode: '3301960DEF',
      actualPaid: '217.98',
      goodsValue: '199.80',
      currency: '142',
    });
    expect(order?.lines.map((l) => [l.lineNo, l.quantity, l.price])).toEqual([
      [1, '2', '59.90'],
      [2, '1', '80.00'],
    ]);
    expect(message.transfer.senderCode).toBe('3301960ABC');
    expect(order && 'acturalPaid' in order).toBe(false);
  });

  it('folds heads into documents and names the lists', () => {
    const inventory = decodeDomain('CEB621', sample('CEB621')).inventories[0];
    expect(inventory).toMatchObject({ inventoryNo: '29242024I000000001', waybillNo: 'LP2024050100001CN', packageCount: 1 });
    expect(inventory?.lines[0]).toMatchObject({ lineNo: 1, hsCode: '1901101000', legalQuantity: '1.8', legalUnit: '035' });
    const entry = decodeDomain('CEB711', sample('CEB711')).warehouseEntry;
    expect(entry.parcels).toEqual([{ lineNo: 1, waybillNo: 'LP2024050100001CN' }]);
    expect(decodeDomain('CEB411', sample('CEB411')).payments[0]?.payerTelephone).toBe('13800000000');
    expect(decodeDomain('CEB622', sample('CEB622')).receipts[0]).toMatchObject({ returnStatus: '800', internalNo: 'CGINV20240501001' });
  });

  it('refuses message types without a domain model', () => {
    try {
      decodeDomain('CEB303' as 'CEB311', sample('CEB303'));
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('ceb.domain_unsupported');
    }
  });
});
