import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreachableUrl } from './contracts/receiver.js';
import { classifyStatus, createHttpClient, type HttpExchange } from './http-client.js';

describe('the shared HTTP client', () => {
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/slow') return void setTimeout(() => res.end('late'), 3_000);
    if (url.pathname === '/redirect') return void res.writeHead(302, { location: 'http://elsewhere.example/' }).end();
    const status = Number(url.searchParams.get('status') ?? '200');
    res.writeHead(status, { 'retry-after': '7', 'content-type': 'application/json' });
    res.end(JSON.stringify({ echo: 'buyer 330106199003071236 key sk-test-0123456789', status }));
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const logs: HttpExchange[] = [];
  // A limit far above a loaded machine's latency, so only /slow (which answers after 3 s) can time out.
  const http = createHttpClient({ partner: 'carrier/test', timeoutMs: 1_500, secrets: ['sk-test-0123456789'], log: (e) => logs.push(e) });

  it('returns 2xx answers as values', async () => {
    const r = await http.request({ method: 'GET', url: `${base}/ok` });
    expect(r.ok && r.value.status).toBe(200);
  });

  it.each([
    [500, 'partner.server_error', 'retryable'],
    [503, 'partner.server_error', 'retryable'],
    [429, 'partner.rate_limited', 'retryable'],
    [408, 'partner.rate_limited', 'retryable'],
    [400, 'partner.rejected', 'permanent'],
    [404, 'partner.rejected', 'permanent'],
    [401, 'partner.unauthorized', 'needs-human'],
    [403, 'partner.unauthorized', 'needs-human'],
  ])('classifies HTTP %i as %s (%s)', async (status, code, disposition) => {
    expect(classifyStatus(status)).toEqual({ code, disposition });
    const r = await http.request({ method: 'POST', url: `${base}/x?status=${status}`, body: '{}' });
    expect(r.ok ? 'ok' : r.error).toMatchObject({ partner: 'carrier/test', code, disposition, details: { status } });
  });

  it('keeps Retry-After for the backoff', async () => {
    const r = await http.request({ method: 'GET', url: `${base}/x?status=429` });
    expect(r.ok ? undefined : r.error.details?.['retryAfterSeconds']).toBe(7);
  });

  it('gives up after the time limit: retryable timeout', async () => {
    const r = await http.request({ method: 'GET', url: `${base}/slow` });
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'partner.timeout', disposition: 'retryable' });
  });

  it('a refused connection is a retryable network fault', async () => {
    const r = await http.request({ method: 'GET', url: await unreachableUrl() });
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'partner.network', disposition: 'retryable' });
  });

  it('does not follow redirects (a webhook target must not send us elsewhere)', async () => {
    const r = await http.request({ method: 'GET', url: `${base}/redirect` });
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'partner.rejected', disposition: 'permanent' });
  });

  it('logs every exchange redacted: no ID number, no secret, no credentials, no signature in the query', async () => {
    await http.request({ method: 'POST', url: `${base}/x?status=500&sign=ABC&orderNo=1`, headers: { authorization: 'Bearer sk-test-0123456789' }, body: '{"buyer":{"idNumber":"330106199003071236"}}' });
    const text = JSON.stringify(logs);
    expect(text).not.toMatch(/330106199003071236|sk-test-0123456789|sign=ABC/);
    expect(logs.at(-1)).toMatchObject({ partner: 'carrier/test', method: 'POST', status: 500, outcome: 'retryable', code: 'partner.server_error' });
    expect(logs.at(-1)?.url).toContain('orderNo=1');
  });

  it('returns errors that carry neither personal data nor secrets', async () => {
    const r = await http.request({ method: 'GET', url: `${base}/x?status=500` });
    expect(JSON.stringify(r)).not.toMatch(/330106199003071236|sk-test-0123456789/);
  });
});
