import { hmacSha256, signPayload } from '../../connectors/index.js';
import type { Order, Payment } from '../../domain/model/index.js';

/**
 * The demo's partners speaking their real formats: a storefront posting its order webhook (Crossgate's generic
 * JSON, or Shopify's orders/create with X-Shopify-Hmac-Sha256), and a payment institution posting its payment
 * notification. Each returns the exact bytes and headers to POST.
 */
export interface OutgoingWebhook {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export const SHOP_DOMAIN = 'crossgate-demo.myshopify.com';

/** The generic JSON order webhook (storefront-generic-json/README.md), signed with Crossgate-Signature. */
export function genericOrderWebhook(order: Order, secret: string, at: Date, options: { lineName?: (i: number, name: string) => string } = {}): OutgoingWebhook {
  const body = JSON.stringify({
    id: `evt_${order.orderNo}`,
    type: 'order.created',
    createdAt: at.toISOString(),
    livemode: true,
    order: {
      id: `so_${order.orderNo}`,
      orderNo: order.orderNo,
      placedAt: at.toISOString(),
      paid: true,
      currency: 'CNY',
      goodsValue: order.goodsValue,
      freight: order.freight,
      discount: order.discount,
      taxTotal: order.taxTotal,
      actualPaid: order.actualPaid,
      buyer: { name: order.buyer.name, idType: '1', idNumber: order.buyer.idNumber, phone: order.buyer.telephone ?? '', ...(order.buyer.regNo && { memberId: order.buyer.regNo }) },
      consignee: { name: order.consignee.name, phone: order.consignee.telephone, address: order.consignee.address },
      payment: { ...(order.payCode && { payCode: order.payCode }), ...(order.payName && { payName: order.payName }), ...(order.payTransactionId && { transactionId: order.payTransactionId }) },
      lines: order.lines.map((l, i) => ({
        sku: l.itemNo ?? `LINE${l.gnum}`,
        name: options.lineName ? options.lineName(i, l.itemName) : l.itemName,
        ...(l.gmodel && { model: l.gmodel }),
        unit: l.unit,
        originCountry: l.country,
        quantity: l.qty,
        unitPrice: l.price,
        total: l.totalPrice,
      })),
    },
  });
  return { body, headers: { 'content-type': 'application/json', 'crossgate-signature': signPayload(secret, body, at) } };
}

/**
 * Shopify's orders/create webhook for the order: the REST Order JSON, the buyer's identity in note attributes.
 * `financialStatus: 'pending'`: created before the buyer paid; `topic: 'orders/paid'`: the webhook that follows
 * once the buyer has paid.
 */
export function shopifyOrderWebhook(order: Order, numericId: number, apiSecret: string, at: Date, options: { readonly financialStatus?: 'paid' | 'pending'; readonly topic?: 'orders/create' | 'orders/paid' } = {}): OutgoingWebhook {
  const topic = options.topic ?? 'orders/create';
  const gid = `gid://shopify/Order/${820982911946154508n + BigInt(numericId)}`;
  const body = JSON.stringify({
    id: Number(820982911946154508n + BigInt(numericId)),
    admin_graphql_api_id: gid,
    name: `#${order.orderNo}`,
    order_number: 1000 + numericId,
    created_at: at.toISOString(),
    currency: 'CNY',
    financial_status: options.financialStatus ?? 'paid',
    test: false,
    taxes_included: false,
    phone: order.buyer.telephone ?? null,
    total_price: order.actualPaid,
    total_tax: order.taxTotal,
    total_discounts: order.discount,
    total_line_items_price: order.goodsValue,
    note_attributes: [
      { name: 'buyer_id_number', value: order.buyer.idNumber },
      { name: 'buyer_name', value: order.buyer.name },
      ...(order.payTransactionId ? [{ name: 'pay_transaction_id', value: order.payTransactionId }] : []),
    ],
    line_items: order.lines.map((l) => ({ title: l.itemName, variant_title: null, quantity: Number(l.qty), price: l.price, sku: l.itemNo ?? null })),
    shipping_lines: [{ title: 'Standard', price: order.freight }],
    shipping_address: { name: order.consignee.name, phone: order.consignee.telephone, address1: order.consignee.address, country_code: 'CN' },
    billing_address: { name: order.buyer.name },
    customer: { admin_graphql_api_id: `gid://shopify/Customer/${7000 + numericId}`, phone: order.buyer.telephone ?? null },
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-shopify-topic': topic,
      'x-shopify-hmac-sha256': hmacSha256(apiSecret, body).toString('base64'),
      'x-shopify-shop-domain': SHOP_DOMAIN,
      'x-shopify-api-version': '2025-01',
      'x-shopify-event-id': `sev_${order.orderNo}${topic === 'orders/create' ? '' : '_paid'}`,
      'x-shopify-webhook-id': `swh_${order.orderNo}${topic === 'orders/create' ? '' : '_paid'}`,
      'x-shopify-triggered-at': at.toISOString(),
    },
  };
}

/** The generic payment notification (payment-generic/format.ts), signed with Crossgate-Signature. */
export function paymentNotification(payment: Payment, secret: string, at: Date): OutgoingWebhook {
  const body = JSON.stringify({
    id: `pay_${payment.payTransactionId}`,
    type: 'payment.succeeded',
    createdAt: at.toISOString(),
    payment: {
      transactionId: payment.payTransactionId,
      orderNo: payment.orderNo,
      platformCode: payment.ebpCode,
      amount: payment.amountPaid,
      currency: 'CNY',
      paidAt: at.toISOString(),
      payer: { name: payment.payer.name, idType: '1', idNumber: payment.payer.idNumber, ...(payment.payer.telephone && { phone: payment.payer.telephone }) },
    },
  });
  return { body, headers: { 'content-type': 'application/json', 'crossgate-signature': signPayload(secret, body, at) } };
}
