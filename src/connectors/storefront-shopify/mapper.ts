import { CNY, type Order, type OrderLine } from '../../domain/model/index.js';
import { add, formatDecimal, mul, parseDecimal, type Rational, ZERO } from '../../kernel/money.js';
import { type PartnerResult, partnerFail, partnerOk, type ProductLookup } from '../sdk/index.js';
import type { ShopifySettings } from './settings.js';
import { gidNumber, type ShopifyAddress, type ShopifyOrder } from './wire.js';

/**
 * Shopify order → canonical order (CEB311):
 *
 * | canonical                 | Shopify                                                                 |
 * |---------------------------|-------------------------------------------------------------------------|
 * | orderNo                   | prefix + id (from admin_graphql_api_id) / name without "#" / order_number |
 * | goodsValue                | total_line_items_price                                                  |
 * | freight                   | Σ shipping_lines[].price                                                |
 * | discount                  | total_discounts                                                         |
 * | taxTotal                  | total_tax (prices must exclude tax: taxes_included false)               |
 * | actualPaid                | total_price                                                             |
 * | buyer.idNumber / name     | note_attributes[idNumberAttribute / buyerNameAttribute]; name falls back to billing_address.name |
 * | buyer.telephone           | shipping_address.phone, else customer.phone, else phone                 |
 * | buyer.regNo               | customer.admin_graphql_api_id (numeric part)                            |
 * | consignee                 | shipping_address: name, phone, province city address1 address2          |
 * | payTransactionId          | note_attributes[payTransactionAttribute]                                |
 * | lines[i]                  | line_items[i]: sku → itemNo, quantity, price; unit, origin and declared name from the product registry |
 *
 * Amounts are normalised to two decimals; only CNY orders can be declared (import documents are in yuan).
 */
type Fail = PartnerResult<never>;

const dec = (text: string): Rational => {
  const r = parseDecimal(text);
  return r.ok ? r.value : ZERO;
};
const yuan = (text: string) => formatDecimal(dec(text), 2);
const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

function attribute(order: ShopifyOrder, name: string): string | undefined {
  const value = order.note_attributes.find((a) => a.name === name)?.value;
  return value === null || value === undefined || String(value).trim() === '' ? undefined : String(value).trim();
}

const fullName = (a: { first_name?: string | null; last_name?: string | null } | null | undefined) =>
  [a?.last_name, a?.first_name].filter(present).join('') || undefined;

function addressLine(a: ShopifyAddress): string {
  return [a.province, a.city, a.address1, a.address2].filter(present).join(' ');
}

