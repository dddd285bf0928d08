import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, isAppError } from '../../../kernel/errors/index.js';

export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

function validationError(error: FastifyError & { validationContext?: string }): AppError {
  const context = error.validationContext ?? 'body';
  const issues: FieldIssue[] = (error.validation ?? []).map((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    return { field: [context, ...path].join('.'), message: v.message ?? 'is invalid' };
  });
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new AppError('request.validation', { summary, field: issues[0]?.field, issues });
}

/** Turns anything thrown by a route or the framework into a catalogued error. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(fe.validation)) return validationError(fe);
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('request.invalid_json', { reason: 'malformed JSON' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.invalid_json', { reason: 'the body is empty' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large', { limit: 'the configured' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('request.unsupported_media_type', { contentType: 'of this request' });
    default:
      if (fe.statusCode === 400 && fe instanceof SyntaxError) {
        return new AppError('request.invalid_json', { reason: fe.message });
      }
      return new AppError('internal.unexpected', {}, { cause: error });
  }
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const details: Record<string, unknown> = { ...error.details };
  return reply.status(error.status).send({ error: { code: error.code, message: error.message, details } });
}

/** Every error leaves as `{"error":{"code","message","details"}}` with the catalogue's HTTP status. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (isResponseSerializationError(error) || appError.status >= 500) {
      request.log.error({ err: error, code: appError.code }, 'request failed');
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request refused');
    }
    return sendError(reply, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new AppError('request.not_found', { method: request.method, url: request.url.split('?')[0] })),
  );
}
