import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparedDataDir, staleBuild } from '../lib/data-template.js';
import { platformEnv, REPO_ROOT } from '../lib/platform-process.js';
import { freePort, peakRssMbOf, spawnNode, stopChild, waitHealthy } from '../lib/server-process.js';
import { type BenchContext, type BenchRow, defineScenario } from '../registry.js';
import { target } from './clearance.js';

/**
 * Cold start: from spawning what `npm start` runs (the built server, `node dist/…`) on an EXISTING data folder (or
 * database) to its first 200 from `/healthz`, polled every 5 ms. The first start (which creates the database and
 * seeds the demo world) is done beforehand and reported apart. Target: under 2 s.
 */
function startCommand(): string[] | undefined {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const [bin, ...args] = (pkg.scripts?.['start'] ?? '').split(/\s+/).filter(Boolean);
  if (bin !== 'node' || args.length === 0) return undefined;
  return args;
}

/**
 * Builds dist/ when it is missing or older than the sources: the figure is `npm start`'s, which runs the build, and
 * an old build cannot even open a data folder whose schema a newer migration changed.
 */
function ensureBuilt(ctx: BenchContext): void {
  const stale = staleBuild();
  if (stale.length === 0) return;
  ctx.log(`cold start: dist/ is older than ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}: building it (npm run build)`);
  execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
}

async function startOnce(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; rssMb: number | undefined }> {
  const port = await freePort();
  const started = performance.now();
  const { child, output } = spawnNode(args, { ...env, PORT: String(port), HOST: '127.0.0.1' }, REPO_ROOT);
  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, child, output, 60_000, 5);
    const ms = performance.now() - started;
    return { ms, rssMb: peakRssMbOf(child.pid) };
  } finally {
    await stopChild(child);
  }
}

async function coldStart(db: 'pglite' | 'postgres', ctx: BenchContext): Promise<BenchRow[]> {
  const args = startCommand();
  if (!args) {
    ctx.log('cold start: skipped (package.json `start` is not `node <file>`)');
    return [];
  }
  ensureBuilt(ctx);
  const entry = args.at(-1) ?? '';
  if (!existsSync(join(REPO_ROOT, entry))) {
    ctx.log(`cold start: skipped (${entry} does not exist; run \`npm run build\`)`);
    return [];
  }
  const database = db === 'postgres' ? await target('postgres') : undefined;
  if (db === 'postgres' && !database) {
    ctx.log('cold start on postgres: skipped (set BENCH_DATABASE_URL or DATABASE_URL)');
    return [];
  }
  // embedded: a copy of the run's data folder past its first start (shared with the HTTP scenarios)
  const prepared = db === 'pglite' ? await preparedDataDir() : undefined;
  const dataDir = prepared?.dir ?? mkdtempSync(join(tmpdir(), 'crossgate-bench-cold-'));
  try {
    const url = database?.target.kind === 'postgres' ? database.target.url : undefined;
    const env = platformEnv(dataDir, url);
    const firstMs = prepared ? prepared.firstStartMs : (await startOnce(args, env)).ms;
    if (firstMs !== undefined) ctx.log(`cold start on ${db}: first start (new database, migrations, demo world) ${firstMs.toFixed(0)} ms`);
    const runs = ctx.quick ? 3 : 9;
    const times: number[] = [];
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      const r = await startOnce(args, env);
      times.push(r.ms);
      rss = Math.max(rss, r.rssMb ?? 0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const worst = times.at(-1) ?? 0;
    ctx.log(`cold start on ${db}: ${times.map((t) => t.toFixed(0)).join(', ')} ms over ${runs} starts (target < 2000 ms)`);
    return [
      {
        scenario: 'server.cold-start',
        algorithm: null,
        db,
        ratePerSec: null,
        boundPerSec: null,
        ratio: null,
        p50Ms: Number(median.toFixed(1)),
        p99Ms: Number(worst.toFixed(1)),
        peakRssMb: rss > 0 ? Number(rss.toFixed(1)) : null,
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.dispose();
  }
}

/** `npm start` on an existing data folder to the first healthy answer (issue 7); p50 is the median, p99 the slowest. */
export const coldStartScenarios = [
  defineScenario({
    name: 'server.cold-start',
    owner: 'platform',
    description: 'spawn what `npm start` runs (`node dist/server.mjs`) on an existing data folder → first 200 from /healthz',
    async run(ctx) {
      // quick: the embedded database only (its first start, which creates the database, is most of a quick run)
      return [...(await coldStart('pglite', ctx)), ...(ctx.quick ? [] : await coldStart('postgres', ctx))];
    },
  }),
];
