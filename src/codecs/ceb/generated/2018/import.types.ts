// GENERATED FILE — never edit by hand.
// Generated from src/codecs/ceb/xsd/2018/ceb-import-2018.xsd
// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.

/** 电子订单表头实体 */
export interface OrderHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 — C..3 */
  appStatus: string;
  /** 电子订单类型：I进口 — C1 */
  orderType: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 — C..100 */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 — C..18 */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 — C..100 */
  ebcName: string;
  /** 商品实际成交价，含非现金抵扣金额。 — N19,5 */
  goodsValue: string;
  /** 不包含在商品价格中的运杂费，无则填写"0"。 — N19,5 */
  freight: string;
  /** 使用积分、虚拟货币、代金券等非现金支付金额，无则填写"0"。 — N19,5 */
  discount: string;
  /** 企业预先代扣的税款金额，无则填写“0” — N19,5 */
  taxTotal: string;
  /** 商品价格+运杂费+代扣税款-非现金抵扣金额，与支付凭证的支付金额一致。 — N19,5 */
  acturalPaid: string;
  /** 限定为人民币，填写“142”。 — C3, fixed 142 */
  currency: string;
  /** 订购人的交易平台注册号。 — C..60 */
  buyerRegNo: string;
  /** 订购人的真实姓名。 — C..60 */
  buyerName: string;
  /** 订购人电话。 — C..30 */
  buyerTelephone: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1” — C1 */
  buyerIdType: string;
  /** 订购人的身份证件号码。 — C..60 */
  buyerIdNumber: string;
  /** 支付企业的海关注册登记编号。 — C..18 — occurs 0..1 */
  payCode?: string;
  /** 支付企业在海关注册登记的企业名称。 — C..100 — occurs 0..1 */
  payName?: string;
  /** 支付企业唯一的支付流水号。 — C..60 — occurs 0..1 */
  payTransactionId?: string;
  /** 商品批次号 — C..100 — occurs 0..1 */
  batchNumbers?: string;
  /** 收货人姓名，必须与电子运单的收货人姓名一致。 — C..100 */
  consignee: string;
  /** 收货人联系电话，必须与电子运单的收货人电话一致。 — C..50 */
  consigneeTelephone: string;
  /** 收货地址，必须与电子运单的收货地址一致。 — C..200 */
  consigneeAddress: string;
  /** 参照国家统计局公布的国家行政区划标准填制。 — C6 — occurs 0..1 */
  consigneeDistrict?: string;
  /** 订单备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 电子订单商品实体 */
export interface OrderList {
  /** 从1开始的递增序号。 — int */
  gnum: string;
  /** 电商企业自定义的商品货号（SKU）。 — C..30 — occurs 0..1 */
  itemNo?: string;
  /** 交易平台销售商品的中文名称。 — C..250 */
  itemName: string;
  /** 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。 — C..510 */
  gmodel: string;
  /** 交易平台销售商品的描述信息。 — C..1000 — occurs 0..1 */
  itemDescribe?: string;
  /** 国际通用的商品条形码，一般由前缀部分、制造厂商代码、商品代码和校验码组成。 — C..50 — occurs 0..1 */
  barCode?: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 计量单位代码。 — C3 */
  unit: string;
  /** 商品实际数量。 — N19,5 */
  qty: string;
  /** 商品单价。赠品单价填写为“0”。 — N19,5 */
  price: string;
  /** 商品总价，等于单价乘以数量。 — N19,5 */
  totalPrice: string;
  /** 限定为人民币，填写“142”。 — C3, fixed 142 */
  currency: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》-国家（地区）代码表。 — C3 */
  country: string;
  /** 促销活动，商品单价偏离市场价格的，可以在此说明。 — C..1000 — occurs 0..1 */
  note?: string;
}

