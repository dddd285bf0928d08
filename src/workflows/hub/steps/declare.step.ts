import { randomUUID } from 'node:crypto';
import type { JobHandler } from '../../../jobs/job-handler.js';
import type { Job } from '../../../ports/jobs.port.js';
import { PermanentJobError } from '../../../jobs/job-handler.js';
import { newId } from '../../../kernel/ids.js';
import type { Submission } from '../../../connectors/sdk/index.js';
import type { Connection, DealRecord, DealStatus, DeclarationRecord } from '../../../ports/hub.port.js';
import type { JsonValue } from '../../../ports/json.js';
import { inventoryReady, recordSent } from '../declaration-sent.js';
import { partyNames } from '../deal-documents.js';
import { declarationInput, HUB_DECLARATIONS, type HubDeclarationType, receiptKeyFor, SENDER_OF } from '../declarations.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, type StepRef } from '../hub-queues.js';
import { connectionOf, needsAttention, partnerFailed } from '../partners.js';
import { startPolling } from './receipts.step.js';
import { dealOf, field, optionalField } from './step-input.js';

/** The statuses in which each declaration may still go out. */
const ALLOWED: Readonly<Record<HubDeclarationType, readonly DealStatus[]>> = {
  CEB311: ['declaring'],
  CEB411: ['declaring'],
  CEB511: ['declaring'],
  // the delivery status follows the release (a return asked for since does not unsay the delivery)
  CEB513: ['released', 'returned'],
  CEB621: ['declaring'],
  CEB623: ['declared', 'released'],
  CEB625: ['released', 'returned'],
};

const isType = (t: string): t is HubDeclarationType => (HUB_DECLARATIONS as readonly string[]).includes(t);

function returnedLines(deal: DealRecord, seq: number): Map<number, string> | undefined {
  const asked = deal.documents.returns?.find((r) => r.seq === seq);
  return asked && new Map(asked.lines.map((l) => [l.gnum, l.qty]));
}

/** The declarations a job sends: `types` (the first three of a deal, in one job) or a single `type`. */
function typesOf(payload: JsonValue): HubDeclarationType[] {
  const many = optionalField(payload, 'types');
  const types = Array.isArray(many) ? many : [field(payload, 'type')];
  return types.map((t) => {
    if (typeof t !== 'string' || !isType(t)) throw new PermanentJobError(`${String(t)} is not a declaration the hub sends`);
    return t;
  });
}

interface Submitted {
  readonly declaration: DeclarationRecord;
  readonly connection: Connection;
  readonly submission: Submission;
  readonly how: string;
}

/**
 * Sends declarations of a deal, each through the sending party's single-window connection, signed with that
 * party's key (the order, payment and waybill go out in one job, one after the other). Each one's guid is fixed in
 * the database before its first attempt, so a resend after a crash is the same message: the single window
 * recognises the repeat and nothing happens twice. Each send is recorded, with its next move, in a transaction
 * right after it; a rerun skips what is recorded.
 */
