import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../../domain/participants/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import type { Principal } from '../../../workflows/participants/participants.workflow.js';
import type { PrincipalCache } from '../../../workflows/participants/principal-cache.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public' routes need no key; otherwise the roles allowed (absent: any authenticated participant). */
    access?: 'public' | readonly Role[];
    /** What the route does, for the 403 message ("create participants"). */
    action?: string;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The authenticated caller; routes that are not public can rely on it. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('auth.missing_key');
  return request.principal;
}

/**
 * Bearer-key authentication on every route except the public ones (health, docs): no key → 401, a role the route
 * does not allow → 403. Resources of other participants are the routes' business: they answer 404.
 */
export function installAuth(app: FastifyInstance, principals: PrincipalCache): void {
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (request.routeOptions.url === undefined || config.access === 'public') return;
    const header = request.headers.authorization;
    if (!header) throw new AppError('auth.missing_key');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError('auth.missing_key');
    const principal = await principals.authenticate(match[1]!, new Date());
    if (!principal) throw new AppError('auth.invalid_key');
    request.principal = principal;
    request.log = request.log.child({ participant: principal.participant.id, role: principal.participant.role });
    const allowed = config.access;
    if (allowed && !allowed.includes(principal.participant.role)) {
      throw new AppError('auth.forbidden', {
        role: principal.participant.role,
        action: config.action ?? `${request.method} ${request.routeOptions.url}`,
        allowed,
      });
    }
  });
}