export interface CEB311Order {
  /** 电子订单表头实体 */
  OrderHead: OrderHead;
  /** 电子订单商品实体 — occurs 1..99 */
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

/** 电子订单数据报文（ 电商企业或电商平台或受委托的快件运营人、邮政企业） */
export interface CEB311Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..100 */
  Order: CEB311Order[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

/** 电子订单回执实体 */
export interface OrderReturn {
  /** 电子口岸系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 */
  ebpCode: string;
  /** 电商企业的海关注册登记编号。 — C..18 */
  ebcCode: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 备注（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 电子订单回执报文（电商企业或电商平台或受委托的快件运营人、邮政企业） */
export interface CEB312Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 电子订单回执实体 — occurs 1..100 */
  OrderReturn: OrderReturn[];
}

/** 支付凭证数据实体 */
export interface PaymentHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 — C..3 */
  appStatus: string;
  /** 支付企业的海关注册登记编号。 — C..18 */
  payCode: string;
  /** 支付企业在海关注册登记的名称。 — C..100 */
  payName: string;
  /** 支付企业唯一的支付流水号。 — C..60 */
  payTransactionId: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 — C..100 */
  ebpName: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1”。 — C1 */
  payerIdType: string;
  /** 支付人证件号码 — C..60 */
  payerIdNumber: string;
  /** 支付人的身份证件号码。 — C..60 */
  payerName: string;
  /** 支付人电话 — C..60 — occurs 0..1 */
  telephone?: string;
  /** 支付金额 — N19,5 */
  amountPaid: string;
  /** 限定为人民币，填写“142”。 — C3, fixed 142 */
  currency: string;
  /** 支付时间，格式:YYYYMMDDhhmmss。hm — C14 */
  payTime: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

export interface CEB411Payment {
  /** 支付凭证数据实体 */
  PaymentHead: PaymentHead;
}

/** 支付凭证数据报文（支付企业或受委托的快件运营人、邮政企业） */
export interface CEB411Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..100 */
  Payment: CEB411Payment[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

/** 支付凭证回执实体 */
export interface PaymentReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 支付企业的海关注册登记编号。 — C..18 */
  payCode: string;
  /** 支付企业唯一的支付流水号。 — C..60 */
  payTransactionId: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 备注（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 支付凭证回执报文（支付企业或受委托的快件运营人、邮政企业） */
export interface CEB412Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 支付凭证回执实体 — occurs 1..100 */
  PaymentReturn: PaymentReturn[];
}

/** 物流运单数据实体 */
export interface LogisticsHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 — C..3 */
  appStatus: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 — C..100 */
  logisticsName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 直购进口为海运提单、空运总单或汽车载货清单 — C..37 — occurs 0..1 */
  billNo?: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 商品运输费用，无则填“0”。 — N19,5 — occurs 0..1 */
  freight?: string;
  /** 商品保险费用，无则填“0”。 — N19,5 — occurs 0..1 */
  insuredFee?: string;
  /** 限定为人民币，填写“142”。 — C3, fixed 142 */
  currency: string;
  /** 毛重,单位为千克。 — N19,5 */
  weight: string;
  /** 单个运单下包裹数，限定为“1”。 — int(9) */
  packNo: string;
  /** 配送的商品信息，包括商品名称、数量等。 — C..200 — occurs 0..1 */
  goodsInfo?: string;
  /** 收货人姓名。 — C..100 */
  consignee: string;
  /** 收货地址。 — C..200 */
  consigneeAddress: string;
  /** 收货人电话号码。 — C..50 */
  consigneeTelephone: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

export interface CEB511Logistics {
  /** 物流运单数据实体 */
  LogisticsHead: LogisticsHead;
}

/** 物流运单数据报文（物流企业） */
export interface CEB511Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..100 */
  Logistics: CEB511Logistics[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

/** 物流运单回执实体 */
export interface LogisticsReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 备注（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 物流运单回执报文（物流企业） */
export interface CEB512Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运单回执实体 — occurs 1..100 */
  LogisticsReturn: LogisticsReturn[];
}

/** 物流运单状态数据实体 */
export interface LogisticsStatus {
  /** 企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 — C..3 */
  appStatus: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 — C..100 */
  logisticsName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 物流签收状态，限定S — C1 */
  logisticsStatus: string;
  /** 物流状态发生的实际时间。格式:YYYYMMDDhhmmss。 — C14 */
  logisticsTime: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 物流运单状态数据报文（物流企业） */
export interface CEB513Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运单状态数据实体 — occurs 1..100 */
  LogisticsStatus: LogisticsStatus[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) — occurs 0..1 */
  Signature?: string;
}

/** 物流运单状态回执实体 */
export interface LogisticsStatusReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 物流签收状态，限定为S — C1 */
  logisticsStatus: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 物流运单状态回执报文（物流企业） */
export interface CEB514Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 物流运单状态回执实体 — occurs 1..100 */
  LogisticsStatusReturn: LogisticsStatusReturn[];
}

/** 进口清单表头实体 */
export interface InventoryHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. — C..3 */
  appStatus: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 — C..100 */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 — C..18 */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 — C..100 */
  ebcName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 — C..100 */
  logisticsName: string;
  /** 企业内部标识单证的编号。 — C..20 — occurs 0..1 */
  copNo?: string;
  /** 电子口岸标识单证的编号。 — C..18 — occurs 0..1 */
  preNo?: string;
  /** 担保扣税的企业海关注册登记编号，只限清单的申报企业、电商企业物流企业。 — C..30 */
  assureCode: string;
  /** 保税模式必填，填写区内仓储企业在海关备案的账册编号，用于保税进口业务在特殊区域辅助系统记账（二线出区核减）。 — C..30 — occurs 0..1 */
  emsNo?: string;
  /** 海关接受申报生成的清单编号。 — C..18 — occurs 0..1 */
  invtNo?: string;
  /** I-进口,E-出口 — C1 */
  ieFlag: string;
  /** 申报日期，以海关计算机系统接受清单申报数据时记录的日期为准。格式:YYYYMMDD。 — C8 */
  declTime: string;
  /** 接受清单申报的海关关区代码，参照JGS/T 18《海关关区代码》。 — C4 */
  customsCode: string;
  /** 商品实际进出我国关境口岸海关的关区代码，参照JGS/T 18《海关关区代码》。 — C4 */
  portCode: string;
  /** 运载所申报商品的运输工具申报进境的日期，进口申报时无法确知相应的运输工具的实际进境日期时，免填。格式:YYYYMMDD — C8 — occurs 0..1 */
  ieDate?: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1”。 — C1 */
  buyerIdType: string;
  /** 订购人的身份证件号码。 — C..60 */
  buyerIdNumber: string;
  /** 订购人的真实姓名。 — C..60 */
  buyerName: string;
  /** 订购人电话。 — C..30 */
  buyerTelephone: string;
  /** 收件地址。 — C..200 */
  consigneeAddress: string;
  /** 申报单位的海关注册登记编号。 — C..18 */
  agentCode: string;
  /** 申报单位在海关注册登记的名称。 — C..100 */
  agentName: string;
  /** 保税模式必填，区内仓储企业的海关注册登记编号。 — C..18 — occurs 0..1 */
  areaCode?: string;
  /** 保税模式必填，区内仓储企业在海关注册登记的名称。 — C..100 — occurs 0..1 */
  areaName?: string;
  /** 直购进口填写“9610”，保税进口填写“1210”。 — C4 */
  tradeMode: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式，保税进口指二线出区物流运输方式。 — C1 */
  trafMode: string;
  /** 直购进口必填。货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。保税进口免填。 — C..100 — occurs 0..1 */
  trafNo?: string;
  /** 直购进口必填。货物进出境的运输工具的航次编号。保税进口免填。 — C..32 — occurs 0..1 */
  voyageNo?: string;
  /** 直购进口必填。货物提单或运单的编号，保税进口免填。 — C..37 — occurs 0..1 */
  billNo?: string;
  /** 针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 — C..10 — occurs 0..1 */
  loctNo?: string;
  /** 商务主管部门及其授权发证机关签发的进出口货物许可证件的编号 — C..19 — occurs 0..1 */
  licenseNo?: string;
  /** 直购进口填写起始发出国家（地区）代码，参照《JGS-20 海关业务代码集》的国家（地区）代码表；保税进口填写代码“142”。 — C3 */
  country: string;
  /** 物流企业实际收取的运输费用。 — N19,5 */
  freight: string;
  /** 物流企业实际收取的商品保价费用。 — N19,5 */
  insuredFee: string;
  /** 限定为人民币，填写“142”。 — C3, fixed 142 */
  currency: string;
  /** 海关对进出口货物实际采用的外部包装方式的标识代码，采用1 位数字表示，如：木箱、纸箱、桶装、散装、托盘、包、油罐车等 — C1 — occurs 0..1 */
  wrapType?: string;
  /** 件数为包裹数量，限定为“1”。 — int(9) */
  packNo: string;
  /** 货物及其包装材料的重量之和，计量单位为千克。 — N19,5 */
  grossWeight: string;
  /** 货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克。 — N19,5 */
  netWeight: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 进口清单表体实体 */
export interface InventoryList {
  /** 从1开始连续序号，与关联的电子订单表体序号一一对应。 — int */
  gnum: string;
  /** 账册备案料号 保税模式必填 — C..30 — occurs 0..1 */
  itemRecordNo?: string;
  /** 电商企业自定义的商品货号（SKU）。 — C..30 — occurs 0..1 */
  itemNo?: string;
  /** 交易平台销售商品的中文名称。 — C..250 — occurs 0..1 */
  itemName?: string;
  /** 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。 — C10 */
  gcode: string;
  /** 商品名称应据实填报，与电子订单一致。 — C..250 */
  gname: string;
  /** 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。 — C..510 */
  gmodel: string;
  /** 商品条码一般由前缀部分、制造厂商代码、商品代码和校验码组成。没有条码填“无” — C..50 — occurs 0..1 */
  barCode?: string;
  /** 原产国（地区），海关标准的参数代码 《JGS-20 海关业务代码集》 国家（地区）代码表填写代码。 — C3 */
  country: string;
  /** 贸易国，按海关规定的《国别（地区）代码表》选择填报相应的贸易国（地区）代码。 — C3 — occurs 0..1 */
  tradeCountry?: string;
  /** 限定为人民币，填写“142”。 — C3, fixed 142 */
  currency: string;
  /** 数量，按成交计量单位的实际数量 — N19,5 */
  qty: string;
  /** 计量单位，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 — C3 */
  unit: string;
  /** 法定数量，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 — N19,5 */
  qty1: string;
  /** 法定i计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 — C3 */
  unit1: string;
  /** 第二数量 — N19,5 — occurs 0..1 */
  qty2?: string;
  /** 第二计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 — C3 — occurs 0..1 */
  unit2?: string;
  /** 成交单价 — N19,5 */
  price: string;
  /** 成交总价 — N19,5 */
  totalPrice: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

export interface CEB621Inventory {
  /** 进口清单表头实体 */
  InventoryHead: InventoryHead;
  /** 进口清单表体实体 — occurs 1..99 */
  InventoryList: InventoryList[];
}

/** 进口清单数据报文（电商企业或其代理人） */
export interface CEB621Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..100 */
  Inventory: CEB621Inventory[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) */
  Signature: string;
}

/** 进口清单回执实体 */
export interface InventoryReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报口岸 — C4 — occurs 0..1 */
  customsCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 — occurs 0..1 */
  ebpCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 — occurs 0..1 */
  ebcCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填) — C..18 — occurs 0..1 */
  agentCode?: string;
  /** 企业内部标识单证的编号 — C..20 */
  copNo: string;
  /** 电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 海关审核反馈清单的编号 — C18 — occurs 0..1 */
  invtNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关/500查验/501扣留移送通关/502扣留移送缉私/503扣留移送法规/599其它扣留/700退运）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 进口清单回执报文（电商企业或其代理人） */
