import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Transfer } from '../../../codecs/ceb/canonical/index.js';
import { CNY, type Payment } from '../../../domain/model/index.js';
import { type Fields, fromXml, institutionTime, type SignType, sign, signatureValid, toXml } from '../wire.js';
import { ceb411Of, chinaStamp } from './ceb411.js';

/**
 * A payment institution we cannot reach from tests or the demo, simulated faithfully: it speaks the exchange of
 * `../wire.ts` (WeChat Pay v2 customs declaration), keeps its own ledger of payments with the payer's real-name
 * record, checks the buyer identity the merchant sends against it (`cert_check_result`), and — as the real
 * institutions do — writes the CEB411 itself from its own record, signs it with its own key and sends it to customs,
 * moving the declaration UNDECLARED → SUBMITTED → PROCESSING → SUCCESS | FAIL (EXCEPT when the channel breaks).
 */
export interface InstitutionMerchant {
  readonly appId: string;
  readonly mchId: string;
  readonly apiKey: string;
  /** The merchant's name as registered with customs (ebpName of the CEB411). */
  readonly customsName: string;
}

export interface InstitutionPayment {
  readonly mchId: string;
  readonly outTradeNo: string;
  readonly transactionId: string;
  /** In fen. */
  readonly totalFee: number;
  /** The payer's real-name record (personal data; only ever goes into the CEB411). */
  readonly payer: { readonly name: string; readonly idNumber: string };
  readonly paidAt: Date;
}

export interface InstitutionCustoms {
  readonly payCode: string;
  readonly payName: string;
  /** BaseTransfer of the CEB411 (the institution transmits it). */
  readonly transfer: Transfer;
  /** Signs the CEB411 with the institution's key (enveloped XML-DSig). */
  sign(xml: string): Promise<string>;
  /** Delivers the signed CEB411 to customs and resolves with customs' answer; a throw is a broken channel. */
  send(signedXml: string, payment: Payment): Promise<{ readonly accepted: boolean; readonly info: string }>;
}

type State = 'UNDECLARED' | 'SUBMITTED' | 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'EXCEPT';

export interface InstitutionDeclaration {
  readonly transactionId: string;
  readonly outTradeNo: string;
  readonly subOrderNo?: string;
  readonly subOrderId?: string;
  readonly customs: string;
  readonly mchCustomsNo: string;
  orderFee: number;
  transportFee?: number;
  productFee?: number;
  certCheck: 'SAME' | 'DIFFERENT' | 'UNCHECKED';
  state: State;
  explanation: string;
  modifiedAt: Date;
  /** The signed CEB411 the institution sent to customs. */
  ceb411?: string;
}

