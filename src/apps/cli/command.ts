import type { Command } from 'commander';
import type { CliIo } from './io.js';

/**
 * A CLI command module registers itself on a parent command. Actions set `ctx.exitCode` rather than calling
 * `process.exit`, so the same program runs in-process under tests.
 */
export interface CliContext {
  readonly io: CliIo;
  exitCode: number;
  /** The environment commands read configuration from (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

export type RegisterCommand = (parent: Command, ctx: CliContext) => void;
