import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/support/single-window-harness.js';
import { signMessage } from '../signing/index.js';
import { buildDeal, dealDeclarations } from '../workflows/demo/synthetic-deal.js';
import { type DropFolder, startDropFolder } from './drop-folder.js';

describe('single-window drop folder', () => {
  let h: Harness;
  let drop: DropFolder;
  const root = mkdtempSync(join(tmpdir(), 'crossgate-drop-'));
  beforeAll(async () => {
    h = await startHarness();
    drop = await startDropFolder(root, h.store, h.sw, pino({ level: 'silent' }), 3_600_000);
  });
  afterAll(async () => {
    drop.stop();
    await h.close();
  });

  it('takes signed declarations from a sender folder, answers refusals beside them, and files receipts in order', async () => {
    const folder = join(root, `ebp-${h.parties.ebp.code}`);
    expect(readdirSync(folder).sort()).toEqual(['accepted', 'in', 'receipts', 'rejected']);
    const at = new Date();
    const order = dealDeclarations(buildDeal(7, h.parties, await h.sw.ctx.tariff(), at), h.parties, at).find((d) => d.type === 'CEB311')!;
    writeFileSync(join(folder, 'in', 'order-7.xml'), signMessage(order.xml, h.signers.ebp!));
    writeFileSync(join(folder, 'in', 'broken.xml'), '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">');
    expect(await drop.scan()).toBe(2);

    expect(existsSync(join(folder, 'in', 'order-7.xml'))).toBe(false);
    const accepted = JSON.parse(readFileSync(join(folder, 'accepted', 'order-7.xml.result.json'), 'utf8'));
    expect(accepted).toMatchObject({ type: 'CEB311', duplicate: false });
    const rejected = JSON.parse(readFileSync(join(folder, 'rejected', 'broken.xml.result.json'), 'utf8'));
    expect(rejected.error.code).toBe('ceb.not_well_formed');

    await h.settle();
    await drop.scan();
    const receipts = readdirSync(join(folder, 'receipts')).filter((f) => f.endsWith('.xml'));
    expect(receipts.map((f) => f.replace(/^\d+-/, ''))).toEqual(['CEB900.xml', 'CEB312.xml']);
    expect(readFileSync(join(folder, 'receipts', receipts[1]!), 'utf8')).toContain('<ceb:returnStatus>120</ceb:returnStatus>');
    await drop.scan(); // nothing new: receipts are not written twice
    expect(readdirSync(join(folder, 'receipts')).filter((f) => f.endsWith('.xml'))).toHaveLength(2);
  });
});
