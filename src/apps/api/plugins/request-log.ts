import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { maskPersonalText } from '../../logger.js';

/**
 * One log line per request, when its answer has gone: method, URL (ID numbers and phones masked), status and
 * time (the request id is the line's `reqId`). Fastify's default is two lines ("incoming request", "request completed"), which
 * cost a measurable share of a checkout quote's time. Bodies are never logged.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    // a small plain object: redaction copies what it is given, and the Fastify request is a large one
    const req = { method: request.method, url: maskPersonalText(request.url) };
    const line = { req, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}
