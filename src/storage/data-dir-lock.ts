import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../kernel/errors/index.js';

export const LOCK_FILE = 'crossgate.lock';

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  readonly purpose?: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? (info as LockInfo) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(info: LockInfo | undefined): boolean {
  if (!info) return true; // unreadable or half-written: a crashed writer
  return info.host === hostname() && !isAlive(info.pid);
}

/**
 * Takes the exclusive lock on an embedded data folder. PGlite has no multi-process protection: two processes on
 * one folder silently lose committed rows. The lock file is created atomically (write a private file, then
 * hard-link it into place); a lock left by a dead process on this host is taken over, a live one refuses with
 * `storage.data_dir_locked`.
 */
export function lockDataDir(dataDir: string, purpose = 'crossgate'): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), purpose };
  const tmp = join(dataDir, `.${LOCK_FILE}.${process.pid}`);
  const fd = openSync(tmp, 'w', 0o600);
  writeSync(fd, JSON.stringify(mine));
  closeSync(fd);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(tmp, lockPath);
        return { path: lockPath, release: () => releaseIfMine(lockPath) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readLock(lockPath);
      if (!isStale(holder)) {
        throw new AppError('storage.data_dir_locked', {
          dataDir,
          pid: holder?.pid ?? 'unknown',
          host: holder?.host ?? 'unknown',
          purpose: holder?.purpose ?? 'unknown',
        });
      }
      takeOverStale(lockPath, holder);
    }
    throw new AppError('storage.data_dir_locked', { dataDir, pid: 'unknown', host: 'unknown' });
  } finally {
    unlinkSync(tmp);
  }
}

/** Moves a stale lock aside; if another starter replaced it meanwhile, puts that live lock back. */
function takeOverStale(lockPath: string, stale: LockInfo | undefined): void {
  const aside = `${lockPath}.stale.${process.pid}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first; retry the link
  }
  const moved = readLock(aside);
  if (stale && moved && moved.pid !== stale.pid) {
    try {
      linkSync(aside, lockPath); // not the stale lock we judged: restore it
    } catch {
      // a third process linked meanwhile; the retry loop will see its lock
    }
  }
  unlinkSync(aside);
}

function releaseIfMine(lockPath: string): void {
  const info = readLock(lockPath);
  if (info && info.pid === process.pid && info.host === hostname()) {
    try {
      unlinkSync(lockPath);
    } catch {
      // already gone
    }
  }
}
