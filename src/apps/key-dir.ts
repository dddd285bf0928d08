import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../kernel/errors/index.js';
import { loadSigningKey, type SigningKey } from '../signing/index.js';

/**
 * Private keys live as PEM files in the key folder (CROSSGATE_KEY_DIR, default DATA_DIR/keys), readable by the
 * owner only, and are never logged. A missing key is generated (SM2, the 2022 edition's algorithm) on first use,
 * which suits the sandbox; production installs its own key files before the first start.
 */
export interface KeyFile {
  readonly path: string;
  readonly keyName: string;
  readonly key: SigningKey;
  /** The public key (SPKI PEM) to register with the peer that verifies. */
  readonly publicPem: string;
}

export function loadOrCreateKey(dir: string, name: string, keyName: string): KeyFile {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${name}.pem`);
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    // written aside, then linked into place (atomic, fails if there): of two processes initialising at once, the
    // first key in place wins and both use it, and nobody reads a half-written file
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(aside);
    }
  }
  return loadKey(dir, name, keyName);
}

/**
 * The key `name` from the key folder, never created: what a process that did not initialise the deployment uses
 * (a worker signing with a key of its own would sign receipts no peer trusts). A missing key is
 * `config.key_missing`, naming CROSSGATE_KEY_DIR.
 */
export function loadKey(dir: string, name: string, keyName: string): KeyFile {
  const path = join(dir, `${name}.pem`);
  if (!existsSync(path)) throw new AppError('config.key_missing', { name: 'CROSSGATE_KEY_DIR', keyName, path });
  return readKey(path, keyName);
}

function readKey(path: string, keyName: string): KeyFile {
  const pem = readFileSync(path, 'utf8');
  const key = loadSigningKey(pem, { keyName, source: path });
  const publicPem = publicPemOf(pem);
  return { path, keyName, key, publicPem };
}

/** node:crypto derives the public key of any EC private key, SM2-curve keys included. */
function publicPemOf(privatePem: string): string {
  return createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }) as string;
}
