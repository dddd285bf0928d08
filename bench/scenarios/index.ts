import type { Scenario } from '../registry.js';
import { clearanceScenarios } from './clearance.js';
import { codecScenarios } from './codecs.js';
import { coldStartScenarios } from './cold-start.js';
import { dealsListScenarios } from './deals-list.js';
import { hubScenarios } from './hub.js';
import { landedCostScenarios } from './landed-cost.js';
import { scaleOutScenarios } from './scale-out.js';
import { signingScenarios } from './signing.js';

/**
 * Every benchmark scenario, in table order. To add one: write `bench/scenarios/<area>.ts` exporting scenarios made
 * with `defineScenario` (see ../registry.ts), import it here and list it. Scenarios must be self-contained (make
 * their own keys, data and databases) and finish quickly under `--quick`.
 */
export const scenarios: readonly Scenario[] = [
  ...codecScenarios,
  ...signingScenarios,
  ...clearanceScenarios,
  ...hubScenarios,
  ...landedCostScenarios,
  ...dealsListScenarios,
  ...coldStartScenarios,
  ...scaleOutScenarios,
];
