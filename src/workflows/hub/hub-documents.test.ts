import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReceipt, readReceipt, writeDeclaration } from '../../codecs/ceb/canonical/index.js';
import { tariffFromRows } from '../../domain/tax/index.js';
import type { Product } from '../../ports/hub.port.js';
import { DEMO_TARIFF_FILE } from '../demo/seed-demo-world.js';
import { buildDeal, DEMO_GOODS, type DealParties } from '../demo/synthetic-deal.js';
import { parseTariffCsv } from '../tariff/tariff-csv.js';
import { interpret, receiptCause } from './apply-receipt.js';
import { buildInventory, partyNames } from './deal-documents.js';
import { declarationInput, type HubDeclarationType, receiptKeyFor, receiptKeyOf } from './declarations.js';
import { DEFAULT_HUB_POLICY } from './hub.context.js';

const parties: DealParties = {
  ebp: { code: '3301960001', name: '示范跨境商城' },
  ebc: { code: '3301960002', name: '示范商贸有限公司' },
  payment: { code: '3301960003', name: '示范支付' },
  logistics: { code: '3301960004', name: '示范物流' },
  warehouse: { code: '3301960005', name: '示范保税仓' },
  customsCode: '2991',
};
const tariff = tariffFromRows(parseTariffCsv(readFileSync(DEMO_TARIFF_FILE, 'utf8')).rows);
const at = new Date('2025-03-01T02:00:00Z');
const products = new Map<string, Product>(
  DEMO_GOODS.map((g) => [g.itemNo, { participantId: 'par', sku: g.itemNo, name: g.name, hsCode: g.hsCode, originCountry: g.origin, declaredUnit: g.unit, positiveList: 'listed', model: null, barCode: null, updatedAt: at }]),
);
const registry = (code: string) => Object.values(parties).find((p) => typeof p === 'object' && p.code === code) as { code: string; name: string; roles: [] } | undefined;

describe('hub documents', () => {
  const deal = buildDeal(7, parties, tariff, at);
  const { order, waybill } = deal;

  it('composes the inventory from the order, the waybill and the product registry', () => {
    const inv = buildInventory({ order, waybill, copNo: 'HUB1', customs: { customsCode: '2991', tradeMode: '9610' }, products, at });
    expect(inv.ok).toBe(true);
    if (!inv.ok) return;
    expect(inv.value.lines.map((l) => [l.gcode, l.gname, l.qty])).toEqual(deal.inventory.lines.map((l) => [l.gcode, l.gname, l.qty]));
    expect(inv.value).toMatchObject({ copNo: 'HUB1', logisticsNo: waybill.logisticsNo, customsCode: '2991', portCode: '2991', declTime: '20250301' });
    const bonded = buildInventory({ order, waybill, copNo: 'HUB1', customs: { customsCode: '2991', tradeMode: '1210', emsNo: 'T1', areaCode: '3301960005' }, products, at });
    expect(bonded.ok && bonded.value).toMatchObject({ tradeMode: '1210', emsNo: 'T1', areaCode: '3301960005', country: '142' });
    expect(bonded.ok && bonded.value.lines.every((l) => l.itemRecordNo === l.itemNo)).toBe(true);
    const missing = buildInventory({ order, waybill, copNo: 'HUB1', customs: { customsCode: '2991', tradeMode: '9610' }, products: new Map(), at });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.reasons[0]).toMatchObject({ code: 'product.unregistered', field: 'order.lines[0].itemNo' });
  });

  it('writes every declaration the hub sends as XSD-valid CEB XML with the guid fixed beforehand', () => {
    const inv = buildInventory({ order: { ...order, lines: order.lines.map(({ gmodel: _, ...l }) => l) }, waybill, copNo: 'HUB1', customs: { customsCode: '2991', tradeMode: '9610' }, products, at });
    if (!inv.ok) throw new Error('inventory');
    const docs = {
      ...deal,
      order: { ...order, lines: order.lines.map(({ gmodel: _, ...l }) => l) },
      inventory: inv.value,
      invtNo: '29912025I000000001',
      names: partyNames(order, waybill, registry),
      transport: DEFAULT_HUB_POLICY.transport,
      reason: 'cancelled by the buyer',
      returned: new Map([[1, '1']]),
      waybillStatus: { logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo, status: 'S', time: '20250304155831', note: 'delivered and signed for' },
    };
    for (const type of ['CEB311', 'CEB411', 'CEB511', 'CEB513', 'CEB621', 'CEB623', 'CEB625'] as HubDeclarationType[]) {
      const input = declarationInput(type, docs, 'A1B2C3D4-0000-4000-8000-000000000001', at);
      expect(input.documents[0]?.head.guid).toBe('A1B2C3D4-0000-4000-8000-000000000001');
      expect(() => writeDeclaration(input), type).not.toThrow();
    }
  });

  it('finds a declaration from its receipt by the same key', () => {
    const docs = { ...deal, copNo: 'HUB1' };
    const returnTime = at;
    const cases: [HubDeclarationType, Parameters<typeof buildReceipt>[0]][] = [
      ['CEB311', { type: 'CEB312', ebpCode: order.ebpCode, ebcCode: order.ebcCode, orderNo: order.orderNo, returnStatus: '120', returnInfo: 'ok', returnTime }],
      ['CEB411', { type: 'CEB412', payCode: deal.payment.payCode, payTransactionId: deal.payment.payTransactionId, returnStatus: '120', returnInfo: 'ok', returnTime }],
      ['CEB511', { type: 'CEB512', logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo, returnStatus: '120', returnInfo: 'ok', returnTime }],
      ['CEB513', { type: 'CEB514', logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo, logisticsStatus: 'S', returnStatus: '120', returnInfo: 'ok', returnTime }],
      ['CEB621', { type: 'CEB622', copNo: 'HUB1', preNo: '299120250000000001', returnStatus: '800', returnInfo: 'released', returnTime }],
    ];
    for (const [type, receipt] of cases) {
      const read = readReceipt(buildReceipt(receipt));
      if (!('receipts' in read)) throw new Error('not a receipt');
      expect(receiptKeyOf(read.receipts[0]!), type).toBe(receiptKeyFor(type, docs));
    }
  });

  it('reads customs’ answers: accepted, released, approved, refused, and the cause of a refusal', () => {
    expect(interpret('CEB311', '120')).toEqual({ status: 'accepted', final: true });
    expect(interpret('CEB311', '-301011')).toEqual({ status: 'rejected', final: true });
    expect(interpret('CEB621', '2')).toEqual({ status: 'sent', final: false });
    expect(interpret('CEB621', '300')).toEqual({ status: 'accepted', final: false });
    expect(interpret('CEB621', '800')).toEqual({ status: 'released', final: true });
    expect(interpret('CEB621', '899')).toEqual({ status: 'closed', final: true });
    expect(interpret('CEB513', '120')).toEqual({ status: 'accepted', final: true });
    expect(interpret('CEB513', '-505014')).toEqual({ status: 'rejected', final: true });
    expect(interpret('CEB621', '100')).toEqual({ status: 'rejected', final: true });
    expect(interpret('CEB623', '399')).toEqual({ status: 'approved', final: true });
    expect(receiptCause('-621018', '本次购买将超过年度限额')).toBe('-621018');
    expect(receiptCause('100', '[payment.amount] payment.amountPaid: differs; [x] y')).toBe('payment.amount');
    expect(receiptCause('100', 'officer: doubtful')).toBe('100');
  });
});
