import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/single-window-harness.js';
import { signMessage } from '../../signing/index.js';
import { buildDeal, type DealDocuments, dealDeclarations } from '../../workflows/demo/synthetic-deal.js';
import { type KeyFile, loadOrCreateKey } from '../key-dir.js';

/**
 * /v1/participants/{id}/certificates: a sender registers the public half of its signing key (SPKI or X.509 PEM),
 * never the private key; the single window verifies that sender's messages against its live certificates, so a
 * revoked one stops working at once.
 */
describe('signing certificates over HTTP', () => {
  let h: Harness;
  let deal: DealDocuments;
  let ebpId: string;
  let rotated: KeyFile;
  let certificateId: string;
  const at = new Date();

  beforeAll(async () => {
    h = await startHarness();
    deal = buildDeal(1, h.parties, await h.sw.ctx.tariff(), at);
    rotated = loadOrCreateKey(mkdtempSync(join(tmpdir(), 'crossgate-rotated-')), 'ebp-rotated', 'ebp-2025-rotated');
    ebpId = (await request('ebp', 'GET', '/v1/participants/me')).json().id;
  });
  afterAll(async () => h?.close());

  function request(role: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
    return h.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${h.apiKeys[role]}`, ...(payload && { 'content-type': 'application/json' }) },
      ...(payload && { payload: JSON.stringify(payload) }),
    });
  }
  /** A fresh order (new guid) signed with `key`, sent by the platform. */
  const sendOrder = (key: KeyFile['key']) => {
    const order = dealDeclarations(deal, h.parties, at).find((d) => d.type === 'CEB311');
    return h.send('ebp', signMessage(order?.xml as string, key), { sign: false });
  };

  it('registers a public key (SPKI PEM) under the KeyName its signatures will name', async () => {
    const res = await request('ebp', 'POST', `/v1/participants/${ebpId}/certificates`, { pem: rotated.publicPem, keyName: rotated.keyName });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ participantId: ebpId, keyName: 'ebp-2025-rotated', algorithm: 'sm2', revoked: false });
    certificateId = res.json().id;
    const list = await request('ebp', 'GET', `/v1/participants/${ebpId}/certificates`);
    expect(list.json().items.map((c: { keyName: string }) => c.keyName).sort()).toEqual([`${h.parties.ebp.code}-01`, 'ebp-2025-rotated']);
  });

  it('messages signed with the new key are accepted at once', async () => {
    const res = await sendOrder(rotated.key);
    expect(res.statusCode, JSON.stringify(res.body)).toBe(202);
  });

  it('refuses a private key (400) and keeps nothing of it', async () => {
    const res = await request('ebp', 'POST', `/v1/participants/${ebpId}/certificates`, { pem: readFileSync(rotated.path, 'utf8'), keyName: 'leaked' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'certificate.invalid' });
    expect(res.body).not.toContain('PRIVATE KEY');
    const list = await request('ebp', 'GET', `/v1/participants/${ebpId}/certificates`);
    expect(list.body).not.toContain('leaked');
  });

  it('refuses what is not a key (400) and a KeyName already registered (409)', async () => {
    const junk = await request('ebp', 'POST', `/v1/participants/${ebpId}/certificates`, {
      pem: '-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0\n-----END PUBLIC KEY-----\n',
    });
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('certificate.invalid');
    const again = await request('ebp', 'POST', `/v1/participants/${ebpId}/certificates`, { pem: rotated.publicPem, keyName: rotated.keyName });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('certificate.key_name_taken');
  });

  it("another participant's certificates are not there (404); the administrator may manage them", async () => {
    expect((await request('ebc', 'GET', `/v1/participants/${ebpId}/certificates`)).statusCode).toBe(404);
    expect((await request('ebc', 'POST', `/v1/participants/${ebpId}/certificates`, { pem: rotated.publicPem, keyName: 'x' })).statusCode).toBe(404);
    expect((await request('ebc', 'DELETE', `/v1/participants/${ebpId}/certificates/${certificateId}`)).statusCode).toBe(404);
    expect((await request('admin', 'GET', `/v1/participants/${ebpId}/certificates`)).statusCode).toBe(200);
  });

  it('revoking a certificate refuses the messages signed with its key; the other key keeps working', async () => {
    const revoke = await request('ebp', 'DELETE', `/v1/participants/${ebpId}/certificates/${certificateId}`);
    expect(revoke.statusCode).toBe(204);
    const refused = await sendOrder(rotated.key);
    expect(refused.statusCode).toBe(422);
    expect((refused.body as { error: { code: string } }).error.code).toBe('sw.signature_invalid');
    expect((await sendOrder(h.signers.ebp!)).statusCode).toBe(202);
    const list = await request('ebp', 'GET', `/v1/participants/${ebpId}/certificates`);
    expect(list.json().items.find((c: { id: string }) => c.id === certificateId)).toMatchObject({ revoked: true });
    expect((await request('ebp', 'DELETE', `/v1/participants/${ebpId}/certificates/${certificateId}`)).statusCode).toBe(404);
  });
});
