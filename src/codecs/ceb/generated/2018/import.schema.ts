// GENERATED FILE — never edit by hand.
// Generated from src/codecs/ceb/xsd/2018/ceb-import-2018.xsd
// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.
import { type ComplexTypeDef, type MessageDef, UNBOUNDED } from '../../schema-model.js';
import type { Import2018Type } from './import.types.js';

const OrderHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'orderType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'goodsValue', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'freight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'discount', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'taxTotal', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'acturalPaid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3, fixed: '142' } } },
    { name: 'buyerRegNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerTelephone', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30, minLength: 1 } } },
    { name: 'buyerIdType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'buyerIdNumber', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'payCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'payName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'payTransactionId', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'batchNumbers', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'consignee', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'consigneeTelephone', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50, minLength: 1 } } },
    { name: 'consigneeAddress', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 200, minLength: 1 } } },
    { name: 'consigneeDistrict', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 6 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const OrderList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int' } } },
    { name: 'itemNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'itemName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250, minLength: 1 } } },
    { name: 'gmodel', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 510, minLength: 1 } } },
    { name: 'itemDescribe', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
    { name: 'barCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50 } } },
    { name: 'unit', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'qty', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'price', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'totalPrice', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3, fixed: '142' } } },
    { name: 'country', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB311Order: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'OrderHead', ns: 'ceb', min: 1, max: 1, type: OrderHead },
    { name: 'OrderList', ns: 'ceb', min: 1, max: 99, type: OrderList },
  ],
};

const BaseTransfer: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'copCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
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

const CEB311Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Order', ns: 'ceb', min: 1, max: 100, type: CEB311Order },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

const OrderReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB312Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'OrderReturn', ns: 'ceb', min: 1, max: 100, type: OrderReturn },
  ],
};

const PaymentHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'payCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'payName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'payTransactionId', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'payerIdType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'payerIdNumber', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'payerName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'telephone', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60 } } },
    { name: 'amountPaid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3, fixed: '142' } } },
    { name: 'payTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB411Payment: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'PaymentHead', ns: 'ceb', min: 1, max: 1, type: PaymentHead },
  ],
};

const CEB411Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Payment', ns: 'ceb', min: 1, max: 100, type: CEB411Payment },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

const PaymentReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'payCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'payTransactionId', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB412Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'PaymentReturn', ns: 'ceb', min: 1, max: 100, type: PaymentReturn },
  ],
};

const LogisticsHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'billNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'freight', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'insuredFee', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3, fixed: '142' } } },
    { name: 'weight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'packNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int', totalDigits: 9 } } },
    { name: 'goodsInfo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 200 } } },
    { name: 'consignee', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'consigneeAddress', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 200, minLength: 1 } } },
    { name: 'consigneeTelephone', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50, minLength: 1 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB511Logistics: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'LogisticsHead', ns: 'ceb', min: 1, max: 1, type: LogisticsHead },
  ],
};

const CEB511Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Logistics', ns: 'ceb', min: 1, max: 100, type: CEB511Logistics },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

const LogisticsReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB512Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'LogisticsReturn', ns: 'ceb', min: 1, max: 100, type: LogisticsReturn },
  ],
};

const LogisticsStatus: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'logisticsStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'logisticsTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB513Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'LogisticsStatus', ns: 'ceb', min: 1, max: 100, type: LogisticsStatus },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

const LogisticsStatusReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'logisticsStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB514Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'LogisticsStatusReturn', ns: 'ceb', min: 1, max: 100, type: LogisticsStatusReturn },
  ],
};

const InventoryHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'assureCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30, minLength: 1 } } },
    { name: 'emsNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'ieFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'declTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 8 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'portCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'ieDate', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 8 } } },
    { name: 'buyerIdType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'buyerIdNumber', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerTelephone', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30, minLength: 1 } } },
    { name: 'consigneeAddress', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 200, minLength: 1 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'areaCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'areaName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'tradeMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'trafNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'voyageNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32 } } },
    { name: 'billNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37 } } },
    { name: 'loctNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10 } } },
    { name: 'licenseNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 19 } } },
    { name: 'country', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'freight', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'insuredFee', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3, fixed: '142' } } },
    { name: 'wrapType', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
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
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int' } } },
    { name: 'itemRecordNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'itemNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30 } } },
    { name: 'itemName', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250 } } },
    { name: 'gcode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 10 } } },
    { name: 'gname', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250, minLength: 1 } } },
    { name: 'gmodel', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 510, minLength: 1 } } },
    { name: 'barCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50 } } },
    { name: 'country', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'tradeCountry', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'currency', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3, fixed: '142' } } },
    { name: 'qty', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'unit', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'qty1', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'unit1', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'qty2', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'unit2', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'price', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'totalPrice', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB621Inventory: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'InventoryHead', ns: 'ceb', min: 1, max: 1, type: InventoryHead },
    { name: 'InventoryList', ns: 'ceb', min: 1, max: 99, type: InventoryList },
  ],
};

const CEB621Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Inventory', ns: 'ceb', min: 1, max: 100, type: CEB621Inventory },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 1, max: 1, type: { kind: 'rawElement' } },
  ],
};

const InventoryReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'customsCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'ebpCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'agentCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20, minLength: 1 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB622Message: ComplexTypeDef = {
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
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'buyerIdType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'buyerIdNumber', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerTelephone', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30, minLength: 1 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'reason', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB623Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtCancel', ns: 'ceb', min: 1, max: 100, type: InvtCancel },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 1, max: 1, type: { kind: 'rawElement' } },
  ],
};

const InvtCancelReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'customsCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'agentCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20, minLength: 1 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB624Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtCancelReturn', ns: 'ceb', min: 1, max: 100, type: InvtCancelReturn },
  ],
};

const InvtRefundHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'orderNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'buyerIdType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'buyerIdNumber', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'buyerTelephone', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 30, minLength: 1 } } },
    { name: 'agentCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'agentName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'reason', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const InvtRefundList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int' } } },
    { name: 'gcode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 10 } } },
    { name: 'gname', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 250, minLength: 1 } } },
    { name: 'qty', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'unit', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 3 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB625InvtRefund: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'InvtRefundHead', ns: 'ceb', min: 1, max: 1, type: InvtRefundHead },
    { name: 'InvtRefundList', ns: 'ceb', min: 1, max: 99, type: InvtRefundList },
  ],
};

const CEB625Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtRefund', ns: 'ceb', min: 1, max: 100, type: CEB625InvtRefund },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 1, max: 1, type: { kind: 'rawElement' } },
  ],
};

const InvtRefundReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'customsCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'agentCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebpCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'ebcCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20, minLength: 1 } } },
    { name: 'preNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'invtNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 18 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB626Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'InvtRefundReturn', ns: 'ceb', min: 1, max: 100, type: InvtRefundReturn },
  ],
};

const DeliveryHead: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'appType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'appTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 14 } } },
    { name: 'appStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 3, minLength: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'copNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'rkdNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'operatorCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'operatorName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'ieFlag', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'trafMode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'trafNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'voyageNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 32, minLength: 1 } } },
    { name: 'billNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 37, minLength: 1 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'logisticsName', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100, minLength: 1 } } },
    { name: 'unloadLocation', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 100 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const DeliveryList: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int' } } },
    { name: 'logisticsNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 60, minLength: 1 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
  ],
};

const CEB711Delivery: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'DeliveryHead', ns: 'ceb', min: 1, max: 1, type: DeliveryHead },
    { name: 'DeliveryList', ns: 'ceb', min: 1, max: UNBOUNDED, type: DeliveryList },
  ],
};

const CEB711Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Delivery', ns: 'ceb', min: 1, max: 1, type: CEB711Delivery },
    { name: 'BaseTransfer', ns: 'ceb', min: 1, max: 1, type: BaseTransfer },
    { name: 'BaseSubscribe', ns: 'ceb', min: 0, max: 5, type: BaseSubscribe },
    { name: 'ExtendMessage', ns: 'ceb', min: 0, max: 1, type: ExtendMessage },
    { name: 'Signature', ns: 'ds', min: 1, max: 1, type: { kind: 'rawElement' } },
  ],
};

const DeliveryReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'customsCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
    { name: 'operatorCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'copNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 20 } } },
    { name: 'preNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'rkdNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000, minLength: 1 } } },
  ],
};

const CEB712Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'DeliveryReturn', ns: 'ceb', min: 1, max: 100, type: DeliveryReturn },
  ],
};

const TaxHeadRd: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'taxNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50, minLength: 1 } } },
    { name: 'customsTax', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'valueAddedTax', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'consumptionTax', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'status', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'entDutyNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50 } } },
    { name: 'note', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 1000 } } },
    { name: 'assureCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 64 } } },
    { name: 'ebcCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 64 } } },
    { name: 'logisticsCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 64 } } },
    { name: 'agentCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'customsCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 4 } } },
  ],
};

const TaxListRd: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'gnum', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'int' } } },
    { name: 'gcode', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 10 } } },
    { name: 'taxPrice', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'customsTax', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'valueAddedTax', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
    { name: 'consumptionTax', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'decimal', fractionDigits: 5, totalDigits: 19 } } },
  ],
};

const CEB816Tax: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'TaxHeadRd', ns: 'ceb', min: 1, max: 1, type: TaxHeadRd },
    { name: 'TaxListRd', ns: 'ceb', min: 1, max: 99, type: TaxListRd },
  ],
};

const CEB816Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Tax', ns: 'ceb', min: 1, max: UNBOUNDED, type: CEB816Tax },
  ],
};

const TaxHeadStatus: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'invtNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 18, minLength: 1 } } },
    { name: 'taxNo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50, minLength: 1 } } },
    { name: 'status', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'entDutyNo', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 50 } } },
    { name: 'assureCode', ns: 'ceb', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 64 } } },
  ],
};

const CEB818Tax: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'TaxHeadStatus', ns: 'ceb', min: 1, max: 1, type: TaxHeadStatus },
  ],
};

const CEB818Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'Tax', ns: 'ceb', min: 1, max: UNBOUNDED, type: CEB818Tax },
  ],
};

const MessageReturn: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'guid', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 36 } } },
    { name: 'returnStatus', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 10, minLength: 1 } } },
    { name: 'returnInfo', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 5000, minLength: 0 } } },
    { name: 'returnTime', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 17 } } },
    { name: 'oriCopMsgId', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 255, minLength: 0 } } },
    { name: 'oriMessageType', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 15, minLength: 0 } } },
    { name: 'oriBizMessage', ns: 'ceb', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 0 } } },
  ],
};

const CEB900Message: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }, { name: 'version', required: true, facets: { base: 'string', maxLength: 10, minLength: 1 } }],
  children: [
    { name: 'MessageReturn', ns: 'ceb', min: 1, max: 1, type: MessageReturn },
  ],
};

