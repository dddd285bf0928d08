import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A Crossgate server (or worker) in its own process, as it runs in production: spawned with its environment, ready
 * once `/healthz` answers 200. Used by the scenarios that must not share the load generator's event loop.
 */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readonly readyMs: number;
  /** SIGTERM, then SIGKILL after the grace period; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** A TCP port free right now on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Spawns `node <args>` with env; lines of stderr are kept for the error message if it dies. */
export function spawnNode(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.setEncoding('utf8');
  let tail = '';
  const keep = (chunk: Buffer | string) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => tail };
}

export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Polls GET url until it answers 200 (every `everyMs`), or fails when the process exits or the deadline passes. */
export async function waitHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs: number, everyMs = 5): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the process exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`no healthy answer from ${url} within ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Starts a server process running `args` (e.g. `['dist/server.mjs']`) and waits until it is healthy. */
export async function startServerProcess(options: {
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  const { child, output } = spawnNode(options.args, { ...options.env, PORT: String(port), HOST: '127.0.0.1' }, options.cwd);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(`${url}/healthz`, child, output, options.timeoutMs ?? 60_000);
  } catch (error) {
    await stopChild(child, 1000);
    throw error;
  }
  const readyMs = performance.now() - started;
  return { url, child, readyMs, stop: (graceMs) => stopChild(child, graceMs) };
}

/** Peak resident set size (VmHWM) of a live process, in MB; undefined where /proc is not available. */
export function peakRssMbOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a live process has used, in seconds; undefined where /proc is not available. */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}
