// GENERATED FILE — never edit by hand.
// Generated from src/codecs/ceb/xsd/202205/ceb-export-202205.xsd
// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.
import { type ComplexTypeDef, type MessageDef, UNBOUNDED } from '../../schema-model.js';
import type { Export202205Type } from './export.types.js';

const OrderHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, default: '1' } } },
    { name: 'orderType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'goodsValue', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'freight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5, default: '0' } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const OrderList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'itemNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'itemName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'itemDescribe', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
    { name: 'barCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50 } } },
    { name: 'unit', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'qty', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'price', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'totalPrice', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const Order: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'OrderHead', ns: 'ceb', min: 1, max: 1, type: OrderHead },
    { name: 'OrderList', ns: 'ceb', min: 1, max: 100, type: OrderList },
  ],
};

const BaseTransfer: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'copCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'copName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'dxpMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'dxpId', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const BaseSubscribe: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'status', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'dxpMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'dxpAddress', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const ExtendMessage: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'name', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'version', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'Message', ns: 'ceb', min: 1, max: 1, type: { kind: 'rawContent' } },
  ],
};

const CEB303Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Order', ns: 'ceb', min: 1, max: 100, type: Order },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const OrderReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB304Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'OrderReturn', ns: 'ceb', min: 1, max: 100, type: OrderReturn },
  ],
};

const Receipts: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, default: '1' } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'payCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'payName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'payNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'charge', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'accountingDate', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB403Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Receipts', ns: 'ceb', min: 1, max: 100, type: Receipts },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const ReceiptsReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'payNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 10 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB404Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'ReceiptsReturn', ns: 'ceb', min: 1, max: 100, type: ReceiptsReturn },
  ],
};

const Logistics: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, default: '2' } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'freight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'insuredFee', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'grossWeight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'packNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'goodsInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 200 } } },
    { name: 'ebcCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcTelephone', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB505Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Logistics', ns: 'ceb', min: 1, max: 100, type: Logistics },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const LogisticsReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 10 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB506Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'LogisticsReturn', ns: 'ceb', min: 1, max: 100, type: LogisticsReturn },
  ],
};

const ArrivalHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, default: '1' } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'operatorCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'operatorName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'loctNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'ieFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', length: 1 } } },
    { name: 'billNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'domesticTrafNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 100 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'msgCount', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const ArrivalList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'totalPackageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const Arrival: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'ArrivalHead', ns: 'ceb', min: 1, max: 1, type: ArrivalHead },
    { name: 'ArrivalList', ns: 'ceb', min: 0, max: UNBOUNDED, type: ArrivalList },
  ],
};

const CEB507Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Arrival', ns: 'ceb', min: 1, max: 100, type: Arrival },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const ArrivalReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'operatorCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'billNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 10 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB508Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'ArrivalReturn', ns: 'ceb', min: 1, max: 100, type: ArrivalReturn },
  ],
};

const DepartureHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', length: 1 } } },
    { name: 'trafName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'voyageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'billNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'leaveTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'msgCount', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const DepartureList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'totalPackageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const Departure: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'DepartureHead', ns: 'ceb', min: 1, max: 1, type: DepartureHead },
    { name: 'DepartureList', ns: 'ceb', min: 1, max: UNBOUNDED, type: DepartureList },
  ],
};

const CEB509Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Departure', ns: 'ceb', min: 1, max: 100, type: Departure },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const DepartureReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB510Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'DepartureReturn', ns: 'ceb', min: 1, max: 100, type: DepartureReturn },
  ],
};

const InventoryHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 0 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 0 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'ieFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'portCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'ieDate', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 8 } } },
    { name: 'statisticsFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 0 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 0 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 0 } } },
    { name: 'ownerCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ownerName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'iacCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'iacName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'emsNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'tradeMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', length: 1 } } },
    { name: 'trafName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'voyageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'billNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'totalPackageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'loctNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'licenseNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 19 } } },
    { name: 'country', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'POD', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', minLength: 3, maxLength: 4 } } },
    { name: 'freight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'fCurrency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'fFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, fixed: '3' } } },
    { name: 'insuredFee', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'iCurrency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'iFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, fixed: '3' } } },
    { name: 'wrapType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', length: 1 } } },
    { name: 'packNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'grossWeight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'netWeight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const InventoryList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'itemNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'itemRecordNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'itemName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'gcode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 10 } } },
    { name: 'gname', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'gmodel', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 250 } } },
    { name: 'barCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 50 } } },
    { name: 'country', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'qty', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'qty1', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'qty2', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'unit', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'unit1', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'unit2', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3 } } },
    { name: 'price', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'totalPrice', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const Inventory: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'InventoryHead', ns: 'ceb', min: 1, max: 1, type: InventoryHead },
    { name: 'InventoryList', ns: 'ceb', min: 1, max: 100, type: InventoryList },
  ],
};

const CEB603Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Inventory', ns: 'ceb', min: 1, max: 100, type: Inventory },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const InventoryReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'statisticsFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB604Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InventoryReturn', ns: 'ceb', min: 1, max: 100, type: InventoryReturn },
  ],
};