export interface CEB622Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 进口清单回执实体 — occurs 1..100 */
  InventoryReturn: InventoryReturn[];
}

/** 撤销申请单实体 */
export interface InvtCancel {
  /** 企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 企业报送类型。1-新增。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. — C..3 */
  appStatus: string;
  /** 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 — C4 */
  customsCode: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 — C..100 */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 — C..18 */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 — C..100 */
  ebcName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 — C..100 */
  logisticsName: string;
  /** 企业内部标识单证的编号 — C..20 — occurs 0..1 */
  copNo?: string;
  /** 电子口岸标识单证的编号 — C..18 — occurs 0..1 */
  preNo?: string;
  /** 申请撤销的原始清单编号。 — C..18 */
  invtNo: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1”。 — C1 */
  buyerIdType: string;
  /** 订购人的身份证件号码。 — C..60 */
  buyerIdNumber: string;
  /** 订购人的真实姓名。 — C..60 */
  buyerName: string;
  /** 订购人电话 — C..30 */
  buyerTelephone: string;
  /** 申报单位的海关注册登记编号。 — C..18 */
  agentCode: string;
  /** 申报单位在海关注册登记的名称。 — C..100 */
  agentName: string;
  /** 撤单原因 — C..1000 */
  reason: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 撤销申请单数据报文（电商企业或其代理人） */
export interface CEB623Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 撤销申请单实体 — occurs 1..100 */
  InvtCancel: InvtCancel[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) */
  Signature: string;
}

