import { Command, CommanderError } from 'commander';
import { isAppError } from '../../kernel/errors/index.js';
import { VERSION } from '../version.js';
import type { CliContext, RegisterCommand } from './command.js';
import { type CliIo, processIo } from './io.js';
import { registerCeb } from './commands/ceb.js';
import { registerDemo } from './commands/demo.js';
import { registerJobs } from './commands/jobs.js';
import { registerParticipants } from './commands/participants.js';
import { registerPlatform } from './commands/platform.js';
import { registerTariff } from './commands/tariff.js';
import { registerIdentity } from './commands/identity.js';
import { registerTax } from './commands/tax.js';

/** Top-level commands, in help order. Each module registers its own subcommands. */
const COMMANDS: readonly RegisterCommand[] = [registerPlatform, registerParticipants, registerJobs, registerTariff, registerTax, registerIdentity, registerCeb, registerDemo];

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('crossgate')
    .description('Crossgate: cross-border e-commerce with the customs single window, on one platform')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
  for (const register of COMMANDS) register(program, ctx);
  for (const command of program.commands) applyOutputRecursively(command, ctx);
  return program;
}

function applyOutputRecursively(command: Command, ctx: CliContext): void {
  command.exitOverride().configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
  for (const sub of command.commands) applyOutputRecursively(sub, ctx);
}

/** Runs the CLI in-process and returns the exit code; coded errors print as `crossgate: message [code]`. */
export async function runCli(argv: readonly string[], io: CliIo = processIo, env?: NodeJS.ProcessEnv): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0, ...(env && { env }) };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isAppError(error)) {
      io.err(`crossgate: ${error.message} [${error.code}]`);
      return error.status >= 500 ? 2 : 1;
    }
    io.err(`crossgate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}
