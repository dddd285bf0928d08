import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReceipt } from '../../src/codecs/ceb/canonical/index.js';
import { unwrapDxp } from '../../src/codecs/ceb/index.js';
import { loadVerificationKey, verifyMessage } from '../../src/signing/index.js';
import { buildDeal } from '../../src/workflows/demo/synthetic-deal.js';
import { type Harness, startHarness } from '../support/single-window-harness.js';
import { call, cancelXml, declarationsOf, eventually, inventoriesByOrder, type Me, pullReceipts } from './e2e-kit.js';

interface Delivery {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/**
 * Receipts pushed to a sender's callback URL: the standard's DxpMsg envelope carrying the receipt, signed by the
 * single window, retried after a failure until the receiver takes it; and the e-tax bill voided (CEB818) when a
 * released inventory is cancelled.
 */
describe('receipt delivery to callback URLs', () => {
  let h: Harness;
  let server: Server;
  const deliveries: Delivery[] = [];
  let failuresLeft = 1;

  beforeAll(async () => {
    h = await startHarness();
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          res.writeHead(503).end('busy');
          return;
        }
        deliveries.push({ headers: req.headers, body });
        res.writeHead(200).end('OK');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const me = await call<Me>(h, 'ebc', 'GET', '/v1/participants/me');
    const res = await h.app.inject({
      method: 'PATCH',
      url: `/v1/participants/${me.body.id}`,
      headers: { authorization: `Bearer ${h.apiKeys.ebc}` },
      payload: { callbackUrl: `http://127.0.0.1:${port}/customs/receipts` },
    });
    expect(res.statusCode).toBe(200);
  });
  afterAll(async () => {
    server?.close();
    await h?.close();
  });

  it('pushes every receipt of the inventory as a signed DxpMsg, retrying after a 503', async () => {
    const at = new Date();
    const deal = buildDeal(41, h.parties, await h.sw.ctx.tariff(), at);
    for (const out of declarationsOf(h, [deal], at)) expect((await h.send(out.role, out.xml)).statusCode).toBe(202);
    const inventory = await eventually(async () => [...(await inventoriesByOrder(h)).values()].find((i) => i.status === '800'));

    const pulled = (await pullReceipts(h, 'ebc', '0', 100)).items;
    const statuses = pulled.filter((r) => r.messageType === 'CEB622').map((r) => r.returnStatus);
    expect(statuses).toEqual(['2', '120', '399', '800']);
    const delivered = await eventually(async () => (deliveries.length >= pulled.length ? deliveries : undefined), 30_000, 'deliveries');

    const verifier = loadVerificationKey(h.swPublicPem, { keyName: 'CROSSGATE-SW-01' });
    const types = delivered.map((d) => {
      expect(d.headers['content-type']).toContain('application/xml');
      expect(verifyMessage(d.body, verifier).valid).toBe(true);
      const { envelope, payload } = unwrapDxp(d.body);
      expect(envelope.TransInfo.CopMsgId).toBe(d.headers['x-crossgate-receipt-id']);
      return readReceipt(payload).type;
    });
    expect(types.sort()).toEqual(pulled.map((r) => r.messageType).sort());
    expect(failuresLeft).toBe(0); // the first attempt failed and was retried

    const cancel = await h.send('ebc', cancelXml(h, deal, inventory.invtNo as string));
    expect(cancel.statusCode).toBe(202);
    const voided = await eventually(async () =>
      (await pullReceipts(h, 'ebc', '0', 100)).items.find((r) => r.messageType === 'CEB818'),
    );
    expect(voided.returnStatus).toBe('3');
    const status = readReceipt(voided.xml);
    expect('taxStatuses' in status && status.taxStatuses[0]).toMatchObject({ invtNo: inventory.invtNo, status: '3' });
  }, 60_000);
});
