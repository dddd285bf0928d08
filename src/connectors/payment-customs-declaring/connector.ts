import { CNY, type Payment } from '../../domain/model/index.js';
import { parseFen } from '../../kernel/money.js';
import {
  type ConnectorMetadata,
  type CustomsDeclarationRequest,
  type CustomsDeclarationStatus,
  clockOf,
  createHttpClient,
  defineConnector,
  type HttpClient,
  PARTNER_CODES,
  type PartnerResult,
  type PaymentConnector,
  type PaymentDeps,
  partnerFail,
  partnerName,
  partnerOk,
  secretValues,
} from '../sdk/index.js';
import { type CustomsDeclaringSettings, customsDeclaringSettings } from './settings.js';
import { CERT_CHECK, ERR_CODES, STATES } from './units.js';
import { type Fields, fromXml, sign, signatureValid, toXml } from './wire.js';

const metadata: ConnectorMetadata<'payment'> = {
  id: 'customs-declaring',
  kind: 'payment',
  label: 'Payment institution that declares to customs (Alipay / WeChat Pay style)',
  description:
    'Asks the payment institution to declare a payment to customs (it files and signs the CEB411 itself) and follows the result, over an exchange modelled on WeChat Pay’s v2 customs declaration API (signed XML: customdeclareorder, customdeclarequery; identity check of the payer); the fields mirror Alipay’s alipay.acquire.customs where the two agree.',
  version: '1.0.0',
  capabilities: ['customs-declaration', 'declaration-query'],
  speaks: {
    format: 'WeChat Pay v2 customs declaration (XML, MD5 / HMAC-SHA256 sign), as modelled in README.md',
    references: [
      'https://pay.weixin.qq.com/doc/v2/merchant/4011985151 (订单附加信息提交接口, customdeclareorder)',
      'https://pay.weixin.qq.com/doc/v2/merchant/4011985273 (订单附加信息查询接口, customdeclarequery)',
      'https://pay.weixin.qq.com/doc/v2/merchant/4011997907 (UNDECLARED first, then pushed to customs)',
      'https://docs.antom.com/ac/global/acquire_customs (Alipay alipay.acquire.customs)',
      'src/connectors/payment-customs-declaring/README.md',
    ],
  },
};

const fen = (yuan: string): string | undefined => {
  const r = parseFen(yuan);
  return r.ok ? r.value.toString() : undefined;
};
const yuanOfFen = (f: string) => {
  const n = BigInt(f);
  return `${n / 100n}.${(n % 100n).toString().padStart(2, '0')}`;
};

function requestFields(r: CustomsDeclarationRequest, s: CustomsDeclaringSettings): PartnerResult<Fields> {
  const base: Record<string, string> = {
    appid: s.appId,
    mch_id: s.mchId,
    out_trade_no: r.orderNo,
    transaction_id: r.payTransactionId,
    customs: s.customs,
    mch_customs_no: s.merchantCustomsNo,
    action_type: r.action === 'modify' ? 'MODIFY' : 'ADD',
    ...(s.signType !== 'MD5' && { sign_type: s.signType }),
  };
  if (r.duty !== undefined) base['duty'] = fen(r.duty) ?? '';
  if (r.subOrderNo !== undefined) {
    const [total, freight, goods] = [fen(r.amounts.total), fen(r.amounts.freight), fen(r.amounts.goods)];
    if (total === undefined || freight === undefined || goods === undefined || BigInt(total) !== BigInt(freight) + BigInt(goods)) {
      return partnerFail(partnerName(metadata), 'declaration.amounts_inconsistent', 'permanent', 'a sub-order needs total = freight + goods, in yuan with at most 2 decimals');
    }
    Object.assign(base, { sub_order_no: r.subOrderNo, fee_type: 'CNY', order_fee: total, transport_fee: freight, product_fee: goods });
  }
  Object.assign(base, { cert_type: 'IDCARD', cert_id: r.buyer.idNumber, name: r.buyer.name });
  return partnerOk(base);
}