/** 撤销申请单回执实体 */
export interface InvtCancelReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报口岸 — C4 — occurs 0..1 */
  customsCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填） — C..18 — occurs 0..1 */
  agentCode?: string;
  /** 电商平台代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填) — C..18 — occurs 0..1 */
  ebpCode?: string;
  /** 电商企业代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填) — C..18 — occurs 0..1 */
  ebcCode?: string;
  /** 企业内部标识单证的编号 — C..20 */
  copNo: string;
  /** 电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 申请撤销的原始清单编号 — C18 — occurs 0..1 */
  invtNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 回执信息（如:退单原因） — C..1000 */
  returnInfo: string;
}

/** 撤销申请单回执报文（电商企业或其代理人） */
export interface CEB624Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 撤销申请单回执实体 — occurs 1..100 */
  InvtCancelReturn: InvtCancelReturn[];
}

/** 退货申请单表头实体 */
export interface InvtRefundHead {
  /** 企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. — C..3 */
  appStatus: string;
  /** 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 — C4 */
  customsCode: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 — C..60 */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 — C..100 */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 — C..18 */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 — C..100 */
  ebcName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号。 — C..18 */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 — C..100 */
  logisticsName: string;
  /** 企业内部标识单证的编号。 — C..20 — occurs 0..1 */
  copNo?: string;
  /** 电子口岸标识单证的编号。 — C..18 — occurs 0..1 */
  preNo?: string;
  /** 申请退货的原始清单编号。 — C..18 */
  invtNo: string;
  /** 订购人证件类型 — C1 */
  buyerIdType: string;
  /** 订购人证件号码 — C..60 */
  buyerIdNumber: string;
  /** 订购人姓名 — C..60 */
  buyerName: string;
  /** 订购人电话 — C..30 */
  buyerTelephone: string;
  /** 申报单位的海关注册登记编号。 — C..18 */
  agentCode: string;
  /** 申报单位在海关注册登记的名称。 — C..100 */
  agentName: string;
  /** 退货原因 — C..1000 */
  reason: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 退货申请单表体实体 */
export interface InvtRefundList {
  /** 对应原清单表体序号（退货项序号） — int */
  gnum: string;
  /** 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。 — C10 */
  gcode: string;
  /** 商品名称应据实填报，与清单一致。 — C..250 */
  gname: string;
  /** 申请退货的数量，小于等于原清单的成交计量单位的数量 — N19,5 */
  qty: string;
  /** 海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 — C3 */
  unit: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

export interface CEB625InvtRefund {
  /** 退货申请单表头实体 */
  InvtRefundHead: InvtRefundHead;
  /** 退货申请单表体实体 — occurs 1..99 */
  InvtRefundList: InvtRefundList[];
}

/** 退货申请单数据报文（电商企业或其代理人） */
export interface CEB625Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..100 */
  InvtRefund: CEB625InvtRefund[];
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) */
  Signature: string;
}

