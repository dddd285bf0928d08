import { z } from 'zod';

/**
 * Crossgate's generic payment notification: the JSON a payment institution (or a PSP gateway in front of it) posts
 * when a payment succeeds, is refunded or fails, signed with `Crossgate-Signature` like every generic webhook.
 * Published as `samples/payment-notification.schema.json`; example `samples/payment-succeeded.json`.
 */
const instant = (description: string) => z.iso.datetime({ offset: true }).meta({ description });

export const paymentNotificationBody = z
  .object({
    id: z.string().min(1).max(64).meta({ description: 'Unique id of this notification; a repeat carries the same id' }),
    type: z.enum(['payment.succeeded', 'payment.refunded', 'payment.failed']).meta({ description: 'What happened to the payment' }),
    createdAt: instant('When it happened, ISO 8601 with offset'),
    payment: z.object({
      transactionId: z.string().min(1).max(60).meta({ description: "The institution's transaction id (payTransactionId)" }),
      orderNo: z.string().regex(/^[0-9A-Za-z_-]{1,60}$/).meta({ description: 'The order number the payment was made for' }),
      platformCode: z
        .string()
        .regex(/^[0-9A-Z]{1,18}$/)
        .optional()
        .meta({ description: 'Customs code of the platform the order was placed on (default: the connection’s)' }),
      amount: z.string().regex(/^\d{1,15}(?:\.\d{1,2})?$/).meta({ description: 'Amount paid, yuan as a decimal string' }),
      currency: z.literal('CNY').meta({ description: 'Always CNY' }),
      paidAt: instant('When the payment was made'),
      payer: z.object({
        name: z.string().min(1).max(60).meta({ description: "The payer's real name" }),
        idType: z.literal('1').default('1').meta({ description: '1 = PRC resident identity card' }),
        idNumber: z.string().regex(/^\d{17}[\dXx]$/).meta({ description: "The payer's identity card number" }),
        phone: z.string().min(5).max(50).optional().meta({ description: "The payer's telephone" }),
      }),
    }),
  })
  .meta({ id: 'CrossgatePaymentNotification', title: 'Crossgate generic payment notification' });

export type PaymentNotificationBody = z.output<typeof paymentNotificationBody>;

export const paymentNotificationJsonSchema = () => z.toJSONSchema(paymentNotificationBody, { io: 'input' });
