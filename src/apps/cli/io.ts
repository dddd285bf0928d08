import { SingleBar } from 'cli-progress';

/** Where a command writes. Real runs use the process streams; tests pass buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars draw; otherwise they print occasional lines). */
  readonly interactive: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
};

export function bufferIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    interactive: false,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
  };
}

export interface Progress {
  tick(delta?: number): void;
  stop(): void;
}

/** A progress bar on stderr (so `--json` output on stdout stays clean); silent when `quiet`. */
export function progress(io: CliIo, label: string, total: number, quiet = false): Progress {
  if (quiet || io !== processIo) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% {value}/{total} eta {eta}s`,
    stream: process.stderr,
    noTTYOutput: !io.interactive,
    notTTYSchedule: 2000,
    hideCursor: true,
  });
  bar.start(total, 0);
  return { tick: (delta = 1) => bar.increment(delta), stop: () => bar.stop() };
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
