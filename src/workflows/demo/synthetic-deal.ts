import { type CanonicalDocument, newGuid, readDeclaration, writeDeclaration } from '../../codecs/ceb/canonical/index.js';
import type { DeclarationType } from '../../codecs/ceb/canonical/types.js';
import { sample } from '../../codecs/ceb/sample/sample.js';
import { idCheckCharacter } from '../../domain/identity/index.js';
import type { Consignee, Inventory, Order, Payment, Person, Waybill } from '../../domain/model/index.js';
import { quoteTax, type TariffLookup } from '../../domain/tax/index.js';
import { add, formatDecimal, formatFen, mul, parseDecimal, parseFen, ZERO } from '../../kernel/money.js';

/** The parties of a synthetic deal: codes and names as registered. */
export interface DealParties {
  readonly ebp: { readonly code: string; readonly name: string };
  readonly ebc: { readonly code: string; readonly name: string };
  readonly payment: { readonly code: string; readonly name: string };
  readonly logistics: { readonly code: string; readonly name: string };
  /** The bonded-zone warehouse enterprise a 1210 inventory names (areaCode); needed for bonded deals only. */
  readonly warehouse?: { readonly code: string; readonly name: string };
  readonly customsCode: string;
}

export interface DealItem {
  readonly hsCode: string;
  readonly name: string;
  readonly unit: string;
  readonly price: string;
  readonly qty: string;
  readonly origin: string;
  readonly itemNo: string;
  /** The line's legal quantity and unit (qty1, unit1) when not the declared ones, e.g. 0.02 of 035 (kg) for a 20 g jar. */
  readonly legal?: { readonly qty: string; readonly unit: string };
}

/** Ways a deal can be inconsistent; each must be stopped by the matching (`crossgate demo --inconsistent`). */
export const DEAL_FLAWS = [
  'payment-amount',
  'payer-not-buyer',
  'consignee-phone',
  'buyer-id',
  'goods-name',
  'over-limit',
  'not-listed',
  'missing-payment',
] as const;
export type DealFlaw = (typeof DEAL_FLAWS)[number];

export interface DealDocuments {
  readonly order: Order;
  readonly payment: Payment;
  readonly waybill: Waybill;
  readonly inventory: Inventory;
  /** The tax customs will compute (what the order withholds). */
  readonly tax: string;
  readonly flaw: DealFlaw | undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid 18-digit resident ID number, different for each n (region 110101, born 1990). */
export function residentIdFor(n: number): string {
  const body = `110101${19900101 + (n % 28)}${pad(n % 1000, 3)}`;
  return `${body}${idCheckCharacter(body)}`;
}

const money = (text: string) => {
  const r = parseDecimal(text);
  return r.ok ? r.value : ZERO;
};

/** YYYYMMDDhhmmss in China time. */
export const chinaStamp = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);

/** A catalogue of goods on the demo tariff's positive list (resources/tariff/demo-tariff.csv). */
export const DEMO_GOODS: readonly DealItem[] = [
  { hsCode: '1901101000', name: '婴儿配方奶粉 900克', unit: '122', price: '199.00', qty: '2', origin: '601', itemNo: 'SKU-FORMULA-900' },
  { hsCode: '6403990090', name: '真皮短靴', unit: '025', price: '480.00', qty: '1', origin: '304', itemNo: 'SKU-BOOT-38' },
  { hsCode: '0801320000', name: '去壳腰果 500克', unit: '122', price: '45.50', qty: '4', origin: '502', itemNo: 'SKU-CASHEW-500' },
  { hsCode: '2204210000', name: '干红葡萄酒 750毫升', unit: '142', price: '128.00', qty: '3', origin: '305', itemNo: 'SKU-WINE-750' },
];

/**
 * The four documents of one import deal, consistent with each other and with the tariff (the order withholds the
 * tax customs will compute), or carrying one named flaw.
 */
