import { addDecimals, multiplyDecimal, subtractDecimal } from '../decimal.js';

/**
 * One consistent import story the samples tell: a buyer orders two items (9610 direct purchase by air);
 * order, payment, waybill, inventory, tax bill and receipts all share the same keys and amounts:
 * `totalPrice = qty × price`, `goodsValue = Σ totalPrice`, `acturalPaid = goodsValue + freight + taxTotal − discount`,
 * payment `amountPaid = acturalPaid`, inventory lines ↔ order lines by `gnum`, `netWeight = Σ qty1`.
 * Export messages reuse the parties and lines. All values are fictitious.
 */

export interface SampleLine {
  readonly itemNo: string;
  readonly itemName: string;
  readonly gcode: string;
  readonly gmodel: string;
  readonly barCode: string;
  readonly unit: string;
  readonly qty: string;
  readonly price: string;
  readonly unit1: string;
  readonly qty1: string;
  readonly country: string;
}

export const LINES: readonly SampleLine[] = [
  {
    itemNo: 'SKU-0001',
    itemName: '婴儿配方奶粉 900克',
    gcode: '1901101000',
    gmodel: '900克/罐|品牌:示例|1段',
    barCode: '9300000000017',
    unit: '122',
    qty: '2',
    price: '59.90',
    unit1: '035',
    qty1: '1.8',
    country: '601',
  },
  {
    itemNo: 'SKU-0002',
    itemName: '维生素C咀嚼片 60片',
    gcode: '2106909090',
    gmodel: '60片/瓶|品牌:示例',
    barCode: '9400000000024',
    unit: '142',
    qty: '1',
    price: '80.00',
    unit1: '035',
    qty1: '0.12',
    country: '609',
  },
];

/** Cross-border e-commerce import tax: 70 % of the 13 % VAT, no customs duty or consumption tax here. */
const TAX_RATE = '0.091';

export const lineTotal = (l: SampleLine): string => multiplyDecimal(l.qty, l.price);
export const lineTax = (l: SampleLine): string => multiplyDecimal(lineTotal(l), TAX_RATE);

const goodsValue = addDecimals(LINES.map(lineTotal));
const freight = '0';
const discount = '0';
const taxTotal = addDecimals(LINES.map(lineTax));
const acturalPaid = subtractDecimal(addDecimals([goodsValue, freight, taxTotal]), discount);

export const AMOUNTS = { goodsValue, freight, discount, taxTotal, acturalPaid } as const;

export const PARTIES = {
  ebpCode: '3301960ABC',
  ebpName: '示例跨境电商平台有限公司',
  ebcCode: '3301960DEF',
  ebcName: '示例跨境电商企业有限公司',
  payCode: '3301960PAY',
  payName: '示例支付服务有限公司',
  logisticsCode: '3301960LOG',
  logisticsName: '示例国际物流有限公司',
  agentCode: '3301960AGT',
  agentName: '示例报关服务有限公司',
  operatorCode: '3301960OPR',
  operatorName: '示例监管场所经营有限公司',
} as const;

/** Who transmits each message (BaseTransfer/copCode), by type. */
export const SENDER: Readonly<Record<string, keyof typeof PARTIES>> = {
  CEB311: 'ebpCode',
  CEB411: 'payCode',
  CEB511: 'logisticsCode',
  CEB513: 'logisticsCode',
  CEB711: 'operatorCode',
  CEB303: 'ebpCode',
  CEB403: 'ebcCode',
  CEB505: 'logisticsCode',
  CEB507: 'operatorCode',
  CEB509: 'logisticsCode',
  CEB215: 'operatorCode',
};

/** Receipt statuses the samples use (120 = 海关入库, 800 = 放行; 514 lists no 120). */
export const RETURN_STATUS: Readonly<Record<string, string>> = { CEB514: '2', CEB622: '800', CEB900: '-1' };

