import { CNY, ID_TYPE_RESIDENT_CARD, type Order, type Payment } from '../model/documents.js';
import { type Findings, sameText, withinTolerance } from './compare.js';

/**
 * Order ↔ payment (ceb-messages §4.1, §4.2): linked by platform + order number; the amount paid equals the
 * order's actual paid amount; the payer is the buyer (name and identity number, id type 1); currency 142;
 * when the order names its payment (payCode, payTransactionId) they agree.
 */
export function checkPayment(order: Order, payment: Payment, f: Findings): void {
  if (payment.orderNo !== order.orderNo || payment.ebpCode !== order.ebpCode) {
    f.add(
      'payment.order_link',
      'payment',
      'payment.orderNo',
      `payment is for order ${payment.ebpCode}/${payment.orderNo}, not ${order.ebpCode}/${order.orderNo}`,
    );
  }
  const [paid, amount] = [
    f.num('order', 'order.actualPaid', order.actualPaid),
    f.num('payment', 'payment.amountPaid', payment.amountPaid),
  ];
  if (paid !== undefined && amount !== undefined && !withinTolerance(amount, paid, f.policy.tolerances.paymentAmount)) {
    f.add(
      'payment.amount',
      'payment',
      'payment.amountPaid',
      `amount paid ${payment.amountPaid} differs from the order's actual paid ${order.actualPaid}`,
    );
  }
  if (payment.currency !== CNY)
    f.add('payment.currency', 'payment', 'payment.currency', `currency must be 142 (CNY), not "${payment.currency}"`);
  if (payment.payer.idType !== ID_TYPE_RESIDENT_CARD) {
    f.add(
      'payment.payer_id_type',
      'payment',
      'payment.payer.idType',
      `the payer's id type must be 1, not "${payment.payer.idType}"`,
    );
  }
  if (!sameText(payment.payer.name, order.buyer.name, f.text)) {
    f.add(
      'payment.payer_name',
      'payment',
      'payment.payer.name',
      "the payer's name is not the buyer's name on the order",
    );
  }
  if (payment.payer.idNumber.toUpperCase() !== order.buyer.idNumber.toUpperCase()) {
    f.add('payment.payer_id', 'payment', 'payment.payer.idNumber', "the payer's identity number is not the buyer's");
  }
  if (order.payCode !== undefined && order.payCode !== payment.payCode) {
    f.add(
      'payment.pay_code',
      'payment',
      'payment.payCode',
      `the order names payment company ${order.payCode}, the payment comes from ${payment.payCode}`,
    );
  }
  if (order.payTransactionId !== undefined && order.payTransactionId !== payment.payTransactionId) {
    f.add(
      'payment.transaction_id',
      'payment',
      'payment.payTransactionId',
      `the order names transaction ${order.payTransactionId}, the payment is ${payment.payTransactionId}`,
    );
  }
}
