import { z } from 'zod';

/**
 * Crossgate's generic order webhook: the JSON any storefront can send (README.md beside this file). This schema is
 * the single source of the format: it validates bodies and is published as `samples/order-webhook.schema.json`.
 * Money is yuan as decimal strings (never JSON numbers); customs codes are the customs code tables'.
 */
const money = (description: string) =>
  z.string().regex(/^\d{1,15}(?:\.\d{1,2})?$/, 'yuan as a decimal string with at most 2 decimals').meta({ description });
const code3 = (description: string) => z.string().regex(/^\d{3}$/, 'a 3-digit customs code').meta({ description });
const instant = (description: string) => z.iso.datetime({ offset: true }).meta({ description });

const line = z.object({
  sku: z.string().min(1).max(60).meta({ description: "The merchant's item number" }),
  name: z.string().min(1).max(250).meta({ description: 'Goods name as declared to customs (must match the inventory)' }),
  model: z.string().max(510).optional().meta({ description: 'Specification and model (gmodel)' }),
  barCode: z.string().max(50).optional().meta({ description: 'Bar code of the goods' }),
  unit: code3('Declared unit, customs unit code (e.g. 011 piece, 122 box)'),
  originCountry: code3('Country of origin, customs 3-digit country code (e.g. 601 Australia)'),
  quantity: z.string().regex(/^\d{1,14}(?:\.\d{1,5})?$/, 'a positive decimal').meta({ description: 'Quantity in the declared unit' }),
  unitPrice: money('Unit price in yuan'),
  total: money('Line total in yuan: unitPrice × quantity'),
});

const person = {
  name: z.string().min(1).max(60).meta({ description: 'Real name, as on the identity card' }),
  phone: z.string().min(5).max(50).meta({ description: 'Telephone number' }),
};

export const orderWebhookBody = z
  .object({
    id: z.string().min(1).max(64).meta({ description: 'Unique id of this event; repeats of a delivery carry the same id' }),
    type: z.enum(['order.created', 'order.paid']).meta({ description: 'order.created, or order.paid when payment completes later' }),
    createdAt: instant('When the event happened, ISO 8601 with offset'),
    livemode: z.boolean().default(true).meta({ description: 'false for test orders' }),
    order: z.object({
      id: z.string().min(1).max(64).optional().meta({ description: "The storefront's own order id (default: orderNo)" }),
      orderNo: z.string().regex(/^[0-9A-Za-z_-]{1,60}$/, '1–60 letters, digits, _ or -').meta({ description: 'Order number declared to customs' }),
      placedAt: instant('When the order was placed'),
      paid: z.boolean().default(true).meta({ description: 'Whether the order is paid' }),
      currency: z.literal('CNY').meta({ description: 'Always CNY: import declarations are in yuan' }),
      goodsValue: money('Goods value: the sum of the line totals'),
      freight: money('Freight charged to the buyer'),
      discount: money('Non-cash deductions (points, vouchers)').default('0'),
      taxTotal: money('Cross-border tax collected from the buyer'),
      actualPaid: money('Amount paid: goodsValue + freight + taxTotal − discount'),
      buyer: z.object({
        ...person,
        idType: z.literal('1').default('1').meta({ description: '1 = PRC resident identity card' }),
        idNumber: z.string().regex(/^\d{17}[\dXx]$/, 'an 18-character resident ID number').meta({ description: 'Identity card number' }),
        memberId: z.string().max(60).optional().meta({ description: "The buyer's account on the storefront" }),
      }),
      consignee: z.object({
        ...person,
        address: z.string().min(1).max(200).meta({ description: 'Delivery address' }),
        district: z.string().max(6).optional().meta({ description: 'Administrative division code of the address' }),
      }),
      payment: z
        .object({
          payCode: z.string().max(18).optional().meta({ description: 'Customs code of the payment institution' }),
          payName: z.string().max(100).optional().meta({ description: 'Name of the payment institution' }),
          transactionId: z.string().max(60).optional().meta({ description: "The payment institution's transaction id" }),
        })
        .optional()
        .meta({ description: 'The payment, when known' }),
      lines: z.array(line).min(1).max(100).meta({ description: 'Order lines, in order (line 1 first)' }),
    }),
  })
  .meta({ id: 'CrossgateOrderWebhook', title: 'Crossgate generic order webhook', description: 'An order event sent by a storefront to Crossgate' });

export type OrderWebhookBody = z.output<typeof orderWebhookBody>;

/** The published JSON Schema of the body. */
export const orderWebhookJsonSchema = () => z.toJSONSchema(orderWebhookBody, { io: 'input' });
