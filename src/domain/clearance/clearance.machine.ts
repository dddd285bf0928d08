import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import { type Instant, parseInstant } from '../model/time.js';
import {
  type Actor,
  type ClearanceFacts,
  checksPassed,
  type Guard,
  riskAllowsAutoClearance,
  riskRouteIs,
  taxSecured,
} from './clearance.guards.js';
import { type ClearanceStatus, STATUS_NAMES, TERMINAL_STATUSES } from './clearance.states.js';

/** One allowed move: who may make it, whether a reason must be given, and the guards that may refuse it. */
export interface TransitionRule {
  readonly from: ClearanceStatus;
  readonly to: ClearanceStatus;
  readonly actors: readonly Actor['kind'][];
  readonly reasonRequired: boolean;
  readonly guards: readonly Guard[];
  /** Default reason recorded when the caller gives none. */
  readonly meaning: string;
}

const rule = (
  from: ClearanceStatus,
  to: ClearanceStatus,
  actors: readonly Actor['kind'][],
  meaning: string,
  options: { reasonRequired?: boolean; guards?: readonly Guard[] } = {},
): TransitionRule => ({
  from,
  to,
  actors,
  meaning,
  reasonRequired: options.reasonRequired ?? false,
  guards: options.guards ?? [],
});

const SYS: readonly Actor['kind'][] = ['system'];
const OFFICER: readonly Actor['kind'][] = ['customs'];
const ANY: readonly Actor['kind'][] = ['system', 'customs'];
const DETENTIONS: readonly ClearanceStatus[] = ['501', '502', '503', '599'];

/** The default transition table of the reference single window. */
export const CLEARANCE_TABLE: readonly TransitionRule[] = [
  rule('2', '120', SYS, 'logical checks passed', { guards: [checksPassed] }),
  rule('2', '100', ANY, 'rejected at the logical checks', { reasonRequired: true }),
  rule('120', '399', SYS, 'no risk rule hit: cleared automatically', { guards: [riskAllowsAutoClearance] }),
  rule('120', '300', ANY, 'sent to manual review', { reasonRequired: true, guards: [riskRouteIs('review')] }),
  rule('120', '500', ANY, 'sent to inspection', { reasonRequired: true, guards: [riskRouteIs('inspection')] }),
  rule('120', '100', ANY, 'rejected', { reasonRequired: true }),
  rule('300', '399', OFFICER, 'manual review passed'),
  rule('300', '500', OFFICER, 'inspection ordered after review', { reasonRequired: true }),
  rule('300', '100', OFFICER, 'rejected after review', { reasonRequired: true }),
  rule('500', '399', OFFICER, 'inspection passed'),
  rule('500', '100', OFFICER, 'rejected after inspection', { reasonRequired: true }),
  rule('500', '700', OFFICER, 'returned after inspection', { reasonRequired: true }),
  ...DETENTIONS.map((d) => rule('500', d, OFFICER, STATUS_NAMES[d].en, { reasonRequired: true })),
  rule('399', '800', ANY, 'released', { guards: [taxSecured] }),
  rule('800', '899', ANY, 'closed'),
];

/** A recorded transition: who moved the inventory from where to where, when and why. */
export interface TransitionRecord {
  readonly from: ClearanceStatus;
  readonly to: ClearanceStatus;
  readonly actor: Actor;
  readonly at: Instant;
  readonly reason: string;
}

export interface ClearanceState {
  readonly status: ClearanceStatus;
  readonly history: readonly TransitionRecord[];
}

export interface TransitionRequest {
  readonly to: ClearanceStatus;
  readonly actor: Actor;
  readonly at: Instant;
  readonly reason?: string;
  readonly facts?: ClearanceFacts;
}

/** A newly declared inventory (status 2) with no history. */
export const declared = (): ClearanceState => ({ status: '2', history: [] });

/** The moves the table allows out of a status. */
export const allowedTransitions = (
  status: ClearanceStatus,
  table: readonly TransitionRule[] = CLEARANCE_TABLE,
): readonly TransitionRule[] => table.filter((r) => r.from === status);

const refusal = (code: string, message: string, field: string): Result<never> => fail<Reason>({ code, message, field });

function timeProblem(state: ClearanceState, at: Instant): Result<never> | undefined {
  const t = parseInstant(at);
  if (!t.ok) return t;
  const last = state.history[state.history.length - 1];
  if (last === undefined) return undefined;
  const previous = parseInstant(last.at);
  if (previous.ok && t.value < previous.value) {
    return refusal('clearance.time_not_monotonic', `${at} is before the previous transition at ${last.at}`, 'at');
  }
  return undefined;
}

/**
 * Applies a transition if the table allows it: known move, allowed actor, reason given when required, time not
 * before the previous transition, and every guard satisfied. Returns the new state and the record.
 */
export function transition(
  state: ClearanceState,
  request: TransitionRequest,
  table: readonly TransitionRule[] = CLEARANCE_TABLE,
): Result<{ readonly state: ClearanceState; readonly record: TransitionRecord }> {
  const { to, actor, at } = request;
  if (TERMINAL_STATUSES.includes(state.status)) {
    return refusal(
      'clearance.terminal',
      `the inventory is ${STATUS_NAMES[state.status].en} (${state.status}); nothing follows`,
      'to',
    );
  }
  const found = table.find((r) => r.from === state.status && r.to === to);
  if (found === undefined) {
    return refusal(
      'clearance.transition_not_allowed',
      `${state.status} (${STATUS_NAMES[state.status].en}) cannot go to ${to} (${STATUS_NAMES[to].en})`,
      'to',
    );
  }
  if (!found.actors.includes(actor.kind)) {
    return refusal(
      'clearance.actor_not_allowed',
      `${state.status} → ${to} is done by ${found.actors.join(' or ')}, not ${actor.kind}`,
      'actor',
    );
  }
  const reasonText = request.reason?.trim() ?? '';
  if (found.reasonRequired && reasonText === '') {
    return refusal('clearance.reason_required', `${state.status} → ${to} needs a reason`, 'reason');
  }
  const badTime = timeProblem(state, at);
  if (badTime !== undefined) return badTime;
  const refused = found.guards
    .map((g) => g({ actor, facts: request.facts ?? {} }))
    .filter((r): r is Reason => r !== undefined);
  if (refused.length > 0) return fail(...refused);
  const record: TransitionRecord = {
    from: state.status,
    to,
    actor,
    at,
    reason: reasonText === '' ? found.meaning : reasonText,
  };
  return ok({ state: { status: to, history: [...state.history, record] }, record });
}
