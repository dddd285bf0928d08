import { z } from 'zod';

/**
 * The part of Shopify's REST `Order` resource, as the `orders/create` and `orders/paid` webhooks deliver it, that
 * the mapping reads (field names as Shopify sends them; the rest of the payload is ignored). Amounts are strings
 * in the shop currency ("199.00", sometimes "0.0"). Numeric ids may exceed 2^53 and lose precision in
 * `JSON.parse`, so exact ids are read from `admin_graphql_api_id` ("gid://shopify/Order/820982911946154508").
 * Sources: Shopify's sample `orders/create` payload and the REST Admin API Order resource (see metadata).
 */
const amount = z.string().regex(/^\d+(?:\.\d+)?$/, 'an amount as a decimal string');
const text = z.string().nullish();

const address = z
  .object({
    name: text,
    first_name: text,
    last_name: text,
    phone: text,
    address1: text,
    address2: text,
    city: text,
    province: text,
    zip: text,
    country: text,
    country_code: text,
  })
  .nullish();

export const shopifyOrder = z.object({
  admin_graphql_api_id: z.string().regex(/^gid:\/\/shopify\/Order\/\d+$/),
  name: z.string().min(1),
  order_number: z.number().int().positive(),
  created_at: z.string(),
  currency: z.string().length(3),
  financial_status: text,
  test: z.boolean().default(false),
  taxes_included: z.boolean().default(false),
  phone: text,
  total_price: amount,
  total_tax: amount,
  total_discounts: amount,
  total_line_items_price: amount,
  note_attributes: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]).nullish() })).default([]),
  line_items: z
    .array(
      z.object({
        title: z.string(),
        variant_title: text,
        quantity: z.number().int().positive(),
        price: amount,
        sku: text,
      }),
    )
    .min(1),
  shipping_lines: z.array(z.object({ title: z.string().nullish(), price: amount })).default([]),
  shipping_address: address,
  billing_address: address,
  customer: z
    .object({ admin_graphql_api_id: z.string().nullish(), first_name: text, last_name: text, phone: text })
    .nullish(),
});

export type ShopifyOrder = z.output<typeof shopifyOrder>;
export type ShopifyAddress = NonNullable<ShopifyOrder['shipping_address']>;

/** The numeric id at the end of a Shopify GID, as text (exact). */
export const gidNumber = (gid: string | null | undefined): string | undefined => /\/(\d+)$/.exec(gid ?? '')?.[1];