/** 退货申请单回执实体 */
export interface InvtRefundReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 申报口岸 — C4 — occurs 0..1 */
  customsCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填） — C..18 — occurs 0..1 */
  agentCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 — occurs 0..1 */
  ebpCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 — C..18 — occurs 0..1 */
  ebcCode?: string;
  /** 企业内部标识单证的编号 — C..20 */
  copNo: string;
  /** 电子口岸标识单证的编号 — C18 */
  preNo: string;
  /** 申请退货的原始清单编号 — C18 — occurs 0..1 */
  invtNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 备注（如不通过原因） — C..1000 */
  returnInfo: string;
}

/** 退货申请单回执报文（电商企业或其代理人） */
export interface CEB626Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 退货申请单回执实体 — occurs 1..100 */
  InvtRefundReturn: InvtRefundReturn[];
}

/** 入库明细单表头实体 */
export interface DeliveryHead {
  /** 企业系统生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 — C1 */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss — C14 */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。 — C..3 */
  appStatus: string;
  /** 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 — C4 */
  customsCode: string;
  /** 企业内部标识单证的编号 — C..20 — occurs 0..1 */
  copNo?: string;
  /** 电子口岸标识单证的编号 — C..18 — occurs 0..1 */
  preNo?: string;
  /** 海关接受申报生成的入库单编号 — C..18 — occurs 0..1 */
  rkdNo?: string;
  /** 监管场所经营人在海关注册登记的编号 — C..18 */
  operatorCode: string;
  /** 监管场所经营人在海关注册登记的名称 — C..100 */
  operatorName: string;
  /** I进口/E出口 — C1 */
  ieFlag: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。 — C1 */
  trafMode: string;
  /** 货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。 — C..100 */
  trafNo: string;
  /** 货物进出境的运输工具的航次编号。 — C..32 */
  voyageNo: string;
  /** 货物提单或运单的海运提单、空运总单或汽车载货清单 — C..37 */
  billNo: string;
  /** 物流企业的海关注册登记编号 — C..18 */
  logisticsCode: string;
  /** 物流企业的海关注册登记名称 — C..100 */
  logisticsName: string;
  /** 货物卸货的仓储存放位置 — C..100 — occurs 0..1 */
  unloadLocation?: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

/** 入库明细单表体实体 */
export interface DeliveryList {
  /** 从1开始的递增序号 — int */
  gnum: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 — C..60 */
  logisticsNo: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
}

export interface CEB711Delivery {
  /** 入库明细单表头实体 */
  DeliveryHead: DeliveryHead;
  /** 入库明细单表体实体 — occurs 1..n */
  DeliveryList: DeliveryList[];
}

/** 入库明细单数据报文（海关监管作业场所经营企业） */
export interface CEB711Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  Delivery: CEB711Delivery;
  /** 基础报文传输实体（需要与实际客户端传输企业一致） */
  BaseTransfer: BaseTransfer;
  /** 基础回执订阅实体（用于第三方提供数据的订阅下发） — occurs 0..5 */
  BaseSubscribe?: BaseSubscribe[];
  /** 扩展自定义数据实体 — occurs 0..1 */
  ExtendMessage?: ExtendMessage;
  /** the whole ds:Signature element as raw XML (signing is done elsewhere) */
  Signature: string;
}

