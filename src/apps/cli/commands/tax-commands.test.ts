import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-store.js';
import { DEMO_TARIFF_FILE } from '../../../workflows/demo/seed-demo-world.js';
import { bufferIo } from '../io.js';
import { runCli } from '../program.js';

const ID = '11010519491231002X';
const DEMO = fileURLToPath(DEMO_TARIFF_FILE);

describe('crossgate tax quote / id check', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'crossgate-tax-'));
  });
  afterAll(async () => {
    await db.dispose();
  });

  const cli = async (...argv: string[]) => {
    const io = bufferIo();
    const code = await runCli(argv, io, { ...process.env, ...db.env, LOG_LEVEL: 'silent' });
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
  };
  let n = 0;
  const requestFile = (body: unknown): string => {
    n += 1;
    const file = join(dir, `quote-${n}.json`);
    writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
    return file;
  };
  const order = (hsCode: string, unitPrice: string, extra: Record<string, unknown> = {}, idNumber = ID) => ({
    items: [{ hsCode, name: 'goods', qty: 1, unitPrice, ...extra }],
    freight: '20.00',
    insurance: '0.00',
    buyer: { idNumber },
  });

  it('has help for both commands', async () => {
    for (const argv of [['tax', 'quote', '--help'], ['id', 'check', '--help'], ['--help']]) {
      const res = await cli(...argv);
      expect(res.code).toBe(0);
      expect(res.out).toContain('Usage: crossgate');
    }
    expect((await cli('--help')).out).toMatch(/tax[\s\S]*id/);
  });

  it('quotes against the database tariff as JSON: rules.md 480 + 20 at 13% → 45.50, exit 0', async () => {
    expect((await cli('tariff', 'import', DEMO)).code).toBe(0);
    const res = await cli('tax', 'quote', requestFile(order('6403990090', '480.00')), '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toMatchObject({ channel: 'cbec', dutiableValue: '500.00', vat: '45.50', total: '45.50' });
  });

  it('prints a readable table by default; --tariff quotes against a CSV file', async () => {
    const res = await cli('tax', 'quote', requestFile(order('3304990099', '405.00')), '--tariff', DEMO);
    expect(res.code).toBe(0);
    expect(res.out).toContain('Channel: cbec (within the limits');
    expect(res.out).toMatch(/3304990099\s+goods\s+1\s+425\.00\s+0\.00\s+45\.50\s+52\.50\s+98\.00/);
    expect(res.out).toMatch(/Total tax\s+98\.00/);
  });

  it('exits 1 on a refused quote, giving the reasons, with the identity number masked', async () => {
    const res = await cli('tax', 'quote', requestFile(order('2402200000', '100.00')));
    expect(res.code).toBe(1);
    expect(res.out).toContain('Channel: refused');
    expect(res.out).toContain('[goods.not_on_positive_list at items[0].hsCode]');
    const badId = await cli('tax', 'quote', requestFile(order('6403990090', '1.00', {}, '110105194912310021')), '--json');
    expect(badId.code).toBe(1);
    expect(JSON.parse(badId.out).reasons[0]).toMatchObject({ code: 'identity.check_character' });
    expect(badId.out).not.toContain('110105194912310021');
  });

  it('exits 2 with a coded error naming the field on bad input', async () => {
    const bad = await cli('tax', 'quote', requestFile(order('6403990090', '12.3.4')));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/items\.0\.unitPrice: .*\[tax\.quote_invalid\]/);
    const range = await cli('tax', 'quote', requestFile(order('6403990090', '1.00', { vatRate: '2' })), '--json');
    expect(range.code).toBe(2);
    expect(JSON.parse(range.out).error).toMatchObject({ code: 'tax.quote_invalid', details: { field: 'items.0.vatRate' } });
    const notJson = await cli('tax', 'quote', requestFile(`{"buyer":{"idNumber":"${ID}"},`));
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('[tax.file_unreadable]');
    expect(notJson.err).not.toContain(ID);
    const missing = await cli('tax', 'quote', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('[tax.file_unreadable]');
  });

  it('id check: exit 0 for the GB 11643 test vector, printed masked', async () => {
    const res = await cli('id', 'check', ID);
    expect(res.code).toBe(0);
    expect(res.out).toContain('1101********002X: valid');
    expect(res.out).not.toContain(ID);
    const json = await cli('id', 'check', ID.toLowerCase(), '--json');
    expect(JSON.parse(json.out)).toEqual({ idNumber: '1101********002x', valid: true, checkCharacter: 'X', reasons: [] });
  });

  it('id check: exit 1 for a wrong check character or a bad shape, with the reasons', async () => {
    const res = await cli('id', 'check', '110105194912310021');
    expect(res.code).toBe(1);
    expect(res.out).toContain('1101********0021: invalid');
    expect(res.out).toContain('[identity.check_character]');
    const date = await cli('id', 'check', '110105194913310025', '--json');
    expect(date.code).toBe(1);
    const body = JSON.parse(date.out) as { valid: boolean; reasons: { code: string; message: string }[] };
    expect(body.reasons.map((r) => r.code)).toContain('identity.birth_date');
    expect(date.out).not.toContain('19491331');
    const short = await cli('id', 'check', '12345');
    expect(short.code).toBe(1);
    expect(short.out).toContain('[identity.format]');
  });
});
