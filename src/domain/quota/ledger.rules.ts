import { type Fen, formatFen, parseFen } from '../../kernel/money.js';
import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import { calendarDaysBetween, daysToMs, type Instant, parseInstant } from '../model/time.js';
import type { QuotaPolicy } from './quota.policy.js';

/**
 * The annual per-person ledger (rules.md A1, A6): a release (customs status 800) consumes the buyer's quota in the
 * calendar year of the release; a cancel (CEB623) restores what is left of it; an approved return (CEB625),
 * applied for within 30 days of release, restores the returned amount (all or part of the list). Restorations
 * count in the year of the release they undo. The ledger is a plain list of entries; these functions never mutate it.
 */
interface EntryBase {
  /** Unique id of the entry (e.g. the message guid); the same id appended twice has one effect. */
  readonly id: string;
  /** The inventory (declaration list) the entry belongs to. */
  readonly invtNo: string;
  /** When it happened: release time, cancel time, return approval time. */
  readonly at: Instant;
}

export interface QuotaRelease extends EntryBase {
  readonly kind: 'release';
  readonly idNumber: string;
  /** Amount counted toward the annual limit (the order's dutiable value), e.g. "1234.50". */
  readonly amount: string;
}

export interface QuotaCancel extends EntryBase {
  readonly kind: 'cancel';
}

export interface QuotaReturn extends EntryBase {
  readonly kind: 'return';
  /** Value of the returned goods, restored to the quota. */
  readonly amount: string;
  /** When the return was applied for (CEB625); defaults to `at`. */
  readonly appliedAt?: Instant;
  /** When the goods arrived back at the supervised site, if known. */
  readonly goodsBackAt?: Instant;
}

export type QuotaEntry = QuotaRelease | QuotaCancel | QuotaReturn;
export type QuotaLedger = readonly QuotaEntry[];

export interface AppendOutcome {
  readonly ledger: QuotaLedger;
  readonly effect: 'applied' | 'duplicate';
}

const reason = (code: string, message: string, field: string): Reason => ({ code, message, field });

/** What remains consumed of one release: its amount less everything returned or cancelled. */
export function outstanding(
  ledger: QuotaLedger,
  invtNo: string,
): { release?: QuotaRelease; remaining: Fen; cancelled: boolean } {
  const release = ledger.find((e): e is QuotaRelease => e.kind === 'release' && e.invtNo === invtNo);
  if (release === undefined) return { remaining: 0n, cancelled: false };
  let remaining = amountOf(release.amount);
  let cancelled = false;
  for (const e of ledger) {
    if (e.invtNo !== invtNo) continue;
    if (e.kind === 'return') remaining -= amountOf(e.amount);
    if (e.kind === 'cancel') cancelled = true;
  }
  if (cancelled || remaining < 0n) remaining = 0n;
  return { release, remaining, cancelled };
}

function amountOf(text: string): Fen {
  const r = parseFen(text);
  return r.ok ? r.value : 0n;
}

function checkReturnWindow(release: QuotaRelease, entry: QuotaReturn, policy: QuotaPolicy): Reason[] {
  const releasedAt = parseInstant(release.at);
  const applied = parseInstant(entry.appliedAt ?? entry.at, 'appliedAt');
  if (!releasedAt.ok) return [...releasedAt.reasons];
  if (!applied.ok) return [...applied.reasons];
  if (applied.value < releasedAt.value) {
    return [
      reason(
        'quota.return_before_release',
        `the return was applied for before the release at ${release.at}`,
        'appliedAt',
      ),
    ];
  }
  const days = policy.returnWindowDays;
  const within =
    policy.returnWindowCounting === 'elapsed'
      ? applied.value - releasedAt.value <= daysToMs(days)
      : calendarDaysBetween(releasedAt.value, applied.value, policy.timeZoneOffsetMinutes) <= days;
  const problems: Reason[] = [];
  if (!within) {
    problems.push(
      reason(
        'quota.return_window_elapsed',
        `the return was applied for more than ${days} days after release (${release.at}); the quota is not restored`,
        'appliedAt',
      ),
    );
  }
  if (entry.goodsBackAt !== undefined) {
    const back = parseInstant(entry.goodsBackAt, 'goodsBackAt');
    if (!back.ok) return [...problems, ...back.reasons];
    if (calendarDaysBetween(releasedAt.value, back.value, policy.timeZoneOffsetMinutes) > policy.goodsBackWithinDays) {
      problems.push(
        reason(
          'quota.return_goods_late',
          `the goods came back more than ${policy.goodsBackWithinDays} days after release`,
          'goodsBackAt',
        ),
      );
    }
  }
  return problems;
}

function validateRelease(ledger: QuotaLedger, entry: QuotaRelease): Reason[] {
  const problems: Reason[] = [];
  if (ledger.some((e) => e.kind === 'release' && e.invtNo === entry.invtNo)) {
    problems.push(reason('quota.already_released', `inventory ${entry.invtNo} has already consumed quota`, 'invtNo'));
  }
  const amount = parseFen(entry.amount);
  if (!amount.ok) problems.push(...amount.reasons.map((r) => ({ ...r, field: 'amount' })));
  return problems;
}

function validateRestore(ledger: QuotaLedger, entry: QuotaCancel | QuotaReturn, policy: QuotaPolicy): Reason[] {
  const state = outstanding(ledger, entry.invtNo);
  if (state.release === undefined) {
    return [
      reason(
        'quota.release_not_found',
        `inventory ${entry.invtNo} has not been released, so no quota was consumed`,
        'invtNo',
      ),
    ];
  }
  if (state.cancelled)
    return [reason('quota.already_cancelled', `inventory ${entry.invtNo} was cancelled already`, 'invtNo')];
  if (entry.kind === 'cancel') return [];
  const amount = parseFen(entry.amount);
  if (!amount.ok) return amount.reasons.map((r) => ({ ...r, field: 'amount' }));
  const problems = checkReturnWindow(state.release, entry, policy);
  if (amount.value > state.remaining) {
    problems.push(
      reason(
        'quota.return_exceeds_release',
        `the return (${entry.amount}) is more than what is still counted for inventory ${entry.invtNo} (${formatFen(state.remaining)})`,
        'amount',
      ),
    );
  }
  return problems;
}

/**
 * Appends an entry after checking it against the ledger. The same entry id twice is a no-op ("duplicate").
 * Refusals: quota.already_released, quota.release_not_found, quota.already_cancelled, quota.return_window_elapsed,
 * quota.return_goods_late, quota.return_before_release, quota.return_exceeds_release, time.invalid, decimal.*.
 */
export function appendEntry(ledger: QuotaLedger, entry: QuotaEntry, policy: QuotaPolicy): Result<AppendOutcome> {
  if (ledger.some((e) => e.id === entry.id)) return ok({ ledger, effect: 'duplicate' });
  const at = parseInstant(entry.at);
  if (!at.ok) return at;
  const problems = entry.kind === 'release' ? validateRelease(ledger, entry) : validateRestore(ledger, entry, policy);
  if (problems.length > 0) return fail(...problems);
  const stored: QuotaEntry = entry.kind === 'release' ? { ...entry, idNumber: entry.idNumber.toUpperCase() } : entry;
  return ok({ ledger: [...ledger, stored], effect: 'applied' });
}
