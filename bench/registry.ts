/**
 * The benchmark scenario contract. A scenario measures one capability and returns table rows; `bench/run.ts`
 * runs every scenario listed in `bench/scenarios/index.ts`, prints the table and writes `bench/results/latest.json`.
 */

/** One line of the results table (and of latest.json). `null` where a column does not apply. */
export interface BenchRow {
  readonly scenario: string;
  readonly algorithm: string | null;
  readonly db: string | null;
  /** Operations (messages) per second achieved. */
  readonly ratePerSec: number | null;
  /** The bound the operation is compared with, per second (e.g. the bare signature primitive). */
  readonly boundPerSec: number | null;
  /** ratePerSec / boundPerSec. */
  readonly ratio: number | null;
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
  /** Highest resident set size seen while the scenario ran. */
  readonly peakRssMb: number | null;
}

export interface Measurement {
  readonly ratePerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly peakRssMb: number;
  readonly iterations: number;
}

export interface BenchContext {
  /** `--quick`: every measurement is short so the whole run fits in a minute. */
  readonly quick: boolean;
  /** Runs `op` repeatedly (after a warm-up) for the run's measurement time. Works with sync and async ops. */
  measure(op: () => unknown): Promise<Measurement>;
  /** Progress notes (stderr), so stdout stays the table. */
  log(text: string): void;
}

export interface Scenario {
  /** Dotted name, e.g. `ceb.sign`; `--only` filters on it. */
  readonly name: string;
  /** Who maintains it (the area's engineer). */
  readonly owner: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** A row from a measurement and, optionally, the bound it is compared with. */
export function row(
  scenario: string,
  fields: { algorithm?: string | null; db?: string | null },
  measured: Measurement,
  bound?: Measurement,
): BenchRow {
  return {
    scenario,
    algorithm: fields.algorithm ?? null,
    db: fields.db ?? null,
    ratePerSec: round(measured.ratePerSec, 1),
    boundPerSec: bound ? round(bound.ratePerSec, 1) : null,
    ratio: bound ? round(measured.ratePerSec / bound.ratePerSec, 3) : null,
    p50Ms: round(measured.p50Ms, 3),
    p99Ms: round(measured.p99Ms, 3),
    peakRssMb: round(Math.max(measured.peakRssMb, bound?.peakRssMb ?? 0), 1),
  };
}
