import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-store.js';
import { bufferIo } from './io.js';
import { runCli } from './program.js';

describe('crossgate CLI', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  const cli = async (...argv: string[]) => {
    const io = bufferIo();
    const code = await runCli(argv, io, { ...process.env, ...db.env, LOG_LEVEL: 'silent' });
    return { code, out: io.stdout.join(''), err: io.stderr.join('') };
  };

  it('prints help for every command and subcommand', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    for (const name of ['serve', 'worker', 'migrate', 'participants', 'jobs']) expect(top.out).toContain(name);
    for (const argv of [['participants', 'create', '--help'], ['jobs', 'replay', '--help'], ['serve', '--help']]) {
      const res = await cli(...argv);
      expect(res.code).toBe(0);
      expect(res.out).toContain('Usage: crossgate');
    }
  });

  it('creates and lists participants, with JSON for scripts', async () => {
    const created = await cli('participants', 'create', '--role', 'ebc', '--code', 'CLI0000001', '--name', '示例', '--json');
    expect(created.code).toBe(0);
    const body = JSON.parse(created.out) as { participant: { id: string; code: string }; apiKey: { key: string } };
    expect(body.participant.code).toBe('CLI0000001');
    expect(body.apiKey.key).toMatch(/^cg_/);

    const listed = await cli('participants', 'list', '--role', 'ebc', '--json');
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ id: body.participant.id, name: '示例' })]);

    const key = await cli('participants', 'key', body.participant.id, '--label', 'ci');
    expect(key.out).toMatch(/API key key_\w+ \(shown once\): cg_/);
  });

  it('fails with a coded message and exit 1 on bad input, changing nothing', async () => {
    const dup = await cli('participants', 'create', '--role', 'ebc', '--code', 'CLI0000001', '--name', 'again');
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('[participant.code_taken]');
    const badRole = await cli('participants', 'create', '--role', 'pirate', '--code', 'X', '--name', 'x');
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain("option '--role <role>' argument 'pirate' is invalid");
    const badCode = await cli('participants', 'create', '--role', 'customs', '--code', 'ABCDE', '--name', 'x');
    expect(badCode.err).toContain('[participant.invalid_code]');
    const listed = await cli('participants', 'list', '--json');
    expect(JSON.parse(listed.out)).toHaveLength(1);
  });

  it('lists the dead-letter queue and refuses to replay a job that is not dead', async () => {
    const list = await cli('jobs', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toContain('dead: 0');
    const replay = await cli('jobs', 'replay', 'job_missing');
    expect(replay.code).toBe(1);
    expect(replay.err).toContain('[job.not_found]');
  });

  it('imports a tariff CSV, writing a row-level error report and exiting 1 when rows were rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossgate-tariff-'));
    const file = join(dir, 'tariff.csv');
    writeFileSync(
      file,
      'hs_code,name,vat_rate,positive_list,source\n33049900,Skin,0.13,true,official 2022\n3304,Bad,0.13,true,x\n',
    );
    const res = await cli('tariff', 'import', file, '--errors', join(dir, 'errors.csv'), '--json');
    expect(res.code).toBe(1);
    expect(JSON.parse(res.out)).toMatchObject({ imported: 1, rejected: 1 });
    expect(readFileSync(join(dir, 'errors.csv'), 'utf8')).toContain('3,hs_code,tariff.invalid_row');
    const list = await cli('tariff', 'list', '--json');
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ hsCode: '33049900', source: 'official 2022' })]);
  });
});
