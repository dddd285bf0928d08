import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../apps/cli/command.js';
import { registerCebSign } from '../apps/cli/commands/ceb-sign.js';
import { registerCebVerify } from '../apps/cli/commands/ceb-verify.js';
import { bufferIo } from '../apps/cli/io.js';
import { isAppError } from '../kernel/errors/index.js';
import { type KeyDir, keyDir, makeRsaFiles, makeSm2Files, openssl } from './testing/openssl.js';
import { unsignedSample } from './testing/samples.js';

/** The `ceb sign` / `ceb verify` command modules, run in-process under a `ceb` group as the lead wires them. */

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const ctx: CliContext = { io, exitCode: 0, env: { CG_KEY_PASS: 'pw-123' } };
  const output = { writeOut: (s: string) => io.out(s), writeErr: (s: string) => io.err(s) };
  const program = new Command('crossgate').exitOverride().configureOutput(output);
  const ceb = program.command('ceb').exitOverride().configureOutput(output);
  registerCebSign(ceb, ctx);
  registerCebVerify(ceb, ctx);
  for (const sub of ceb.commands) sub.exitOverride().configureOutput(output);
  let code: number;
  try {
    await program.parseAsync(argv, { from: 'user' });
    code = ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else if (isAppError(error)) {
      io.err(`crossgate: ${error.message} [${error.code}]`);
      code = error.status >= 500 ? 2 : 1;
    } else throw error;
  }
  return { code, out: io.stdout.join(''), err: io.stderr.join('') };
}

let dir: KeyDir;
let sm2: ReturnType<typeof makeSm2Files>;
let rsa: ReturnType<typeof makeRsaFiles>;
let unsigned: string;

beforeAll(() => {
  dir = keyDir();
  sm2 = makeSm2Files(dir);
  rsa = makeRsaFiles(dir, 'rsa', 1024);
  unsigned = dir.write('CEB311Message.xml', unsignedSample('202205', 'import', '311'));
});
afterAll(() => dir?.cleanup());

describe('crossgate ceb sign / verify', () => {
  it('documents its options', async () => {
    const sign = await cli('ceb', 'sign', '--help');
    expect(sign.code).toBe(0);
    for (const option of ['--key <pem>', '--alg <alg>', '--key-name <name>', '--cert <pem>', '-o, --out <file>']) {
      expect(sign.out).toContain(option);
    }
    const verify = await cli('ceb', 'verify', '--help');
    expect(verify.code).toBe(0);
    for (const option of ['--cert <pem>', '--keys <dir>', '--json']) expect(verify.out).toContain(option);
    expect(verify.out).toContain('exit 0 valid, 1 invalid');
  });

  it('signs to stdout and verifies with --cert (exit 0)', async () => {
    const signed = await cli('ceb', 'sign', unsigned, '--key', sm2.key, '--cert', sm2.cert);
    expect(signed.code).toBe(0);
    expect(signed.out).toContain('xmldsig#sm2-sm3');
    const file = dir.write('stdout.xml', signed.out);
    const verified = await cli('ceb', 'verify', file, '--cert', sm2.cert);
    expect(verified).toMatchObject({ code: 0, out: expect.stringContaining('valid signature (sm2-sm3') });
  });

  it('signs to a file with RSA and reports tampering as exit 1 with JSON', async () => {
    const out = dir.path('rsa.signed.xml');
    const signed = await cli('ceb', 'sign', unsigned, '--key', rsa.key, '--alg', 'rsa', '--key-name', 'rsa-key', '-o', out);
    expect(signed.code).toBe(0);
    expect(signed.err).toContain('rsa-sha1');
    const ok = await cli('ceb', 'verify', out, '--cert', rsa.pub, '--json');
    expect(JSON.parse(ok.out)).toEqual({ file: out, valid: true, keyName: 'rsa-key', algorithm: 'rsa-sha1' });
    writeFileSync(out, readFileSync(out, 'utf8').replace('焦洪宇', '焦红宇'));
    const bad = await cli('ceb', 'verify', out, '--cert', rsa.pub, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ valid: false, reason: { code: 'signing.digest_mismatch' } });
  });

  it('verifies against a directory of trusted keys by KeyName', async () => {
    const trust = keyDir();
    try {
      trust.write('sender.pem', readFileSync(sm2.cert));
      const signed = dir.write('bykeys.xml', (await cli('ceb', 'sign', unsigned, '--key', sm2.key, '--key-name', 'sender')).out);
      expect((await cli('ceb', 'verify', signed, '--keys', trust.dir)).code).toBe(0);
      const other = dir.write('other.xml', (await cli('ceb', 'sign', unsigned, '--key', sm2.key, '--key-name', 'stranger')).out);
      const unknown = await cli('ceb', 'verify', other, '--keys', trust.dir);
      expect(unknown.code).toBe(1);
      expect(unknown.out).toContain('[signing.key_unknown]');
    } finally {
      trust.cleanup();
    }
  });

  it('reads an encrypted key with --passphrase-env', async () => {
    const encrypted = dir.write('enc.pem', openssl(['pkcs8', '-topk8', '-in', sm2.key, '-v2', 'aes-256-cbc', '-passout', 'pass:pw-123']));
    const res = await cli('ceb', 'sign', unsigned, '--key', encrypted, '--key-name', 'k', '--passphrase-env', 'CG_KEY_PASS');
    expect(res.code).toBe(0);
    const missing = await cli('ceb', 'sign', unsigned, '--key', encrypted, '--key-name', 'k');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('[signing.key_unreadable]');
  });

  it('exit 1 for unsigned messages, 2 for unusable input, coded errors for bad options', async () => {
    expect((await cli('ceb', 'verify', unsigned, '--cert', sm2.cert)).code).toBe(1);
    const broken = dir.write('broken.xml', '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">');
    const unusable = await cli('ceb', 'verify', broken, '--cert', sm2.cert, '--json');
    expect(unusable.code).toBe(2);
    expect(JSON.parse(unusable.out)).toMatchObject({ valid: false, error: { code: 'signing.malformed_xml' } });
    expect((await cli('ceb', 'verify', dir.path('nope.xml'), '--cert', sm2.cert)).code).toBe(2);
    const mismatch = await cli('ceb', 'sign', unsigned, '--key', sm2.key, '--key-name', 'k', '--alg', 'rsa');
    expect(mismatch.code).toBe(1);
    expect(mismatch.err).toContain('[signing.key_algorithm_mismatch]');
    const noName = await cli('ceb', 'sign', unsigned, '--key', sm2.key);
    expect(noName.err).toContain('[signing.key_name_missing]');
  });
});
