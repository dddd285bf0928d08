import { type Fen, formatFen, parseFen } from '../../kernel/money.js';
import { ok, type Result } from '../../kernel/result.js';
import { fenSetting } from '../model/policy-values.js';
import { calendarYear, type Instant, parseInstant } from '../model/time.js';
import { outstanding, type QuotaLedger, type QuotaRelease } from './ledger.rules.js';
import type { QuotaPolicy } from './quota.policy.js';

/** A buyer's use of the annual limit in one calendar year (money as two-decimal strings). */
export interface AnnualUsage {
  readonly idNumber: string;
  readonly year: number;
  readonly limit: string;
  /** Sum of the releases in the year. */
  readonly consumed: string;
  /** Part of it given back by cancels and approved returns. */
  readonly restored: string;
  /** consumed − restored: what counts against the limit. */
  readonly used: string;
  /** limit − used (never below 0.00). */
  readonly remaining: string;
  readonly releases: readonly {
    readonly invtNo: string;
    readonly at: Instant;
    readonly amount: string;
    readonly counted: string;
  }[];
}

const fenOf = (text: string): Fen => {
  const r = parseFen(text);
  return r.ok ? r.value : 0n;
};

function releasesInYear(ledger: QuotaLedger, idNumber: string, year: number, policy: QuotaPolicy): QuotaRelease[] {
  const who = idNumber.toUpperCase();
  return ledger.filter((e): e is QuotaRelease => {
    if (e.kind !== 'release' || e.idNumber.toUpperCase() !== who) return false;
    const at = parseInstant(e.at);
    return at.ok && calendarYear(at.value, policy.timeZoneOffsetMinutes) === year;
  });
}

/** Used amount of a buyer in a calendar year (China time by default), in fen. */
export function usedInYear(ledger: QuotaLedger, idNumber: string, year: number, policy: QuotaPolicy): Fen {
  return releasesInYear(ledger, idNumber, year, policy).reduce(
    (a, r) => a + outstanding(ledger, r.invtNo).remaining,
    0n,
  );
}

/** The full picture for the buyer's own quota query. */
export function annualUsage(ledger: QuotaLedger, idNumber: string, year: number, policy: QuotaPolicy): AnnualUsage {
  const limit = fenSetting('annualLimit', policy.annualLimit);
  const releases = releasesInYear(ledger, idNumber, year, policy).map((r) => {
    const counted = outstanding(ledger, r.invtNo).remaining;
    return {
      invtNo: r.invtNo,
      at: r.at,
      amount: formatFen(fenOf(r.amount)),
      counted: formatFen(counted),
      fen: fenOf(r.amount),
      countedFen: counted,
    };
  });
  const consumed = releases.reduce((a, r) => a + r.fen, 0n);
  const used = releases.reduce((a, r) => a + r.countedFen, 0n);
  return {
    idNumber: idNumber.toUpperCase(),
    year,
    limit: formatFen(limit),
    consumed: formatFen(consumed),
    restored: formatFen(consumed - used),
    used: formatFen(used),
    remaining: formatFen(limit > used ? limit - used : 0n),
    releases: releases.map(({ invtNo, at, amount, counted }) => ({ invtNo, at, amount, counted })),
  };
}

/** The amount used in the calendar year of `at` (the would-be release time of a new order). */
export function usedAt(ledger: QuotaLedger, idNumber: string, at: Instant, policy: QuotaPolicy): Result<Fen> {
  const t = parseInstant(at);
  if (!t.ok) return t;
  return ok(usedInYear(ledger, idNumber, calendarYear(t.value, policy.timeZoneOffsetMinutes), policy));
}
