import { describe, expect, it } from 'vitest';
import { sample } from '../sample/sample.js';
import { EDITIONS } from '../schema-model.js';
import { readSample } from '../testing/samples.js';
import { validateCeb } from '../validate.js';
import { buildReceipt } from './build-receipt.js';
import { errorOf } from './canonical.test-kit.js';
import { buildFormatReceipt } from './format-receipt.js';
import { readReceipt } from './read-receipt.js';
import { RECEIPT_TYPES, type ReceiptInput, type TaxBillInput, type TaxStatusInput } from './receipt-types.js';
import { buildTaxBill, buildTaxStatus } from './tax-bill.js';

/** 2024-05-01 10:30:00.123 in China (02:30 UTC). */
const AT = new Date(Date.UTC(2024, 4, 1, 2, 30, 0, 123));
const common = { returnStatus: '120', returnTime: AT, returnInfo: '海关入库' };
const inventoryKeys = { copNo: 'CGINV20240501001', preNo: 'B20240501000000001', invtNo: '29242024I000000001' };

const INPUTS: readonly ReceiptInput[] = [
  { type: 'CEB312', ...common, ebpCode: '3301960ABC', ebcCode: '3301960DEF', orderNo: 'CG20240501000001' },
  { type: 'CEB412', ...common, payCode: '3301960PAY', payTransactionId: 'PAY2024050100000001' },
  { type: 'CEB512', ...common, logisticsCode: '3301960LOG', logisticsNo: 'LP2024050100001CN' },
  { type: 'CEB514', ...common, returnStatus: '2', logisticsCode: '3301960LOG', logisticsNo: 'LP2024050100001CN', logisticsStatus: 'S' },
  { type: 'CEB622', ...common, returnStatus: '800', ...inventoryKeys, customsCode: '2924', ebpCode: '3301960ABC', ebcCode: '3301960DEF', agentCode: '3301960AGT' },
  { type: 'CEB624', ...common, ...inventoryKeys, agentCode: '3301960AGT' },
  { type: 'CEB626', guid: 'ABCDEF00-0000-4000-8000-000000000626', ...common, copNo: 'CGREF1', preNo: 'B20240501000000002' },
  { type: 'CEB712', ...common, rkdNo: '010220240501000001', operatorCode: '3301960OPR' },
];

const cases = EDITIONS.flatMap((edition) => INPUTS.map((input) => [input.type, edition, input] as const));

describe('buildReceipt / readReceipt', () => {
  it('covers every receipt type', () => {
    expect(INPUTS.map((i) => i.type)).toEqual([...RECEIPT_TYPES]);
  });

  it.each(cases)('%s (%s): XSD-valid, reads back to the input, rebuilds the same XML', (type, edition, input) => {
    const xml = buildReceipt(input, edition);
    expect(validateCeb(xml, { edition }).errors).toEqual([]);
    const read = readReceipt(xml, { edition });
    expect(read.type).toBe(type);
    if (!('receipts' in read)) throw new Error('expected receipts');
    const [receipt] = read.receipts;
    expect(read.receipts).toHaveLength(1);
    expect(receipt?.guid).toMatch(/^[0-9A-F-]{36}$/);
    expect(read.guid).toBe(receipt?.guid);
    expect(receipt).toEqual({ ...input, guid: receipt?.guid });
    expect(buildReceipt(read.receipts, edition)).toBe(xml);
  });

  it('writes returnTime as YYYYMMDDhhmmssSSS in China time and keeps a given guid', () => {
    const xml = buildReceipt(INPUTS[6] as ReceiptInput);
    expect(xml).toContain('<ceb:returnTime>20240501103000123</ceb:returnTime>');
    expect(xml).toContain('guid="ABCDEF00-0000-4000-8000-000000000626"');
    const midnight = buildReceipt({ ...(INPUTS[0] as ReceiptInput), returnTime: new Date('2024-12-31T16:00:00.000Z') });
    expect(midnight).toContain('<ceb:returnTime>20250101000000000</ceb:returnTime>');
  });

  it('cuts returnInfo to the XSD maximum (1000 characters, not bytes)', () => {
    const xml = buildReceipt({ ...(INPUTS[0] as ReceiptInput), returnInfo: '退'.repeat(1200) });
    expect(validateCeb(xml).errors).toEqual([]);
    const read = readReceipt(xml);
    expect('receipts' in read && read.receipts[0]?.returnInfo).toBe('退'.repeat(1000));
  });

  it('batches receipts of one type in one message, in order; refuses mixed or empty batches', () => {
    const a = INPUTS[0] as ReceiptInput;
    const batch = [a, { ...a, orderNo: 'CG2', returnStatus: '100', returnInfo: '退单' }];
    const read = readReceipt(buildReceipt(batch));
    expect('receipts' in read && read.receipts.map((r) => [r.returnStatus, r.guid === read.guid])).toEqual([
      ['120', true],
      ['100', false],
    ]);
    expect(errorOf(() => buildReceipt([a, INPUTS[1] as ReceiptInput])).code).toBe('ceb.encode_shape');
    expect(errorOf(() => buildReceipt([])).code).toBe('ceb.encode_shape');
  });

  it('refuses what the XSD refuses, and invalid dates', () => {
    expect(errorOf(() => buildReceipt({ ...(INPUTS[0] as ReceiptInput), returnInfo: '' })).code).toBe('ceb.encode_invalid');
    expect(errorOf(() => buildReceipt({ ...(INPUTS[0] as ReceiptInput), returnTime: new Date(Number.NaN) })).code).toBe('ceb.encode_shape');
  });

  it.each(INPUTS.map((i) => i.type))('reads the official %s sample; rebuilding it gives valid, equal receipts', (type) => {
    const read = readReceipt(readSample('202205', 'import', `${type}Message.xml`));
    if (!('receipts' in read)) throw new Error('expected receipts');
    expect(read.receipts.length).toBeGreaterThan(0);
    const rebuilt = buildReceipt(read.receipts);
    expect(validateCeb(rebuilt).errors).toEqual([]);
    // the root guid is the first receipt's when Crossgate writes; some official samples differ there
    expect(readReceipt(rebuilt)).toEqual({ ...read, guid: read.receipts[0]?.guid });
  });

  it('refuses declarations (ceb.not_a_receipt) and returnTimes that are no time (ceb.schema_invalid)', () => {
    expect(errorOf(() => readReceipt(sample('CEB311')))).toMatchObject({ code: 'ceb.not_a_receipt', details: { type: 'CEB311' } });
    const xml = buildReceipt(INPUTS[0] as ReceiptInput).replace('20240501103000123', '20241301103000123');
    expect(errorOf(() => readReceipt(xml))).toMatchObject({ code: 'ceb.schema_invalid', details: { path: '/CEB312Message/OrderReturn[1]/returnTime' } });
  });
});

