import { randomUUID } from 'node:crypto';
import type { JobHandler } from '../../../jobs/job-handler.js';
import type { Job } from '../../../ports/jobs.port.js';
import { PermanentJobError } from '../../../jobs/job-handler.js';
import { newId } from '../../../kernel/ids.js';
import type { PartnerError, Submission } from '../../../connectors/sdk/index.js';
import type { Connection, DealRecord, DealStatus, DeclarationRecord, SenderRole } from '../../../ports/hub.port.js';
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

/** The deal and its declarations as the transaction that recorded the sends left them. */
interface AfterSend {
  readonly deal: DealRecord;
  readonly declared: readonly DeclarationRecord[];
}

/** A declaration a job is to send now, with the connection of its sender. */
interface Due {
  readonly type: HubDeclarationType;
  readonly role: SenderRole;
  readonly connection: Connection;
  readonly known: DeclarationRecord | undefined;
}

/**
 * Sends declarations of a deal, each through the sending party's single-window connection, signed with that
 * party's key (the order, payment and waybill go out together in one job: three parties' documents, which customs
 * takes in any order). Each one's guid is fixed in the database before its first attempt, so a resend after a
 * crash is the same message: the single window recognises the repeat and nothing happens twice. The sends are
 * recorded, with their next moves, in one transaction right after them; a rerun skips what is recorded.
 */
export function declareStep(ctx: HubContext): JobHandler {
  /**
   * Records sends, with what follows them, in one transaction. `inventoryHere`: the inventory is not queued as a
   * job of its own, the caller sends it after this (see the handler).
   */
  async function record(dealId: string, sents: readonly Submitted[], inventoryHere: boolean): Promise<AfterSend | undefined> {
    if (sents.length === 0) return undefined;
    const after = await ctx.store.transaction(async (tx): Promise<AfterSend | undefined> => {
      // the receipts followers, their cursors locked in one order: two jobs recording at once cannot deadlock
      for (const id of [...new Set(sents.map((s) => s.connection.id))].sort()) await startPolling(ctx, tx, id);
      let deal = await tx.hubDeals.lock(dealId);
      if (!deal) return undefined;
      const current = await tx.hubDeclarations.byDeal(dealId);
      for (const { declaration, submission, how } of sents) {
        const stored = current.find((x) => x.id === declaration.id);
        if (!stored) continue;
        const recorded = { messageId: submission.messageId, signedXml: submission.signedXml, duplicate: submission.duplicate, how };
        deal = await recordSent(ctx, tx, deal, stored, recorded, inventoryHere);
      }
      return { deal, declared: await tx.hubDeclarations.byDeal(dealId) };
    });
    return after;
  }

  /** The declarations of `types` still to send, and their senders' connections (undefined: the deal stopped for want of one). */
  async function dueOf(deal: DealRecord, types: readonly HubDeclarationType[], declared: readonly DeclarationRecord[], seq: number, step: StepRef): Promise<Due[] | undefined> {
    const due: Due[] = [];
    for (const type of types) {
      // customs may have answered a declaration whose send was not recorded (a crash in between) and moved the deal
      // on: its send is still recorded, without moving the deal
      const known = declared.find((d) => d.type === type && d.seq === seq);
      const answered = known !== undefined && known.sentAt === null && known.receipts.length > 0;
      if (known?.sentAt != null || (!ALLOWED[type].includes(deal.status) && !answered)) continue;
      const role = SENDER_OF[type];
      const connection = await connectionOf(ctx.store, deal.links.singleWindow[role], 'single-window');
      if (!connection) {
        await needsAttention(ctx, deal, step, 'customs', 'connection.missing', `no single-window connection declares as ${role} (needed for ${type})`);
        return undefined;
      }
      due.push({ type, role, connection, known });
    }
    return due;
  }

  /**
   * Sends `types` together and records them; undefined when a partner failure or a missing connection stopped the
   * deal (the sends that went through are recorded first).
   */
  async function send(
    deal: DealRecord,
    types: readonly HubDeclarationType[],
    payload: JsonValue,
    job: Job,
    options: { readonly inventoryHere?: boolean; readonly declared?: readonly DeclarationRecord[] } = {},
  ): Promise<AfterSend | undefined> {
    const seq = Number(optionalField(payload, 'seq') ?? 1);
    const step: StepRef = { queue: HUB_QUEUES.declare, payload: payload as { [k: string]: JsonValue } };
    const declared = options.declared ?? (await ctx.store.hubDeclarations.byDeal(deal.id));
    const due = await dueOf(deal, types, declared, seq, step);
    if (!due) return undefined;
    if (due.length === 0) return { deal, declared };
    const docs = { ...deal.documents, copNo: deal.copNo };
    const fresh = await ctx.store.hubDeclarations.prepareAll(
      due
        .filter((d) => d.known === undefined)
        .map((d) => ({ id: newId('dec'), dealId: deal.id, type: d.type, seq, guid: randomUUID().toUpperCase(), receiptKey: receiptKeyFor(d.type, docs), connectionId: d.connection.id, declaredBy: 'hub' as const })),
    );
    const reason = optionalField(payload, 'reason');
    const names = partyNames(deal.documents.order, deal.documents.waybill, await ctx.registry());
    const outcomes = await Promise.allSettled(
      due.map(async (d) => {
        const declaration = d.known ?? fresh.find((f) => f.type === d.type);
        if (!declaration || declaration.sentAt !== null) return undefined; // sent, and its next move committed with it
        const input = declarationInput(
          d.type,
          {
            ...deal.documents,
            ...(deal.invtNo !== null && { invtNo: deal.invtNo }),
            names,
            transport: ctx.policy.transport,
            ...(typeof reason === 'string' && { reason }),
            ...(d.type === 'CEB625' && { returned: returnedLines(deal, seq) }),
          },
          declaration.guid,
          // the time the declaration was prepared, not now: a resend after a crash must be the same content
          declaration.createdAt,
        );
        const sent = await ctx.connectors.singleWindow(d.connection).submit({ declaration: input });
        return { d, declaration, sent };
      }),
    );
    const submitted: Submitted[] = [];
    let failure: PartnerError | undefined;
    let thrown: unknown;
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        thrown ??= outcome.reason;
        continue;
      }
      if (!outcome.value) continue;
      const { d, declaration, sent } = outcome.value;
      if (sent.ok) submitted.push({ declaration, connection: d.connection, submission: sent.value, how: `as ${d.role} through ${d.connection.label}` });
      else failure ??= sent.error;
    }
    // recorded at once, with their signed XML, before customs' receipts of them could be applied
    const after = await record(deal.id, submitted, options.inventoryHere === true);
    if (thrown !== undefined) throw thrown;
    if (failure) {
      await partnerFailed(ctx, job, after?.deal ?? deal, step, 'customs', failure);
      return undefined;
    }
    return after ?? { deal, declared };
  }

  return async (payload, { job }) => {
    const types = typesOf(payload);
    const deal = await dealOf(ctx, payload);
    if (!deal) return;
    // the first three of a deal: the inventory follows in this job once they are out (and, bonded, the stock is
    // reserved), checked on the deal as their recording left it, so a rerun after a crash sends it too; else the
    // step that completes its conditions later (the institution's CEB411, the stock reservation) queues it
    const first = types.length > 1 && !types.includes('CEB621');
    const after = await send(deal, types, payload, job, { inventoryHere: first });
    if (!after || !first || !inventoryReady(after.deal, after.declared)) return;
    await send(after.deal, ['CEB621'], { dealId: after.deal.id, type: 'CEB621' }, job, { declared: after.declared });
  };
}
