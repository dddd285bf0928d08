import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../kernel/money.js';
import { fen, loadCases } from '../testing/cases.js';
import {
  annualUsage,
  appendEntry,
  classifyAgainstLimits,
  DEFAULT_LIMIT_POLICY,
  DEFAULT_QUOTA_POLICY,
  type LimitPolicy,
  type QuotaEntry,
  type QuotaLedger,
  type QuotaPolicy,
  usedAt,
} from './index.js';

interface LimitCase {
  readonly name: string;
  readonly orderValue: string;
  readonly annualUsed: string;
  readonly lines: readonly { qty: string; indivisible?: boolean }[];
  readonly policy?: Partial<LimitPolicy>;
  readonly route: string;
  readonly codes: readonly string[];
  readonly why: string;
}

interface LedgerCase {
  readonly name: string;
  readonly policy?: Partial<QuotaPolicy>;
  readonly steps: readonly { entry: QuotaEntry; expect: 'applied' | 'duplicate' | string[] }[];
  readonly usage: {
    idNumber: string;
    year: number;
    consumed: string;
    restored: string;
    used: string;
    remaining: string;
  };
  readonly why: string;
}

const qty = (text: string) => {
  const r = parseDecimal(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};

describe('limits', () => {
  it.each(loadCases<LimitCase>(import.meta.url, 'limits.json').cases)('$name — $why', (c) => {
    const policy = { ...DEFAULT_LIMIT_POLICY, ...c.policy };
    const lines = c.lines.map((l) => ({
      qty: qty(l.qty),
      ...(l.indivisible === undefined ? {} : { indivisible: l.indivisible }),
    }));
    const d = classifyAgainstLimits({ orderValue: fen(c.orderValue), annualUsed: fen(c.annualUsed), lines }, policy);
    expect(d.route).toBe(c.route);
    expect(d.reasons.map((r) => r.code)).toEqual(c.codes);
  });
});

describe('ledger', () => {
  it.each(loadCases<LedgerCase>(import.meta.url, 'ledger.json').cases)('$name — $why', (c) => {
    const policy = { ...DEFAULT_QUOTA_POLICY, ...c.policy };
    let ledger: QuotaLedger = [];
    for (const step of c.steps) {
      const r = appendEntry(ledger, step.entry, policy);
      if (Array.isArray(step.expect)) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reasons.map((x) => x.code)).toEqual(step.expect);
      } else {
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.effect).toBe(step.expect);
          ledger = r.value.ledger;
        }
      }
    }
    const { idNumber, year, ...expected } = c.usage;
    const usage = annualUsage(ledger, idNumber, year, policy);
    expect({
      consumed: usage.consumed,
      restored: usage.restored,
      used: usage.used,
      remaining: usage.remaining,
    }).toEqual(expected);
  });

  it('reports the usage of the year a new order would be released in', () => {
    const ledger: QuotaLedger = [
      {
        kind: 'release',
        id: 'a',
        invtNo: 'I1',
        idNumber: '11010519491231002X',
        amount: '100.00',
        at: '2025-01-01T00:00:00+08:00',
      },
    ];
    expect(usedAt(ledger, '11010519491231002X', '2025-06-01T00:00:00Z', DEFAULT_QUOTA_POLICY)).toEqual({
      ok: true,
      value: 10000n,
    });
    expect(usedAt(ledger, '11010519491231002X', '2024-12-31T15:00:00Z', DEFAULT_QUOTA_POLICY)).toEqual({
      ok: true,
      value: 0n,
    });
  });
});
