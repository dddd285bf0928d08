import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../kernel/errors/index.js';
import type { DatabaseTarget } from '../storage/database.js';

const schema = z.object({
  CROSSGATE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CROSSGATE_WORKER: z.enum(['on', 'off']).default('on'),
  CROSSGATE_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  CROSSGATE_DEMO: z.enum(['on', 'off']).default('on'),
  CROSSGATE_KEY_DIR: z.string().min(1).optional(),
  CROSSGATE_DROP_DIR: z.string().min(1).optional(),
  CROSSGATE_SW_POLICY: z.string().min(1).optional(),
  CROSSGATE_SW_WAIT_MINUTES: z.coerce.number().min(0).max(100_000).optional(),
});

export interface Config {
  readonly dataDir: string;
  readonly database: DatabaseTarget;
  readonly port: number;
  readonly host: string;
  readonly logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Run the job worker inside the server process (always, on the embedded database). */
  readonly worker: boolean;
  readonly workerConcurrency: number;
  /** Seed the demo world into an empty database at start. */
  readonly demo: boolean;
  /** Private keys (PEM): the single window's own, and the demo parties'. */
  readonly keyDir: string;
  /** A JSON file with the operator's single-window policy (risk rules, signatures, limits, wait). */
  readonly swPolicyFile: string | undefined;
  /** The single window's file transport (`off` disables it). */
  readonly dropDir: string | undefined;
  /** How long the single window waits for an inventory's order, payment and waybill (default: the policy's). */
  readonly waitMinutes: number | undefined;
}

/** Reads configuration from the environment; the only place that does. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means unset (as `DATABASE_URL= npm start` intends).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('config.invalid', {
      name: String(issue?.path.join('.') ?? 'environment'),
      reason: issue?.message ?? 'invalid',
    });
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.CROSSGATE_DATA_DIR) ? e.CROSSGATE_DATA_DIR : resolve(e.CROSSGATE_DATA_DIR);
  const database: DatabaseTarget = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
    : { kind: 'pglite', dataDir: resolve(dataDir, 'pglite') };
  return {
    dataDir,
    database,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    worker: database.kind === 'pglite' || e.CROSSGATE_WORKER === 'on',
    workerConcurrency: e.CROSSGATE_WORKER_CONCURRENCY,
    demo: e.CROSSGATE_DEMO === 'on',
    keyDir: e.CROSSGATE_KEY_DIR ? resolve(e.CROSSGATE_KEY_DIR) : resolve(dataDir, 'keys'),
    waitMinutes: e.CROSSGATE_SW_WAIT_MINUTES,
    swPolicyFile: e.CROSSGATE_SW_POLICY ? resolve(e.CROSSGATE_SW_POLICY) : undefined,
    dropDir:
      e.CROSSGATE_DROP_DIR === 'off' ? undefined : e.CROSSGATE_DROP_DIR ? resolve(e.CROSSGATE_DROP_DIR) : resolve(dataDir, 'drop'),
  };
}
