import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../kernel/errors/index.js';
import type { JsonValue } from '../../../ports/json.js';
import type { Store } from '../../../ports/store.port.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { scope: string; key: string };
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n`)
    .update(typeof body === 'string' ? body : JSON.stringify(body ?? null))
    .digest('hex');
}

/**
 * `Idempotency-Key` on every write endpoint: the first request's response is stored, a repeat with the same key
 * and body gets the same response without a second effect, a repeat with a different body gets 409, and a
 * repeat while the first is still running gets 409 with `inProgress`. Server errors free the key for a retry.
 */
export function installIdempotency(app: FastifyInstance, store: Store): void {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !WRITE_METHODS.has(request.method) || !request.principal) return;
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('request.validation', {
        summary: 'headers.idempotency-key: 1–255 printable ASCII characters',
        field: 'headers.idempotency-key',
      });
    }
    const scope = request.principal.participant.id;
    const hash = requestHash(request.method, request.url, request.body);
    const existing = await store.idempotency.reserve(scope, key, hash);
    if (!existing) {
      request.idempotency = { scope, key };
      return;
    }
    if (existing.requestHash !== hash || existing.statusCode === null) {
      throw new AppError('request.idempotency_conflict', { key, inProgress: existing.statusCode === null });
    }
    reply.header('idempotent-replayed', 'true');
    return reply.status(existing.statusCode).send(existing.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotency;
    if (!held) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500) {
      await store.idempotency.release(held.scope, held.key);
    } else {
      const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : 'null';
      let body: JsonValue;
      try {
        body = JSON.parse(text) as JsonValue;
      } catch {
        body = text;
      }
      await store.idempotency.complete(held.scope, held.key, reply.statusCode, body);
    }
    return payload;
  });
}
