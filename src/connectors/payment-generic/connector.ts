import { z } from 'zod';
import { CNY, type Payment } from '../../domain/model/index.js';
import {
  type ConnectorMetadata,
  chinaTimestamp,
  customsCodeField,
  defineConnector,
  type PaymentConnector,
  type PaymentDeps,
  partnerName,
  partnerOk,
  readSignedJson,
  secretField,
  toleranceField,
} from '../sdk/index.js';
import { type PaymentNotificationBody, paymentNotificationBody } from './format.js';

export const genericPaymentSettings = z.object({
  payCode: customsCodeField('Customs code of the payment institution (payCode)'),
  payName: z.string().min(1).max(100).optional().meta({ description: 'Name of the payment institution as registered with customs' }),
  ebpCode: customsCodeField('Customs code of the platform, for notifications that do not name one (ebpCode)'),
  webhookSecret: secretField('Shared secret the institution signs its notifications with (Crossgate-Signature, HMAC-SHA256)'),
  toleranceSeconds: toleranceField(),
});

type Settings = z.output<typeof genericPaymentSettings>;

const metadata: ConnectorMetadata<'payment'> = {
  id: 'generic',
  kind: 'payment',
  label: 'Generic payment notification',
  description:
    'A payment institution or gateway that posts a JSON notification for each payment (succeeded, refunded, failed), signed with a timestamped HMAC-SHA256 header; Crossgate turns it into the canonical payment record (CEB411) it declares.',
  version: '1.0.0',
  capabilities: ['payment-notification'],
  speaks: {
    format: 'Crossgate generic payment notification v1 (JSON, Crossgate-Signature: t=…,v1=…)',
    references: ['src/connectors/payment-generic/samples/payment-notification.schema.json', 'src/connectors/storefront-generic-json/README.md (signature)'],
  },
};

export function toCanonicalPayment(body: PaymentNotificationBody, settings: Settings): Payment {
  const p = body.payment;
  return {
    payCode: settings.payCode,
    ...(settings.payName !== undefined && { payName: settings.payName }),
    payTransactionId: p.transactionId,
    orderNo: p.orderNo,
    ebpCode: p.platformCode ?? settings.ebpCode,
    payer: { idType: p.payer.idType, idNumber: p.payer.idNumber.toUpperCase(), name: p.payer.name, ...(p.payer.phone !== undefined && { telephone: p.payer.phone }) },
    amountPaid: p.amount,
    currency: CNY,
    payTime: chinaTimestamp(new Date(p.paidAt)),
  };
}

export const genericPayment = defineConnector({
  metadata,
  settings: genericPaymentSettings,
  create(settings, _deps: PaymentDeps): PaymentConnector {
    const partner = partnerName(metadata);
    return {
      metadata,
      async receiveNotification(request) {
        const read = readSignedJson(request, paymentNotificationBody, { partner, secrets: settings.webhookSecret, toleranceSeconds: settings.toleranceSeconds });
        if (!read.ok) return read;
        return partnerOk({ eventId: read.value.id, type: read.value.type, occurredAt: read.value.createdAt, payment: toCanonicalPayment(read.value, settings) });
      },
    };
  },
});
