import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/single-window-harness.js';
import { readReceipt } from '../../codecs/ceb/canonical/index.js';
import { sample } from '../../codecs/ceb/sample/sample.js';
import { wrapDxp } from '../../codecs/ceb/index.js';
import { signMessage } from '../../signing/index.js';
import { buildDeal, type DealDocuments, dealDeclarations } from '../../workflows/demo/synthetic-deal.js';

/**
 * POST /v1/single-window/messages: format, sender and signature are checked at once; a refusal is answered with a
 * 4xx here and with the standard's format receipt (CEB900) carrying the DXP transport code (ceb-messages.md §3).
 */
describe('single-window intake over HTTP', () => {
  let h: Harness;
  let deal: DealDocuments;
  const at = new Date();

  beforeAll(async () => {
    h = await startHarness();
    deal = buildDeal(1, h.parties, await h.sw.ctx.tariff(), at);
  });
  afterAll(async () => h?.close());

  /** A fresh copy (new guids) of the deal's declaration of `type`, unsigned. */
  const fresh = (type: string): string => {
    const found = dealDeclarations(deal, h.parties, at).find((d) => d.type === type);
    if (!found) throw new Error(`no ${type}`);
    return found.xml;
  };
  const signed = (role: string, xml: string) => signMessage(xml, h.signers[role]!);
  const guidOf = (xml: string) => /guid="([^"]+)"/.exec(xml)?.[1] as string;
  const receipts = async (role: string) => {
    await h.store.swReceipts.settled(); // listed once the transactions before them have ended
    const res = await h.app.inject({ method: 'GET', url: '/v1/single-window/receipts?limit=500', headers: { authorization: `Bearer ${h.apiKeys[role]}` } });
    return res.json().items as { id: string; messageType: string; docKey: string; returnStatus: string; returnInfo: string; xml: string }[];
  };
  /** The CEB900 answering the message `guid`, as read from its XML. */
  async function formatReceipt(role: string, guid: string) {
    const found = (await receipts(role)).filter((r) => r.messageType === 'CEB900' && r.docKey === `message|${guid}`);
    expect(found).toHaveLength(1);
    const read = readReceipt(found[0]?.xml as string);
    if (!('receipt' in read)) throw new Error('not a CEB900');
    return read.receipt;
  }
  const refused = async (role: string, body: string, status: number, code: string) => {
    const res = await h.send(role, body, { sign: false });
    expect(res.statusCode, JSON.stringify(res.body)).toBe(status);
    const error = (res.body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(/\{\w+\}/); // every placeholder of the message filled in
    return error;
  };

  it('401 without an API key, 415 for a body not sent as XML', async () => {
    const xml = signed('ebp', fresh('CEB311'));
    const anonymous = await h.app.inject({ method: 'POST', url: '/v1/single-window/messages', headers: { 'content-type': 'application/xml' }, payload: xml });
    expect(anonymous.statusCode).toBe(401);
    const text = await h.app.inject({
      method: 'POST',
      url: '/v1/single-window/messages',
      headers: { authorization: `Bearer ${h.apiKeys.ebp}`, 'content-type': 'text/plain' },
      payload: xml,
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('request.unsupported_media_type');
  });

  it('an unsigned declaration: 422 sw.signature_missing and a CEB900 with -1001 (also a 621, whose XSD requires ds:Signature)', async () => {
    for (const [type, role] of [['CEB311', 'ebp'], ['CEB621', 'ebc']] as const) {
      const xml = fresh(type);
      await refused(role, xml, 422, 'sw.signature_missing');
      const receipt = await formatReceipt(role, guidOf(xml));
      expect(receipt).toMatchObject({ returnStatus: '-1001', oriMessageType: `${type}Message` });
      expect(receipt.returnInfo).toContain('[sw.signature_missing]');
      expect(receipt.oriBizMessage).toBe(xml);
    }
  });

  it('a signature that does not verify (content changed after signing): 422 sw.signature_invalid', async () => {
    const order = signed('ebp', fresh('CEB311')).replace(`>${deal.order.actualPaid}<`, '>1.00<');
    await refused('ebp', order, 422, 'sw.signature_invalid');
    expect((await formatReceipt('ebp', guidOf(order))).returnStatus).toBe('-1004'); // 签名与数据不符
    const inventory = signed('ebc', fresh('CEB621')).replace(deal.inventory.consigneeAddress, '别处');
    await refused('ebc', inventory, 422, 'sw.signature_invalid');
    expect((await formatReceipt('ebc', guidOf(inventory))).returnStatus).toBe('-621029'); // 验签失败
    const otherKey = signed('ebc', fresh('CEB311').replace(/copCode>[^<]+</, `copCode>${h.parties.ebp.code}<`));
    await refused('ebp', otherKey, 422, 'sw.signature_invalid'); // signed with a key the platform never registered
  });

  it('XML that fails the XSD: 422 ceb.schema_invalid and a CEB900 with -0002', async () => {
    const xml = fresh('CEB311').replace('<ceb:currency>142</ceb:currency>', '');
    const error = await refused('ebp', xml, 422, 'ceb.schema_invalid');
    expect(error.message).toContain('CEB311 fails the official 202205 XSD');
    const receipt = await formatReceipt('ebp', guidOf(xml));
    expect(receipt).toMatchObject({ returnStatus: '-0002', oriMessageType: 'CEB311Message' });
  });

  it('what is not a declaration: 400 ceb.not_well_formed / 422 ceb.not_a_declaration, each with a CEB900 -0001', async () => {
    await refused('ebp', 'hello', 400, 'ceb.not_well_formed');
    await refused('ebp', sample('CEB312', '202205'), 422, 'ceb.not_a_declaration');
    const formats = (await receipts('ebp')).filter((r) => r.messageType === 'CEB900' && /\[ceb\.not_(well_formed|a_declaration)\]/.test(r.returnInfo));
    expect(formats.map((r) => r.returnStatus)).toEqual(['-0001', '-0001']);
  });

  it('a payment institution sending an inventory: 403 sw.sender_not_allowed (CEB900 -2999)', async () => {
    const xml = signed('payment', fresh('CEB621').replace(/copCode>[^<]+</, `copCode>${h.parties.payment.code}<`));
    await refused('payment', xml, 403, 'sw.sender_not_allowed');
    expect((await formatReceipt('payment', guidOf(xml))).returnStatus).toBe('-2999');
  });

  it('BaseTransfer naming another enterprise: 403 sw.transfer_mismatch', async () => {
    const xml = signed('ebc', fresh('CEB311')); // copCode is the platform's; the merchant may send orders
    const error = await refused('ebc', xml, 403, 'sw.transfer_mismatch');
    expect(error.message).toContain(h.parties.ebp.code);
    expect((await formatReceipt('ebc', guidOf(xml))).returnStatus).toBe('-2999');
  });

  it('the same refused message again: the same answer, no second CEB900', async () => {
    const xml = fresh('CEB511');
    await refused('logistics', xml, 422, 'sw.signature_missing');
    const before = (await receipts('logistics')).length;
    await refused('logistics', xml, 422, 'sw.signature_missing');
    expect(await receipts('logistics')).toHaveLength(before);
    await formatReceipt('logistics', guidOf(xml));
  });

  it('nothing refused reached processing: no inventory, no document receipts', async () => {
    await h.settle();
    const list = await h.app.inject({ method: 'GET', url: '/v1/single-window/inventories', headers: { authorization: `Bearer ${h.apiKeys.customs}` } });
    expect(list.json().items).toEqual([]);
    for (const role of ['ebp', 'ebc', 'payment', 'logistics']) {
      expect((await receipts(role)).every((r) => r.messageType === 'CEB900')).toBe(true);
    }
  });

  it('accepts a DxpMsg envelope around a signed declaration and answers it with its receipt', async () => {
    const inner = signed('payment', fresh('CEB411'));
    const envelope = wrapDxp(inner, { senderId: 'DXPENT0000000003', receiverIds: ['DXPEDCCEB0000002'], copMsgId: 'cop-msg-0001' });
    const res = await h.send('payment', envelope, { sign: false });
    expect(res.statusCode, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toMatchObject({ type: 'CEB411', guid: guidOf(inner), duplicate: false });
    await h.settle();
    const answer = (await receipts('payment')).filter((r) => r.messageType === 'CEB412');
    expect(answer.map((r) => r.returnStatus)).toEqual(['120']);
    // the same declaration again, bare this time, is the same message
    expect((await h.send('payment', inner, { sign: false })).body).toMatchObject({ duplicate: true, messageId: res.body.messageId });
  });

  it('a refused DxpMsg is answered with its CopMsgId', async () => {
    const inner = signed('ebp', fresh('CEB311')).replace(`>${deal.order.actualPaid}<`, '>2.00<');
    const envelope = wrapDxp(inner, { senderId: 'DXPENT0000000001', receiverIds: ['DXPEDCCEB0000002'], copMsgId: 'cop-msg-0002' });
    await refused('ebp', envelope, 422, 'sw.signature_invalid');
    expect(await formatReceipt('ebp', guidOf(inner))).toMatchObject({ oriCopMsgId: 'cop-msg-0002', returnStatus: '-1004' });
  });

  it('serves a receipt as XML to its recipient only', async () => {
    const [mine] = await receipts('payment');
    const get = (role: string) =>
      h.app.inject({ method: 'GET', url: `/v1/single-window/receipts/${mine?.id}`, headers: { authorization: `Bearer ${h.apiKeys[role]}` } });
    const own = await get('payment');
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toContain('application/xml');
    expect(own.body).toBe(mine?.xml);
    expect((await get('ebp')).statusCode).toBe(404);
    const bad = await h.app.inject({ method: 'GET', url: '/v1/single-window/receipts?since=abc', headers: { authorization: `Bearer ${h.apiKeys.ebp}` } });
    expect(bad.statusCode).toBe(400);
  });

  it('serves a received message as it was sent (the envelope opened) to its sender and to customs only', async () => {
    const inner = signed('ebp', fresh('CEB311'));
    const sent = await h.send('ebp', wrapDxp(inner, { senderId: 'DXPENT0000000003', receiverIds: ['DXPEDCCEB0000002'] }), { sign: false });
    expect(sent.statusCode).toBe(202);
    const get = (role: string, id = String(sent.body['messageId'])) =>
      h.app.inject({ method: 'GET', url: `/v1/single-window/messages/${id}`, headers: { authorization: `Bearer ${h.apiKeys[role]}` } });
    for (const role of ['ebp', 'customs']) {
      const res = await get(role);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/xml');
      expect(res.body).toBe(inner);
    }
    expect((await get('payment')).statusCode).toBe(404);
    expect((await get('ebp', 'msg_unknown')).statusCode).toBe(404);
  });

  it('a resend signed anew is the same message; a guid reused for other content is refused with 409', async () => {
    const xml = fresh('CEB311');
    const first = await h.send('ebp', signed('ebp', xml), { sign: false });
    expect(first.statusCode).toBe(202);
    const again = await h.send('ebp', signed('ebp', xml), { sign: false }); // a new SM2 signature, same content
    expect(again.statusCode).toBe(202);
    expect(again.body).toMatchObject({ duplicate: true, messageId: first.body.messageId });
    const altered = xml.replace(/<ceb:freight>[^<]*<\/ceb:freight>/, '<ceb:freight>99.00</ceb:freight>');
    expect(altered).not.toBe(xml);
    await refused('ebp', signed('ebp', altered), 409, 'sw.guid_reused');
  });
});
