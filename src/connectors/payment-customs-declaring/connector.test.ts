import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeclaration } from '../../codecs/ceb/canonical/index.js';
import type { Payment } from '../../domain/model/index.js';
import { loadSigningKey, loadVerificationKey, signMessage, verifyMessage } from '../../signing/index.js';
import { runPaymentContract } from '../sdk/contracts/payment.contract.js';
import { unreachableUrl } from '../sdk/contracts/receiver.js';
import type { CustomsDeclarationRequest, HttpExchange } from '../sdk/index.js';
import { customsDeclaringPayment } from './connector.js';
import { type MockInstitution, startMockInstitution } from './mock/institution.js';

const KEY = 'cgtest0123456789abcdef0123456789';
const MERCHANT = { appId: 'wx8888888888888888', mchId: '1900000109', apiKey: KEY, customsName: 'Crossgate Demo Mall 示范跨境商城' };
const BUYER = { idType: '1', idNumber: '330106199003071236', name: '张晓明' };
const OTHER = { idType: '1', idNumber: '110105198805123219', name: '李四' };

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
const institutionKey = loadSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, { keyName: 'demo-pay-01' });
const institutionTrust = loadVerificationKey(publicKey.export({ type: 'spki', format: 'pem' }) as string, { keyName: 'demo-pay-01' });

/** What "customs" received from the institution, and how it answers. */
const customsInbox: { xml: string; payment: Payment }[] = [];
let customsAnswer = { accepted: true, info: '新增申报成功' };

async function startInstitution(): Promise<MockInstitution> {
  const inst = await startMockInstitution({
    merchants: [MERCHANT],
    customs: {
      payCode: '3301960003',
      payName: 'Demo Pay 示范支付',
      transfer: { copCode: '3301960003', copName: 'Demo Pay 示范支付', dxpMode: 'DXP', dxpId: 'DXPENT0000000003' },
      sign: async (xml) => signMessage(xml, institutionKey),
      send: async (xml, payment) => {
        customsInbox.push({ xml, payment });
        return customsAnswer;
      },
    },
  });
  const paidAt = new Date('2025-03-01T01:58:12Z');
  inst.recordPayment({ mchId: MERCHANT.mchId, outTradeNo: 'GJ2025030100000001', transactionId: '4200001234202503010958120001', totalFee: 64369, payer: BUYER, paidAt });
  inst.recordPayment({ mchId: MERCHANT.mchId, outTradeNo: 'GJ2025030100000002', transactionId: '4200001234202503010958120002', totalFee: 28800, payer: BUYER, paidAt });
  inst.recordPayment({ mchId: MERCHANT.mchId, outTradeNo: 'GJ2025030100000003', transactionId: '4200001234202503010958120003', totalFee: 50000, payer: BUYER, paidAt });
  return inst;
}

const settingsFor = (gatewayUrl: string, over: Record<string, unknown> = {}) => ({
  gatewayUrl,
  appId: MERCHANT.appId,
  mchId: MERCHANT.mchId,
  apiKey: KEY,
  customs: 'HANGZHOU_ZS',
  merchantCustomsNo: '3301960001',
  payCode: '3301960003',
  payName: 'Demo Pay 示范支付',
  ...over,
});

const request: CustomsDeclarationRequest = {
  orderNo: 'GJ2025030100000001',
  payTransactionId: '4200001234202503010958120001',
  ebpCode: '3301960001',
  amounts: { total: '643.69', freight: '10.00', goods: '633.69' },
  buyer: BUYER,
};

let institution: MockInstitution;

runPaymentContract({
  name: 'customs-declaring (against the mock institution)',
  definition: customsDeclaringPayment,
  create: async () => {
    institution = await startInstitution();
    return customsDeclaringPayment.fromSettings(settingsFor(institution.url), {});
  },
  teardown: async () => institution.close(),
  fixtures: {
    settings: settingsFor('https://api.mch.weixin.qq.com'),
    personalData: [BUYER.idNumber, BUYER.name, OTHER.idNumber, KEY],
    declaration: {
      request,
      expectedPayment: {
        payCode: '3301960003',
        payName: 'Demo Pay 示范支付',
        payTransactionId: '4200001234202503010958120001',
        orderNo: 'GJ2025030100000001',
        ebpCode: '3301960001',
        payer: BUYER,
        amountPaid: '643.69',
        currency: '142',
      },
      otherBuyer: { ...request, orderNo: 'GJ2025030100000002', payTransactionId: '4200001234202503010958120002', amounts: { total: '288.00', freight: '0.00', goods: '288.00' }, buyer: OTHER },
      unknownPayment: { ...request, payTransactionId: '4200009999999999999999999999' },
      settle: () => institution.settle(),
      unreachable: async () => customsDeclaringPayment.fromSettings(settingsFor(await unreachableUrl()), {}),
      wrongKey: async () => customsDeclaringPayment.fromSettings(settingsFor(institution.url, { apiKey: 'not-the-merchant-key-000000' }), {}),
    },
  },
  skip: {
    PA03: 'this institution declares to customs itself; payments reach the hub through the storefront, not as notifications',
    PA04: 'no payment notifications in this exchange',
    PA05: 'no payment notifications in this exchange',
    PA06: 'no payment notifications in this exchange',
    PA07: 'no payment notifications in this exchange',
  },
});

