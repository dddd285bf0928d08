import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPaymentContract } from '../sdk/contracts/payment.contract.js';
import { type InboundRequest, signPayload } from '../sdk/index.js';
import { genericPayment } from './connector.js';
import { paymentNotificationJsonSchema } from './format.js';

const sample = (name: string) => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');
const body = sample('payment-succeeded.json');
const SECRET = 'whsec_payment_test_0123456789';
const settings = { payCode: '3301960003', payName: 'Demo Pay 示范支付', ebpCode: '3301960001', webhookSecret: SECRET };
const signed = (raw: string, at: Date, secret = SECRET, signedAt = at): InboundRequest => ({
  headers: { 'crossgate-signature': signPayload(secret, raw, signedAt) },
  rawBody: raw,
  receivedAt: at,
});

runPaymentContract({
  name: 'generic',
  definition: genericPayment,
  create: async () => genericPayment.fromSettings(settings, {}),
  fixtures: {
    settings,
    personalData: ['330106199003071236', '13812345678', '张晓明'],
    notification: {
      genuine: (at) => signed(body, at),
      expected: {
        type: 'payment.succeeded',
        payment: {
          payCode: '3301960003',
          payName: 'Demo Pay 示范支付',
          payTransactionId: 'PAY202503010958120001',
          orderNo: 'GJ2025030100000001',
          ebpCode: '3301960001',
          payer: { idType: '1', idNumber: '330106199003071236', name: '张晓明', telephone: '13812345678' },
          amountPaid: '643.69',
          currency: '142',
          payTime: '20250301095812',
        },
      },
      forged: (at) => signed(body, at, 'whsec_not_the_institution_00'),
      unsigned: (at) => ({ headers: {}, rawBody: body, receivedAt: at }),
      malformed: (at) => signed('{"id":"x","type":"payment.succeeded","payment":{"amount":643.69}}', at),
      stale: (at) => signed(body, at, SECRET, new Date(at.getTime() - 3_600_000)),
    },
  },
  skip: {
    PA08: 'a notification-only connector: the hub declares the CEB411 itself, the institution declares nothing',
    PA09: 'a notification-only connector: no customs declaration exchange to repeat',
    PA10: 'a notification-only connector: no declaration state to follow',
    PA11: 'a notification-only connector: identity is carried in the notification, not checked by the institution',
    PA12: 'a notification-only connector: it makes no outgoing call that could be refused',
    PA13: 'a notification-only connector: it makes no outgoing call that could fail to connect',
  },
});

describe('generic payment notification: format', () => {
  it('publishes the JSON Schema of the format as a file, equal to the zod source', () => {
    expect(JSON.parse(sample('payment-notification.schema.json'))).toEqual(paymentNotificationJsonSchema());
  });

  it('uses the connection’s platform code when the notification names none', async () => {
    const at = new Date('2025-03-01T02:00:00Z');
    const raw = body.replace('"platformCode": "3301960001",', '');
    const r = await genericPayment.fromSettings({ ...settings, ebpCode: '3301969999' }, {}).receiveNotification?.(signed(raw, at));
    expect(r?.ok && r.value.payment.ebpCode).toBe('3301969999');
  });
});
