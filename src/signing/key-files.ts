import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { AppError } from '../kernel/errors/index.js';
import { type LoadVerificationKeyOptions, loadSigningKey, loadVerificationKey } from './key-loading.js';
import { KeyStore } from './key-store.js';
import type { PrecomputePolicy, SigningKey, VerificationKey } from './keys.js';

/** Key files on disk. Errors name the path, never the content. */

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'latin1');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'the file cannot be read';
    throw new AppError('signing.key_unreadable', { source: path, reason }, { cause: error });
  }
}

export interface SigningKeyFileOptions {
  readonly keyName?: string;
  /** A separate certificate PEM file; a CERTIFICATE block inside the key file is used otherwise. */
  readonly certificatePath?: string;
  readonly passphrase?: string;
}

export async function readSigningKeyFile(path: string, options: SigningKeyFileOptions = {}): Promise<SigningKey> {
  const [pem, certificate] = await Promise.all([
    readText(path),
    options.certificatePath ? readText(options.certificatePath) : Promise.resolve(undefined),
  ]);
  return loadSigningKey(pem, {
    source: path,
    ...(options.keyName === undefined ? {} : { keyName: options.keyName }),
    ...(certificate === undefined ? {} : { certificate }),
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
  });
}

export async function readVerificationKeyFile(
  path: string,
  options: Omit<LoadVerificationKeyOptions, 'source'> = {},
): Promise<VerificationKey> {
  return loadVerificationKey(await readText(path), { ...options, source: path });
}

const KEY_FILE_EXTENSIONS = new Set(['.pem', '.crt', '.cer', '.cert', '.pub']);

/**
 * A KeyStore from a directory of PEM files (certificates or public keys). Each key is registered under its
 * certificate serial number (if a certificate) and under its file name without extension.
 */
export async function loadKeyStore(dir: string, precompute: PrecomputePolicy = 'eager'): Promise<KeyStore> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).filter((name) => KEY_FILE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
  } catch (error) {
    throw new AppError('signing.key_store_invalid', { dir, reason: 'the directory cannot be read' }, { cause: error });
  }
  const store = new KeyStore();
  for (const name of entries) {
    const key = await readVerificationKeyFile(join(dir, name), { precompute });
    try {
      store.add(key, basename(name, extname(name)));
    } catch (error) {
      const reason = error instanceof AppError ? String(error.details['reason'] ?? error.message) : 'conflict';
      throw new AppError('signing.key_store_invalid', { dir, reason }, { cause: error });
    }
  }
  return store;
}
