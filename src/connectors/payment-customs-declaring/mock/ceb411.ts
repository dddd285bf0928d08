import { newGuid, type Transfer, writeDeclaration } from '../../../codecs/ceb/canonical/index.js';
import type { Payment } from '../../../domain/model/index.js';

/** `YYYYMMDDhhmmss` in China time. */
const stamp = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);

/**
 * The CEB411 payment record the institution files for a declaration: the payment as the institution recorded it
 * (its real-name record of the payer, not what the merchant sent), unsigned; the institution signs it with its own
 * key before sending it to customs.
 */
export function ceb411Of(payment: Payment, transfer: Transfer, ebpName: string, at: Date): string {
  return writeDeclaration({
    type: 'CEB411',
    transfer,
    documents: [
      {
        head: { guid: newGuid(), appType: '1', appTime: stamp(at), appStatus: '2' },
        kind: 'payment',
        doc: payment,
        extra: { fields: { ebpName } },
      },
    ],
  });
}

export { stamp as chinaStamp };