export function buildDeal(
  n: number,
  parties: DealParties,
  tariff: TariffLookup,
  at: Date,
  options: { flaw?: DealFlaw; tradeMode?: '9610' | '1210'; items?: readonly DealItem[] } = {},
): DealDocuments {
  const flaw = options.flaw;
  const tradeMode = options.tradeMode ?? '9610';
  const warehouse = parties.warehouse;
  if (tradeMode === '1210' && !warehouse) {
    throw new Error('a bonded (1210) deal needs parties.warehouse: its inventory names the zone warehouse enterprise (areaCode)');
  }
  let items = options.items ?? [DEMO_GOODS[n % DEMO_GOODS.length]!, DEMO_GOODS[(n + 1) % DEMO_GOODS.length]!];
  if (flaw === 'over-limit') items = items.map((i) => ({ ...i, price: '3000.00', qty: '1' }));
  if (flaw === 'not-listed') items = [{ hsCode: '2402200000', name: '卷烟', unit: '035', price: '200.00', qty: '1', origin: '303', itemNo: 'SKU-CIG' }];
  const orderNo = `CG${chinaStamp(at).slice(0, 8)}${pad(n, 8)}`;
  const idNumber = residentIdFor(n);
  const buyer: Person = { idType: '1', idNumber: flaw === 'buyer-id' ? `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}` : idNumber, name: `买家${pad(n % 10000, 4)}`, telephone: `138${pad(n % 100_000_000, 8)}` };
  const consignee: Consignee = { name: buyer.name, telephone: buyer.telephone ?? '', address: `浙江省杭州市西湖区文三路${(n % 500) + 1}号` };
  const freight = '10.00';
  const lines = items.map((item, i) => ({
    gnum: i + 1,
    itemNo: item.itemNo,
    itemName: item.name,
    gmodel: `${item.name}|品牌:示例`,
    unit: item.unit,
    qty: item.qty,
    price: item.price,
    totalPrice: formatDecimal(mul(money(item.price), money(item.qty)), 2),
    currency: '142',
    country: item.origin,
  }));
  const goodsValue = lines.reduce((a, l) => add(a, money(l.totalPrice)), ZERO);
  const quote = quoteTax(
    {
      // exactly what customs computes from the inventory (domain/matching quoteRequestFromInventory): no rate overrides
      items: items.map((i, k) => ({
        hsCode: i.hsCode,
        name: i.name,
        qty: i.qty,
        unitPrice: i.price,
        totalPrice: lines[k]!.totalPrice,
        legalQuantity: { qty: i.legal?.qty ?? i.qty, unitCode: i.legal?.unit ?? i.unit },
      })),
      freight,
      insurance: '0',
      buyer: { idNumber },
    },
    { tariff },
  );
  const tax = quote.channel === 'refused' ? '0.00' : quote.total;
  const actualPaid = formatDecimal(add(add(goodsValue, money(freight)), money(tax)), 2);
  const payTransactionId = `PAY${chinaStamp(at)}${pad(n, 8)}`;
  const order: Order = {
    orderNo,
    ebpCode: parties.ebp.code,
    ebpName: parties.ebp.name,
    ebcCode: parties.ebc.code,
    ebcName: parties.ebc.name,
    goodsValue: formatDecimal(goodsValue, 2),
    freight,
    discount: '0',
    taxTotal: tax,
    actualPaid,
    currency: '142',
    buyer: { ...buyer, regNo: `member${n}` },
    payCode: parties.payment.code,
    payName: parties.payment.name,
    payTransactionId,
    consignee,
    lines,
  };
  const payer = flaw === 'payer-not-buyer' ? { ...buyer, name: `代付人${n}`, idNumber: residentIdFor(n + 500_000) } : buyer;
  const paid = parseFen(actualPaid);
  const amountPaid = flaw === 'payment-amount' && paid.ok ? formatFen(paid.value + 1000n) : actualPaid;
  const payment: Payment = { payCode: parties.payment.code, payName: parties.payment.name, payTransactionId, orderNo, ebpCode: parties.ebp.code, payer, amountPaid, currency: '142', payTime: chinaStamp(at) };
  const logisticsNo = `CGX${pad(n, 10)}`;
  const waybill: Waybill = {
    logisticsCode: parties.logistics.code,
    logisticsName: parties.logistics.name,
    logisticsNo,
    orderNo,
    freight,
    insuredFee: '0',
    currency: '142',
    weight: '1.5',
    consignee: flaw === 'consignee-phone' ? { ...consignee, telephone: '13900000000' } : consignee,
    goodsInfo: items.map((i) => i.name).join(';').slice(0, 200),
  };
  const inventory: Inventory = {
    copNo: `COP${pad(n, 12)}`,
    orderNo,
    ebpCode: parties.ebp.code,
    ebcCode: parties.ebc.code,
    logisticsCode: parties.logistics.code,
    logisticsNo,
    assureCode: parties.ebc.code,
    agentCode: parties.ebc.code,
    tradeMode,
    customsCode: parties.customsCode,
    portCode: parties.customsCode,
    declTime: chinaStamp(at).slice(0, 8),
    buyer,
    consigneeAddress: consignee.address,
    country: tradeMode === '1210' ? '142' : (items[0]?.origin ?? '142'),
    freight,
    insuredFee: '0',
    currency: '142',
    grossWeight: '1.5',
    netWeight: '1.2',
    ...(tradeMode === '1210' && warehouse && { emsNo: 'T2991W000001', areaCode: warehouse.code }),
    lines: items.map((item, i) => ({
      gnum: i + 1,
      itemNo: item.itemNo,
      ...(tradeMode === '1210' && { itemRecordNo: item.itemNo }),
      itemName: item.name,
      gcode: item.hsCode,
      gname: flaw === 'goods-name' && i === 0 ? `${item.name}（另一款）` : item.name,
      gmodel: `${item.name}|品牌:示例`,
      country: item.origin,
      currency: '142',
      qty: item.qty,
      unit: item.unit,
      qty1: item.legal?.qty ?? item.qty,
      unit1: item.legal?.unit ?? item.unit,
      price: item.price,
      totalPrice: lines[i]!.totalPrice,
    })),
  };
  return { order, payment, waybill, inventory, tax, flaw };
}

