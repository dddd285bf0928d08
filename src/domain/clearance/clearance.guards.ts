import type { Reason } from '../../kernel/result.js';
import type { RiskRoute } from './risk.rules.js';

/** Who acts: the single window's automatic processing, or a customs officer (role `customs`). */
export interface Actor {
  readonly kind: 'system' | 'customs';
  readonly id: string;
}

/** What the caller knows when it asks for a transition; guards read these facts, never the clock or a store. */
export interface ClearanceFacts {
  /** Matching, identity, quota and tax checks passed without findings. */
  readonly checksPassed?: boolean;
  /** The route the risk rules picked for this inventory. */
  readonly riskRoute?: RiskRoute;
  /** The tax is guaranteed (assureCode) or paid. */
  readonly taxSecured?: boolean;
}

export interface GuardInput {
  readonly actor: Actor;
  readonly facts: ClearanceFacts;
}

/** A guard refuses with a reason, or lets the transition through (Vendure-style `canTransition`). */
export type Guard = (input: GuardInput) => Reason | undefined;

const refuse = (code: string, message: string): Reason => ({ code, message, field: 'facts' });

/** Entering 120 needs the logical checks passed. */
export const checksPassed: Guard = ({ facts }) =>
  facts.checksPassed === true
    ? undefined
    : refuse('clearance.checks_not_passed', 'the logical checks (matching, identity, quota, tax) have not passed');

/** Automatic clearance from 120 needs the risk rules to have picked no review or inspection. */
export const riskAllowsAutoClearance: Guard = ({ facts }) => {
  if (facts.riskRoute === undefined)
    return refuse('clearance.risk_not_assessed', 'the risk rules have not been applied to this inventory');
  return facts.riskRoute === 'auto'
    ? undefined
    : refuse('clearance.risk_requires_action', `the risk rules route this inventory to ${facts.riskRoute}`);
};

/** The system may send to review/inspection only on the risk rules' say; an officer may always choose. */
export const riskRouteIs =
  (route: Exclude<RiskRoute, 'auto'>): Guard =>
  ({ actor, facts }) => {
    if (actor.kind === 'customs' || facts.riskRoute === route) return undefined;
    return refuse('clearance.risk_route_mismatch', `the risk rules did not route this inventory to ${route}`);
  };

/** Release needs the tax guaranteed or paid. */
export const taxSecured: Guard = ({ facts }) =>
  facts.taxSecured === true ? undefined : refuse('clearance.tax_not_secured', 'the tax is neither guaranteed nor paid');
