import { cmp, parseFen } from '../../kernel/money.js';
import { decimalSetting, fenSetting } from '../model/policy-values.js';
import type { ClearanceStatus } from './clearance.states.js';
import { draw } from './sampling.js';

/**
 * Risk rules as data: predicates on the inventory's value, HS chapters, origin countries, supervision mode and
 * random sampling (seeded), each rule picking manual review or inspection. No rule is prescribed by any source we
 * hold; the operator writes them.
 */
export type RiskPredicate =
  | { readonly kind: 'value-at-least'; readonly amount: string }
  | { readonly kind: 'hs-chapter'; readonly chapters: readonly string[] }
  | { readonly kind: 'hs-prefix'; readonly prefixes: readonly string[] }
  | { readonly kind: 'origin'; readonly countries: readonly string[] }
  | { readonly kind: 'trade-mode'; readonly modes: readonly string[] }
  | { readonly kind: 'sample'; readonly rate: string }
  | { readonly kind: 'all'; readonly of: readonly RiskPredicate[] }
  | { readonly kind: 'any'; readonly of: readonly RiskPredicate[] }
  | { readonly kind: 'not'; readonly predicate: RiskPredicate };

export interface RiskRule {
  readonly id: string;
  readonly description: string;
  readonly action: 'review' | 'inspection';
  readonly when: RiskPredicate;
  readonly enabled?: boolean;
}

/** What the rules look at. */
export interface RiskSubject {
  /** Stable identity of the inventory for sampling (e.g. its copNo or order key). */
  readonly key: string;
  /** Total value, e.g. the dutiable value "841.50". */
  readonly value: string;
  readonly tradeMode: string;
  readonly lines: readonly { readonly hsCode: string; readonly origin: string }[];
}

export type RiskRoute = 'auto' | 'review' | 'inspection';

export interface RiskAssessment {
  readonly route: RiskRoute;
  readonly hits: readonly {
    readonly ruleId: string;
    readonly action: 'review' | 'inspection';
    readonly description: string;
  }[];
}

function holds(p: RiskPredicate, s: RiskSubject, seed: string, ruleId: string): boolean {
  switch (p.kind) {
    case 'value-at-least': {
      const v = parseFen(s.value);
      return v.ok && v.value >= fenSetting(`risk ${ruleId} amount`, p.amount);
    }
    case 'hs-chapter':
      return s.lines.some((l) => p.chapters.includes(l.hsCode.slice(0, 2)));
    case 'hs-prefix':
      return s.lines.some((l) => p.prefixes.some((x) => l.hsCode.startsWith(x)));
    case 'origin':
      return s.lines.some((l) => p.countries.includes(l.origin));
    case 'trade-mode':
      return p.modes.includes(s.tradeMode);
    case 'sample':
      return cmp(draw(seed, ruleId, s.key), decimalSetting(`risk ${ruleId} rate`, p.rate)) < 0;
    case 'all':
      return p.of.every((q) => holds(q, s, seed, ruleId));
    case 'any':
      return p.of.some((q) => holds(q, s, seed, ruleId));
    case 'not':
      return !holds(p.predicate, s, seed, ruleId);
  }
}

/** Applies every enabled rule; inspection outranks review; no hit means automatic clearance. */
export function assessRisk(subject: RiskSubject, rules: readonly RiskRule[], seed: string): RiskAssessment {
  const hits = rules
    .filter((r) => r.enabled !== false && holds(r.when, subject, seed, r.id))
    .map((r) => ({ ruleId: r.id, action: r.action, description: r.description }));
  const route: RiskRoute = hits.some((h) => h.action === 'inspection')
    ? 'inspection'
    : hits.length > 0
      ? 'review'
      : 'auto';
  return { route, hits };
}

/** The status an accepted (120) inventory goes to on a route. */
export const statusForRoute = (route: RiskRoute): ClearanceStatus =>
  route === 'auto' ? '399' : route === 'review' ? '300' : '500';
