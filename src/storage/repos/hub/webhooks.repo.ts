import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  DeliveryStatus,
  HubInboundRepo,
  HubWebhookRepo,
  InboundEvent,
  InboundKind,
  WebhookDeliveryRecord,
} from '../../../ports/hub.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubInboundEventsTable, HubWebhookDeliveriesTable } from '../../schema-hub.js';

const toInbound = (r: Selectable<HubInboundEventsTable>): InboundEvent => ({
  connectionId: r.connection_id,
  eventId: r.event_id,
  kind: r.kind as InboundKind,
  orderNo: r.order_no,
  dealId: r.deal_id,
  payload: r.payload,
  receivedAt: r.received_at,
});

export function hubInboundRepo(db: Kysely<DatabaseSchema>): HubInboundRepo {
  return {
    async record(e) {
      const rows = await db
        .insertInto('hub_inbound_events')
        .values({
          connection_id: e.connectionId,
          event_id: e.eventId,
          kind: e.kind,
          order_no: e.orderNo,
          deal_id: e.dealId,
          payload: e.payload === null ? null : JSON.stringify(e.payload),
        })
        .onConflict((oc) => oc.columns(['connection_id', 'event_id']).doNothing())
        .returning('event_id')
        .execute();
      return rows.length > 0;
    },
    async seen(connectionId, eventId) {
      const row = await db
        .selectFrom('hub_inbound_events')
        .selectAll()
        .where('connection_id', '=', connectionId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row && toInbound(row);
    },
    async setDeal(connectionId, eventId, dealId) {
      await db
        .updateTable('hub_inbound_events')
        .set({ deal_id: dealId })
        .where('connection_id', '=', connectionId)
        .where('event_id', '=', eventId)
        .execute();
    },
    async paymentFor(connectionId, orderNo) {
      const row = await db
        .selectFrom('hub_inbound_events')
        .selectAll()
        .where('connection_id', '=', connectionId)
        .where('kind', '=', 'payment')
        .where('order_no', '=', orderNo)
        .orderBy('received_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toInbound(row);
    },
  };
}

const toDelivery = (r: Selectable<HubWebhookDeliveriesTable>): WebhookDeliveryRecord => ({
  id: r.id,
  connectionId: r.connection_id,
  dealId: r.deal_id,
  eventId: r.event_id,
  status: r.status as DeliveryStatus,
  url: r.url,
  webhook: r.webhook,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  nextRetryAt: r.next_retry_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deliveredAt: r.delivered_at,
});

export function hubWebhookRepo(db: Kysely<DatabaseSchema>): HubWebhookRepo {
  const recordAttempts: HubWebhookRepo['recordAttempts'] = async (entries) => {
    if (entries.length === 0) return;
    const error = (e: string | null) => e?.slice(0, 1000) ?? null;
    await db
      .insertInto('hub_webhook_attempts')
      .values(
        entries.map(({ id, attempt }) => ({
          delivery_id: id,
          attempt: attempt.attempt,
          at: attempt.at,
          status_code: attempt.statusCode,
          error: error(attempt.error),
          duration_ms: attempt.durationMs,
        })),
      )
      .onConflict((oc) => oc.columns(['delivery_id', 'attempt']).doNothing())
      .execute();
    const rows = entries.map(
      ({ id, attempt, outcome }) =>
        sql`(${id}::text, ${outcome.status}::text, ${attempt.attempt}::integer, ${attempt.statusCode}::integer, ${error(attempt.error)}::text, ${outcome.nextRetryAt}::timestamptz, ${attempt.at}::timestamptz)`,
    );
    await sql`
      update hub_webhook_deliveries as d set status = v.status, attempts = v.attempt, last_status_code = v.code,
        last_error = v.error, next_retry_at = v.next, updated_at = now(),
        delivered_at = case when v.status = 'delivered' then v.at else d.delivered_at end
      from (values ${sql.join(rows)}) as v (id, status, attempt, code, error, next, at)
      where d.id = v.id`.execute(db);
  };
  return {
    async insert(d) {
      const rows = await db
        .insertInto('hub_webhook_deliveries')
        .values({
          id: d.id,
          connection_id: d.connectionId,
          deal_id: d.dealId,
          event_id: d.eventId,
          status: 'pending',
          url: d.url,
          webhook: JSON.stringify(d.webhook),
        })
        .onConflict((oc) => oc.columns(['connection_id', 'event_id']).doNothing())
        .returning('id')
        .execute();
      return rows.length > 0;
    },
    async byId(id) {
      const row = await db.selectFrom('hub_webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDelivery(row);
    },
    async byIds(ids) {
      if (ids.length === 0) return [];
      return (await db.selectFrom('hub_webhook_deliveries').selectAll().where('id', 'in', ids).execute()).map(toDelivery);
    },
    async list(q) {
      let query = db.selectFrom('hub_webhook_deliveries as d').selectAll('d').orderBy('d.id').limit(q.limit);
      if (q.participantId) {
        const owner = q.participantId;
        query = query.where('d.connection_id', 'in', (eb) =>
          eb.selectFrom('hub_connections').select('id').where('participant_id', '=', owner),
        );
      }
      if (q.status) query = query.where('d.status', '=', q.status);
      if (q.dealId) query = query.where('d.deal_id', '=', q.dealId);
      if (q.after) query = query.where('d.id', '>', q.after);
      return (await query.execute()).map(toDelivery);
    },
    recordAttempt: (id, attempt, outcome) => recordAttempts([{ id, attempt, outcome }]),
    recordAttempts,
    async attempts(id) {
      const rows = await db
        .selectFrom('hub_webhook_attempts')
        .selectAll()
        .where('delivery_id', '=', id)
        .orderBy('attempt')
        .execute();
      return rows.map((r) => ({ attempt: r.attempt, at: r.at, statusCode: r.status_code, error: r.error, durationMs: r.duration_ms }));
    },
    async reopen(id) {
      const rows = await db
        .updateTable('hub_webhook_deliveries')
        .set({ status: 'pending', next_retry_at: sql`now()`, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .returning('id')
        .execute();
      return rows.length > 0;
    },
  };
}
