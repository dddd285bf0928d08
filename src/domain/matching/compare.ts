import { abs, cmp, mul, parseDecimal, type Rational, sub } from '../../kernel/money.js';
import { decimalSetting } from '../model/policy-values.js';
import { type CheckReason, checkReason, type DocumentKind } from './match.codes.js';
import type { MatchPolicy, Tolerance } from './match.policy.js';

const collapse = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** Text equality under the policy's comparison mode. */
export function sameText(a: string | undefined, b: string | undefined, mode: MatchPolicy['compareText']): boolean {
  if (a === undefined || b === undefined) return a === b;
  return mode === 'exact' ? a === b : collapse(a) === collapse(b);
}

/** Telephone equality: in normalized mode separators and a +86 / 0086 prefix are ignored. */
export function samePhone(a: string | undefined, b: string | undefined, mode: MatchPolicy['compareText']): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (mode === 'exact') return a === b;
  const digits = (s: string): string =>
    collapse(s)
      .replace(/[\s()-]/g, '')
      .replace(/^(?:\+|00)86/, '');
  return digits(a) === digits(b);
}

/** Whether `declared` equals `expected` within the tolerance. */
export function withinTolerance(declared: Rational, expected: Rational, tolerance: Tolerance): boolean {
  const allowedRel = mul(decimalSetting('tolerance.relative', tolerance.relative), abs(expected));
  const allowedAbs = decimalSetting('tolerance.absolute', tolerance.absolute);
  const allowed = cmp(allowedRel, allowedAbs) > 0 ? allowedRel : allowedAbs;
  return cmp(abs(sub(declared, expected)), allowed) <= 0;
}

/** Collects findings and parses the documents' decimal fields, reporting each unparsable field once. */
export class Findings {
  readonly list: CheckReason[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly policy: MatchPolicy) {}

  add(rule: string, document: DocumentKind, field: string, message: string): void {
    const key = `${rule} ${field}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(checkReason(rule, document, field, message));
  }

  addAll(reasons: readonly CheckReason[]): void {
    for (const r of reasons) this.add(r.rule, r.document, r.field, r.message);
  }

  /** A non-negative decimal field of a document; undefined (and a finding) if it is not a number. */
  num(document: DocumentKind, field: string, text: string | undefined): Rational | undefined {
    if (text === undefined) {
      this.add('document.missing_field', document, field, `${field} is missing`);
      return undefined;
    }
    const r = parseDecimal(text);
    if (r.ok) return r.value;
    this.add('document.invalid_number', document, field, `${field} "${text}" is not a non-negative decimal number`);
    return undefined;
  }

  get text(): MatchPolicy['compareText'] {
    return this.policy.compareText;
  }
}
