import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Store } from '../../ports/store.port.js';
import { createParticipant } from '../../workflows/participants/participants.workflow.js';
import { buildApi } from './server.js';

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let adminKey: string;
  let payKey: string;
  let payId: string;
  let carrierId: string;
  const auth = (key: string) => ({ authorization: `Bearer ${key}` });

  beforeAll(async () => {
    store = await createTestStore();
    app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'test' });
    adminKey = (await createParticipant(store, { role: 'admin', code: 'root', name: 'Admin' })).apiKey!.key;
    const pay = await createParticipant(store, { role: 'payment', code: '1101110323', name: 'Pay Co' });
    payKey = pay.apiKey!.key;
    payId = pay.participant.id;
    carrierId = (await createParticipant(store, { role: 'logistics', code: '1101180326', name: 'Carrier' })).participant
      .id;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('serves health without a key, naming the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: store.kind });
  });

  it('serves the OpenAPI 3.1 document and the reference page without a key', async () => {
    const doc = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const body = doc.json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: object } };
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/v1/participants', '/v1/participants/{id}', '/v1/jobs/{id}/replay']),
    );
    expect(Object.keys(body.components.schemas)).toEqual(expect.arrayContaining(['Participant', 'Error']));
    const page = await app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  describe('authentication and access', () => {
    it('401 without a key, with a malformed header, with an unknown key', async () => {
      for (const headers of [{}, { authorization: 'Basic abc' }, auth('cg_aaaaaaaaaaaa_' + 'b'.repeat(40))]) {
        const res = await app.inject({ method: 'GET', url: '/v1/participants/me', headers });
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toMatch(/^auth\.(missing|invalid)_key$/);
      }
    });

    it('403 when the role may not act', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers: auth(payKey),
        payload: { role: 'ebc', code: 'X1', name: 'x' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'auth.forbidden', details: { role: 'payment' } });
    });

    it("404 for another party's resource, 200 for one's own", async () => {
      const other = await app.inject({ method: 'GET', url: `/v1/participants/${carrierId}`, headers: auth(payKey) });
      expect(other.statusCode).toBe(404);
      expect(other.json().error.code).toBe('resource.not_found');
      const keys = await app.inject({ method: 'GET', url: `/v1/participants/${carrierId}/keys`, headers: auth(payKey) });
      expect(keys.statusCode).toBe(404);
      const own = await app.inject({ method: 'GET', url: `/v1/participants/${payId}`, headers: auth(payKey) });
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ id: payId, role: 'payment', code: '1101110323' });
    });

    it('a revoked key stops working; a new one works', async () => {
      const issued = await app.inject({
        method: 'POST',
        url: `/v1/participants/${payId}/keys`,
        headers: auth(payKey),
        payload: { label: 'rotation' },
      });
      expect(issued.statusCode).toBe(201);
      const { id, key } = issued.json() as { id: string; key: string };
      expect((await app.inject({ method: 'GET', url: '/v1/participants/me', headers: auth(key) })).statusCode).toBe(
        200,
      );
      const listed = await app.inject({ method: 'GET', url: `/v1/participants/${payId}/keys`, headers: auth(payKey) });
      expect(JSON.stringify(listed.json())).not.toContain(key.split('_')[2]);
      const revoked = await app.inject({
        method: 'DELETE',
        url: `/v1/participants/${payId}/keys/${id}`,
        headers: auth(adminKey),
      });
      expect(revoked.statusCode).toBe(204);
      const after = await app.inject({ method: 'GET', url: '/v1/participants/me', headers: auth(key) });
      expect(after.statusCode).toBe(401);
    });

    it('a disabled participant is locked out', async () => {
      const created = await createParticipant(store, { role: 'ebc', code: 'GONE000001', name: 'Gone' });
      const patch = await app.inject({
        method: 'PATCH',
        url: `/v1/participants/${created.participant.id}`,
        headers: auth(adminKey),
        payload: { disabled: true },
      });
      expect(patch.json()).toMatchObject({ disabled: true });
      const res = await app.inject({ method: 'GET', url: '/v1/participants/me', headers: auth(created.apiKey!.key) });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('participants', () => {
    it('admin registers a participant whose key works at once', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers: auth(adminKey),
        payload: { role: 'warehouse', code: 'WH12345678', name: '保税仓', callbackUrl: 'https://wh.example/cb' },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json() as { participant: { id: string }; apiKey: { key: string } };
      expect(body.apiKey.key).toMatch(/^cg_[0-9a-z]{12}_[0-9a-z]{40}$/);
      const me = await app.inject({ method: 'GET', url: '/v1/participants/me', headers: auth(body.apiKey.key) });
      expect(me.json()).toMatchObject({ id: body.participant.id, name: '保税仓', callbackUrl: 'https://wh.example/cb' });
      const dup = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers: auth(adminKey),
        payload: { role: 'warehouse', code: 'WH12345678', name: 'again' },
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('participant.code_taken');
    });

    it('400 with the field named for malformed JSON, schema violations and bad codes', async () => {
      const malformed = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers: { ...auth(adminKey), 'content-type': 'application/json' },
        payload: '{"role": "ebc", ',
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.code).toBe('request.invalid_json');

      const invalid = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers: auth(adminKey),
        payload: { role: 'smuggler', code: 'X', name: '' },
      });
      expect(invalid.statusCode).toBe(400);
      const error = invalid.json().error;
      expect(error.code).toBe('request.validation');
      expect(error.details.field).toBe('body.role');
      expect(error.details.issues.map((i: { field: string }) => i.field)).toEqual(['body.role', 'body.name']);
      expect(error.message).toContain('body.role');

      const badCode = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers: auth(adminKey),
        payload: { role: 'customs', code: '12AB', name: 'Customs' },
      });
      expect(badCode.statusCode).toBe(400);
      expect(badCode.json().error).toMatchObject({ code: 'participant.invalid_code', details: { field: 'code' } });

      const badQuery = await app.inject({ method: 'GET', url: '/v1/participants?limit=0', headers: auth(adminKey) });
      expect(badQuery.json().error.details.field).toBe('querystring.limit');
    });

    it('an Idempotency-Key makes a repeated create a no-op and refuses a different body', async () => {
      const payload = { role: 'ebc', code: 'IDEMP00001', name: 'Once Only' };
      const headers = { ...auth(adminKey), 'idempotency-key': 'create-once-1' };
      const first = await app.inject({ method: 'POST', url: '/v1/participants', headers, payload });
      const second = await app.inject({ method: 'POST', url: '/v1/participants', headers, payload });
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json()).toEqual(first.json());
      const list = await store.participants.list({ role: 'ebc', limit: 100 });
      expect(list.filter((p) => p.code === 'IDEMP00001')).toHaveLength(1);
      const other = await app.inject({
        method: 'POST',
        url: '/v1/participants',
        headers,
        payload: { ...payload, code: 'IDEMP00002' },
      });
      expect(other.statusCode).toBe(409);
      expect(other.json().error.code).toBe('request.idempotency_conflict');
    });

    it('lists with pagination for admin only', async () => {
      const page = await app.inject({ method: 'GET', url: '/v1/participants?limit=2', headers: auth(adminKey) });
      const body = page.json() as { items: unknown[]; next: string | null };
      expect(body.items).toHaveLength(2);
      expect(body.next).toEqual(expect.any(String));
      const forbidden = await app.inject({ method: 'GET', url: '/v1/participants', headers: auth(payKey) });
      expect(forbidden.statusCode).toBe(403);
    });
  });

  describe('jobs', () => {
    it('lists dead jobs and replays them; refuses replaying live or missing ones', async () => {
      const [id] = await store.jobs.enqueue([{ queue: 'api.test', payload: {}, maxAttempts: 1 }]);
      await store.jobs.claim({ workerId: 't', queues: ['api.test'], limit: 1, leaseMs: 10_000 });
      await store.jobs.fail({ id: id!, workerId: 't', error: 'partner down', retryInMs: undefined });
      const dead = await app.inject({ method: 'GET', url: '/v1/jobs?status=dead', headers: auth(adminKey) });
      expect(dead.json().items).toEqual([expect.objectContaining({ id, lastError: 'partner down', status: 'dead' })]);
      const replay = await app.inject({ method: 'POST', url: `/v1/jobs/${id}/replay`, headers: auth(adminKey) });
      expect(replay.statusCode).toBe(200);
      expect(replay.json()).toMatchObject({ status: 'pending', attempts: 0 });
      const again = await app.inject({ method: 'POST', url: `/v1/jobs/${id}/replay`, headers: auth(adminKey) });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('job.not_dead');
      const missing = await app.inject({ method: 'POST', url: '/v1/jobs/job_nope/replay', headers: auth(adminKey) });
      expect(missing.statusCode).toBe(404);
      const forbidden = await app.inject({ method: 'GET', url: '/v1/jobs', headers: auth(payKey) });
      expect(forbidden.statusCode).toBe(403);
    });
  });

  it('answers unknown routes with a coded 404 and echoes a request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/nothing-here', headers: { 'x-request-id': 'trace-42' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('request.not_found');
    expect(res.headers['x-request-id']).toBe('trace-42');
  });
});
