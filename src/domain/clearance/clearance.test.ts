import { describe, expect, it } from 'vitest';
import { loadCases, loadJson } from '../testing/cases.js';
import {
  allowedTransitions,
  assessRisk,
  type ClearanceState,
  type ClearanceStatus,
  declared,
  type RiskRule,
  type RiskSubject,
  statusForRoute,
  type TransitionRequest,
  transition,
} from './index.js';

interface TransitionCase {
  readonly name: string;
  readonly steps: readonly (TransitionRequest & { expect: 'ok' | string[] })[];
  readonly final: ClearanceStatus;
  readonly why: string;
}
interface RiskCase {
  readonly name: string;
  readonly subject: RiskSubject;
  readonly route: string;
  readonly hits: string[];
  readonly why: string;
}

describe('clearance state machine', () => {
  it.each(loadCases<TransitionCase>(import.meta.url, 'transitions.json').cases)('$name — $why', (c) => {
    let state: ClearanceState = declared();
    for (const step of c.steps) {
      const r = transition(state, step);
      if (step.expect === 'ok') {
        expect(r.ok ? [] : r.reasons).toEqual([]);
        if (!r.ok) return;
        expect(r.value.record).toMatchObject({ from: state.status, to: step.to, actor: step.actor, at: step.at });
        expect(r.value.record.reason.length).toBeGreaterThan(0);
        if (step.reason !== undefined) expect(r.value.record.reason).toBe(step.reason);
        state = r.value.state;
      } else {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reasons.map((x) => x.code)).toEqual(step.expect);
      }
    }
    expect(state.status).toBe(c.final);
    expect(state.history.map((h) => h.to).at(-1) ?? '2').toBe(c.final);
  });

  it('lists the moves out of a status', () => {
    expect(allowedTransitions('120').map((r) => r.to)).toEqual(['399', '300', '500', '100']);
    expect(allowedTransitions('899')).toEqual([]);
  });
});

describe('risk rules', () => {
  const file = loadJson<{ rules: RiskRule[]; cases: RiskCase[] }>(import.meta.url, 'risk.json');
  it.each(file.cases)('$name — $why', (c) => {
    const a = assessRisk(c.subject, file.rules, 'seed');
    expect(a.route).toBe(c.route);
    expect(a.hits.map((h) => h.ruleId)).toEqual(c.hits);
  });

  it('maps routes to statuses', () => {
    expect(['auto', 'review', 'inspection'].map((r) => statusForRoute(r as 'auto'))).toEqual(['399', '300', '500']);
  });
});

describe('random sampling', () => {
  const sample = (rate: string): RiskRule[] => [
    { id: 'S', description: 'sample', action: 'inspection', when: { kind: 'sample', rate } },
  ];
  const subject = (key: string): RiskSubject => ({ key, value: '100.00', tradeMode: '9610', lines: [] });
  const keys = Array.from({ length: 10_000 }, (_, i) => `COP${i}`);
  const hits = (rate: string, seed: string) =>
    keys.filter((k) => assessRisk(subject(k), sample(rate), seed).route === 'inspection');

  it('never samples at rate 0 and always at rate 1', () => {
    expect(hits('0', 'day-1')).toHaveLength(0);
    expect(hits('1', 'day-1')).toHaveLength(keys.length);
  });

  it('samples about the configured share', () => {
    const n = hits('0.1', 'day-1').length;
    expect(n).toBeGreaterThan(900);
    expect(n).toBeLessThan(1100);
  });

  it('is reproducible for a seed and changes with the seed', () => {
    expect(hits('0.1', 'day-1')).toEqual(hits('0.1', 'day-1'));
    expect(hits('0.1', 'day-2')).not.toEqual(hits('0.1', 'day-1'));
  });
});
