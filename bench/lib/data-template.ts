import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { platformEnv, REPO_ROOT, SOURCE_SERVER } from './platform-process.js';
import { startServerProcess } from './server-process.js';

/**
 * What `npm start` runs, and a ready-made embedded data folder, shared by the scenarios of one bench run.
 *
 * A first start on PGlite (create the database, migrate, seed the demo world) costs seconds; the HTTP scenarios
 * and the cold start each need a data folder past that point, not the first start itself. One first start makes a
 * template; each scenario gets its own copy (the server is stopped, so the copy is consistent).
 */

/** What `npm start` runs: the server bundled by `npm run build` (bin/bundle.mjs) from dist/. */
const BUILT_SERVER = 'dist/server.mjs';

/** What tsconfig.build.json leaves out of dist/. */
const SKIPPED_DIRS = ['/testing', join('src', 'apps', 'console'), join('connectors', 'sdk', 'contracts')];
const SKIPPED_FILES = ['.test.ts', '.test-kit.ts', '.d.ts'];

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.some((d) => path.endsWith(d))) yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !SKIPPED_FILES.some((e) => entry.name.endsWith(e))) {
      yield path;
    }
  }
}

/**
 * Source files whose build in dist/ is missing or older than them, or whose bundle (`npm start`'s) is (empty:
 * dist/ and the bundle are the current code).
 */
export function staleBuild(): string[] {
  const src = join(REPO_ROOT, 'src');
  const bundle = join(REPO_ROOT, BUILT_SERVER);
  const bundled = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const stale: string[] = [];
  for (const file of sources(src)) {
    const built = join(REPO_ROOT, 'dist', relative(src, file).replace(/\.ts$/, '.js'));
    const changed = statSync(file).mtimeMs;
    if (!existsSync(built) || statSync(built).mtimeMs < changed || bundled < changed) stale.push(relative(REPO_ROOT, file));
  }
  return stale;
}

let serverArgs: { args: string[]; note: string | undefined } | undefined;

/** The built server when dist/ is current (it starts faster, same code), else the sources through tsx. */
export function currentServer(): { args: readonly string[]; note: string | undefined } {
  if (!serverArgs) {
    const stale = existsSync(join(REPO_ROOT, BUILT_SERVER)) ? staleBuild() : ['dist/'];
    serverArgs =
      stale.length === 0
        ? { args: [BUILT_SERVER], note: undefined }
        : { args: [...SOURCE_SERVER], note: `dist/ is not current (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}): the server runs from source` };
  }
  return serverArgs;
}

let template: Promise<{ dir: string; madeMs: number | undefined }> | undefined;

/** What a first start's data folder depends on: the migrations, the demo world and its resources, the key folder. */
const TEMPLATE_INPUTS = ['src/storage/migrations', 'src/workflows/demo', 'resources', 'src/apps/platform.ts', 'src/apps/key-dir.ts', 'package.json'];
const TEMPLATE_PREFIX = 'crossgate-bench-template-';
const READY = '.bench-template-made-in';
const OLD_TEMPLATE_MS = 6 * 3_600_000;

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

function templateKey(): string {
  const hash = createHash('sha256');
  for (const input of TEMPLATE_INPUTS) {
    for (const file of files(join(REPO_ROOT, input))) hash.update(`${relative(REPO_ROOT, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Templates of other inputs, untouched for hours (a run in progress elsewhere may be copying a recent one). */
function removeOldTemplates(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(TEMPLATE_PREFIX) || path === keep) continue;
    if (Date.now() - statSync(path).mtimeMs > OLD_TEMPLATE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The template outlives the run (in the temp folder, named by a hash of what it depends on), so a repeated
 * `--quick` run skips the first start; a change to the migrations or the demo world makes a new one. Every start
 * migrates anyway, so a copy is always brought to the current schema. Built aside and renamed into place, so two
 * runs at once never see half a template.
 */
async function makeTemplate(): Promise<{ dir: string; madeMs: number | undefined }> {
  const dir = join(tmpdir(), `${TEMPLATE_PREFIX}${templateKey()}`);
  if (existsSync(join(dir, READY))) return { dir, madeMs: undefined };
  const started = performance.now();
  removeOldTemplates(dir);
  const building = mkdtempSync(join(tmpdir(), 'crossgate-bench-building-'));
  try {
    const server = await startServerProcess({ args: currentServer().args, env: platformEnv(building, undefined), cwd: REPO_ROOT });
    await server.stop();
    writeFileSync(join(building, READY), building); // where it was made: the paths inside demo-keys.json name it
    if (!existsSync(join(dir, READY))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(building, dir);
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return { dir, madeMs: performance.now() - started };
}

/** A private copy of an embedded data folder that has had its first start (database, demo world, keys). */
export async function preparedDataDir(): Promise<{ dir: string; firstStartMs: number | undefined }> {
  const first = template === undefined;
  template ??= makeTemplate();
  const made = await template;
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-bench-data-'));
  cpSync(made.dir, dir, { recursive: true, filter: (from) => !from.endsWith(READY) });
  // demo-keys.json names the key files by absolute path: point them into the copy
  const keysFile = join(dir, 'demo-keys.json');
  const builtIn = readFileSync(join(made.dir, READY), 'utf8');
  if (builtIn && existsSync(keysFile)) writeFileSync(keysFile, readFileSync(keysFile, 'utf8').replaceAll(JSON.stringify(builtIn).slice(1, -1), dir));
  return { dir, firstStartMs: first ? made.madeMs : undefined };
}
