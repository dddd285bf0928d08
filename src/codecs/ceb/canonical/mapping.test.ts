import { describe, expect, it } from 'vitest';
import { inventoryLinks, orderKey, paymentOrderLink, waybillKey, waybillOrderLink } from '../../../domain/model/index.js';
import { sample } from '../sample/sample.js';
import { AMOUNTS } from '../sample/scenario.js';
import { readSample } from '../testing/samples.js';
import { validateCeb } from '../validate.js';
import { errorOf } from './canonical.test-kit.js';
import { readDeclaration } from './read-declaration.js';
import type { CanonicalDocOf, CanonicalDocument, CanonicalKind, DeclarationType } from './types.js';
import { writeDeclaration } from './write-declaration.js';

const TRANSFER = { copCode: '3301960ABC', copName: '示例跨境电商平台有限公司', dxpMode: 'DXP', dxpId: 'DXPENT0000000001' };

function first<K extends CanonicalKind>(type: DeclarationType, kind: K, xml: string | Buffer = sample(type)): CanonicalDocument & { doc: CanonicalDocOf<K> } {
  const d = readDeclaration(xml, { unsigned: true }).documents[0];
  if (d?.kind !== kind) throw new Error(`expected a ${kind}`);
  return d as CanonicalDocument & { doc: CanonicalDocOf<K> };
}

describe('wire → canonical field mapping', () => {
  it('CEB311: acturalPaid → actualPaid, buyer and consignee nested, gnum numbers, wire-only fields in extra', () => {
    const { doc: order, head, extra } = first('CEB311', 'order');
    expect(order.actualPaid).toBe(AMOUNTS.acturalPaid);
    expect('acturalPaid' in order).toBe(false);
    expect(order.buyer).toEqual({ idType: '1', idNumber: '110101199001010000', name: '张三', telephone: '13800000000', regNo: 'buyer-10001' });
    expect(order.consignee).toEqual({ name: '张三', telephone: '13800000000', address: '浙江省杭州市西湖区示例路1号', district: '330106' });
    expect(order.lines.map((l) => [l.gnum, l.qty, l.price, l.totalPrice])).toEqual([
      [1, '2', '59.90', '119.80'],
      [2, '1', '80.00', '80.00'],
    ]);
    expect(head).toEqual({ guid: 'C0FFEE00-0311-4024-8501-000000000001', appType: '1', appTime: '20240501103000', appStatus: '2' });
    expect(extra?.fields).toEqual({ orderType: 'I' });
  });

  it('CEB311 official sample: amounts stay decimal strings as written; extras keep what the model lacks', () => {
    const { doc, extra } = first('CEB311', 'order', readSample('202205', 'import', 'CEB311Message.xml'));
    expect([doc.goodsValue, doc.freight, doc.taxTotal, doc.discount, doc.actualPaid]).toEqual(['14000', '5000', '50', '0', '19050']);
    expect(extra).toEqual({ fields: { orderType: 'I', batchNumbers: '20160317', note: 'test' }, lines: [{ itemDescribe: 'v', note: '' }, { itemDescribe: 'v', note: '' }] });
  });

  it('CEB411: payer* and telephone → payer', () => {
    const { doc } = first('CEB411', 'payment');
    expect(doc.payer).toEqual({ idType: '1', idNumber: '110101199001010000', name: '张三', telephone: '13800000000' });
    expect(doc).toMatchObject({ amountPaid: AMOUNTS.acturalPaid, payTime: '20240501102900', orderNo: 'CG20240501000001' });
  });

  it('CEB511 and CEB513: consignee nested; logisticsStatus/logisticsTime → status/time', () => {
    expect(first('CEB511', 'waybill').doc.consignee).toEqual({ name: '张三', telephone: '13800000000', address: '浙江省杭州市西湖区示例路1号' });
    expect(first('CEB513', 'waybill-status').doc).toMatchObject({ status: 'S', time: '20240503150000', logisticsNo: 'LP2024050100001CN' });
  });

  it('CEB621: buyer nested, lines with numeric gnum, names and transport kept as extras', () => {
    const { doc, extra } = first('CEB621', 'inventory');
    expect(doc.buyer).toEqual({ idType: '1', idNumber: '110101199001010000', name: '张三', telephone: '13800000000' });
    expect(doc.lines.map((l) => [l.gnum, l.gcode, l.qty1, l.unit1])).toEqual([
      [1, '1901101000', '1.8', '035'],
      [2, '2106909090', '0.12', '035'],
    ]);
    expect(extra?.fields).toMatchObject({ agentName: '示例报关服务有限公司', ieFlag: 'I', packNo: '1' });
  });

  it('CEB623, CEB625, CEB711: cancel, refund lines, parcels', () => {
    expect(first('CEB623', 'cancel').doc).toMatchObject({ invtNo: '29242024I000000001', buyer: { name: '张三' } });
    expect(first('CEB625', 'refund').doc.lines.map((l) => [l.gnum, l.gcode, l.qty])).toEqual([
      [1, '1901101000', '2'],
      [2, '2106909090', '1'],
    ]);
    expect(first('CEB711', 'delivery').doc.parcels).toEqual([{ gnum: 1, logisticsNo: 'LP2024050100001CN' }]);
  });

  it('the canonical documents of one deal find each other with the domain keys', () => {
    const order = first('CEB311', 'order').doc;
    const inventory = first('CEB621', 'inventory').doc;
    const payment = first('CEB411', 'payment').doc;
    const waybill = first('CEB511', 'waybill').doc;
    expect(inventoryLinks(inventory)).toEqual({ order: orderKey(order), payment: paymentOrderLink(payment), waybill: waybillKey(waybill) });
    expect(waybillOrderLink(waybill)).toBe(waybillOrderLink(order));
  });
});