export interface MockInstitution {
  readonly url: string;
  recordPayment(payment: InstitutionPayment): void;
  readonly declarations: readonly InstitutionDeclaration[];
  /** Resolves when every declaration pushed so far has its answer from customs. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface MockInstitutionOptions {
  readonly merchants: readonly InstitutionMerchant[];
  readonly customs: InstitutionCustoms;
  readonly clock?: () => Date;
}

const fail = (err_code: string, err_code_des: string): Fields => ({ result_code: 'FAIL', err_code, err_code_des });
const int = (v: string | undefined) => (v !== undefined && /^\d{1,12}$/.test(v) ? Number(v) : undefined);

export async function startMockInstitution(options: MockInstitutionOptions): Promise<MockInstitution> {
  const clock = options.clock ?? (() => new Date());
  const payments = new Map<string, InstitutionPayment>();
  const declarations: InstitutionDeclaration[] = [];
  const pending = new Set<Promise<void>>();
  let subOrders = 0;

  async function push(d: InstitutionDeclaration, p: InstitutionPayment, merchant: InstitutionMerchant): Promise<void> {
    d.state = 'SUBMITTED';
    const payment: Payment = {
      payCode: options.customs.payCode,
      payName: options.customs.payName,
      payTransactionId: d.subOrderId ?? d.transactionId,
      orderNo: d.subOrderNo ?? d.outTradeNo,
      ebpCode: d.mchCustomsNo,
      payer: { idType: '1', idNumber: p.payer.idNumber, name: p.payer.name },
      amountPaid: `${Math.floor(d.orderFee / 100)}.${String(d.orderFee % 100).padStart(2, '0')}`,
      currency: CNY,
      payTime: chinaStamp(p.paidAt),
    };
    try {
      const signed = await options.customs.sign(ceb411Of(payment, options.customs.transfer, merchant.customsName, clock()));
      d.ceb411 = signed;
      d.state = 'PROCESSING';
      const answer = await options.customs.send(signed, payment);
      d.state = answer.accepted ? 'SUCCESS' : 'FAIL';
      d.explanation = answer.info;
    } catch (error) {
      d.state = 'EXCEPT';
      d.explanation = `海关接口异常: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown'}`;
    }
    d.modifiedAt = clock();
  }

  function schedule(d: InstitutionDeclaration, p: InstitutionPayment, m: InstitutionMerchant) {
    const job = new Promise<void>((resolve) => setImmediate(resolve)).then(() => push(d, p, m));
    pending.add(job);
    void job.finally(() => pending.delete(job));
  }

  function declare(req: Fields, merchant: InstitutionMerchant): Fields {
    const [outTradeNo, transactionId, customs, mchCustomsNo] = [req['out_trade_no'], req['transaction_id'], req['customs'], req['mch_customs_no']];
    if (!outTradeNo || !transactionId || !customs || !mchCustomsNo) return fail('PARAM_ERROR', '参数错误: out_trade_no, transaction_id, customs and mch_customs_no are required');
    const p = payments.get(transactionId);
    if (!p || p.mchId !== merchant.mchId || p.outTradeNo !== outTradeNo) return fail('ORDERNOTEXIST', '订单不存在');
    const subOrderNo = req['sub_order_no'] || undefined;
    const [orderFee, transportFee, productFee] = [int(req['order_fee']), int(req['transport_fee']), int(req['product_fee'])];
    if (subOrderNo && (req['fee_type'] !== 'CNY' || orderFee === undefined || transportFee === undefined || productFee === undefined || orderFee !== transportFee + productFee || orderFee > p.totalFee)) {
      return fail('PARAM_ERROR', '参数错误: a sub-order needs fee_type CNY and order_fee = transport_fee + product_fee, at most the payment');
    }
    const certCheck = !req['cert_id'] ? 'UNCHECKED' : req['cert_id'].toUpperCase() === p.payer.idNumber.toUpperCase() && req['name'] === p.payer.name ? 'SAME' : 'DIFFERENT';
    let d = declarations.find((x) => x.transactionId === transactionId && x.customs === customs && x.subOrderNo === subOrderNo);
    if (d && req['action_type'] !== 'MODIFY') {
      // a repeated ADD answers with the declaration already made (the identity check is the latest one)
      d.certCheck = certCheck;
    } else {
      const fresh = !d;
      if (fresh && subOrderNo) subOrders += 1;
      d ??= {
        transactionId,
        outTradeNo,
        ...(subOrderNo && { subOrderNo, subOrderId: `S${transactionId}${String(subOrders % 100).padStart(2, '0')}` }),
        customs,
        mchCustomsNo,
        orderFee: p.totalFee,
        certCheck,
        state: 'UNDECLARED',
        explanation: '',
        modifiedAt: clock(),
      };
      if (subOrderNo && orderFee !== undefined) Object.assign(d, { orderFee, transportFee, productFee });
      Object.assign(d, { certCheck, state: 'UNDECLARED', explanation: '', modifiedAt: clock() });
      if (fresh) declarations.push(d);
      schedule(d, p, merchant);
    }
    return {
      result_code: 'SUCCESS',
      state: d.state,
      transaction_id: d.transactionId,
      out_trade_no: d.outTradeNo,
      ...(d.subOrderNo && { sub_order_no: d.subOrderNo, sub_order_id: d.subOrderId ?? '' }),
      modify_time: institutionTime(d.modifiedAt),
      cert_check_result: d.certCheck,
      verify_department: 'OTHERS',
    };
  }

  function query(req: Fields, merchant: InstitutionMerchant): Fields {
    const found = declarations.filter(
      (d) =>
        payments.get(d.transactionId)?.mchId === merchant.mchId &&
        d.customs === req['customs'] &&
        (req['sub_order_id'] ? d.subOrderId === req['sub_order_id'] : req['sub_order_no'] ? d.subOrderNo === req['sub_order_no'] : req['transaction_id'] ? d.transactionId === req['transaction_id'] : d.outTradeNo === req['out_trade_no']),
    );
    if (found.length === 0) return fail('ORDERNOTEXIST', '订单不存在');
    const out: Record<string, string> = { result_code: 'SUCCESS', transaction_id: found[0]?.transactionId ?? '', count: String(found.length) };
    found.forEach((d, n) => {
      Object.assign(out, {
        [`sub_order_no_${n}`]: d.subOrderNo ?? '',
        [`sub_order_id_${n}`]: d.subOrderId ?? '',
        [`mch_customs_no_${n}`]: d.mchCustomsNo,
        [`customs_${n}`]: d.customs,
        [`fee_type_${n}`]: 'CNY',
        [`order_fee_${n}`]: String(d.orderFee),
        [`state_${n}`]: d.state,
        [`explanation_${n}`]: d.explanation,
        [`modify_time_${n}`]: institutionTime(d.modifiedAt),
        [`cert_check_result_${n}`]: d.certCheck,
      });
    });
    return out;
  }

  function answer(req: Fields | undefined, route: (req: Fields, m: InstitutionMerchant) => Fields): string {
    if (!req) return toXml({ return_code: 'FAIL', return_msg: 'XML格式错误' });
    const merchant = options.merchants.find((m) => m.mchId === req['mch_id'] && m.appId === req['appid']);
    if (!merchant) return toXml({ return_code: 'FAIL', return_msg: 'mch_id与appid不匹配' });
    const signType: SignType = req['sign_type'] === 'HMAC-SHA256' ? 'HMAC-SHA256' : 'MD5';
    if (!signatureValid(req, merchant.apiKey, signType)) return toXml({ return_code: 'FAIL', return_msg: '签名错误' });
    const fields: Fields = { return_code: 'SUCCESS', return_msg: 'OK', appid: merchant.appId, mch_id: merchant.mchId, ...(signType !== 'MD5' && { sign_type: signType }), ...route(req, merchant) };
    return toXml({ ...fields, sign: sign(fields, merchant.apiKey, signType) });
  }

  const routes: Readonly<Record<string, (req: Fields, m: InstitutionMerchant) => Fields>> = {
    '/cgi-bin/mch/customs/customdeclareorder': declare,
    '/cgi-bin/mch/customs/customdeclarequery': query,
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = routes[new URL(req.url ?? '/', 'http://institution').pathname];
      if (req.method !== 'POST' || !route) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(answer(fromXml(Buffer.concat(chunks).toString('utf8')), route));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    recordPayment: (p) => void payments.set(p.transactionId, p),
    declarations,
    settle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