const InvtCancel: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'reason', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 1000 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB605Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtCancel', ns: 'ceb', min: 1, max: 100, type: InvtCancel },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const InvtCancelReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB606Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtCancelReturn', ns: 'ceb', min: 1, max: 100, type: InvtCancelReturn },
  ],
};

const WayBillHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'loctNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', length: 1 } } },
    { name: 'trafName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 100 } } },
    { name: 'voyageNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', whiteSpace: 'collapse', maxLength: 32 } } },
    { name: 'billNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'domesticTrafNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'grossWeight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'msgCount', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const WayBillList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'totalPackageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const WayBill: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'WayBillHead', ns: 'ceb', min: 1, max: 1, type: WayBillHead },
    { name: 'WayBillList', ns: 'ceb', min: 1, max: UNBOUNDED, type: WayBillList },
  ],
};

const CEB607Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'WayBill', ns: 'ceb', min: 1, max: 100, type: WayBill },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const WayBillReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'billNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB608Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'WayBillReturn', ns: 'ceb', min: 1, max: 100, type: WayBillReturn },
  ],
};

const InvtRefundHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'loctNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 80 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'coElNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'tradeMode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'billNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'ieFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1 } } },
    { name: 'trafName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'portCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 4 } } },
    { name: 'reason', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 500 } } },
    { name: 'country', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3 } } },
    { name: 'voyageNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 500 } } },
  ],
};

const InvtRefundList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 4 } } },
    { name: 'gcode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'gname', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'gmodel', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'qty', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'qty1', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'unit', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'unit1', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'qty2', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'unit2', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 500 } } },
  ],
};

const InvtRefund: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'InvtRefundHead', ns: 'ceb', min: 1, max: 1, type: InvtRefundHead },
    { name: 'InvtRefundList', ns: 'ceb', min: 1, max: 100, type: InvtRefundList },
  ],
};

const CEB213Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtRefund', ns: 'ceb', min: 1, max: 100, type: InvtRefund },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const RefundReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'ebpCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'coElNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB214Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'RefundReturn', ns: 'ceb', min: 1, max: 100, type: RefundReturn },
  ],
};

const InvtRefundDetail: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'operatorCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'operatorName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 80 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'coElNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'billNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'ieFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'trafName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'voyageNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'location', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
  ],
};

const CEB215Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtRefundDetail', ns: 'ceb', min: 1, max: 100, type: InvtRefundDetail },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const InvtRefundDetailReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'operatorCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 80 } } },
    { name: 'coElNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB216Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtRefundDetailReturn', ns: 'ceb', min: 1, max: 100, type: InvtRefundDetailReturn },
  ],
};

const SummaryApplyHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1, default: '2' } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'sumNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'declAgentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'declAgentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'startTime', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'endTime', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'loctNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'summaryFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'itemNameFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'msgCount', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const SummaryApplyList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
  ],
};

const SummaryApply: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'SummaryApplyHead', ns: 'ceb', min: 1, max: 1, type: SummaryApplyHead },
    { name: 'SummaryApplyList', ns: 'ceb', min: 0, max: UNBOUNDED, type: SummaryApplyList },
  ],
};

const CEB701Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'SummaryApply', ns: 'ceb', min: 1, max: 100, type: SummaryApply },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
  ],
};

const SummaryReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'sumNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB702Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'SummaryReturn', ns: 'ceb', min: 1, max: 100, type: SummaryReturn },
  ],
};

const SummaryResultHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'sumNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'opDate', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'declSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'decTmpNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'decPreNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'entryId', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'decState', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 3 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'declAgentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'declAgentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'grossWeight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'netWeight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } } },
    { name: 'msgCount', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'msgSeqNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const SummaryResultList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'gseqno', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 5 } } },
    { name: 'gcode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 10 } } },
  ],
};

const SummaryResult: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'SummaryResultHead', ns: 'ceb', min: 1, max: 1, type: SummaryResultHead },
    { name: 'SummaryResultList', ns: 'ceb', min: 0, max: UNBOUNDED, type: SummaryResultList },
  ],
};

const CEB792Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'SummaryResult', ns: 'ceb', min: 1, max: 100, type: SummaryResult },
  ],
};

