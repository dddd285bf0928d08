import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { decodeCeb } from '../any-message.js';
import { addDecimals, compareDecimals, multiplyDecimal, subtractDecimal } from '../decimal.js';
import { messageTypes } from '../registry.js';
import { EDITIONS } from '../schema-model.js';
import { validateCeb } from '../validate.js';
import { sample, sampleMessage } from './sample.js';

const cases = EDITIONS.flatMap((edition) => messageTypes(edition).map((type) => [type, edition] as const));

describe('sample(type, edition)', () => {
  it.each(cases)('%s (%s) is valid against the official XSD and decodes', (type, edition) => {
    const xml = sample(type, edition);
    const result = validateCeb(xml, { edition });
    expect(result.errors).toEqual([]);
    expect(result.message).toBe(type);
    expect(decodeCeb(xml, { edition }).type).toBe(type);
  });

  it('is deterministic', () => {
    expect(sample('CEB621')).toBe(sample('CEB621'));
  });

  it('rejects unknown types and types missing from an edition with coded errors', () => {
    for (const [type, edition, code] of [
      ['CEB999', '202205', 'ceb.unknown_message'],
      ['CEB213', '2018', 'ceb.edition_mismatch'],
    ] as const) {
      try {
        sample(type as 'CEB311', edition);
        expect.unreachable();
      } catch (error) {
        expect(isAppError(error) && error.code).toBe(code);
      }
    }
  });
});

describe('the import samples tell one consistent story', () => {
  const order = sampleMessage('CEB311').Order[0];
  const payment = sampleMessage('CEB411').Payment[0]?.PaymentHead;
  const waybill = sampleMessage('CEB511').Logistics[0]?.LogisticsHead;
  const inventory = sampleMessage('CEB621').Inventory[0];
  const tax = sampleMessage('CEB816').Tax[0];
  const refund = sampleMessage('CEB625').InvtRefund[0];
  const entry = sampleMessage('CEB711').Delivery;
  if (!order || !payment || !waybill || !inventory || !tax || !refund) throw new Error('sample incomplete');
  const head = order.OrderHead;

  it('order amounts: totalPrice = qty × price, goodsValue = Σ totalPrice, acturalPaid identity', () => {
    for (const line of order.OrderList) expect(compareDecimals(line.totalPrice, multiplyDecimal(line.qty, line.price))).toBe(0);
    expect(compareDecimals(head.goodsValue, addDecimals(order.OrderList.map((l) => l.totalPrice)))).toBe(0);
    const expected = subtractDecimal(addDecimals([head.goodsValue, head.freight, head.taxTotal]), head.discount);
    expect(compareDecimals(head.acturalPaid, expected)).toBe(0);
    expect(head.currency).toBe('142');
  });

  it('payment matches the order (amount, order number, payer = buyer)', () => {
    expect(payment.amountPaid).toBe(head.acturalPaid);
    expect([payment.orderNo, payment.ebpCode, payment.payTransactionId]).toEqual([head.orderNo, head.ebpCode, head.payTransactionId]);
    expect([payment.payerName, payment.payerIdNumber]).toEqual([head.buyerName, head.buyerIdNumber]);
  });

  it('waybill matches the order (order number and consignee)', () => {
    expect(waybill.orderNo).toBe(head.orderNo);
    expect([waybill.consignee, waybill.consigneeTelephone, waybill.consigneeAddress]).toEqual([
      head.consignee,
      head.consigneeTelephone,
      head.consigneeAddress,
    ]);
  });

  it('inventory lines correspond to the order lines; weights add up; keys are shared', () => {
    const ih = inventory.InventoryHead;
    expect([ih.orderNo, ih.ebpCode, ih.ebcCode, ih.logisticsNo, ih.logisticsCode]).toEqual([
      head.orderNo,
      head.ebpCode,
      head.ebcCode,
      waybill.logisticsNo,
      waybill.logisticsCode,
    ]);
    expect(inventory.InventoryList.map((l) => [l.gnum, l.gname, l.qty, l.totalPrice])).toEqual(
      order.OrderList.map((l) => [l.gnum, l.itemName, l.qty, l.totalPrice]),
    );
    expect(compareDecimals(ih.netWeight, addDecimals(inventory.InventoryList.map((l) => l.qty1)))).toBe(0);
    expect(entry.DeliveryList.map((d) => d.logisticsNo)).toEqual([waybill.logisticsNo]);
  });

  it('tax bill adds up to the tax withheld on the order; refund lines reference inventory lines', () => {
    expect(tax.TaxHeadRd.invtNo).toBe(inventory.InventoryHead.invtNo);
    expect(compareDecimals(addDecimals(tax.TaxListRd.map((l) => l.valueAddedTax)), tax.TaxHeadRd.valueAddedTax)).toBe(0);
    expect(compareDecimals(addDecimals([tax.TaxHeadRd.customsTax, tax.TaxHeadRd.valueAddedTax, tax.TaxHeadRd.consumptionTax]), head.taxTotal)).toBe(0);
    expect(refund.InvtRefundHead.invtNo).toBe(inventory.InventoryHead.invtNo);
    expect(refund.InvtRefundList.map((l) => [l.gnum, l.gcode])).toEqual(inventory.InventoryList.map((l) => [l.gnum, l.gcode]));
  });
});
