// GENERATED FILE — never edit by hand.
// Generated from src/codecs/ceb/xsd/202205/dxp-terminal-node-202205.xsd, src/codecs/ceb/xsd/202205/dxp-transfer-node-202205.xsd
// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.

/** 接收方，可支持多个 */
export interface TransInfoTypeReceiverIds {
  /** 接收方id — C..16 — occurs 1..5 */
  ReceiverId: string[];
}

/** ClientNode */
export interface TransInfoType {
  /** 原始报文id — C..255 */
  CopMsgId: string;
  /** 发送方id — C..16 */
  SenderId: string;
  /** 接收方，可支持多个 */
  ReceiverIds: TransInfoTypeReceiverIds;
  /** 原始报文创建时间 — dateTime */
  CreatTime: string;
  /** 报文类型 — C..30 */
  MsgType: string;
}

/** 业务关键字，可选 */
export interface AddInfoBizKey {
  /** occurs 1..5 */
  Key: AddInfoBizKeyKey[];
}

/** 文本标识节点，存在标识为文本，必须说明字符集 */
export interface AddInfoIsText {
  /** 字符集 — attribute, C..50 */
  Encode: string;
}

export interface AddInfo {
  /** 原始报文名，可选 — C..255 — occurs 0..1 */
  FileName?: string;
  /** ic卡号 — C..13 — occurs 0..1 */
  IcCard?: string;
  /** 业务关键字，可选 — occurs 0..1 */
  BizKey?: AddInfoBizKey;
  /** 文本标识节点，存在标识为文本，必须说明字符集 — occurs 0..1 */
  IsText?: AddInfoIsText;
  /** 接收方报文转换ID — raw XML content (the schema leaves it open) — occurs 0..1 */
  RecMapId?: string;
}

/** 客户端传输报文 */
export interface DxpMsg {
  /** attribute, C, fixed 1.0 */
  ver: '1.0';
  /** attribute, ID */
  Id?: string;
  /** 客户端节点 */
  TransInfo: TransInfoType;
  /** 待传输数据 — base64Binary */
  Data: string;
  /** occurs 0..1 */
  AddInfo?: AddInfo;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

export interface DxpRepResponseResultsResult {
  /** C..16 */
  RecId: string;
  /** C..9 */
  Code: string;
  /** C..300 — occurs 0..1 */
  Info?: string;
  /** C..500 — occurs 0..1 */
  Note?: string;
}

/** 每个接收者的处理回执内容 */
export interface DxpRepResponseResults {
  /** occurs 1..n */
  Result: DxpRepResponseResultsResult[];
}

export interface DxpRepResponse {
  /** 产生错误回执的节点id — C..8 — occurs 0..1 */
  NodeId?: string;
  /** 报文处理响应码 — C..9 */
  ResponseCode: string;
  /** 报文响应信息 — C..300 — occurs 0..1 */
  ResponseInfo?: string;
  /** 每个接收者的处理回执内容 — occurs 0..1 */
  Results?: DxpRepResponseResults;
  /** 回执产生时间，由服务器生成 — date */
  NoticeTime: string;
  /** 备注 — C..500 — occurs 0..1 */
  Note?: string;
  OriHead: TransInfoType;
}

/** 交换平台响应报文 */
export interface DxpRep {
  /** attribute, C, fixed 1.0 */
  ver: '1.0';
  /** C..16 */
  RecevierId: string;
  /** 发送给用户回执时，是否可以把其归属节点信息一并返回？ — C..8 — occurs 0..1 */
  AdNodeId?: string;
  /** occurs 1..n */
  Response: DxpRepResponse[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

/** ServerNode */
export interface SvNoType {
  /** 服务器节点版本 — attribute, C, fixed 1.0 */
  Ver: '1.0';
  /** 报文在交换平台的唯一id号:8位节点id+时间（yyyymmddhh24mmss）+10位序列 共32位 — C..32 */
  MsgId: string;
  /** 分拆报文的报文id，用于多个接收者时 — C1 — occurs 0..1 */
  SubMsgId?: string;
  /** 报文处理时间，暂不更新，由接入节点填入 — dateTime */
  SendTime: string;
  /** 报文目的服务器节点 — C..8 */
  EndNode: string;
  /** 报文接入服务器节点 — C..8 */
  StaNode: string;
}

/** 服务器传输报文 */
export interface DxpMsgSv {
  /** attribute, C, fixed 1.0 */
  ver: '1.0';
  /** attribute, ID */
  Id?: string;
  /** 服务器节点，都由服务器节点生成 */
  SvNo: SvNoType;
  /** 客户端传输报文 */
  DxpMsg: DxpMsg;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

export interface AddInfoBizKeyKey {
  /** text content — C..64 */
  value: string;
  /** attribute, C..32 */
  name?: string;
}

/** The message type codes of this schema. */
export type DxpType = 'DxpMsg' | 'DxpRep' | 'DxpMsgSv';

/** Every message of this schema by type code. */
export interface DxpMessages {
  /** 客户端传输报文 */
  DxpMsg: DxpMsg;
  /** 交换平台响应报文 */
  DxpRep: DxpRep;
  /** 服务器传输报文 */
  DxpMsgSv: DxpMsgSv;
}
