import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { RequestLogController } from './plugins/request-log.js';

describe('request log', () => {
  it('writes one line per request, with status and masked URL, never the body', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ loggerInstance: createLogger('info', sink) as FastifyBaseLogger, logController: new RequestLogController() });
    app.post('/v1/quota/:id', async () => ({ ok: true }));
    try {
      const res = await app.inject({ method: 'POST', url: '/v1/quota/11010519491231002X', payload: { buyer: { idNumber: '110101199003070011' }, secret: 'body-only' } });
      expect(res.statusCode).toBe(200);
      const entries = lines.map((l) => JSON.parse(l) as { msg: string; status?: number; req?: { url: string } });
      const requests = entries.filter((e) => e.req);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ msg: 'request', status: 200, req: { url: '/v1/quota/1101**********002X' } });
      const text = lines.join('');
      expect(text).not.toContain('body-only');
      expect(text).not.toContain('11010519491231002X');
    } finally {
      await app.close();
    }
  });
});
