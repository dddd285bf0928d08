import type { Payment } from '../../../domain/model/index.js';
import type { PaymentHead } from '../generated/202205/import.types.js';
import { docMapping } from './doc-mapping.js';
import { personOf } from './wire-fields.js';

/** CEB411 payment ↔ `Payment`. `payer*` and `telephone` → `payer`. Extras: ebpName, note. */

function toPayment(h: PaymentHead): Payment {
  return {
    payCode: h.payCode,
    payName: h.payName,
    payTransactionId: h.payTransactionId,
    orderNo: h.orderNo,
    ebpCode: h.ebpCode,
    payer: personOf(h.payerIdType, h.payerIdNumber, h.payerName, h.telephone),
    amountPaid: h.amountPaid,
    currency: h.currency,
    payTime: h.payTime,
  };
}

function fromPayment(p: Payment): { head: Partial<PaymentHead>; lines: [] } {
  return {
    head: {
      payCode: p.payCode,
      payName: p.payName,
      payTransactionId: p.payTransactionId,
      orderNo: p.orderNo,
      ebpCode: p.ebpCode,
      payerIdType: p.payer.idType,
      payerIdNumber: p.payer.idNumber,
      payerName: p.payer.name,
      telephone: p.payer.telephone,
      amountPaid: p.amountPaid,
      currency: p.currency,
      payTime: p.payTime,
    },
    lines: [],
  };
}

export const paymentMapping = docMapping(toPayment, fromPayment);
