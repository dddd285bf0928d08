import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The OpenSSL command line for interoperability tests. A missing `openssl` is a test failure, never a skip.
 */

export const DISTID = 'distid:1234567812345678';

export function openssl(args: readonly string[], input?: Uint8Array): Buffer {
  const run = spawnSync('openssl', args, { input, maxBuffer: 16 * 1024 * 1024 });
  if (run.error) throw new Error(`openssl could not be started (is it installed?): ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(`openssl ${args.join(' ')} exited ${run.status}: ${run.stderr.toString().trim()}`);
  }
  return run.stdout;
}

/** Runs openssl and returns exit status and output without throwing on a non-zero status. */
export function opensslStatus(args: readonly string[]): { status: number; output: string } {
  const run = spawnSync('openssl', args);
  if (run.error) throw new Error(`openssl could not be started (is it installed?): ${run.error.message}`);
  return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}`.trim() };
}

export interface KeyDir {
  readonly dir: string;
  path(name: string): string;
  write(name: string, data: string | Uint8Array): string;
  read(name: string): string;
  cleanup(): void;
}

export function keyDir(): KeyDir {
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-signing-'));
  const path = (name: string): string => join(dir, name);
  return {
    dir,
    path,
    write: (name, data) => {
      writeFileSync(path(name), data);
      return path(name);
    },
    read: (name) => readFileSync(path(name), 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** SM2 key pair (PKCS#8 as `genpkey -algorithm SM2` writes it), its SPKI and a self-signed SM2/SM3 certificate. */
export function makeSm2Files(dir: KeyDir, name = 'sm2'): { key: string; pub: string; cert: string } {
  const key = dir.path(`${name}.key.pem`);
  const pub = dir.path(`${name}.pub.pem`);
  const cert = dir.path(`${name}.cert.pem`);
  openssl(['genpkey', '-algorithm', 'SM2', '-out', key]);
  openssl(['pkey', '-in', key, '-pubout', '-out', pub]);
  openssl(['req', '-new', '-x509', '-key', key, '-sm3', '-sigopt', DISTID, '-subj', `/CN=${name}`, '-days', '2', '-out', cert]);
  return { key, pub, cert };
}

/** RSA key pair and self-signed certificate. */
export function makeRsaFiles(dir: KeyDir, name = 'rsa', bits = 2048): { key: string; pub: string; cert: string } {
  const key = dir.path(`${name}.key.pem`);
  const pub = dir.path(`${name}.pub.pem`);
  const cert = dir.path(`${name}.cert.pem`);
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`, '-out', key]);
  openssl(['pkey', '-in', key, '-pubout', '-out', pub]);
  openssl(['req', '-new', '-x509', '-key', key, '-sha256', '-subj', `/CN=${name}`, '-days', '2', '-out', cert]);
  return { key, pub, cert };
}
