import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../kernel/errors/index.js';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';

describe('data folder lock', () => {
  const root = mkdtempSync(join(tmpdir(), 'crossgate-lock-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second holder while the first lives, and frees on release', () => {
    const dir = join(root, 'a');
    const lock = lockDataDir(dir);
    let refused: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      refused = error;
    }
    expect(isAppError(refused) && refused.code).toBe('storage.data_dir_locked');
    expect((refused as Error).message).toContain(`process ${process.pid}`);
    lock.release();
    const again = lockDataDir(dir);
    again.release();
  });

  it('takes over a lock left by a dead process', () => {
    const dir = join(root, 'b');
    lockDataDir(dir).release();
    const deadPid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(deadPid), host: hostname(), startedAt: 'x' }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('a second process opening the same embedded database is refused with a clear message', () => {
    const dir = join(root, 'c');
    const lock = lockDataDir(join(dir, 'pglite'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/apps/server/main.ts'], {
      env: { ...process.env, CROSSGATE_DATA_DIR: dir, PORT: '0', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    lock.release();
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('is in use by process');
    expect(child.stderr).toContain('[storage.data_dir_locked]');
  });
});
