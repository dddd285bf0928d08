// GENERATED FILE — never edit by hand.
// Generated from src/codecs/ceb/xsd/202205/dxp-terminal-node-202205.xsd, src/codecs/ceb/xsd/202205/dxp-transfer-node-202205.xsd
// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.
import { type ComplexTypeDef, type MessageDef, UNBOUNDED } from '../schema-model.js';
import type { DxpType } from './dxp.types.js';

const TransInfoTypeReceiverIds: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'ReceiverId', ns: 'dxp', min: 1, max: 5, type: { kind: 'simple', facets: { base: 'string', maxLength: 16, minLength: 1 } } },
  ],
};

const TransInfoType: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'CopMsgId', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 255 } } },
    { name: 'SenderId', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 16, minLength: 1 } } },
    { name: 'ReceiverIds', ns: 'dxp', min: 1, max: 1, type: TransInfoTypeReceiverIds },
    { name: 'CreatTime', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'dateTime' } } },
    { name: 'MsgType', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 0, maxLength: 30 } } },
  ],
};

const AddInfoBizKey: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'Key', ns: 'dxp', min: 1, max: 5, type: { kind: 'simpleContent', facets: { base: 'string', minLength: 1, maxLength: 64 }, attributes: [{ name: 'name', required: false, facets: { base: 'string', minLength: 1, maxLength: 32 } }] } },
  ],
};

const AddInfoIsText: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'Encode', required: true, facets: { base: 'string', maxLength: 50 } }],
  children: [
  ],
};

const AddInfo: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'FileName', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 255, minLength: 1 } } },
    { name: 'IcCard', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 13 } } },
    { name: 'BizKey', ns: 'dxp', min: 0, max: 1, type: AddInfoBizKey },
    { name: 'IsText', ns: 'dxp', min: 0, max: 1, type: AddInfoIsText },
    { name: 'RecMapId', ns: 'dxp', min: 0, max: 1, type: { kind: 'rawContent' } },
  ],
};

const DxpMsg: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'ver', required: true, facets: { base: 'string', fixed: '1.0' } }, { name: 'Id', required: false, facets: { base: 'ID' } }],
  children: [
    { name: 'TransInfo', ns: 'dxp', min: 1, max: 1, type: TransInfoType },
    { name: 'Data', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'base64Binary' } } },
    { name: 'AddInfo', ns: 'dxp', min: 0, max: 1, type: AddInfo },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

const DxpRepResponseResultsResult: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'RecId', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 16 } } },
    { name: 'Code', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 9 } } },
    { name: 'Info', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 300 } } },
    { name: 'Note', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 500 } } },
  ],
};

const DxpRepResponseResults: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'Result', ns: 'dxp', min: 1, max: UNBOUNDED, type: DxpRepResponseResultsResult },
  ],
};

const DxpRepResponse: ComplexTypeDef = {
  kind: 'complex',
  attributes: [],
  children: [
    { name: 'NodeId', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 8 } } },
    { name: 'ResponseCode', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 9 } } },
    { name: 'ResponseInfo', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 300 } } },
    { name: 'Results', ns: 'dxp', min: 0, max: 1, type: DxpRepResponseResults },
    { name: 'NoticeTime', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'date' } } },
    { name: 'Note', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 500 } } },
    { name: 'OriHead', ns: 'dxp', min: 1, max: 1, type: TransInfoType },
  ],
};

const DxpRep: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'ver', required: true, facets: { base: 'string', fixed: '1.0' } }],
  children: [
    { name: 'RecevierId', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 16 } } },
    { name: 'AdNodeId', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 8 } } },
    { name: 'Response', ns: 'dxp', min: 1, max: UNBOUNDED, type: DxpRepResponse },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

const SvNoType: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'Ver', required: true, facets: { base: 'string', fixed: '1.0' } }],
  children: [
    { name: 'MsgId', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', minLength: 1, maxLength: 32 } } },
    { name: 'SubMsgId', ns: 'dxp', min: 0, max: 1, type: { kind: 'simple', facets: { base: 'string', length: 1 } } },
    { name: 'SendTime', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'dateTime' } } },
    { name: 'EndNode', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 8, minLength: 1 } } },
    { name: 'StaNode', ns: 'dxp', min: 1, max: 1, type: { kind: 'simple', facets: { base: 'string', maxLength: 8, minLength: 1 } } },
  ],
};

const DxpMsgSv: ComplexTypeDef = {
  kind: 'complex',
  attributes: [{ name: 'ver', required: true, facets: { base: 'string', fixed: '1.0' } }, { name: 'Id', required: false, facets: { base: 'ID' } }],
  children: [
    { name: 'SvNo', ns: 'dxp', min: 1, max: 1, type: SvNoType },
    { name: 'DxpMsg', ns: 'dxp', min: 1, max: 1, type: DxpMsg },
    { name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } },
  ],
};

/** Descriptors of every message of this schema, by type code. */
export const dxpSchema: Readonly<Record<DxpType, MessageDef>> = {
  DxpMsg: {
    type: 'DxpMsg',
    direction: 'transport',
    schema: 'dxp',
    doc: '客户端传输报文',
    root: { name: 'DxpMsg', ns: 'dxp', min: 1, max: 1, type: DxpMsg },
  },
  DxpRep: {
    type: 'DxpRep',
    direction: 'transport',
    schema: 'dxp',
    doc: '交换平台响应报文',
    root: { name: 'DxpRep', ns: 'dxp', min: 1, max: 1, type: DxpRep },
  },
  DxpMsgSv: {
    type: 'DxpMsgSv',
    direction: 'transport',
    schema: 'dxp',
    doc: '服务器传输报文',
    root: { name: 'DxpMsgSv', ns: 'dxp', min: 1, max: 1, type: DxpMsgSv },
  },
};
