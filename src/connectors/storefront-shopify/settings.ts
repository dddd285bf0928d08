import { z } from 'zod';
import { customsCodeField, secretField, timeoutField } from '../sdk/index.js';

const attribute = (description: string, fallback: string) => z.string().min(1).max(100).default(fallback).meta({ description });
const code3 = (description: string) => z.string().regex(/^\d{3}$/, 'a 3-digit customs code').optional().meta({ description });

export const shopifySettings = z.object({
  shopDomain: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, 'the shop’s myshopify.com domain')
    .meta({ description: 'The shop (X-Shopify-Shop-Domain), e.g. my-shop.myshopify.com' }),
  apiSecret: secretField("The app's client secret (API secret key): Shopify signs webhooks with it (X-Shopify-Hmac-Sha256)"),
  topics: z
    .array(z.enum(['orders/create', 'orders/paid']))
    .min(1)
    .default(['orders/create', 'orders/paid'])
    .meta({ description: 'Webhook topics accepted as new orders' }),
  ebpCode: customsCodeField('Customs code of the e-commerce platform (ebpCode): the shop, or the marketplace it sells on'),
  ebpName: z.string().min(1).max(100).optional().meta({ description: 'Name of the platform as registered with customs' }),
  ebcCode: customsCodeField('Customs code of the e-commerce enterprise selling the goods (ebcCode)'),
  ebcName: z.string().min(1).max(100).optional().meta({ description: 'Name of the enterprise as registered with customs' }),
  orderNoSource: z
    .enum(['id', 'name', 'order_number'])
    .default('id')
    .meta({ description: 'Which Shopify field becomes the order number declared to customs (id is unique across shops)' }),
  orderNoPrefix: z.string().regex(/^[0-9A-Za-z_-]{0,20}$/).default('').meta({ description: 'Prefix of the declared order number' }),
  idNumberAttribute: attribute("Order note attribute holding the buyer's identity card number (collected at checkout)", 'buyer_id_number'),
  buyerNameAttribute: attribute("Order note attribute holding the buyer's real name as on the identity card", 'buyer_name'),
  payTransactionAttribute: attribute("Order note attribute holding the payment institution's transaction id", 'pay_transaction_id'),
  payCode: z.string().max(18).optional().meta({ description: 'Customs code of the payment institution the shop uses' }),
  payName: z.string().max(100).optional().meta({ description: 'Name of the payment institution' }),
  defaultUnit: code3('Declared unit for SKUs the product registry does not know (leave empty to refuse such orders)'),
  defaultOriginCountry: code3('Country of origin for SKUs the product registry does not know (leave empty to refuse)'),
  notifyUrl: z.url({ protocol: /^https?$/ }).meta({ description: "Where Crossgate sends order status webhooks (the shop's app endpoint)" }),
  notifySecret: secretField('Secret Crossgate signs status webhooks with (Crossgate-Signature)'),
  timeoutMs: timeoutField(),
});

export type ShopifySettings = z.output<typeof shopifySettings>;