const templates = new Map<DeclarationType, CanonicalDocument>();
function template(type: DeclarationType): CanonicalDocument {
  let t = templates.get(type);
  if (!t) {
    t = readDeclaration(sample(type, '202205'), { unsigned: true }).documents[0] as CanonicalDocument;
    templates.set(type, t);
  }
  return t;
}

const head = (at: Date, appStatus = '2') => ({ guid: newGuid(), appType: '1', appTime: chinaStamp(at), appStatus });

/** The unsigned declarations of a deal, each as its sender transmits it (`copCode` = the sender's code). */
export function dealDeclarations(
  deal: DealDocuments,
  parties: DealParties,
  at: Date,
  dxpIdOf: (code: string) => string = (code) => `DXPENT${code.slice(-10).padStart(10, '0')}`,
): { type: DeclarationType; senderCode: string; xml: string }[] {
  const transfer = (p: { code: string; name: string }) => ({ copCode: p.code, copName: p.name, dxpMode: 'DXP', dxpId: dxpIdOf(p.code) });
  const inv = template('CEB621');
  const names = { ebpName: parties.ebp.name, ebcName: parties.ebc.name, logisticsName: parties.logistics.name, agentName: parties.ebc.name };
  const invExtra = { ...inv.extra, fields: { ...inv.extra?.fields, ...names, ieDate: chinaStamp(at).slice(0, 8) }, lines: [] };
  const out: { type: DeclarationType; senderCode: string; xml: string }[] = [
    { type: 'CEB311', senderCode: parties.ebp.code, xml: writeDeclaration({ type: 'CEB311', transfer: transfer(parties.ebp), documents: [{ head: head(at), kind: 'order', doc: deal.order, ...(template('CEB311').extra && { extra: template('CEB311').extra }) }] }) },
    { type: 'CEB511', senderCode: parties.logistics.code, xml: writeDeclaration({ type: 'CEB511', transfer: transfer(parties.logistics), documents: [{ head: head(at), kind: 'waybill', doc: deal.waybill, extra: { fields: { packNo: '1' } } }] }) },
    { type: 'CEB621', senderCode: parties.ebc.code, xml: writeDeclaration({ type: 'CEB621', transfer: transfer(parties.ebc), documents: [{ head: head(at, '2'), kind: 'inventory', doc: deal.inventory, extra: invExtra }] }) },
  ];
  if (deal.flaw !== 'missing-payment') {
    out.splice(1, 0, { type: 'CEB411', senderCode: parties.payment.code, xml: writeDeclaration({ type: 'CEB411', transfer: transfer(parties.payment), documents: [{ head: head(at), kind: 'payment', doc: deal.payment, extra: { fields: { ebpName: parties.ebp.name } } }] }) });
  }
  return out;
}