export function declareStep(ctx: HubContext): JobHandler {
  /**
   * Records a send, with what follows it, in one transaction. `inventoryHere`: the inventory is not queued as a job
   * of its own, the caller sends it after this (see the handler).
   */
  async function record(dealId: string, sent: Submitted, inventoryHere: boolean): Promise<void> {
    const { declaration, connection, submission, how } = sent;
    await ctx.store.transaction(async (tx) => {
      await startPolling(ctx, tx, connection.id);
      const d = await tx.hubDeals.lock(dealId);
      const current = (await tx.hubDeclarations.byDeal(dealId)).find((x) => x.id === declaration.id);
      if (!d || !current) return;
      const recorded = { messageId: submission.messageId, signedXml: submission.signedXml, duplicate: submission.duplicate, how };
      await recordSent(ctx, tx, d, current, recorded, inventoryHere);
    });
    ctx.wake();
  }

  /** Sends `types` in turn and records them; false when a partner failure or a missing connection stopped the deal. */
  async function send(
    deal: DealRecord,
    types: readonly HubDeclarationType[],
    payload: JsonValue,
    job: Job,
    options: { readonly inventoryHere?: boolean; readonly declared?: readonly DeclarationRecord[] } = {},
  ): Promise<boolean> {
    const seq = Number(optionalField(payload, 'seq') ?? 1);
    const step: StepRef = { queue: HUB_QUEUES.declare, payload: payload as { [k: string]: JsonValue } };
    const declared = options.declared ?? (await ctx.store.hubDeclarations.byDeal(deal.id));
    let status = deal.status;
    for (const [i, type] of types.entries()) {
      // a receipt or a person may have moved the deal since the previous send (a refusal, a cancel): read it afresh
      if (i > 0) status = (await dealOf(ctx, payload))?.status ?? status;
      // customs may have answered a declaration whose send was not recorded (a crash in between) and moved the deal
      // on: its send is still recorded, without moving the deal
      const known = declared.find((d) => d.type === type && d.seq === seq);
      const answered = known !== undefined && known.sentAt === null && known.receipts.length > 0;
      if (known?.sentAt != null || (!ALLOWED[type].includes(status) && !answered)) continue;
      const role = SENDER_OF[type];
      const connection = await connectionOf(ctx.store, deal.links.singleWindow[role], 'single-window');
      if (!connection) {
        await needsAttention(ctx, deal, step, 'customs', 'connection.missing', `no single-window connection declares as ${role} (needed for ${type})`);
        return false;
      }
      const docs = { ...deal.documents, copNo: deal.copNo };
      const declaration =
        known ??
        (await ctx.store.hubDeclarations.prepare({
          id: newId('dec'),
          dealId: deal.id,
          type,
          seq,
          guid: randomUUID().toUpperCase(),
          receiptKey: receiptKeyFor(type, docs),
          connectionId: connection.id,
          declaredBy: 'hub',
        }));
      if (declaration.sentAt !== null) continue; // sent, and its next move committed with it
      const reason = optionalField(payload, 'reason');
      const input = declarationInput(
        type,
        {
          ...deal.documents,
          ...(deal.invtNo !== null && { invtNo: deal.invtNo }),
          names: partyNames(deal.documents.order, deal.documents.waybill, await ctx.registry()),
          transport: ctx.policy.transport,
          ...(typeof reason === 'string' && { reason }),
          ...(type === 'CEB625' && { returned: returnedLines(deal, seq) }),
        },
        declaration.guid,
        // the time the declaration was prepared, not now: a resend after a crash must be the same content
        declaration.createdAt,
      );
      const sent = await ctx.connectors.singleWindow(connection).submit({ declaration: input });
      if (!sent.ok) {
        await partnerFailed(ctx, job, deal, step, 'customs', sent.error);
        return false;
      }
      // recorded at once, with its signed XML, before customs' receipt of it could be applied
      await record(deal.id, { declaration, connection, submission: sent.value, how: `as ${role} through ${connection.label}` }, options.inventoryHere === true);
    }
    return true;
  }

  return async (payload, { job }) => {
    const types = typesOf(payload);
    const deal = await dealOf(ctx, payload);
    if (!deal) return;
    // the first three of a deal: the inventory follows in this job once they are out (and, bonded, the stock is
    // reserved), checked afresh, so a rerun after a crash sends it too; else the step that completes its conditions
    // later (the institution's CEB411, the stock reservation) queues it
    const first = types.length > 1 && !types.includes('CEB621');
    if (!(await send(deal, types, payload, job, { inventoryHere: first })) || !first) return;
    const now = await dealOf(ctx, payload);
    if (!now) return;
    const declared = await ctx.store.hubDeclarations.byDeal(now.id);
    if (!inventoryReady(now, declared)) return;
    await send(now, ['CEB621'], { dealId: now.id, type: 'CEB621' }, job, { declared });
  };
}