/** Descriptors of every message of this schema, by type code. */
export const export202205Schema: Readonly<Record<Export202205Type, MessageDef>> = {
  CEB303: {
    type: 'CEB303',
    direction: 'export',
    schema: 'export',
    doc: '电子订单数据报文（电商平台）',
    root: { name: 'CEB303Message', ns: 'ceb', min: 1, max: 1, type: CEB303Message },
  },
  CEB304: {
    type: 'CEB304',
    direction: 'export',
    schema: 'export',
    doc: '电子订单回执报文',
    root: { name: 'CEB304Message', ns: 'ceb', min: 1, max: 1, type: CEB304Message },
  },
  CEB403: {
    type: 'CEB403',
    direction: 'export',
    schema: 'export',
    doc: '收款单数据报文（支付企业）',
    root: { name: 'CEB403Message', ns: 'ceb', min: 1, max: 1, type: CEB403Message },
  },
  CEB404: {
    type: 'CEB404',
    direction: 'export',
    schema: 'export',
    doc: '收款单回执报文',
    root: { name: 'CEB404Message', ns: 'ceb', min: 1, max: 1, type: CEB404Message },
  },
  CEB505: {
    type: 'CEB505',
    direction: 'export',
    schema: 'export',
    doc: '物流运单数据报文（物流企业）',
    root: { name: 'CEB505Message', ns: 'ceb', min: 1, max: 1, type: CEB505Message },
  },
  CEB506: {
    type: 'CEB506',
    direction: 'export',
    schema: 'export',
    doc: '物流运单回执报文',
    root: { name: 'CEB506Message', ns: 'ceb', min: 1, max: 1, type: CEB506Message },
  },
  CEB507: {
    type: 'CEB507',
    direction: 'export',
    schema: 'export',
    doc: '物流运抵地数据报文（物流企业）',
    root: { name: 'CEB507Message', ns: 'ceb', min: 1, max: 1, type: CEB507Message },
  },
  CEB508: {
    type: 'CEB508',
    direction: 'export',
    schema: 'export',
    doc: '物流运抵单回执报文',
    root: { name: 'CEB508Message', ns: 'ceb', min: 1, max: 1, type: CEB508Message },
  },
  CEB509: {
    type: 'CEB509',
    direction: 'export',
    schema: 'export',
    doc: '物流离境单数据',
    root: { name: 'CEB509Message', ns: 'ceb', min: 1, max: 1, type: CEB509Message },
  },
  CEB510: {
    type: 'CEB510',
    direction: 'export',
    schema: 'export',
    doc: '物流离境单回执',
    root: { name: 'CEB510Message', ns: 'ceb', min: 1, max: 1, type: CEB510Message },
  },
  CEB603: {
    type: 'CEB603',
    direction: 'export',
    schema: 'export',
    doc: '申报清单数据',
    root: { name: 'CEB603Message', ns: 'ceb', min: 1, max: 1, type: CEB603Message },
  },
  CEB604: {
    type: 'CEB604',
    direction: 'export',
    schema: 'export',
    doc: '申报清单数据回执',
    root: { name: 'CEB604Message', ns: 'ceb', min: 1, max: 1, type: CEB604Message },
  },
  CEB605: {
    type: 'CEB605',
    direction: 'export',
    schema: 'export',
    doc: '撤销申请单数据',
    root: { name: 'CEB605Message', ns: 'ceb', min: 1, max: 1, type: CEB605Message },
  },
  CEB606: {
    type: 'CEB606',
    direction: 'export',
    schema: 'export',
    doc: '撤销申请单回执',
    root: { name: 'CEB606Message', ns: 'ceb', min: 1, max: 1, type: CEB606Message },
  },
  CEB607: {
    type: 'CEB607',
    direction: 'export',
    schema: 'export',
    doc: '清单总分单数据',
    root: { name: 'CEB607Message', ns: 'ceb', min: 1, max: 1, type: CEB607Message },
  },
  CEB608: {
    type: 'CEB608',
    direction: 'export',
    schema: 'export',
    doc: '清单总分单回执',
    root: { name: 'CEB608Message', ns: 'ceb', min: 1, max: 1, type: CEB608Message },
  },
  CEB213: {
    type: 'CEB213',
    direction: 'export',
    schema: 'export',
    doc: '退货申请单数据报文（电商企业）',
    root: { name: 'CEB213Message', ns: 'ceb', min: 1, max: 1, type: CEB213Message },
  },
  CEB214: {
    type: 'CEB214',
    direction: 'export',
    schema: 'export',
    doc: '退货申请单回执',
    root: { name: 'CEB214Message', ns: 'ceb', min: 1, max: 1, type: CEB214Message },
  },
  CEB215: {
    type: 'CEB215',
    direction: 'export',
    schema: 'export',
    doc: '理货明细单（运抵）数据报文',
    root: { name: 'CEB215Message', ns: 'ceb', min: 1, max: 1, type: CEB215Message },
  },
  CEB216: {
    type: 'CEB216',
    direction: 'export',
    schema: 'export',
    doc: '理货明细单回执',
    root: { name: 'CEB216Message', ns: 'ceb', min: 1, max: 1, type: CEB216Message },
  },
  CEB701: {
    type: 'CEB701',
    direction: 'export',
    schema: 'export',
    doc: '汇总申请单数据报文',
    root: { name: 'CEB701Message', ns: 'ceb', min: 1, max: 1, type: CEB701Message },
  },
  CEB702: {
    type: 'CEB702',
    direction: 'export',
    schema: 'export',
    doc: '汇总申请单回执报文',
    root: { name: 'CEB702Message', ns: 'ceb', min: 1, max: 1, type: CEB702Message },
  },
  CEB792: {
    type: 'CEB792',
    direction: 'export',
    schema: 'export',
    doc: '汇总结果单数据报文',
    root: { name: 'CEB792Message', ns: 'ceb', min: 1, max: 1, type: CEB792Message },
  },
};
