// GENERATED FILE — never edit by hand.
// Generated from src/codecs/ceb/xsd/2018/ceb-export-2018.xsd
// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.

/** 订单表头 */
export interface OrderHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 — C1 */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 — C14 */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 — C1, default 2 */
  appStatus: string;
  /** 订单类型-电商平台的订单类型 I-进口商品订单；E-出口商品订单 — C1 */
  orderType: string;
  /** 订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一 — C..60 */
  orderNo: string;
  /** 电商平台代码-电商平台的海关注册登记编号。 — C..50 */
  ebpCode: string;
  /** 电商平台名称-电商平台的海关注册登记名称。 — C..100 */
  ebpName: string;
  /** 电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) — C..18 */
  ebcCode: string;
  /** 电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人 — C..100 */
  ebcName: string;
  /** 商品金额-商品实际成交价FOB(不含运杂费)，含非现金抵扣金额 — N19,5 */
  goodsValue: string;
  /** 运杂费-运杂费，无则填写"0"。 — N19,5, default 0 */
  freight: string;
  /** 币制-海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码 — C3 */
  currency: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 订单商品表体 */
export interface OrderList {
  /** 序号-从1开始的递增序号（与清单的商品项关联对应） — int(5) */
  gnum: string;
  /** 企业商品货号-企业自定义的商品货号 — C..30 */
  itemNo: string;
  /** 企业商品名称-同一类商品的中文名称。任何一种具体商品可以并只能归入表中的一个条目 — C..250 */
  itemName: string;
  /** 企业商品描述-电商平台上架的商品描述宣传信息 — C..1000 — occurs 0..1 */
  itemDescribe?: string;
  /** 条形码-商品条形码一般由前缀部分、制造厂商代码、商品代码和校验码组成。 — C..50 — occurs 0..1 */
  barCode?: string;
  /** 计量单位-海关标准的参数代码 海关标准的参数代码 《JGS-20 海关业务代码集》，计量单位代码 — C3 */
  unit: string;
  /** 币制-海关标准的参数代码 海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码 — C3 */
  currency: string;
  /** 数量 — N19,5 */
  qty: string;
  /** 单价 — N19,5 */
  price: string;
  /** 总价 — N19,5 */
  totalPrice: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 电子订单数据实体 */
export interface Order {
  /** 订单表头 */
  OrderHead: OrderHead;
  /** 订单商品表体 — occurs 1..100 */
  OrderList: OrderList[];
}

/** 基础报文传输实体（需要与实际客户端传输企业一致） */
export interface BaseTransfer {
  /** 报文传输的企业代码（需要与接入客户端的企业身份一致） — C..18 */
  copCode: string;
  /** 报文传输的企业名称 — C..100 */
  copName: string;
  /** 默认为DXP；指中国电子口岸数据交换平台 — C3 */
  dxpMode: string;
  /** 向中国电子口岸数据中心申请数据交换平台的用户编号 — C..30 */
  dxpId: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 基础回执订阅实体（用于第三方提供数据的订阅下发） */
export interface BaseSubscribe {
  /** 用户订阅单证业务状态的信息, ALL-订阅数据和回执, DATA-只订阅数据,RET- 只订阅回执 — C..100 */
  status: string;
  /** 默认为DXP；指中国电子口岸数据交换平台 — C3 */
  dxpMode: string;
  /** 向中国电子口岸数据中心申请数据交换平台的用户编号 — C..100 */
  dxpAddress: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 扩展自定义数据实体 */
export interface ExtendMessage {
  /** 自定义报文名称 — C..30 */
  name: string;
  /** 自定义报文版本 — C..30 */
  version: string;
  /** 自定义报文实体 — raw XML content (the schema leaves it open) */
  Message: string;
}

/** 电子订单数据报文（电商平台） */
export interface CEB303Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 电子订单数据实体 — occurs 1..100 */
  Order: Order[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 电子订单回执实体 */
export interface OrderReturn {
  /** 系统唯一序号-电子口岸系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 电商平台代码-电商平台的海关注册登记编号。 — C..50 */
  ebpCode: string;
  /** 电商企业代码-电商企业的海关注册登记编号。 — C..18 */
  ebcCode: string;
  /** 订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间-操作时间(格式：yyyyMMddHHmmssfff) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 电子订单回执报文 */
export interface CEB304Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 电子订单回执实体 — occurs 1..100 */
  OrderReturn: OrderReturn[];
}

/** 收款单数据实体 */
export interface Receipts {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 — C1 */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 — C14 */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 — C1, default 2 */
  appStatus: string;
  /** 电商平台代码-电商平台的海关注册登记编号。 — C..50 */
  ebpCode: string;
  /** 电商平台名称-电商平台的海关注册登记名称。 — C..100 */
  ebpName: string;
  /** 电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) — C..18 */
  ebcCode: string;
  /** 电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人 — C..100 */
  ebcName: string;
  /** 订单编号-电商平台的交易订单编号 — C..60 */
  orderNo: string;
  /** 支付企业代码-支付企业的海关编码,国内企业必填。 — C..18 — occurs 0..1 */
  payCode?: string;
  /** 支付企业名称-支付企业名称,非线上支付填"现金支付" — C..100 */
  payName: string;
  /** 支付交易编号 — C..60 — occurs 0..1 */
  payNo?: string;
  /** 收款金额-支付企业的订单交易金额 — N19,5 */
  charge: string;
  /** 币制-海关标准的参数代码 — C3 */
  currency: string;
  /** 到账时间 格式:YYYYMMDDhhmmss — C14 */
  accountingDate: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 收款单数据报文（支付企业） */
export interface CEB403Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 收款单数据实体 — occurs 1..100 */
  Receipts: Receipts[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 收款单回执实体 */
export interface ReceiptsReturn {
  /** 系统唯一序号-电子口岸系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 电商企业代码-电商企业的10位海关代码或者18位信用代码 — C..18 */
  ebcCode: string;
  /** 订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 支付交易编号-支付交易编号 — C..60 — occurs 0..1 */
  payNo?: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 收款单回执报文 */
export interface CEB404Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 收款单回执实体 — occurs 1..100 */
  ReceiptsReturn: ReceiptsReturn[];
}

/** 物流运单数据实体 */
export interface Logistics {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 — C1 */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 — C14 */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 — C1, default 2 */
  appStatus: string;
  /** 物流企业代码-物流企业的10位海关代码或者18位统一社会信用代码 — C..18 */
  logisticsCode: string;
  /** 物流企业名称-物流企业的海关登记名称 — C..100 */
  logisticsName: string;
  /** 物流运单编号-物流企业的运单包裹面单号（提运单号+运单编号形成唯一编号） — C..80 */
  logisticsNo: string;
  /** 运费-货物运输费用 — N19,5 */
  freight: string;
  /** 保价费-货物保险费用 — N19,5 */
  insuredFee: string;
  /** 币制-海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码 — C3 */
  currency: string;
  /** 毛重-单位为千克 — N19,5 */
  grossWeight: string;
  /** 件数-单个运单下包裹数 — int(9) */
  packNo: string;
  /** 主要货物信息-物流企业可验视的商品信息 — C..200 */
  goodsInfo: string;
  /** 收发货人代码-电商企业的10位海关代码或者18位信用代码 — C..18 — occurs 0..1 */
  ebcCode?: string;
  /** 收发货人名称-电商企业的海关备案名称（电子口岸校验名称） — C..100 — occurs 0..1 */
  ebcName?: string;
  /** 收发货人电话 — C..50 — occurs 0..1 */
  ebcTelephone?: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 物流运单数据报文（物流企业） */
export interface CEB505Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运单数据实体 — occurs 1..100 */
  Logistics: Logistics[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 物流运单回执实体 */
export interface LogisticsReturn {
  /** 系统唯一序号-电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 物流企业代码-物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流运单编号-物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..80 */
  logisticsNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 物流运单回执报文 */
export interface CEB506Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运单回执实体 — occurs 1..100 */
  LogisticsReturn: LogisticsReturn[];
}

/** 物流运抵单表头 */
export interface ArrivalHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 — C1 */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 — C14 */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 — C1, default 1 */
  appStatus: string;
  /** 申报地海关代码-办理通关手续的4位海关编号 — C4 */
  customsCode: string;
  /** 企业内部标识单证的编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 — occurs 0..1 */
  preNo?: string;
  /** 监管场所经营人代码-监管场所经营人在海关注册登记的编号。邮路运输用邮政物流企业 — C..18 */
  operatorCode: string;
  /** 监管场所经营人名称-监管场所经营人在海关注册登记的名称。邮路运输用邮政物流企业 — C..100 */
  operatorName: string;
  /** 监管场所代码-同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 — C..10 — occurs 0..1 */
  loctNo?: string;
  /** 进出口标记-I进口/E出口 — C1 */
  ieFlag: string;
  /** 运输方式-填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。 — C1 */
  trafMode: string;
  /** 提运单号-货物提单或运单的海运提单、空运总单或汽车载货清单。邮路运输方可为空。 — C..37 — occurs 0..1 */
  billNo?: string;
  /** 境内运输工具编号-运往海关监管场所的运输工具编号，例如车牌号 — C..100 */
  domesticTrafNo: string;
  /** 物流企业代码-物流企业的海关注册登记编号 — C..18 */
  logisticsCode: string;
  /** 物流企业名称-物流企业的海关注册登记名称 — C..100 */
  logisticsName: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 — int(9) */
  msgCount: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 物流运抵单表体（允许为空） */
export interface ArrivalList {
  /** 序号-从1开始的递增序号 — int(5) */
  gnum: string;
  /** 物流运单编号-物流企业的运单包裹面单号 — C..80 */
  logisticsNo: string;
  /** 总包号-物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号） — C..37 — occurs 0..1 */
  totalPackageNo?: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 物流运抵单数据实体 */
export interface Arrival {
  /** 物流运抵单表头 */
  ArrivalHead: ArrivalHead;
  /** 物流运抵单表体（允许为空） — occurs 0..n */
  ArrivalList?: ArrivalList[];
}

/** 物流运单数据报文（物流企业） */
export interface CEB507Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运抵单数据实体 — occurs 1..100 */
  Arrival: Arrival[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 物流运抵单回执实体 */
export interface ArrivalReturn {
  /** 系统唯一序号-电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 监管场所经营人代码-监管场所经营人在海关注册登记的编号 — C..18 */
  operatorCode: string;
  /** 物流企业代码-物流企业的海关注册登记编号 — C..18 */
  logisticsCode: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 企业唯一编号-企业唯一标识单证的编号 — C..30 */
  copNo: string;
  /** 提运单号-提单或总运单的编号 — C..37 */
  billNo: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 物流运抵单回执报文 */
export interface CEB508Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运抵单回执实体 — occurs 1..100 */
  ArrivalReturn: ArrivalReturn[];
}

/** 物流离境单表头数据 */
export interface DepartureHead {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 — C1 */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss — C14 */
  appTime: string;
  /** 企业报送状态-企业报送状态。1-暂存,2-申报。 — C1 */
  appStatus: string;
  /** 办理通关手续的4位海关编号 — C4 */
  customsCode: string;
  /** 企业唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 — occurs 0..1 */
  preNo?: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 — C..18 */
  logisticsCode: string;
  /** 物流企业名称 — C..100 */
  logisticsName: string;
  /** 运输方式 — C1 */
  trafMode: string;
  /** 运输工具名称 — C..100 — occurs 0..1 */
  trafName?: string;
  /** 航班航次号 — C..32 — occurs 0..1 */
  voyageNo?: string;
  /** 提运单号,物流企业提供 — C..37 — occurs 0..1 */
  billNo?: string;
  /** 离境时间 — C14 */
  leaveTime: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 — int(9) */
  msgCount: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 物流离境单表体类 */
export interface DepartureList {
  /** 序号 — int(5) */
  gnum: string;
  /** 总包号 — C..37 — occurs 0..1 */
  totalPackageNo?: string;
  /** 物流运单号 — C..80 */
  logisticsNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 物流离境单数据 */
export interface Departure {
  /** 物流离境单表头数据 */
  DepartureHead: DepartureHead;
  /** 物流离境单表体类 — occurs 1..100 */
  DepartureList: DepartureList[];
}

/** 物流离境单数据 */
export interface CEB509Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流离境单数据 — occurs 1..100 */
  Departure: Departure[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 物流离境回执类 */
export interface DepartureReturn {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 — C..18 */
  logisticsCode: string;
  /** 企业唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 回执状态 — C..10 */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 物流离境单回执 */
export interface CEB510Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流离境回执类 — occurs 1..100 */
  DepartureReturn: DepartureReturn[];
}

/** 出口清单表头类 */
export interface InventoryHead {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 — C1 */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss — C14 */
  appTime: string;
  /** 企业报送状态。1-暂存,2-申报。 — C1 */
  appStatus: string;
  /** 申报海关代码,办理通关手续的4位海关编号 — C4 */
  customsCode: string;
  /** 电商平台代码-电商平台的海关注册登记编号。 — C..50 */
  ebpCode: string;
  /** 电商平台名称-电商平台的海关注册登记名称。 — C..100 */
  ebpName: string;
  /** 订单编号,电商平台原始订单编号 — C..60 */
  orderNo: string;
  /** 物流企业代码。10位海关代码或者18位信用代码 — C..18 */
  logisticsCode: string;
  /** 物流企业名称 — C..100 */
  logisticsName: string;
  /** 物流运单编号 — C..80 */
  logisticsNo: string;
  /** 企业唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 — occurs 0..1 */
  preNo?: string;
  /** 清单编号 — C18 — occurs 0..1 */
  invtNo?: string;
  /** 进出口标志,I/E标志 — C1 */
  ieFlag: string;
  /** 出口口岸海关代码,海关参数代码 — C4 */
  portCode: string;
  /** 出口日期。时间格式:YYYYMMDD — C8 */
  ieDate: string;
  /** 申报业务类型：A-简化申报;B-汇总申报；若采用A简化申报，则要求商品不涉许可证、不涉出口关税、不涉及出口退税。同时商品编码按税则表前4位填写 — C1 */
  statisticsFlag: string;
  /** 报关企业代码.10位海关代码或者18位信用代码 — C..18 */
  agentCode: string;
  /** 报关企业名称 — C..100 */
  agentName: string;
  /** 收发货人代码。10位海关代码或者18位信用代码 — C..18 */
  ebcCode: string;
  /** 收发货人名称。电商企业的海关注册登记名称。 — C..100 */
  ebcName: string;
  /** 生产销售单位代码。实际发货人的企业的10位海关代码或者18位信用代码 — C..18 */
  ownerCode: string;
  /** 生产销售单位名称。实际发货人的企业名称。 — C..100 */
  ownerName: string;
  /** 区内企业代码 特殊区域模式必填 — C..18 — occurs 0..1 */
  iacCode?: string;
  /** 特殊区域内仓储企业代码，特殊区域出口模式必填 — C..100 — occurs 0..1 */
  iacName?: string;
  /** 账册编号 — C..30 — occurs 0..1 */
  emsNo?: string;
  /** 贸易方式。一般出口为9610,特殊区域出口为1210/1239 — C4 */
  tradeMode: string;
  /** 运输方式代码。海关标准的参数代码 《JGS-20 海关业务代码集》- 运输方式代码 — C1 */
  trafMode: string;
  /** 运输工具名称。货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致。按照关区要求，可以后置申报清单总分单，允许为空。 — C..100 — occurs 0..1 */
  trafName?: string;
  /** 航班航次号,物流企业提供 — C..32 — occurs 0..1 */
  voyageNo?: string;
  /** 提运单号,物流企业提供 — C..37 — occurs 0..1 */
  billNo?: string;
  /** 总包号。对于提运单下含有多个大包的托盘编号（邮件为邮件总包号/邮袋号）。按照关区要求，可以后置申报清单总分单，允许为空。 — C..60 — occurs 0..1 */
  totalPackageNo?: string;
  /** 监管场所代码 — C..10 — occurs 0..1 */
  loctNo?: string;
  /** 许可证号 — C..19 — occurs 0..1 */
  licenseNo?: string;
  /** 运抵国（地区）,海关参数代码 — C3 */
  country: string;
  /** 指运港代码。出口运往境外的最终目的港的标识代码。最终目的港不可预知时，应尽可能按预知的目的港填报 — C3..4 */
  POD: string;
  /** 运费 — N19,5 */
  freight: string;
  /** 运费币制。海关参数代码 — C3 */
  fCurrency: string;
  /** 运费标志。海关参数代码 1-率，2-单价，3-总价 — C1 */
  fFlag: string;
  /** 保费 — N19,5 */
  insuredFee: string;
  /** 保费币制。海关参数代码 — C3 */
  iCurrency: string;
  /** 保费标志.海关参数代码 1-率，2-单价，3-总价 — C1 */
  iFlag: string;
  /** 包装种类代码 — C1 */
  wrapType: string;
  /** 件数(包裹数) — int(9) */
  packNo: string;
  /** 毛重（千克） — N19,5 */
  grossWeight: string;
  /** 净重（千克） — N19,5 */
  netWeight: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 出口清单表体项类 */
export interface InventoryList {
  /** 商品项号,从1开始连续序号 — int(5) */
  gnum: string;
  /** 企业商品编号 — C..20 */
  itemNo: string;
  /** 保税出口模式必填 — C..30 — occurs 0..1 */
  itemRecordNo?: string;
  /** 企业自定义的商品名称，汇总后用于退税品名 — C..250 — occurs 0..1 */
  itemName?: string;
  /** 海关商品编码（10位） — C10 */
  gcode: string;
  /** 商品名称 — C..250 */
  gname: string;
  /** 规格型号 — C..250 */
  gmodel: string;
  /** 条形码 — C..50 */
  barCode: string;
  /** 最终目的国（地区）代码 — C3 */
  country: string;
  /** 币制代码 — C3 */
  currency: string;
  /** 申报数量 — N19,5 */
  qty: string;
  /** 法定数量 — N19,5 */
  qty1: string;
  /** 第二数量 — N19,5 — occurs 0..1 */
  qty2?: string;
  /** 申报计量单位,海关参数代码 — C3 */
  unit: string;
  /** 法定计量单位,海关参数代码 — C3 */
  unit1: string;
  /** 第二计量单位,海关参数代码 — C3 — occurs 0..1 */
  unit2?: string;
  /** 单价 — N19,5 */
  price: string;
  /** 总价 — N19,5 */
  totalPrice: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 出口清单类 */
export interface Inventory {
  /** 出口清单表头类 */
  InventoryHead: InventoryHead;
  /** 出口清单表体项类 — occurs 1..100 */
  InventoryList: InventoryList[];
}

/** 申报清单数据 */
export interface CEB603Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 出口清单类 — occurs 1..100 */
  Inventory: Inventory[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 出口清单回执类 */
export interface InventoryReturn {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报企业代码 — C..18 */
  agentCode: string;
  /** 企业内部生成标识清单的编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 出境清单编号,海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） — C18 */
  invtNo: string;
  /** 收发货人代码-电商（发货）企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) — C..18 */
  ebcCode: string;
  /** 电商平台代码-电商平台的海关注册登记编号。 — C..50 */
  ebpCode: string;
  /** 订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 申报业务类型-A-简化申报;B-汇总申报；若采用A简化申报，则要求商品不涉许可证、不涉出口关税、不涉及出口退税。同时商品编码前4位为税则表填写 — C1 */
  statisticsFlag: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关等,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 申报清单数据回执 */
export interface CEB604Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 出口清单回执类 — occurs 1..100 */
  InventoryReturn: InventoryReturn[];
}

/** 撤销申请单类 */
export interface InvtCancel {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 — C1 */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss — C14 */
  appTime: string;
  /** 企业报送状态。1-暂存,2-申报。 — C1 */
  appStatus: string;
  /** 申报海关代码 — C4 */
  customsCode: string;
  /** 企业内部生成标识清单的编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 — occurs 0..1 */
  preNo?: string;
  /** 出境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） — C18 */
  invtNo: string;
  /** 原因 — C..1000 */
  reason: string;
  /** 申报单位代码,10位海关代码或者18位信用代码 — C..18 */
  agentCode: string;
  /** 申报单位名称 — C..100 */
  agentName: string;
  /** 收发货人代码。电商企业的10位海关代码或者18位信用代码。 — C..18 */
  ebcCode: string;
  /** 收发货人名称。电商企业的海关注册登记名称。 — C..100 */
  ebcName: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 撤销申请单数据 */
export interface CEB605Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 撤销申请单类 — occurs 1..100 */
  InvtCancel: InvtCancel[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 撤销申请单回执类 */
export interface InvtCancelReturn {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报企业代码 — C..18 */
  agentCode: string;
  /** 企业内部生成标识清单的编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 出境清单编号,海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） — C18 */
  invtNo: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 撤销申请单回执 */
export interface CEB606Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 撤销申请单回执类 — occurs 1..100 */
  InvtCancelReturn: InvtCancelReturn[];
}

/** 清单总分单数据 */
export interface WayBillHead {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 — C1 */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss — C14 */
  appTime: string;
  /** 企业报送状态。1-暂存,2-申报,默认为1。填写2时需要业务加签申报即Signature节点必须填写. — C1 */
  appStatus: string;
  /** 申报海关代码,办理通关手续的4位海关编号 — C4 */
  customsCode: string;
  /** 企业唯一编号-企业生成标识唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 — occurs 0..1 */
  preNo?: string;
  /** 申报企业代码-申报单位的海关注册登记编号或统一社会信用代码 — C..18 */
  agentCode: string;
  /** 申报企业名称 — C..100 */
  agentName: string;
  /** 监管场所代码 — C..10 — occurs 0..1 */
  loctNo?: string;
  /** 运输方式代码,海关参数代码 — C1 */
  trafMode: string;
  /** 运输工具名称 — C..100 */
  trafName: string;
  /** 航班航次号,物流企业提供 — C..32 */
  voyageNo: string;
  /** 提运单号,物流企业提供 — C..37 */
  billNo: string;
  /** 境内运输工具编号-运往海关监管场所的运输工具编号，例如车牌号 — C..100 — occurs 0..1 */
  domesticTrafNo?: string;
  /** 毛重（千克） — N19,5 */
  grossWeight: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 — C..18 */
  logisticsCode: string;
  /** 物流企业名称 — C..100 */
  logisticsName: string;
  /** 拆分后的报文数-未拆分的不填，拆分的填实际数量。 — int(9) */
  msgCount: string;
  /** 报文序号 以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 清单总分单表体 */
export interface WayBillList {
  /** 项号,从1开始连续序号 — int(5) */
  gnum: string;
  /** 总包号。物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号）。 — C..60 — occurs 0..1 */
  totalPackageNo?: string;
  /** 物流运单编号 — C..80 */
  logisticsNo: string;
  /** 原出口清单编号 — C18 — occurs 0..1 */
  invtNo?: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 提运单类 */
export interface WayBill {
  /** 清单总分单数据 */
  WayBillHead: WayBillHead;
  /** 清单总分单表体 — occurs 1..100 */
  WayBillList: WayBillList[];
}

/** 清单总分单数据 */
export interface CEB607Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 提运单类 — occurs 1..100 */
  WayBill: WayBill[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 清单总分单回执 */
export interface WayBillReturn {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报企业代码-10位海关代码或者18位信用代码 — C..18 */
  agentCode: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 — C..18 */
  logisticsCode: string;
  /** 企业生成标识唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 提运单号,提单或总运单的编号 — C..37 */
  billNo: string;
  /** 报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 清单总分单回执 */
export interface CEB608Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 清单总分单回执 — occurs 1..100 */
  WayBillReturn: WayBillReturn[];
}

/** 汇总申请单表头 */
export interface SummaryApplyHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 — C1 */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 — C14 */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 — C1, default 2 */
  appStatus: string;
  /** 申报地海关代码-4位海关编号。《海关关区代码》 — C4 */
  customsCode: string;
  /** 企业生成标识唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C..18 — occurs 0..1 */
  preNo?: string;
  /** 汇总申请编号-海关反馈生成的汇总申请编号 — C..18 — occurs 0..1 */
  sumNo?: string;
  /** 申报单位代码-申报单位的10位海关代码或者18位信用代码 — C..18 */
  agentCode: string;
  /** 申报单位名称-申报单位的海关备案名称 — C..100 */
  agentName: string;
  /** 收发货人代码-电商企业的10位海关代码或者18位信用代码 — C..18 */
  ebcCode: string;
  /** 收发货人名称-电商企业的海关备案名称 — C..100 */
  ebcName: string;
  /** 报关单位代码-报关单申报单位的10位海关代码或者18位信用代码 — C..18 */
  declAgentCode: string;
  /** 报关单位名称-报关单申报单位的海关备案名称 — C..100 */
  declAgentName: string;
  /** 汇总开始时间-汇总指定时间范围的清单，格式:YYYYMMDDhhmmss。填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据。 — C14 — occurs 0..1 */
  startTime?: string;
  /** 汇总开始时间-汇总指定时间范围的清单，格式:YYYYMMDDhhmmss。填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据。 — C14 — occurs 0..1 */
  endTime?: string;
  /** 监管场所代码-针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 — C..10 — occurs 0..1 */
  loctNo?: string;
  /** 收发货人汇总标志-汇总标志 1:按收发货人单一汇总，2:按收发货人和生产销售单位汇总 — C1 */
  summaryFlag: string;
  /** 按商品名汇总标志-按企业商品名汇总标志,填1,按清单原始商品名相同汇总，不填则按商品综合分类名汇总 — C1 */
  itemNameFlag: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 — int(9) */
  msgCount: string;
  /** 报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 汇总申请单数据表体 */
export interface SummaryApplyList {
  /** 清单编号 — C18 */
  invtNo: string;
}

/** 汇总申请单数据实体 */
export interface SummaryApply {
  /** 汇总申请单表头 */
  SummaryApplyHead: SummaryApplyHead;
  /** 汇总申请单数据表体 — occurs 1..100 */
  SummaryApplyList: SummaryApplyList[];
}

/** 汇总申请单数据报文 */
export interface CEB701Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 汇总申请单数据实体 — occurs 1..100 */
  SummaryApply: SummaryApply[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
}

/** 汇总申请单回执实体 */
export interface SummaryReturn {
  /** 系统唯一序号-电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报企业代码-申报单位的10位海关代码或者18位信用代码 — C..18 */
  agentCode: string;
  /** 收发货人代码-电商企业的10位海关代码或者18位信用代码 — C..18 */
  ebcCode: string;
  /** 企业唯一编号-企业生成标识唯一编号 — C..30 */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 汇总申请编号-海关反馈生成的汇总申请编号 — C18 — occurs 0..1 */
  sumNo?: string;
  /** 报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) — C17 */
  returnTime: string;
  /** 回执信息-备注（如不通过原因） — C..1000 */
  returnInfo: string;
}

/** 汇总申请单回执报文 */
export interface CEB702Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 汇总申请单回执实体 — occurs 1..100 */
  SummaryReturn: SummaryReturn[];
}

/** 汇总结果单表头 */
export interface SummaryResultHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报地海关代码-4位海关编号。《海关关区代码》 — C4 */
  customsCode: string;
  /** 汇总申请编号-海关生成的汇总申请编号 — C18 */
  sumNo: string;
  /** 汇总处理时间-汇总处理时间，格式:YYYYMMDDhhmmssfff。 — C17 */
  opDate: string;
  /** 汇总统一编号-海关生成唯一对应报关单 — C18 */
  declSeqNo: string;
  /** 报关单暂存编号-电子口岸报关单暂存编号 — C18 — occurs 0..1 */
  decTmpNo?: string;
  /** 报关单预录入编号-电子口岸报关单预录入编号 — C18 — occurs 0..1 */
  decPreNo?: string;
  /** 报关单编号-海关生成的报关单编号 — C18 — occurs 0..1 */
  entryId?: string;
  /** 报关单状态-报关单状态（具体返回值由海关确定） — C..3 */
  decState: string;
  /** 申报企业代码-申报单位的海关登记编号 — C..18 */
  agentCode: string;
  /** 申报企业名称-申报单位的海关登记名称 — C..100 */
  agentName: string;
  /** 收发货人代码-收发货人（电商企业）的10位海关代码或者18位信用代码 — C..18 */
  ebcCode: string;
  /** 收发货人名称-收发货人（电商企业）的海关备案名称 — C..100 */
  ebcName: string;
  /** 报关单位代码-后续报关单申报单位的海关注册登记编号或统一社会信用代码 — C..18 */
  declAgentCode: string;
  /** 报关单位名称-后续报关单申报单位的登记名称 — C..100 */
  declAgentName: string;
  /** 毛重（公斤）-货物及其包装材料的重量之和，计量单位为千克 — N19,5 */
  grossWeight: string;
  /** 净重（公斤）-货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克 — N19,5 */
  netWeight: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 — int(9) */
  msgCount: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 — int(9) */
  msgSeqNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 汇总结果单表体(允许可空) */
export interface SummaryResultList {
  /** 清单编号 — C18 */
  invtNo: string;
  /** 物流运单编号 — C..80 */
  logisticsNo: string;
  /** 清单商品项的序号 — int(5) */
  gnum: string;
  /** 清单商品编码 — C10 */
  gcode: string;
}

/** 汇总结果单数据实体 */
export interface SummaryResult {
  /** 汇总结果单表头 */
  SummaryResultHead: SummaryResultHead;
  /** 汇总结果单表体(允许可空) — occurs 0..100 */
  SummaryResultList?: SummaryResultList[];
}

/** 汇总结果单数据报文 */
export interface CEB792Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 汇总结果单数据实体 — occurs 1..100 */
  SummaryResult: SummaryResult[];
}

/** The message type codes of this schema. */
export type Export2018Type = 'CEB303' | 'CEB304' | 'CEB403' | 'CEB404' | 'CEB505' | 'CEB506' | 'CEB507' | 'CEB508' | 'CEB509' | 'CEB510' | 'CEB603' | 'CEB604' | 'CEB605' | 'CEB606' | 'CEB607' | 'CEB608' | 'CEB701' | 'CEB702' | 'CEB792';

/** Every message of this schema by type code. */
export interface Export2018Messages {
  /** 电子订单数据报文（电商平台） */
  CEB303: CEB303Message;
  /** 电子订单回执报文 */
  CEB304: CEB304Message;
  /** 收款单数据报文（支付企业） */
  CEB403: CEB403Message;
  /** 收款单回执报文 */
  CEB404: CEB404Message;
  /** 物流运单数据报文（物流企业） */
  CEB505: CEB505Message;
  /** 物流运单回执报文 */
  CEB506: CEB506Message;
  /** 物流运单数据报文（物流企业） */
  CEB507: CEB507Message;
  /** 物流运抵单回执报文 */
  CEB508: CEB508Message;
  /** 物流离境单数据 */
  CEB509: CEB509Message;
  /** 物流离境单回执 */
  CEB510: CEB510Message;
  /** 申报清单数据 */
  CEB603: CEB603Message;
  /** 申报清单数据回执 */
  CEB604: CEB604Message;
  /** 撤销申请单数据 */
  CEB605: CEB605Message;
  /** 撤销申请单回执 */
  CEB606: CEB606Message;
  /** 清单总分单数据 */
  CEB607: CEB607Message;
  /** 清单总分单回执 */
  CEB608: CEB608Message;
  /** 汇总申请单数据报文 */
  CEB701: CEB701Message;
  /** 汇总申请单回执报文 */
  CEB702: CEB702Message;
  /** 汇总结果单数据报文 */
  CEB792: CEB792Message;
}