describe('customs-declaring: what the institution files, and the rest of the exchange', () => {
  let inst: MockInstitution;
  const logs: HttpExchange[] = [];
  beforeAll(async () => {
    inst = await startInstitution();
  });
  afterAll(async () => inst?.close());
  const connector = (over: Record<string, unknown> = {}) => customsDeclaringPayment.fromSettings(settingsFor(inst.url, over), { log: (e) => logs.push(e) });
  const declare = (c: ReturnType<typeof connector>, r: CustomsDeclarationRequest) => c.declareToCustoms?.(r) ?? Promise.reject(new Error('no declare'));
  const query = (c: ReturnType<typeof connector>, r: CustomsDeclarationRequest) => c.queryDeclaration?.(r) ?? Promise.reject(new Error('no query'));

  it("files a signed, XSD-valid CEB411 from the institution's own record of the payment", async () => {
    customsInbox.length = 0;
    expect((await declare(connector(), request)).ok).toBe(true);
    await inst.settle();
    const sent = customsInbox.at(-1);
    expect(sent).toBeDefined();
    const declaration = readDeclaration(sent?.xml ?? '');
    expect(declaration.type).toBe('CEB411');
    expect(declaration.signed).toBe(true);
    expect(verifyMessage(sent?.xml ?? '', institutionTrust).valid).toBe(true);
    expect(declaration.documents[0]).toMatchObject({
      kind: 'payment',
      doc: { payCode: '3301960003', payTransactionId: request.payTransactionId, orderNo: request.orderNo, ebpCode: '3301960001', amountPaid: '643.69', payTime: '20250301095812', payer: { name: BUYER.name, idNumber: BUYER.idNumber } },
    });
  });

  it('declares a split order under the sub-order, with the amounts sent', async () => {
    const split: CustomsDeclarationRequest = { ...request, orderNo: 'GJ2025030100000003', payTransactionId: '4200001234202503010958120003', subOrderNo: 'GJ2025030100000003-1', amounts: { total: '300.00', freight: '10.00', goods: '290.00' } };
    const r = await declare(connector({ signType: 'HMAC-SHA256' }), split);
    expect(r.ok && r.value).toMatchObject({ identityCheck: 'same', payment: { orderNo: 'GJ2025030100000003-1', amountPaid: '300.00' } });
    expect(r.ok && r.value.declarationId).toMatch(/^S4200001234202503010958120003\d\d$/);
    await inst.settle();
    const q = await query(connector({ signType: 'HMAC-SHA256' }), split);
    expect(q.ok && q.value).toMatchObject({ state: 'declared', payment: { payTransactionId: r.ok ? r.value.declarationId : '', amountPaid: '300.00' } });
  });

  it('refuses inconsistent split amounts before calling the institution', async () => {
    const before = logs.length;
    const r = await declare(connector(), { ...request, subOrderNo: 'X-1', amounts: { total: '300.00', freight: '10.00', goods: '280.00' } });
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'declaration.amounts_inconsistent', disposition: 'permanent' });
    expect(logs.length).toBe(before);
  });

  it("reports customs' refusal as a failed declaration with customs' explanation", async () => {
    customsAnswer = { accepted: false, info: '[Code:-401004] 订单不存在' };
    const modify = { ...request, action: 'modify' as const };
    expect((await declare(connector(), modify)).ok).toBe(true);
    await inst.settle();
    const q = await query(connector(), request);
    expect(q.ok && q.value).toMatchObject({ state: 'failed', partnerState: 'FAIL', explanation: '[Code:-401004] 订单不存在' });
    customsAnswer = { accepted: true, info: '新增申报成功' };
  });

  it('never logs the identity sent, the signature or the key', () => {
    expect(logs.length).toBeGreaterThan(0);
    const text = JSON.stringify(logs);
    for (const secret of [BUYER.idNumber, BUYER.name, KEY]) expect(text).not.toContain(secret);
    expect(text).toContain('customdeclareorder');
  });
});