/** 入库明细单回执实体 */
export interface DeliveryReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 主管海关 — C4 — occurs 0..1 */
  customsCode?: string;
  /** 监管场所经营人代码 监管场所经营人作为第三方对入场所的大包开拆核实包裹（兼容考虑，暂设为选填） — C..18 — occurs 0..1 */
  operatorCode?: string;
  /** 企业内部标识单证的编号 — C..20 — occurs 0..1 */
  copNo?: string;
  /** 电子口岸标识单证的编号 — C..18 — occurs 0..1 */
  preNo?: string;
  /** 海关审核生成的入库单编号 — C..18 — occurs 0..1 */
  rkdNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 — C..10 */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 备注（如不通过原因） — C..1000 */
  returnInfo: string;
}

/** 入库明细单回执报文（海关监管作业场所经营企业） */
export interface CEB712Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 入库明细单回执实体 — occurs 1..100 */
  DeliveryReturn: DeliveryReturn[];
}

/** 电子税单表头实体 */
export interface TaxHeadRd {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 回执时间,格式:YYYYMMDDhhmmssSSS — C17 */
  returnTime: string;
  /** 进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） — C..18 */
  invtNo: string;
  /** 电子税单编号 — C..50 */
  taxNo: string;
  /** 应征关税 — N19,5 */
  customsTax: string;
  /** 应征增值税 — N19,5 */
  valueAddedTax: string;
  /** 应征消费税 — N19,5 */
  consumptionTax: string;
  /** 税单状态（(1-已生成，2-已汇总 3-作废)） — C1 */
  status: string;
  /** 缴款书编号 — C..50 — occurs 0..1 */
  entDutyNo?: string;
  /** 备注 — C..1000 — occurs 0..1 */
  note?: string;
  /** 担保企业代码 — C..64 — occurs 0..1 */
  assureCode?: string;
  /** 电商企业代码 — C..64 — occurs 0..1 */
  ebcCode?: string;
  /** 物流企业代码 — C..64 — occurs 0..1 */
  logisticsCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码 — C..18 — occurs 0..1 */
  agentCode?: string;
  /** 申报口岸 — C4 — occurs 0..1 */
  customsCode?: string;
}

