import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './lib/measure.js';
import type { BenchContext, BenchRow } from './registry.js';
import { scenarios } from './scenarios/index.js';

/**
 * `npm run bench [-- --quick] [-- --only <name>]`: runs the registered scenarios, prints a table and writes
 * bench/results/latest.json (an array of rows). `--quick` keeps the whole run under a minute.
 */

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const timing = quick ? { durationMs: 250, warmupMs: 50 } : { durationMs: 2500, warmupMs: 500 };

const ctx: BenchContext = {
  quick,
  measure: (op) => measure(op, timing),
  log: (text) => process.stderr.write(`  … ${text}\n`),
};

const COLUMNS: ReadonlyArray<[keyof BenchRow, string, number]> = [
  ['scenario', 'scenario', 20],
  ['algorithm', 'algorithm', 16],
  ['db', 'db', 8],
  ['ratePerSec', 'msgs/s', 10],
  ['boundPerSec', 'bound/s', 10],
  ['ratio', 'ratio', 7],
  ['p50Ms', 'p50 ms', 8],
  ['p99Ms', 'p99 ms', 8],
  ['peakRssMb', 'peak MB', 8],
];

function cell(value: BenchRow[keyof BenchRow], width: number, left: boolean): string {
  const text = value === null ? '—' : typeof value === 'number' ? value.toLocaleString('en-US') : value;
  return left ? text.padEnd(width) : text.padStart(width);
}

function table(rows: readonly BenchRow[]): string {
  const head = COLUMNS.map(([, title, width], i) => cell(title, width, i < 3)).join('  ');
  const lines = rows.map((r) => COLUMNS.map(([key, , width], i) => cell(r[key], width, i < 3)).join('  '));
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

async function main(): Promise<void> {
  const selected = scenarios.filter((s) => !only || s.name.includes(only));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stderr.write(`bench: ${selected.length} scenario(s), ${quick ? 'quick' : 'full'} run, node ${process.version}, ${cpus().length}× ${cpu}\n`);
  const rows: BenchRow[] = [];
  const started = performance.now();
  for (const scenario of selected) {
    const t0 = performance.now();
    rows.push(...(await scenario.run(ctx)));
    process.stderr.write(`  = ${scenario.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(`${table(rows)}\n`);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(rows, null, 2)}\n`);
  process.stderr.write(`bench: ${rows.length} row(s) in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
