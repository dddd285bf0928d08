import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SINGLE_WINDOW_POLICY } from '../workflows/single-window/index.js';
import { applyPolicyFile } from './sw-policy-file.js';

const dir = mkdtempSync(join(tmpdir(), 'crossgate-policy-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('single-window policy file', () => {
  it('sets how receipts are checked and whether intake processes or queues accepted messages', () => {
    const policy = applyPolicyFile(DEFAULT_SINGLE_WINDOW_POLICY, file('processing.json', { validateOutgoing: 'xsd', intakeProcessing: 'queued' }));
    expect(policy.validateOutgoing).toBe('xsd');
    expect(policy.intakeProcessing).toBe('queued');
    expect(DEFAULT_SINGLE_WINDOW_POLICY.intakeProcessing).toBe('inline');
    expect(() => applyPolicyFile(DEFAULT_SINGLE_WINDOW_POLICY, file('bad-processing.json', { intakeProcessing: 'later' }))).toThrow(/intakeProcessing/);
  });

  it('sets risk rules, signatures, automatic release, the wait and the limits', () => {
    const policy = applyPolicyFile(
      DEFAULT_SINGLE_WINDOW_POLICY,
      file('ok.json', {
        risk: {
          seed: 'district-2991',
          rules: [
            { id: 'wine', description: 'Alcohol to review', action: 'review', when: { kind: 'hs-chapter', chapters: ['22'] } },
            {
              id: 'sample-high',
              description: '5% of parcels over 2,000',
              action: 'inspection',
              when: { kind: 'all', of: [{ kind: 'value-at-least', amount: '2000.00' }, { kind: 'sample', rate: '0.05' }] },
            },
          ],
        },
        signatures: 'xsd-required',
        autoRelease: false,
        waitMinutes: 30,
        limits: { perOrderLimit: '2000.00', annualLimit: '20000.00' },
      }),
    );
    expect(policy.risk.rules.map((r) => r.id)).toEqual(['wine', 'sample-high']);
    expect(policy.risk.seed).toBe('district-2991');
    expect(policy.signatures).toBe('xsd-required');
    expect(policy.autoRelease).toBe(false);
    expect(policy.match.waitMinutes).toBe(30);
    expect(policy.match.tax.limits.perOrderLimit).toBe('2000.00');
    expect(policy.quota.annualLimit).toBe('20000.00');
    expect(DEFAULT_SINGLE_WINDOW_POLICY.risk.rules).toEqual([]); // the defaults are untouched
  });

  it.each([
    ['bad-kind.json', { risk: { rules: [{ id: 'x', description: 'd', action: 'review', when: { kind: 'moon-phase' } }] } }, 'risk.rules.0.when'],
    ['bad-amount.json', { limits: { perOrderLimit: '5k' } }, 'limits.perOrderLimit'],
    ['unknown.json', { autorelease: true }, 'autorelease'],
    ['broken.json', '{ "risk": ', 'broken.json'],
  ])('refuses %s with a coded error naming the place', (name, content, place) => {
    expect(() => applyPolicyFile(DEFAULT_SINGLE_WINDOW_POLICY, file(name, content))).toThrow(
      expect.objectContaining({ code: 'config.invalid', message: expect.stringContaining(place) }),
    );
  });
});
