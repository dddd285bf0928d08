import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../../kernel/errors/index.js';
import { DOCS_PREFIX } from './openapi.js';

/** Where `npm run build` puts the web console (src/ and dist/ sit at the same depth below the package root). */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../../dist/console/', import.meta.url));

/** Paths the console never answers: the API's own, so a wrong API URL still gets the JSON 404. */
const API_PATHS = /^\/(v1|openapi\.json|healthz)(\/|$)/;
const API_PREFIXES = [DOCS_PREFIX];
const HAS_EXTENSION = /\/[^/]*\.[a-z0-9]+$/i;

/** The console's page: only its own scripts, no framing, no referrer leaking inventory ids. */
const INDEX_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const notBuilt = (dir: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crossgate console not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2933}code{background:#eef2f6;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><h1>The web console is not built</h1>
<p>Crossgate serves its console from <code>${dir.replace(/[<>&]/g, '')}</code>, which does not exist yet.
Run <code>npm run build</code> (<code>npm install</code> does it for you), then reload this page.</p>
<p>The API works meanwhile: <a href="/docs">/docs</a>, <a href="/healthz">/healthz</a>.</p></body></html>
`;

/**
 * The web console at `/`: the built files, and index.html for every other GET that is not the API's (the console
 * routes in the browser). Public: the console signs in with an API key, which its API calls carry.
 */
export const consoleRoutes =
  (dir: string): FastifyPluginAsync =>
  async (app) => {
    await app.register(fastifyStatic, { root: dir, serve: false, suppressWarning: true });
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (API_PATHS.test(path) || API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) {
        throw new AppError('request.not_found', { method: request.method, url: path });
      }
      if (!existsSync(join(dir, 'index.html'))) {
        return reply.status(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(notBuilt(dir));
      }
      if (path.startsWith('/assets/')) return reply.sendFile(path, { maxAge: '365d', immutable: true });
      if (HAS_EXTENSION.test(path)) return reply.sendFile(path, { maxAge: '1h' });
      return reply.headers(INDEX_HEADERS).sendFile('index.html', { cacheControl: false });
    });
  };
