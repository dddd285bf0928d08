import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../../test/support/single-window-harness.js';
import { type CanonicalDocument, newGuid, readDeclaration } from '../../codecs/ceb/canonical/index.js';
import { sample } from '../../codecs/ceb/sample/sample.js';
import type { Order } from '../../domain/model/index.js';
import { type SigningKey, signMessage } from '../../signing/index.js';
import { buildDeal } from '../../workflows/demo/synthetic-deal.js';
import { runSingleWindowContract } from '../sdk/contracts/single-window.contract.js';
import { unreachableUrl } from '../sdk/contracts/receiver.js';
import type { SubmitRequest, XmlSigner } from '../sdk/index.js';
import { cebSingleWindow } from './connector.js';

/**
 * The single-window connector against Crossgate's own single window, started in process and listening on a real
 * port (test/support/single-window-harness.ts): no mock of Crossgate.
 */
let h: Harness;
let baseUrl = '';
let orders: Order[] = [];
let n = 0;
const at = new Date();
const template = readDeclaration(sample('CEB311', '202205'), { unsigned: true }).documents[0] as CanonicalDocument;
const chinaStamp = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);

const signerOf = (key: SigningKey): XmlSigner => async (xml) => signMessage(xml, key);
const connector = (over: Record<string, unknown> = {}, signer?: XmlSigner) =>
  cebSingleWindow.fromSettings({ baseUrl, apiKey: h.apiKeys['ebp'], ...over }, { signer: signer ?? signerOf(h.signers['ebp'] as SigningKey) });

function orderDeclaration(): SubmitRequest {
  const order = orders[n++ % orders.length] as Order;
  const doc = { ...order, orderNo: `${order.orderNo.slice(0, 12)}${String(n).padStart(8, '0')}` };
  return {
    declaration: {
      type: 'CEB311',
      transfer: { copCode: h.parties.ebp.code, copName: h.parties.ebp.name, dxpMode: 'DXP', dxpId: 'DXPENT0000000001' },
      documents: [{ head: { guid: newGuid(), appType: '1', appTime: chinaStamp(at), appStatus: '2' }, kind: 'order', doc, ...(template.extra && { extra: template.extra }) }],
    },
  };
}

const orderNoOf = (r: SubmitRequest) => ('declaration' in r && r.declaration.documents[0]?.kind === 'order' ? r.declaration.documents[0].doc.orderNo : '');

runSingleWindowContract({
  name: 'ceb-single-window (against Crossgate’s single window over HTTP)',
  definition: cebSingleWindow,
  create: async () => {
    h = await startHarness();
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    const tariff = await h.sw.ctx.tariff();
    orders = [1, 2, 3].map((i) => buildDeal(i, h.parties, tariff, at).order);
    return connector();
  },
  teardown: async () => h?.close(),
  fixtures: {
    settings: { baseUrl: 'https://sw.example.gov.cn', apiKey: 'cg_live_0123456789abcdef' },
    declaration: orderDeclaration,
    declarationType: 'CEB311',
    receiptType: 'CEB312',
    receiptKeyOf: (r) => ({ orderNo: orderNoOf(r) }),
    settle: () => h.settle(),
    withDxpEnvelope: async () => connector({ envelope: 'dxp', dxpSenderId: 'DXPENT0000000001' }),
    withWrongApiKey: async () => connector({ apiKey: 'cg_wrong_0123456789abcdef' }),
    withoutSignature: async () => connector({}, async (xml) => xml),
    unreachable: async () => cebSingleWindow.fromSettings({ baseUrl: await unreachableUrl(), apiKey: 'cg_live_0123456789abcdef' }, { signer: async (x) => x }),
  },
});

describe('ceb-single-window: settings', () => {
  it('needs a DXP sender id to wrap in DxpMsg', () => {
    expect(() => cebSingleWindow.fromSettings({ baseUrl: 'https://sw.example.gov.cn', apiKey: 'cg_live_0123456789abcdef', envelope: 'dxp' }, { signer: async (x) => x })).toThrow(/dxpSenderId/);
  });
});
