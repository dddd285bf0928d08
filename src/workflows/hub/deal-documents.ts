import type { WaybillRequest } from '../../connectors/sdk/index.js';
import type { EnterpriseRegistry, Inventory, InventoryLine, Order, Payment, Person, Waybill } from '../../domain/model/index.js';
import { CNY } from '../../domain/model/index.js';
import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import type { DealCustoms, Product } from '../../ports/hub.port.js';

/**
 * The documents the hub composes for customs from what the partners gave it: the inventory (CEB621) from the
 * order, the waybill and the product registry (HS code, declared name, origin, unit of each SKU); the payment the
 * hub expects the institution to declare. Pure.
 */

/** YYYYMMDDhhmmss in China time. */
export const chinaStamp = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);

const DEFAULT_WEIGHT = '1';

/** What the carrier is asked for an order's waybill. */
export function waybillRequest(order: Order, customs: DealCustoms | undefined): WaybillRequest {
  return {
    orderNo: order.orderNo,
    consignee: order.consignee,
    freight: order.freight,
    insuredFee: '0',
    weightKg: customs?.parcelWeightKg ?? DEFAULT_WEIGHT,
    goodsInfo: order.lines.map((l) => l.itemName).join(';').slice(0, 200),
  };
}

/** The buyer as customs documents name them (no storefront member id). */
export const buyerOf = (order: Order): Person => ({
  idType: order.buyer.idType,
  idNumber: order.buyer.idNumber,
  name: order.buyer.name,
  ...(order.buyer.telephone !== undefined && { telephone: order.buyer.telephone }),
});

/** The payment record the hub expects the institution to declare: the order's amount, paid by the buyer. */
export function expectedPayment(order: Order, payCode: string, payName: string | undefined): Payment {
  return {
    payCode,
    ...(payName !== undefined && { payName }),
    payTransactionId: order.payTransactionId ?? '',
    orderNo: order.orderNo,
    ebpCode: order.ebpCode,
    payer: buyerOf(order),
    amountPaid: order.actualPaid,
    currency: CNY,
  };
}

export interface InventoryInput {
  readonly order: Order;
  readonly waybill: Waybill;
  readonly copNo: string;
  readonly customs: DealCustoms;
  /** The deal owner's products by SKU. */
  readonly products: ReadonlyMap<string, Product>;
  readonly at: Date;
}

/**
 * The inventory of an order: one line per order line, its customs facts from the product registry. A line whose
 * SKU is not registered cannot be declared (`product.unregistered`).
 */
export function buildInventory(input: InventoryInput): Result<Inventory> {
  const { order, waybill, customs, products } = input;
  const bonded = customs.tradeMode === '1210';
  const problems: Reason[] = [];
  const lines: InventoryLine[] = [];
  order.lines.forEach((line, i) => {
    const product = line.itemNo === undefined ? undefined : products.get(line.itemNo);
    if (!product) {
      problems.push({
        code: 'product.unregistered',
        field: `order.lines[${i}].itemNo`,
        message: `SKU ${line.itemNo ?? '(none)'} of line ${line.gnum} is not in the product registry: its HS code and declared name are unknown`,
      });
      return;
    }
    lines.push({
      gnum: line.gnum,
      itemNo: product.sku,
      ...(bonded && { itemRecordNo: product.sku }),
      itemName: line.itemName,
      gcode: product.hsCode,
      gname: product.name,
      gmodel: line.gmodel ?? product.model ?? product.name,
      country: product.originCountry,
      currency: CNY,
      qty: line.qty,
      unit: product.declaredUnit,
      qty1: line.qty,
      unit1: product.declaredUnit,
      price: line.price,
      totalPrice: line.totalPrice,
    });
  });
  if (problems.length > 0) return fail(...problems);
  const weight = waybill.weight ?? customs.parcelWeightKg ?? DEFAULT_WEIGHT;
  return ok({
    copNo: input.copNo,
    orderNo: order.orderNo,
    ebpCode: order.ebpCode,
    ebcCode: order.ebcCode,
    logisticsCode: waybill.logisticsCode,
    logisticsNo: waybill.logisticsNo,
    assureCode: order.ebcCode,
    agentCode: order.ebcCode,
    tradeMode: customs.tradeMode,
    customsCode: customs.customsCode,
    portCode: customs.portCode ?? customs.customsCode,
    declTime: chinaStamp(input.at).slice(0, 8),
    buyer: buyerOf(order),
    consigneeAddress: order.consignee.address,
    country: bonded ? CNY : (lines[0]?.country ?? CNY),
    freight: order.freight,
    insuredFee: '0',
    currency: CNY,
    grossWeight: weight,
    netWeight: weight,
    ...(bonded && customs.emsNo !== undefined && { emsNo: customs.emsNo }),
    ...(bonded && customs.areaCode !== undefined && { areaCode: customs.areaCode }),
    lines,
  });
}

/** Registered names of the parties (the documents may not carry them; the inventory must). */
export function partyNames(order: Order, waybill: Waybill | undefined, registry: EnterpriseRegistry) {
  const name = (code: string, given?: string) => given ?? registry(code)?.name ?? code;
  return {
    ebpName: name(order.ebpCode, order.ebpName),
    ebcName: name(order.ebcCode, order.ebcName),
    logisticsName: waybill ? name(waybill.logisticsCode, waybill.logisticsName) : '',
    agentName: name(order.ebcCode, order.ebcName),
  };
}
