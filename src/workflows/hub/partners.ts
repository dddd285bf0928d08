import type { PartnerError } from '../../connectors/sdk/index.js';
import type { Job } from '../../ports/jobs.port.js';
import type { Connection, ConnectionKind, DealLinks, DealRecord, Platform, SenderRole } from '../../ports/hub.port.js';
import type { Store, StoreScope } from '../../ports/store.port.js';
import { cachedConnection, cachedOwnedConnections } from './connection-cache.js';
import { moveDeal, RUNNING, withDeal } from './deal-state.js';
import type { HubContext } from './hub.context.js';
import type { StepRef } from './hub-queues.js';

/**
 * Which connections a storefront connection's deals use: the links configured on it, else the owner's only
 * enabled connection of each kind (and, for the single window, the owner's connection declaring as each party).
 */
export async function resolveLinks(store: Store, storefront: Connection): Promise<DealLinks> {
  const owned = (await cachedOwnedConnections(store, storefront.participantId)).filter((c) => c.id !== storefront.id);
  const only = (kind: ConnectionKind) => {
    const of = owned.filter((c) => c.kind === kind);
    return of.length === 1 ? of[0]?.id : undefined;
  };
  const given = storefront.links ?? {};
  const singleWindow: Partial<Record<SenderRole, string>> = {};
  for (const c of owned) {
    if (c.kind === 'single-window' && c.declaresAs && singleWindow[c.declaresAs] === undefined) singleWindow[c.declaresAs] = c.id;
  }
  const payment = given.payment ?? only('payment');
  const carrier = given.carrier ?? only('carrier');
  const warehouse = given.warehouse ?? only('warehouse');
  return {
    storefront: storefront.id,
    ...(payment && { payment }),
    ...(carrier && { carrier }),
    ...(warehouse && { warehouse }),
    singleWindow: { ...singleWindow, ...given.singleWindow },
    ...(given.customs && { customs: given.customs }),
  };
}

/** The enabled connection with that id and kind, or undefined. */
export async function connectionOf(store: Store, id: string | undefined, kind: ConnectionKind): Promise<Connection | undefined> {
  if (!id) return undefined;
  const c = await cachedConnection(store, id);
  return c && c.kind === kind && !c.disabledAt ? c : undefined;
}

/** A partner refused to be retried (or stayed unavailable): a retryable error is thrown for the job runner. */
export class RetryLater extends Error {
  constructor(error: PartnerError) {
    super(`${error.partner} ${error.code}: ${error.message}`);
    this.name = 'RetryLater';
  }
}

/**
 * What a partner's failure does to the deal, by its disposition: retryable → the job is retried with backoff
 * (thrown) until its attempts run out; permanent → the deal is blocked with the reason; needs-human (or a
 * retryable failure that outlasted its attempts) → the deal waits for a person, who resumes it.
 */
export async function partnerFailed(
  ctx: HubContext,
  job: Job,
  deal: DealRecord,
  step: StepRef,
  platform: Platform,
  error: PartnerError,
): Promise<void> {
  if (error.disposition === 'retryable' && job.attempts < job.maxAttempts) throw new RetryLater(error);
  const gaveUp = error.disposition === 'retryable';
  const message = gaveUp ? `still unavailable after ${job.attempts} attempts: ${error.message}` : error.message;
  const status = error.disposition === 'permanent' ? 'blocked' : 'needs-attention';
  await withDeal(ctx, deal.id, (d) => RUNNING.has(d.status), (tx, d) =>
    moveDeal(ctx, tx, d, status, { platform, kind: 'partner.failed', summary: `${error.partner}: ${message}`, data: { code: error.code, disposition: error.disposition } }, {
      reason: { code: error.code, message },
      blockedStep: { ...step, payload: { ...step.payload, resumeStatus: d.status } },
    }),
  );
}

/** The deal waits for a person because the hub lacks something it needs (a connection, a product, a setting). */
export async function needsAttention(ctx: HubContext, deal: DealRecord, step: StepRef, platform: Platform, code: string, message: string): Promise<void> {
  await withDeal(ctx, deal.id, (d) => RUNNING.has(d.status), (tx, d) => attentionIn(ctx, tx, d, step, platform, code, message));
}

/** `needsAttention` on the locked deal, in the caller's transaction. */
export async function attentionIn(ctx: HubContext, tx: StoreScope, d: DealRecord, step: StepRef, platform: Platform, code: string, message: string): Promise<void> {
  if (!RUNNING.has(d.status)) return;
  await moveDeal(ctx, tx, d, 'needs-attention', { platform, kind: 'attention.needed', summary: message, data: { code } }, {
    reason: { code, message },
    blockedStep: { ...step, payload: { ...step.payload, resumeStatus: d.status } },
  });
}
