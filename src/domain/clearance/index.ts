export {
  type Actor,
  type ClearanceFacts,
  checksPassed,
  type Guard,
  type GuardInput,
  riskAllowsAutoClearance,
  riskRouteIs,
  taxSecured,
} from './clearance.guards.js';
export {
  allowedTransitions,
  CLEARANCE_TABLE,
  type ClearanceState,
  declared,
  type TransitionRecord,
  type TransitionRequest,
  type TransitionRule,
  transition,
} from './clearance.machine.js';
export {
  CLEARANCE_STATUSES,
  type ClearanceStatus,
  isClearanceStatus,
  STATUS_NAMES,
  TERMINAL_STATUSES,
} from './clearance.states.js';
export {
  assessRisk,
  type RiskAssessment,
  type RiskPredicate,
  type RiskRoute,
  type RiskRule,
  type RiskSubject,
  statusForRoute,
} from './risk.rules.js';
export { draw, hash32 } from './sampling.js';
