import type { Kysely, Selectable } from 'kysely';
import type { HubTrackingRepo, TrackingRecord } from '../../../ports/hub.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubTrackingEventsTable } from '../../schema-hub.js';

const toRecord = (r: Selectable<HubTrackingEventsTable>): TrackingRecord => ({
  connectionId: r.connection_id,
  eventId: r.event_id,
  logisticsNo: r.logistics_no,
  dealId: r.deal_id,
  status: r.status,
  deliveredAt: r.delivered_at,
  update: r.update,
  receivedAt: r.received_at,
});

/** Carrier tracking events: one row per (connection, event id); a repeated delivery inserts nothing. */
export function hubTrackingRepo(db: Kysely<DatabaseSchema>): HubTrackingRepo {
  return {
    async record(e) {
      const rows = await db
        .insertInto('hub_tracking_events')
        .values({
          connection_id: e.connectionId,
          event_id: e.eventId,
          logistics_no: e.logisticsNo,
          deal_id: e.dealId,
          status: e.status,
          delivered_at: e.deliveredAt,
          update: JSON.stringify(e.update),
        })
        .onConflict((oc) => oc.columns(['connection_id', 'event_id']).doNothing())
        .returning('event_id')
        .execute();
      return rows.length > 0;
    },
    async byEvent(connectionId, eventId) {
      const row = await db
        .selectFrom('hub_tracking_events')
        .selectAll()
        .where('connection_id', '=', connectionId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async byDeal(dealId) {
      const rows = await db.selectFrom('hub_tracking_events').selectAll().where('deal_id', '=', dealId).orderBy('seq').execute();
      return rows.map(toRecord);
    },
  };
}