/** Values by element name for the whole story; line-level values come from `LINES`. */
export const VALUES: Readonly<Record<string, string>> = {
  ...PARTIES,
  ...AMOUNTS,
  appType: '1',
  appTime: '20240501103000',
  appStatus: '2',
  orderType: 'I',
  currency: '142',
  orderNo: 'CG20240501000001',
  buyerRegNo: 'buyer-10001',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  buyerIdType: '1',
  buyerIdNumber: '110101199001010000',
  payTransactionId: 'PAY2024050100000001',
  consignee: '张三',
  consigneeTelephone: '13800000000',
  consigneeAddress: '浙江省杭州市西湖区示例路1号',
  consigneeDistrict: '330106',
  payerIdType: '1',
  payerIdNumber: '110101199001010000',
  payerName: '张三',
  telephone: '13800000000',
  amountPaid: acturalPaid,
  payTime: '20240501102900',
  logisticsNo: 'LP2024050100001CN',
  billNo: '999-12345675',
  insuredFee: '0',
  weight: '2.2',
  grossWeight: '2.2',
  netWeight: addDecimals(LINES.map((l) => l.qty1), 0),
  packNo: '1',
  goodsInfo: '奶粉、维生素',
  logisticsStatus: 'S',
  logisticsTime: '20240503150000',
  copNo: 'CGINV20240501001',
  preNo: 'B20240501000000001',
  invtNo: '29242024I000000001',
  assureCode: PARTIES.ebcCode,
  ieFlag: 'I',
  declTime: '20240501',
  ieDate: '20240502',
  customsCode: '2924',
  portCode: '2924',
  tradeMode: '9610',
  trafMode: '5',
  trafNo: 'CA1234',
  trafName: 'CA1234',
  voyageNo: 'CA1234',
  loctNo: '292401',
  country: '601',
  wrapType: '2',
  reason: '消费者取消订单',
  rkdNo: 'RKD202405010001',
  unloadLocation: '杭州萧山国际机场跨境监管仓',
  returnStatus: '120',
  returnTime: '20240501103500123',
  returnInfo: '海关入库成功',
  taxNo: '29242024I000000001-01',
  customsTax: '0',
  valueAddedTax: taxTotal,
  consumptionTax: '0',
  status: '1',
  copCode: PARTIES.agentCode,
  copName: PARTIES.agentName,
  dxpMode: 'DXP',
  dxpId: 'DXPENT0000000001',
  oriCopMsgId: 'CEB311-CG20240501000001',
  oriMessageType: 'CEB311Message',
  oriBizMessage: '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"></ceb:CEB311Message>',
  coElNo: 'CGRET20240501001',
  SenderId: 'DXPENT0000000001',
  ReceiverId: 'DXPEDCCEB0000002',
  RecevierId: 'DXPENT0000000001',
  RecId: 'DXPEDCCEB0000002',
  CopMsgId: 'CEB311-CG20240501000001',
  CreatTime: '2024-05-01T10:30:00',
  SendTime: '2024-05-01T10:30:01',
  NoticeTime: '2024-05-01',
  MsgType: 'CEB311Message',
  ResponseCode: '0000',
  Code: '0000',
  MsgId: '29240000202405011030000000000001',
  // export-only elements
  charge: acturalPaid,
  accountingDate: '20240501103000',
  domesticTrafNo: '浙A12345',
  msgCount: '1',
  msgSeqNo: '1',
  leaveTime: '20240502080000',
  statisticsFlag: 'B',
  ownerCode: PARTIES.ebcCode,
  ownerName: PARTIES.ebcName,
  POD: 'USA',
  fCurrency: '142',
  iCurrency: '142',
  declAgentCode: PARTIES.agentCode,
  declAgentName: PARTIES.agentName,
  summaryFlag: '1',
  itemNameFlag: '1',
  sumNo: '29242024E000000001',
  opDate: '20240503090000123',
  declSeqNo: '29242024E100000001',
  decState: '10',
  EndNode: '29240000',
  StaNode: '29240001',
};