/** 电子税单表体实体 */
export interface TaxListRd {
  /** 商品项号,从1开始连续序号 — int */
  gnum: string;
  /** 海关商品编码（10位） — C10 */
  gcode: string;
  /** 完税总价格 — N19,5 */
  taxPrice: string;
  /** 应征关税 — N19,5 */
  customsTax: string;
  /** 应征增值税 — N19,5 */
  valueAddedTax: string;
  /** 应征消费税 — N19,5 */
  consumptionTax: string;
}

export interface CEB816Tax {
  /** 电子税单表头实体 */
  TaxHeadRd: TaxHeadRd;
  /** 电子税单表体实体 — occurs 1..99 */
  TaxListRd: TaxListRd[];
}

/** 电子税单数据报文 */
export interface CEB816Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..n */
  Tax: CEB816Tax[];
}

/** 电子税单状态表头实体 */
export interface TaxHeadStatus {
  /** 36位系统唯一序号（英文字母大写） — C36 */
  guid: string;
  /** 回执时间,格式:YYYYMMDDhhmmssSSS — C17 */
  returnTime: string;
  /** 进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） — C..18 */
  invtNo: string;
  /** 电子税单编号 — C..50 */
  taxNo: string;
  /** 税单状态（(1-已生成，2-已汇总 3-作废)） — C1 */
  status: string;
  /** 缴款书编号 — C..50 — occurs 0..1 */
  entDutyNo?: string;
  /** 担保企业代码 — C..64 — occurs 0..1 */
  assureCode?: string;
}

