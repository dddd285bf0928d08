import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Store } from '../../ports/store.port.js';
import { buildApi } from './server.js';

/** The console at `/`: built files, index.html for the browser's routes, the API's paths left alone. */
describe('serving the web console', () => {
  let store: Store;
  let app: FastifyInstance;
  let bare: FastifyInstance;
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-console-dir-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Crossgate console</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    store = await createTestStore();
    const log = pino({ level: 'silent' });
    app = await buildApi({ store, log, version: 'test', consoleDir: dir });
    bare = await buildApi({ store, log, version: 'test', consoleDir: join(dir, 'not-built') });
  });
  afterAll(async () => {
    await app.close();
    await bare.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and at every console route, without a key, with a strict policy', async () => {
    for (const url of ['/', '/inventories', '/inventories/inv_123?x=1', '/dashboard']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('Crossgate console');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets for a year and other files briefly', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg/);
  });

  it('never serves a file from outside its folder', async () => {
    writeFileSync(join(dir, '..', 'crossgate-secret.txt'), 'S3CR3T-CONTENT');
    for (const url of ['/..%2fcrossgate-secret.txt', '/assets/..%2f..%2fcrossgate-secret.txt', '/%2e%2e/crossgate-secret.txt']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.body, url).not.toContain('S3CR3T-CONTENT');
    }
    rmSync(join(dir, '..', 'crossgate-secret.txt'));
  });

  it('answers a missing file and an unknown API path with the JSON 404', async () => {
    for (const url of ['/assets/gone.js', '/v1/nothing-here', '/v1', '/healthz/x', '/openapi.json/x']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.body, url).not.toContain('Crossgate console');
    }
    expect((await app.inject({ method: 'GET', url: '/v1/nothing-here' })).json().error.code).toBe('request.not_found');
  });

  it('leaves the API, health, OpenAPI document and reference page as they were', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ status: 'ok' });
    const doc = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(doc.json().openapi).toBe('3.1.0');
    expect(Object.keys(doc.json().paths)).not.toContain('/*');
    expect((await app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/v1/participants/me' });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('auth.missing_key');
  });

  it('says clearly that the console is not built when dist/console is missing', async () => {
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('The web console is not built');
    expect(res.body).toContain('npm run build');
    expect((await bare.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
