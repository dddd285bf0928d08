import { PermanentJobError } from '../../../jobs/job-handler.js';
import type { DealRecord } from '../../../ports/hub.port.js';
import type { JsonValue } from '../../../ports/json.js';
import type { HubContext } from '../hub.context.js';

/** The string field of a job payload, or a permanent failure (a malformed job never gets better). */
export function field(payload: JsonValue, name: string): string {
  const value = payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? payload[name] : undefined;
  if (typeof value !== 'string') throw new PermanentJobError(`payload has no ${name}`);
  return value;
}

export function optionalField(payload: JsonValue, name: string): JsonValue | undefined {
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? payload[name] : undefined;
}

/** The deal a step is for (undefined when it no longer exists: nothing to do). */
export async function dealOf(ctx: HubContext, payload: JsonValue): Promise<DealRecord | undefined> {
  return ctx.store.hubDeals.byId(field(payload, 'dealId'));
}