describe('writeDeclaration from documents the hub builds', () => {
  const order = first('CEB311', 'order');
  const built: CanonicalDocument = { head: order.head, kind: 'order', doc: order.doc };

  it('fills the values the standard fixes (orderType I) and validates', () => {
    const xml = writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [built] });
    expect(validateCeb(xml).errors).toEqual([]);
    expect(xml).toContain('<ceb:orderType>I</ceb:orderType>');
    expect(xml).toContain(`<ceb:acturalPaid>${AMOUNTS.acturalPaid}</ceb:acturalPaid>`);
    expect(readDeclaration(xml).documents[0]?.doc).toEqual(order.doc);
  });

  it('keeps documents in the given order', () => {
    const docs = ['A', 'B', 'C'].map((n): CanonicalDocument => ({ ...built, kind: 'order', doc: { ...order.doc, orderNo: `ORDER-${n}` } }));
    const back = readDeclaration(writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [docs[2], docs[0], docs[1]].filter((d) => d !== undefined) }));
    expect(back.documents.map((d) => (d.kind === 'order' ? d.doc.orderNo : ''))).toEqual(['ORDER-C', 'ORDER-A', 'ORDER-B']);
  });

  it('the canonical document wins over its extras', () => {
    const doc: CanonicalDocument = { ...built, kind: 'order', extra: { fields: { orderNo: 'STALE', note: 'kept' } } };
    const back = readDeclaration(writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [doc] })).documents[0];
    expect(back?.kind === 'order' && back.doc.orderNo).toBe(order.doc.orderNo);
    expect(back?.extra?.fields).toEqual({ orderType: 'I', note: 'kept' });
  });

  it('a required wire field missing from document and extras → ceb.encode_invalid naming it', () => {
    const { ebpName: _dropped, ...rest } = order.doc;
    const error = errorOf(() => writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [{ ...built, kind: 'order', doc: rest }] }));
    expect(error.code).toBe('ceb.encode_invalid');
    expect(String(error.details['first'])).toContain('ebpName');
  });

  it('shape errors → ceb.encode_shape', () => {
    const payment = first('CEB411', 'payment');
    const entry = first('CEB711', 'delivery');
    const cases: [() => unknown, string][] = [
      [() => writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [payment] }), 'a payment document cannot go into CEB311'],
      [() => writeDeclaration({ type: 'CEB711', transfer: TRANSFER, documents: [entry, entry] }), 'exactly one document'],
      [() => writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [{ ...built, extra: { lines: [{}, {}, {}] } }] }), 'extra.lines'],
      [() => writeDeclaration({ type: 'CEB311', transfer: TRANSFER, documents: [{ ...built, extra: { fields: { orderTyp: 'I' } } }] }), 'unknown property orderTyp'],
    ];
    for (const [fn, reason] of cases) {
      const error = errorOf(fn);
      expect(error.code).toBe('ceb.encode_shape');
      expect(error.message).toContain(reason);
    }
  });

  it('zero documents → ceb.encode_invalid (the XSD wants 1..100)', () => {
    expect(errorOf(() => writeDeclaration({ type: 'CEB411', transfer: TRANSFER, documents: [] })).code).toBe('ceb.encode_invalid');
  });

  it('keeps subscriptions and a foreign extension', () => {
    const decl = readDeclaration(sample('CEB411'));
    const input = {
      ...decl,
      subscriptions: [{ status: 'ALL', dxpMode: 'DXP', dxpAddress: 'DXPENT0000000002' }],
      extension: { name: 'other', version: '2', message: '<x:a xmlns:x="urn:x">1</x:a>' },
    };
    const back = readDeclaration(writeDeclaration(input));
    expect(back.subscriptions).toEqual(input.subscriptions);
    expect(back.extension).toEqual(input.extension);
  });
});