describe('buildFormatReceipt (CEB900)', () => {
  const original = '<?xml version="1.0"?>\r\n<ceb:CEB311Message>]]> & < broken';
  const input = { returnStatus: '-1', returnInfo: '报文格式错误', returnTime: AT, oriCopMsgId: 'COP-1', oriMessageType: 'CEB311Message', oriBizMessage: original };

  it.each(EDITIONS)('carries the original message as CDATA, is XSD-valid and reads back (%s)', (edition) => {
    const xml = buildFormatReceipt(input, edition);
    expect(xml).toContain('<ceb:oriBizMessage><![CDATA[<?xml version="1.0"?>]]>&#13;<![CDATA[\n<ceb:CEB311Message>]]]]><![CDATA[> & < broken]]></ceb:oriBizMessage>');
    expect(validateCeb(xml, { edition }).errors).toEqual([]);
    const read = readReceipt(xml, { edition });
    if (read.type !== 'CEB900') throw new Error('expected CEB900');
    expect(read.receipt).toEqual({ ...input, guid: read.guid });
    expect(buildFormatReceipt(read.receipt, edition)).toBe(xml);
  });

  it('never refuses its input: characters XML cannot carry become U+FFFD, lengths are cut', () => {
    const xml = buildFormatReceipt({ ...input, oriCopMsgId: undefined, oriBizMessage: 'a\u0001b', returnInfo: 'x'.repeat(6000), oriMessageType: 'Unknown-but-far-too-long' });
    const read = readReceipt(xml);
    if (read.type !== 'CEB900') throw new Error('expected CEB900');
    expect(read.receipt).toMatchObject({ oriBizMessage: 'a\uFFFDb', oriCopMsgId: '', oriMessageType: 'Unknown-but-far' });
    expect(read.receipt.returnInfo).toHaveLength(5000);
  });
});

describe('buildTaxBill (CEB816) and buildTaxStatus (CEB818)', () => {
  const bill: TaxBillInput = {
    returnTime: AT,
    invtNo: '29242024I000000001',
    taxNo: '29242024I000000001001',
    customsTax: '0',
    valueAddedTax: '18.18',
    consumptionTax: '0',
    status: '1',
    entDutyNo: 'D1',
    assureCode: '3301960DEF',
    customsCode: '2924',
    note: '',
    lines: [
      { gnum: 1, gcode: '1901101000', taxPrice: '119.80', customsTax: '0', valueAddedTax: '10.90', consumptionTax: '0' },
      { gnum: 2, gcode: '2106909090', taxPrice: '80.00', customsTax: '0', valueAddedTax: '7.28', consumptionTax: '0' },
    ],
  };
  const status: TaxStatusInput = { returnTime: AT, invtNo: bill.invtNo, taxNo: bill.taxNo, status: '2', assureCode: '3301960DEF' };

  it.each(EDITIONS)('tax bills (batched) are XSD-valid and read back (%s)', (edition) => {
    const xml = buildTaxBill([bill, { ...bill, taxNo: 'T2', lines: bill.lines.slice(0, 1) }], edition);
    expect(validateCeb(xml, { edition }).errors).toEqual([]);
    const read = readReceipt(xml, { edition });
    if (read.type !== 'CEB816') throw new Error('expected CEB816');
    expect(read.taxBills.map((b) => b.taxNo)).toEqual([bill.taxNo, 'T2']);
    expect(read.taxBills[0]).toEqual({ ...bill, guid: read.guid });
    expect(buildTaxBill(read.taxBills, edition)).toBe(xml);
  });

  it.each(EDITIONS)('tax bill statuses are XSD-valid and read back (%s)', (edition) => {
    const xml = buildTaxStatus(status, edition);
    expect(validateCeb(xml, { edition }).errors).toEqual([]);
    const read = readReceipt(xml, { edition });
    if (read.type !== 'CEB818') throw new Error('expected CEB818');
    expect(read.taxStatuses).toEqual([{ ...status, guid: read.guid }]);
    expect(buildTaxStatus(read.taxStatuses, edition)).toBe(xml);
  });

  it('reads the Crossgate samples of 816, 818 and 900', () => {
    expect(readReceipt(sample('CEB816')).type).toBe('CEB816');
    expect(readReceipt(sample('CEB818')).type).toBe('CEB818');
    expect(readReceipt(sample('CEB900')).type).toBe('CEB900');
  });
});