function orderNumber(order: ShopifyOrder, settings: ShopifySettings): string {
  const base =
    settings.orderNoSource === 'id'
      ? (gidNumber(order.admin_graphql_api_id) ?? '')
      : settings.orderNoSource === 'name'
        ? order.name.replace(/^#/, '')
        : String(order.order_number);
  return `${settings.orderNoPrefix}${base}`;
}

async function lines(order: ShopifyOrder, settings: ShopifySettings, products: ProductLookup | undefined, fail: (code: string, d: 'permanent' | 'needs-human', m: string, details?: Record<string, unknown>) => Fail): Promise<PartnerResult<OrderLine[]>> {
  const out: OrderLine[] = [];
  for (const [i, item] of order.line_items.entries()) {
    if (!present(item.sku)) return fail('order.sku_missing', 'needs-human', `line ${i + 1} ("${item.title}") has no SKU: the product registry cannot supply its customs facts`);
    const facts = products ? await products(item.sku) : undefined;
    const unit = facts?.unit ?? settings.defaultUnit;
    const country = facts?.originCountry ?? settings.defaultOriginCountry;
    if (unit === undefined || country === undefined) {
      return fail('order.product_unregistered', 'needs-human', `SKU ${item.sku} is not in the product registry (declared unit and origin unknown)`, { sku: item.sku });
    }
    const qty = String(item.quantity);
    const model = facts?.model ?? (present(item.variant_title) ? item.variant_title : undefined);
    out.push({
      gnum: i + 1,
      itemNo: item.sku,
      itemName: facts?.declaredName ?? item.title,
      ...(model !== undefined && { gmodel: model }),
      ...(facts?.barCode !== undefined && { barCode: facts.barCode }),
      unit,
      qty,
      price: yuan(item.price),
      totalPrice: formatDecimal(mul(dec(item.price), dec(qty)), 2),
      currency: CNY,
      country,
    });
  }
  return partnerOk(out);
}

export async function toCanonicalOrder(
  order: ShopifyOrder,
  settings: ShopifySettings,
  partner: string,
  products: ProductLookup | undefined,
): Promise<PartnerResult<Order>> {
  const fail = (code: string, disposition: 'permanent' | 'needs-human', message: string, details?: Record<string, unknown>): Fail =>
    partnerFail(partner, code, disposition, message, { shopifyOrder: order.name, ...details });
  if (order.currency !== 'CNY') return fail('order.currency_unsupported', 'permanent', `the order is in ${order.currency}; import declarations are in CNY`);
  if (order.taxes_included) {
    return fail('order.taxes_included', 'needs-human', 'the shop includes tax in prices; customs needs goods values without the cross-border tax (turn off "taxes included")');
  }
  const orderNo = orderNumber(order, settings);
  if (!/^[0-9A-Za-z_-]{1,60}$/.test(orderNo)) return fail('order.number_invalid', 'permanent', `"${orderNo}" cannot be a customs order number (1–60 letters, digits, _ or -)`);
  const idNumber = attribute(order, settings.idNumberAttribute);
  const ship = order.shipping_address;
  if (idNumber === undefined) {
    return fail('order.buyer_identity_missing', 'needs-human', `the order has no "${settings.idNumberAttribute}" note attribute: the buyer's identity number was not collected`);
  }
  if (!ship || !present(ship.address1)) return fail('order.shipping_address_missing', 'permanent', 'the order has no shipping address');
  const telephone = [ship.phone, order.customer?.phone, order.phone].find(present);
  if (telephone === undefined) return fail('order.telephone_missing', 'needs-human', 'neither the shipping address nor the customer has a telephone number');
  const buyerName = attribute(order, settings.buyerNameAttribute) ?? order.billing_address?.name ?? fullName(order.customer);
  const consigneeName = (present(ship.name) ? ship.name : undefined) ?? fullName(ship) ?? buyerName;
  if (buyerName === undefined || consigneeName === undefined) return fail('order.buyer_name_missing', 'needs-human', "the buyer's real name is missing");
  const items = await lines(order, settings, products, fail);
  if (!items.ok) return items;
  const regNo = gidNumber(order.customer?.admin_graphql_api_id);
  const payTransactionId = attribute(order, settings.payTransactionAttribute);
  return partnerOk({
    orderNo,
    ebpCode: settings.ebpCode,
    ...(settings.ebpName !== undefined && { ebpName: settings.ebpName }),
    ebcCode: settings.ebcCode,
    ...(settings.ebcName !== undefined && { ebcName: settings.ebcName }),
    goodsValue: yuan(order.total_line_items_price),
    freight: formatDecimal(order.shipping_lines.map((s) => dec(s.price)).reduce(add, ZERO), 2),
    discount: yuan(order.total_discounts),
    taxTotal: yuan(order.total_tax),
    actualPaid: yuan(order.total_price),
    currency: CNY,
    buyer: { idType: '1', idNumber: idNumber.toUpperCase(), name: buyerName, telephone, ...(regNo !== undefined && { regNo }) },
    ...(settings.payCode !== undefined && { payCode: settings.payCode }),
    ...(settings.payName !== undefined && { payName: settings.payName }),
    ...(payTransactionId !== undefined && { payTransactionId }),
    consignee: { name: consigneeName, telephone: present(ship.phone) ? ship.phone : telephone, address: addressLine(ship) },
    lines: items.value,
  });
}

