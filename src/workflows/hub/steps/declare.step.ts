import { randomUUID } from 'node:crypto';
import type { JobHandler } from '../../../jobs/job-handler.js';
import { PermanentJobError } from '../../../jobs/job-handler.js';
import { newId } from '../../../kernel/ids.js';
import type { DealRecord, DealStatus } from '../../../ports/hub.port.js';
import type { JsonValue } from '../../../ports/json.js';
import { recordSent } from '../declaration-sent.js';
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

/**
 * Sends one declaration through the sending party's single-window connection, signed with that party's key. Its
 * guid is fixed in the database before the first attempt, so a resend after a crash is the same message: the
 * single window recognises the repeat and nothing happens twice. The state change and the next step commit
 * together.
 */
export function declareStep(ctx: HubContext): JobHandler {
  return async (payload, { job }) => {
    const type = field(payload, 'type');
    if (!isType(type)) throw new PermanentJobError(`${type} is not a declaration the hub sends`);
    const seq = Number(optionalField(payload, 'seq') ?? 1);
    const deal = await dealOf(ctx, payload);
    if (!deal) return;
    // customs may have answered a declaration whose send was not recorded (a crash in between) and moved the deal
    // on: its send is still recorded, without moving the deal
    const known = (await ctx.store.hubDeclarations.byDeal(deal.id)).find((d) => d.type === type && d.seq === seq);
    const answered = known !== undefined && known.sentAt === null && known.receipts.length > 0;
    if (!ALLOWED[type].includes(deal.status) && !answered) return;
    const step: StepRef = { queue: HUB_QUEUES.declare, payload: payload as { [k: string]: JsonValue } };
    const role = SENDER_OF[type];
    const connection = await connectionOf(ctx.store, deal.links.singleWindow[role], 'single-window');
    if (!connection) return needsAttention(ctx, deal, step, 'customs', 'connection.missing', `no single-window connection declares as ${role} (needed for ${type})`);
    const docs = { ...deal.documents, copNo: deal.copNo };
    const declaration = await ctx.store.hubDeclarations.prepare({
      id: newId('dec'),
      dealId: deal.id,
      type,
      seq,
      guid: randomUUID().toUpperCase(),
      receiptKey: receiptKeyFor(type, docs),
      connectionId: connection.id,
      declaredBy: 'hub',
    });
    if (declaration.sentAt !== null) return; // sent, and its next move committed with it
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
    if (!sent.ok) return partnerFailed(ctx, job, deal, step, 'customs', sent.error);
    const submission = sent.value;
    const how = `as ${role} through ${connection.label}`;
    const result = await ctx.store.transaction(async (tx) => {
      await startPolling(ctx, tx, connection.id);
      const d = await tx.hubDeals.lock(deal.id);
      const current = (await tx.hubDeclarations.byDeal(deal.id)).find((x) => x.id === declaration.id);
      if (!d || !current) return;
      await recordSent(ctx, tx, d, current, { messageId: submission.messageId, signedXml: submission.signedXml, duplicate: submission.duplicate, how });
    });
    ctx.wake();
    return result;
  };
}