/** Sends one signed request and reads the signed answer, mapping the two FAIL levels to partner errors. */
async function exchange(http: HttpClient, s: CustomsDeclaringSettings, path: string, fields: Fields): Promise<PartnerResult<Fields>> {
  const partner = http.partner;
  const body = toXml({ ...fields, sign: sign(fields, s.apiKey, s.signType) });
  const res = await http.request({ method: 'POST', url: new URL(path, s.gatewayUrl).toString(), headers: { 'content-type': 'text/xml; charset=utf-8' }, body });
  if (!res.ok) return res;
  const answer = fromXml(res.value.body);
  if (!answer) return partnerFail(partner, PARTNER_CODES.badResponse, 'retryable', 'the institution answered something that is not its XML');
  if (answer['return_code'] !== 'SUCCESS') {
    return partnerFail(partner, 'payment.communication_refused', 'needs-human', `the institution refused the call: ${answer['return_msg'] ?? 'no reason given'}`, {
      partnerCode: answer['return_msg'],
    });
  }
  if (!signatureValid(answer, s.apiKey, s.signType)) {
    return partnerFail(partner, 'payment.answer_signature_invalid', 'needs-human', "the institution's answer is not signed with the merchant key");
  }
  if (answer['result_code'] !== 'SUCCESS') {
    const code = answer['err_code'] ?? 'UNKNOWN';
    return partnerFail(partner, `payment.${code.toLowerCase()}`, ERR_CODES[code] ?? 'permanent', answer['err_code_des'] ?? code, { partnerCode: code });
  }
  return partnerOk(answer);
}

function statusOf(r: CustomsDeclarationRequest, s: CustomsDeclaringSettings, a: Fields, suffix = ''): CustomsDeclarationStatus {
  const partnerState = a[`state${suffix}`] ?? '';
  const subOrderId = a[`sub_order_id${suffix}`];
  const declaredFee = a[`order_fee${suffix}`];
  const payment: Payment = {
    payCode: s.payCode,
    ...(s.payName !== undefined && { payName: s.payName }),
    payTransactionId: subOrderId || r.payTransactionId,
    orderNo: r.subOrderNo ?? r.orderNo,
    ebpCode: r.ebpCode,
    payer: r.buyer,
    amountPaid: declaredFee && /^\d+$/.test(declaredFee) ? yuanOfFen(declaredFee) : r.amounts.total,
    currency: CNY,
  };
  const explanation = a[`explanation${suffix}`];
  const modified = a[`modify_time${suffix}`];
  return {
    state: STATES[partnerState] ?? 'pending',
    partnerState,
    declarationId: subOrderId || a['transaction_id'] || r.payTransactionId,
    identityCheck: CERT_CHECK[a[`cert_check_result${suffix}`] ?? 'UNCHECKED'] ?? 'unchecked',
    ...(explanation && { explanation }),
    ...(modified && { updatedAt: modified }),
    payment,
  };
}

export const customsDeclaringPayment = defineConnector({
  metadata,
  settings: customsDeclaringSettings,
  create(settings, deps: PaymentDeps): PaymentConnector {
    const partner = partnerName(metadata);
    const http = createHttpClient({
      partner,
      timeoutMs: settings.timeoutMs,
      secrets: secretValues(customsDeclaringSettings, settings),
      clock: clockOf(deps),
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.log && { log: deps.log }),
    });
    return {
      metadata,
      async declareToCustoms(request) {
        const fields = requestFields(request, settings);
        if (!fields.ok) return fields;
        const answer = await exchange(http, settings, '/cgi-bin/mch/customs/customdeclareorder', fields.value);
        return answer.ok ? partnerOk(statusOf(request, settings, answer.value)) : answer;
      },
      async queryDeclaration(request) {
        const key: Fields = request.subOrderNo !== undefined ? { sub_order_no: request.subOrderNo } : { transaction_id: request.payTransactionId };
        const fields: Fields = {
          appid: settings.appId,
          mch_id: settings.mchId,
          ...key,
          customs: settings.customs,
          ...(settings.signType !== 'MD5' && { sign_type: settings.signType }),
        };
        const answer = await exchange(http, settings, '/cgi-bin/mch/customs/customdeclarequery', fields);
        if (!answer.ok) return answer;
        const count = Number(answer.value['count'] ?? '0');
        if (!(count > 0)) return partnerFail(partner, 'payment.ordernotexist', 'permanent', 'the institution has no declaration for this payment');
        // the latest record of the (sub-)order is the last one listed
        return partnerOk(statusOf(request, settings, answer.value, `_${count - 1}`));
      },
    };
  },
});
