import { readFileSync, writeFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../kernel/errors/index.js';
import { loadKeyStore, readSigningKeyFile, readVerificationKeyFile } from './key-files.js';
import { loadSigningKey, loadVerificationKey, verificationKeyOf } from './key-loading.js';
import type { SigningKey } from './keys.js';
import { signMessage } from './sign.js';
import { type KeyDir, keyDir, makeRsaFiles, makeSm2Files, openssl } from './testing/openssl.js';
import { unsignedSample } from './testing/samples.js';
import { verifyMessage } from './verify.js';

let dir: KeyDir;
let sm2: ReturnType<typeof makeSm2Files>;
let rsa: ReturnType<typeof makeRsaFiles>;
/** Hex of the SM2 private scalar as `openssl pkey -text` prints it — must never appear in any output. */
let secretHex: string;
let message: string;

beforeAll(() => {
  dir = keyDir();
  sm2 = makeSm2Files(dir);
  rsa = makeRsaFiles(dir);
  const text = openssl(['pkey', '-in', sm2.key, '-text', '-noout']).toString();
  secretHex = /priv:\s*([\s\S]*?)pub:/.exec(text)![1]!.replace(/[\s:]/g, '');
  message = unsignedSample('202205', 'import', '311');
});
afterAll(() => dir?.cleanup());

const pem = (path: string): string => readFileSync(path, 'utf8');

function publicHexOf(key: SigningKey): string {
  if (key.type !== 'sm2') throw new Error('expected an SM2 key');
  return key.publicKey.publicHex;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return undefined;
}

describe('SM2 key files as openssl writes them', () => {
  it('reads PKCS#8 from genpkey -algorithm SM2 and -algorithm EC ec_paramgen_curve:SM2, SEC1 and encrypted PKCS#8', () => {
    const reference = publicHexOf(loadSigningKey(pem(sm2.key)));
    const ecForm = dir.path('ec-form.pem');
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:SM2', '-out', ecForm]);
    expect(loadSigningKey(pem(ecForm)).type).toBe('sm2');
    const sec1 = openssl(['ec', '-in', sm2.key]).toString();
    expect(sec1).toContain('BEGIN SM2 PRIVATE KEY');
    expect(publicHexOf(loadSigningKey(sec1))).toBe(reference);
    expect(publicHexOf(loadSigningKey(sec1.replaceAll('SM2 PRIVATE KEY', 'EC PRIVATE KEY')))).toBe(reference);
    const encrypted = openssl(['pkcs8', '-topk8', '-in', sm2.key, '-v2', 'aes-256-cbc', '-passout', 'pass:s3cret']).toString();
    expect(publicHexOf(loadSigningKey(encrypted, { passphrase: 's3cret' }))).toBe(reference);
    expect(codeOf(() => loadSigningKey(encrypted))).toBe('signing.key_unreadable');
    expect(codeOf(() => loadSigningKey(encrypted, { passphrase: 'wrong' }))).toBe('signing.key_unreadable');
  });

  it('reads the public point from SPKI and from the certificate; the serial becomes the KeyName', () => {
    const key = loadSigningKey(pem(sm2.key), { certificate: pem(sm2.cert) });
    const fromSpki = loadVerificationKey(pem(sm2.pub));
    const fromCert = loadVerificationKey(pem(sm2.cert));
    expect(fromSpki.type === 'sm2' && fromSpki.publicHex).toBe(publicHexOf(key));
    expect(fromCert.type === 'sm2' && fromCert.publicHex).toBe(publicHexOf(key));
    const serial = openssl(['x509', '-in', sm2.cert, '-noout', '-serial']).toString().trim().split('=')[1]!;
    expect(key.keyName).toBe(serial.toLowerCase());
    expect(fromCert.keyName).toBe(key.keyName);
    expect(fromSpki.keyName).toBeUndefined();
    const signed = signMessage(message, key);
    expect(signed).toContain(`<ds:KeyName>${key.keyName}</ds:KeyName>`);
    expect(signed).toContain('<ds:X509Certificate>');
    expect(verifyMessage(signed, fromSpki).valid).toBe(true);
  });

  it('takes a certificate stored in the same file as the key, and refuses a certificate of another key', async () => {
    const combined = dir.write('combined.pem', pem(sm2.key) + pem(sm2.cert));
    const key = await readSigningKeyFile(combined);
    expect(key.certificate).toBeDefined();
    const other = makeSm2Files(dir, 'other');
    expect(codeOf(() => loadSigningKey(pem(sm2.key), { certificate: pem(other.cert) }))).toBe('signing.key_unreadable');
  });

  it('refuses other curves and algorithms by name', () => {
    const p256 = dir.path('p256.pem');
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', p256]);
    const error = (() => {
      try {
        loadSigningKey(pem(p256), { source: p256 });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.code).toBe('signing.key_unsupported');
    expect(error?.message).toContain('EC P-256');
    const ed = dir.path('ed.pem');
    openssl(['genpkey', '-algorithm', 'ED25519', '-out', ed]);
    expect(codeOf(() => loadSigningKey(pem(ed)))).toBe('signing.key_unsupported');
    expect(codeOf(() => loadSigningKey('no pem here'))).toBe('signing.key_unreadable');
  });
});

describe('RSA key files', () => {
  it('reads PKCS#8, PKCS#1, SPKI and certificates', () => {
    const pkcs1 = openssl(['pkey', '-in', rsa.key, '-traditional']).toString();
    expect(pkcs1).toContain('BEGIN RSA PRIVATE KEY');
    for (const text of [pem(rsa.key), pkcs1]) {
      const signed = signMessage(message, loadSigningKey(text, { keyName: 'rsa' }));
      expect(verifyMessage(signed, loadVerificationKey(pem(rsa.pub))).valid).toBe(true);
      expect(verifyMessage(signed, loadVerificationKey(pem(rsa.cert))).valid).toBe(true);
    }
  });
});

describe('key material never leaks', () => {
  it('not through JSON, inspect, string conversion or error messages', async () => {
    const key = await readSigningKeyFile(sm2.key, { certificatePath: sm2.cert });
    const surfaces = [JSON.stringify(key), inspect(key, { depth: 10, showHidden: true }), String(key), JSON.stringify({ key })];
    for (const text of surfaces) expect(text.toLowerCase()).not.toContain(secretHex.slice(8, 40));
    expect(JSON.parse(JSON.stringify(key))).toEqual({ type: 'sm2', keyName: key.keyName, fingerprint: expect.any(String), private: true });
    const body = pem(sm2.key).split('\n')[1]!;
    const broken = pem(sm2.key).replace(body, body.slice(0, 20));
    const error = (() => {
      try {
        loadSigningKey(broken, { source: 'broken.pem' });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.code).toBe('signing.key_unreadable');
    const exposed = `${error?.message} ${JSON.stringify(error)} ${inspect(error)}`;
    expect(exposed).not.toContain(body.slice(0, 20));
    expect(exposed).toContain('broken.pem');
  });
});

describe('KeyStore', () => {
  it('loads a directory of certificates and public keys, by serial and by file name', async () => {
    const trustDir = keyDir();
    try {
      writeFileSync(trustDir.path('sender-a.pem'), pem(sm2.cert));
      writeFileSync(trustDir.path('sender-b.pub'), pem(rsa.pub));
      writeFileSync(trustDir.path('notes.txt'), 'ignored');
      const store = await loadKeyStore(trustDir.dir);
      const key = loadSigningKey(pem(sm2.key), { certificate: pem(sm2.cert) });
      expect(store.names).toEqual([key.keyName!, 'sender-a', 'sender-b'].sort());
      expect(verifyMessage(signMessage(message, key), store.resolve).valid).toBe(true);
      const viaFileName = signMessage(message, loadSigningKey(pem(rsa.key)), { keyName: 'sender-b' });
      expect(verifyMessage(viaFileName, store.resolve).valid).toBe(true);
      expect(codeOf(() => store.require('nobody'))).toBe('signing.key_not_found');
      writeFileSync(trustDir.path(`${key.keyName}.pem`), pem(rsa.pub));
      await expect(loadKeyStore(trustDir.dir)).rejects.toMatchObject({ code: 'signing.key_store_invalid' });
    } finally {
      trustDir.cleanup();
    }
  });

  it('reads key files and reports missing ones by path', async () => {
    expect((await readVerificationKeyFile(sm2.cert)).type).toBe('sm2');
    await expect(readVerificationKeyFile(dir.path('missing.pem'))).rejects.toMatchObject({
      code: 'signing.key_unreadable',
      message: expect.stringContaining('missing.pem'),
    });
    const pub = verificationKeyOf(loadSigningKey(pem(sm2.key), { keyName: 'k' }));
    expect(pub.keyName).toBe('k');
  });
});