/** Descriptors of every message of this schema, by type code. */
export const import2018Schema: Readonly<Record<Import2018Type, MessageDef>> = {
  CEB311: {
    type: 'CEB311',
    direction: 'import',
    schema: 'import',
    doc: '电子订单数据报文（ 电商企业或电商平台或受委托的快件运营人、邮政企业）',
    root: { name: 'CEB311Message', ns: 'ceb', min: 1, max: 1, type: CEB311Message },
  },
  CEB312: {
    type: 'CEB312',
    direction: 'import',
    schema: 'import',
    doc: '电子订单回执报文（电商企业或电商平台或受委托的快件运营人、邮政企业）',
    root: { name: 'CEB312Message', ns: 'ceb', min: 1, max: 1, type: CEB312Message },
  },
  CEB411: {
    type: 'CEB411',
    direction: 'import',
    schema: 'import',
    doc: '支付凭证数据报文（支付企业或受委托的快件运营人、邮政企业）',
    root: { name: 'CEB411Message', ns: 'ceb', min: 1, max: 1, type: CEB411Message },
  },
  CEB412: {
    type: 'CEB412',
    direction: 'import',
    schema: 'import',
    doc: '支付凭证回执报文（支付企业或受委托的快件运营人、邮政企业）',
    root: { name: 'CEB412Message', ns: 'ceb', min: 1, max: 1, type: CEB412Message },
  },
  CEB511: {
    type: 'CEB511',
    direction: 'import',
    schema: 'import',
    doc: '物流运单数据报文（物流企业）',
    root: { name: 'CEB511Message', ns: 'ceb', min: 1, max: 1, type: CEB511Message },
  },
  CEB512: {
    type: 'CEB512',
    direction: 'import',
    schema: 'import',
    doc: '物流运单回执报文（物流企业）',
    root: { name: 'CEB512Message', ns: 'ceb', min: 1, max: 1, type: CEB512Message },
  },
  CEB513: {
    type: 'CEB513',
    direction: 'import',
    schema: 'import',
    doc: '物流运单状态数据报文（物流企业）',
    root: { name: 'CEB513Message', ns: 'ceb', min: 1, max: 1, type: CEB513Message },
  },
  CEB514: {
    type: 'CEB514',
    direction: 'import',
    schema: 'import',
    doc: '物流运单状态回执报文（物流企业）',
    root: { name: 'CEB514Message', ns: 'ceb', min: 1, max: 1, type: CEB514Message },
  },
  CEB621: {
    type: 'CEB621',
    direction: 'import',
    schema: 'import',
    doc: '进口清单数据报文（电商企业或其代理人）',
    root: { name: 'CEB621Message', ns: 'ceb', min: 1, max: 1, type: CEB621Message },
  },
  CEB622: {
    type: 'CEB622',
    direction: 'import',
    schema: 'import',
    doc: '进口清单回执报文（电商企业或其代理人）',
    root: { name: 'CEB622Message', ns: 'ceb', min: 1, max: 1, type: CEB622Message },
  },
  CEB623: {
    type: 'CEB623',
    direction: 'import',
    schema: 'import',
    doc: '撤销申请单数据报文（电商企业或其代理人）',
    root: { name: 'CEB623Message', ns: 'ceb', min: 1, max: 1, type: CEB623Message },
  },
  CEB624: {
    type: 'CEB624',
    direction: 'import',
    schema: 'import',
    doc: '撤销申请单回执报文（电商企业或其代理人）',
    root: { name: 'CEB624Message', ns: 'ceb', min: 1, max: 1, type: CEB624Message },
  },
  CEB625: {
    type: 'CEB625',
    direction: 'import',
    schema: 'import',
    doc: '退货申请单数据报文（电商企业或其代理人）',
    root: { name: 'CEB625Message', ns: 'ceb', min: 1, max: 1, type: CEB625Message },
  },
  CEB626: {
    type: 'CEB626',
    direction: 'import',
    schema: 'import',
    doc: '退货申请单回执报文（电商企业或其代理人）',
    root: { name: 'CEB626Message', ns: 'ceb', min: 1, max: 1, type: CEB626Message },
  },
  CEB711: {
    type: 'CEB711',
    direction: 'import',
    schema: 'import',
    doc: '入库明细单数据报文（海关监管作业场所经营企业）',
    root: { name: 'CEB711Message', ns: 'ceb', min: 1, max: 1, type: CEB711Message },
  },
  CEB712: {
    type: 'CEB712',
    direction: 'import',
    schema: 'import',
    doc: '入库明细单回执报文（海关监管作业场所经营企业）',
    root: { name: 'CEB712Message', ns: 'ceb', min: 1, max: 1, type: CEB712Message },
  },
  CEB816: {
    type: 'CEB816',
    direction: 'import',
    schema: 'import',
    doc: '电子税单数据报文',
    root: { name: 'CEB816Message', ns: 'ceb', min: 1, max: 1, type: CEB816Message },
  },
  CEB818: {
    type: 'CEB818',
    direction: 'import',
    schema: 'import',
    doc: '电子税单状态报文',
    root: { name: 'CEB818Message', ns: 'ceb', min: 1, max: 1, type: CEB818Message },
  },
  CEB900: {
    type: 'CEB900',
    direction: 'import',
    schema: 'import',
    doc: '报文格式校验回执报文',
    root: { name: 'CEB900Message', ns: 'ceb', min: 1, max: 1, type: CEB900Message },
  },
};