export interface CEB818Tax {
  /** 电子税单状态表头实体 */
  TaxHeadStatus: TaxHeadStatus;
}

/** 电子税单状态报文 */
export interface CEB818Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** occurs 1..n */
  Tax: CEB818Tax[];
}

/** 报文格式校验回执实体 */
export interface MessageReturn {
  /** 36位唯一序号 — C36 */
  guid: string;
  /** 小于0数字表示报文格式校验异常。 — C..10 */
  returnStatus: string;
  /** 回执详细信息 — C..5000 */
  returnInfo: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) — C17 */
  returnTime: string;
  /** 原始传输报文的copMsgId — C..255 */
  oriCopMsgId: string;
  /** 原始报文的报文类型，如CEB311Message，未知类型为Unknown — C..15 */
  oriMessageType: string;
  /** 原始报文内容 — C */
  oriBizMessage: string;
}

/** 报文格式校验回执报文 */
export interface CEB900Message {
  /** 报文的36位系统唯一序号（英文字母大写） — attribute, C36 */
  guid: string;
  /** 报文版本号 默认1.0 — attribute, C..10 */
  version: string;
  /** 报文格式校验回执实体 */
  MessageReturn: MessageReturn;
}

/** The message type codes of this schema. */
export type Import2018Type = 'CEB311' | 'CEB312' | 'CEB411' | 'CEB412' | 'CEB511' | 'CEB512' | 'CEB513' | 'CEB514' | 'CEB621' | 'CEB622' | 'CEB623' | 'CEB624' | 'CEB625' | 'CEB626' | 'CEB711' | 'CEB712' | 'CEB816' | 'CEB818' | 'CEB900';

/** Every message of this schema by type code. */
export interface Import2018Messages {
  /** 电子订单数据报文（ 电商企业或电商平台或受委托的快件运营人、邮政企业） */
  CEB311: CEB311Message;
  /** 电子订单回执报文（电商企业或电商平台或受委托的快件运营人、邮政企业） */
  CEB312: CEB312Message;
  /** 支付凭证数据报文（支付企业或受委托的快件运营人、邮政企业） */
  CEB411: CEB411Message;
  /** 支付凭证回执报文（支付企业或受委托的快件运营人、邮政企业） */
  CEB412: CEB412Message;
  /** 物流运单数据报文（物流企业） */
  CEB511: CEB511Message;
  /** 物流运单回执报文（物流企业） */
  CEB512: CEB512Message;
  /** 物流运单状态数据报文（物流企业） */
  CEB513: CEB513Message;
  /** 物流运单状态回执报文（物流企业） */
  CEB514: CEB514Message;
  /** 进口清单数据报文（电商企业或其代理人） */
  CEB621: CEB621Message;
  /** 进口清单回执报文（电商企业或其代理人） */
  CEB622: CEB622Message;
  /** 撤销申请单数据报文（电商企业或其代理人） */
  CEB623: CEB623Message;
  /** 撤销申请单回执报文（电商企业或其代理人） */
  CEB624: CEB624Message;
  /** 退货申请单数据报文（电商企业或其代理人） */
  CEB625: CEB625Message;
  /** 退货申请单回执报文（电商企业或其代理人） */
  CEB626: CEB626Message;
  /** 入库明细单数据报文（海关监管作业场所经营企业） */
  CEB711: CEB711Message;
  /** 入库明细单回执报文（海关监管作业场所经营企业） */
  CEB712: CEB712Message;
  /** 电子税单数据报文 */
  CEB816: CEB816Message;
  /** 电子税单状态报文 */
  CEB818: CEB818Message;
  /** 报文格式校验回执报文 */
  CEB900: CEB900Message;
}
