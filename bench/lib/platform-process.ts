import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoKey } from '../../src/workflows/demo/seed-demo-world.js';
import { target } from '../scenarios/clearance.js';
import { currentServer, preparedDataDir } from './data-template.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

/** The repository root (bench/lib/../..). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `npm start` from source (the TypeScript as it is now, through tsx); the HTTP scenarios use dist/ when it is current. */
export const SOURCE_SERVER = ['--import', 'tsx', 'src/apps/server/main.ts'];

/**
 * The environment of a spawned Crossgate process: a private data folder, the demo world seeded, no drop folder, and
 * the database the scenario chose (never one inherited from the caller's DATABASE_URL).
 */
export function platformEnv(dataDir: string, databaseUrl: string | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _inherited, BENCH_DATABASE_URL: _bench, ...rest } = process.env;
  return {
    ...rest,
    CROSSGATE_DATA_DIR: dataDir,
    CROSSGATE_DROP_DIR: 'off',
    CROSSGATE_DEMO: 'on',
    ...(databaseUrl && { DATABASE_URL: databaseUrl }),
    ...extra,
  };
}

export interface PlatformProcess {
  readonly server: ServerProcess;
  readonly dataDir: string;
  readonly db: 'pglite' | 'postgres';
  /** The demo world's parties and their API keys (written by the server at first start). */
  readonly demoKeys: readonly DemoKey[];
  close(): Promise<void>;
}

/** A fresh platform (own data folder; on PostgreSQL its own database) running as a separate process. */
export async function startPlatformProcess(
  db: 'pglite' | 'postgres',
  options: { readonly args?: readonly string[]; readonly env?: NodeJS.ProcessEnv } = {},
): Promise<PlatformProcess | undefined> {
  const database = db === 'postgres' ? await target('postgres') : undefined;
  if (db === 'postgres' && !database) return undefined;
  // embedded: a copy of the run's data folder past its first start (see data-template.ts)
  const dataDir = db === 'pglite' ? (await preparedDataDir()).dir : mkdtempSync(join(tmpdir(), 'crossgate-bench-server-'));
  const url = database?.target.kind === 'postgres' ? database.target.url : undefined;
  const dispose = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.dispose();
  };
  let server: ServerProcess;
  try {
    server = await startServerProcess({ args: options.args ?? currentServer().args, env: platformEnv(dataDir, url, options.env), cwd: REPO_ROOT });
  } catch (error) {
    await dispose();
    throw error;
  }
  const demoKeys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as DemoKey[];
  return {
    server,
    dataDir,
    db,
    demoKeys,
    close: async () => {
      await server.stop();
      await dispose();
    },
  };
}

/** Calls the platform's API with a participant's key; throws unless the answer is `expect`. */
export async function callApi(baseUrl: string, apiKey: string, method: string, path: string, body: unknown, expect = 200): Promise<unknown> {
  const res = await fetch(new URL(path, baseUrl), {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status !== expect) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}
