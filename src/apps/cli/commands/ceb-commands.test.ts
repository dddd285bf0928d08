import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCeb } from '../../../codecs/ceb/index.js';
import { cebAssetDir } from '../../../codecs/ceb/xsd-location.js';
import { isAppError } from '../../../kernel/errors/index.js';
import type { CliContext } from '../command.js';
import { bufferIo } from '../io.js';
import { registerCebSample } from './ceb-sample.js';
import { type FileValidation, registerCebValidate } from './ceb-validate.js';
import { registerCebUnwrap, registerCebWrap } from './ceb-wrap.js';

/** Runs `ceb …` in-process the way the top-level program does (exitOverride, coded errors → exit 1). */
async function ceb(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const ctx: CliContext = { io, exitCode: 0 };
  const output = { writeOut: (s: string) => io.out(s), writeErr: (s: string) => io.err(s) };
  const group = new Command('ceb').exitOverride().configureOutput(output);
  for (const register of [registerCebValidate, registerCebWrap, registerCebUnwrap, registerCebSample]) register(group, ctx);
  for (const command of group.commands) command.exitOverride().configureOutput(output);
  let code: number;
  try {
    await group.parseAsync(argv, { from: 'user' });
    code = ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else if (isAppError(error)) {
      io.err(`crossgate: ${error.message} [${error.code}]`);
      code = 1;
    } else throw error;
  }
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const samples = join(cebAssetDir(), 'samples');
const official = (edition: string, direction: string, type: string) => join(samples, edition, direction, `${type}Message.xml`);
const tmp = mkdtempSync(join(tmpdir(), 'crossgate-ceb-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ceb validate', () => {
  it('exits 0 when every file is valid', async () => {
    const res = await ceb('validate', official('202205', 'import', 'CEB311'), official('202205', 'import', 'CEB312'));
    expect(res.code).toBe(0);
    expect(res.out).toContain('✓');
    expect(res.out).toContain('CEB311 (202205) valid');
    expect(res.out).toContain('2 files: 2 valid, 0 invalid');
  });

  it('exits 1 and prints {file, valid, message, edition, errors} with --json', async () => {
    const missing = join(tmp, 'missing.xml');
    const files = [official('202205', 'import', 'CEB621'), official('202205', 'export', 'CEB303'), official('202205', 'export', 'CEB214'), missing];
    const res = await ceb('validate', '--json', ...files);
    expect(res.code).toBe(1);
    const results = JSON.parse(res.out) as FileValidation[];
    expect(results.map((r) => [r.valid, r.message, r.edition, r.errors[0]?.code])).toEqual([
      [true, 'CEB621', '202205', undefined],
      [false, 'CEB303', '202205', 'ceb.schema_invalid'],
      [false, null, null, 'ceb.unknown_message'],
      [false, null, null, 'ceb.file_unreadable'],
    ]);
    expect(results[1]?.errors[0]).toEqual({
      code: 'ceb.schema_invalid',
      path: '/ceb:CEB303Message/ceb:BaseTransfer[2]',
      message: expect.stringContaining("Element 'ceb:BaseTransfer': This element is not expected"),
    });
    expect(Object.keys(results[0] ?? {})).toEqual(['file', 'valid', 'message', 'edition', 'errors']);
  });

  it('validates against a chosen edition and applies size limits before reading', async () => {
    const old792 = official('2018', 'export', 'CEB792');
    expect((await ceb('validate', old792)).code).toBe(1);
    expect((await ceb('validate', '--edition', '2018', old792)).code).toBe(0);
    const small = await ceb('validate', '--json', '--max-bytes', '100', old792);
    expect((JSON.parse(small.out) as FileValidation[])[0]?.errors[0]?.code).toBe('ceb.too_large');
  });

  it('has help', async () => {
    const res = await ceb('validate', '--help');
    expect(res.code).toBe(0);
    expect(res.out).toContain('Usage: ceb validate [options] <files...>');
    expect(res.out).toContain('--json');
    expect(res.out).toContain('Exit status');
  });
});

describe('ceb wrap / unwrap', () => {
  it('wraps into a valid DxpMsg and unwraps back to the same bytes', async () => {
    const source = official('202205', 'import', 'CEB311');
    const envelope = join(tmp, 'envelope.xml');
    const wrapped = await ceb('wrap', source, '--sender', 'DXPENT0000000001', '--receiver', 'DXPEDCCEB0000002', '--cop-msg-id', 'm1', '-o', envelope);
    expect(wrapped.code).toBe(0);
    expect(wrapped.err).toContain(`-> ${envelope}`);
    expect(validateCeb(readFileSync(envelope))).toMatchObject({ valid: true, message: 'DxpMsg' });

    const unwrapped = await ceb('unwrap', envelope);
    expect(unwrapped.code).toBe(0);
    expect(unwrapped.out).toBe(readFileSync(source, 'utf8'));

    const info = JSON.parse((await ceb('unwrap', '--json', envelope)).out) as Record<string, unknown>;
    expect(info).toMatchObject({ copMsgId: 'm1', senderId: 'DXPENT0000000001', receiverIds: ['DXPEDCCEB0000002'], msgType: 'CEB311Message', message: 'CEB311' });
  });

  it('refuses invalid input with a coded error and exit 1', async () => {
    const res = await ceb('wrap', official('202205', 'export', 'CEB303'), '--sender', 'A', '--receiver', 'B');
    expect(res.code).toBe(1);
    expect(res.err).toContain('[ceb.schema_invalid]');
    const notEnvelope = await ceb('unwrap', official('202205', 'import', 'CEB311'));
    expect(notEnvelope.err).toContain('[ceb.message_mismatch]');
    expect((await ceb('wrap', official('202205', 'import', 'CEB311'), '--receiver', 'B')).code).toBe(1);
  });

  it('has help', async () => {
    for (const command of ['wrap', 'unwrap']) {
      const res = await ceb(command, '--help');
      expect(res.code).toBe(0);
      expect(res.out).toContain(`Usage: ceb ${command}`);
    }
  });
});

describe('ceb sample', () => {
  it('prints a valid sample for any spelling of the type and edition', async () => {
    for (const [argv, edition] of [
      [['sample', 'CEB621'], '202205'],
      [['sample', '311', '--edition', '2018'], '2018'],
      [['sample', 'ceb792Message'], '202205'],
      [['sample', 'dxpmsg'], '202205'],
    ] as const) {
      const res = await ceb(...argv);
      expect(res.code).toBe(0);
      expect(validateCeb(res.out, { edition }).errors).toEqual([]);
    }
  });

  it('lists the types and writes to a file', async () => {
    const list = await ceb('sample', '--list', '--edition', '2018');
    expect(list.code).toBe(0);
    expect(list.out).toContain('CEB621');
    expect(list.out).not.toContain('CEB213');
    const file = join(tmp, 'sample.xml');
    expect((await ceb('sample', 'CEB511', '-o', file)).code).toBe(0);
    expect(validateCeb(readFileSync(file)).valid).toBe(true);
  });

  it('refuses unknown types and types the edition lacks', async () => {
    expect((await ceb('sample', 'CEB999')).err).toContain('[ceb.unknown_message]');
    expect((await ceb('sample', 'CEB213', '--edition', '2018')).err).toContain('[ceb.edition_mismatch]');
    expect((await ceb('sample', '311', '--edition', '2017')).code).toBe(1);
    const help = await ceb('sample', '--help');
    expect(help.out).toContain('Usage: ceb sample [options] [type]');
  });
});
