import { type Insertable, type Kysely, type SelectQueryBuilder, type Selectable, sql } from 'kysely';
import type { DealQuery, NewDeal } from '../../../ports/hub.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubDealsTable } from '../../schema-hub.js';

/**
 * The deals list: filters, free-text search and the keyset over (created_at, id), in either direction. Every
 * filter has an index that keeps the list's order (migrations 0004 and 0007), so a page reads its rows and no
 * more, however deep; the search uses prefix indexes (exact id and waybill number, order number and buyer name
 * by their start). Counting stops at a cap: a page never counts the whole table.
 */
type Filters = Omit<DealQuery, 'limit' | 'after' | 'order'>;
type DealsQuery<O> = SelectQueryBuilder<DatabaseSchema, 'hub_deals', O>;

/** `LIKE` treats `%`, `_` and `\` as special: a search term is matched as typed. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The buyer's name inside the order document (the expression of the index `hub_deals_buyer_name_prefix`). */
const buyerName = sql<string>`lower(documents #>> '{order,buyer,name}')`;

function filtered<O>(query: DealsQuery<O>, q: Filters): DealsQuery<O> {
  let out = query;
  if (q.participantId) out = out.where('participant_id', '=', q.participantId);
  if (q.storefrontConnectionId) out = out.where('storefront_connection_id', '=', q.storefrontConnectionId);
  if (q.status) out = out.where('status', '=', q.status);
  if (q.since) out = out.where('created_at', '>=', q.since);
  if (q.until) out = out.where('created_at', '<', q.until);
  const text = q.search?.trim();
  if (text) {
    const prefix = `${escapeLike(text)}%`;
    out = out.where((eb) =>
      eb.or([
        eb('id', '=', text),
        eb('logistics_no', '=', text),
        eb('order_no', 'like', prefix),
        eb(buyerName, 'like', prefix.toLowerCase()),
      ]),
    );
  }
  return out;
}

/** One page of deals in creation order, after the cursor deal (its own row and ties on time are kept apart by id). */
export async function selectDealPage(db: Kysely<DatabaseSchema>, q: DealQuery): Promise<Selectable<HubDealsTable>[]> {
  const desc = q.order === 'desc';
  let query = filtered(db.selectFrom('hub_deals').selectAll(), q)
    .orderBy('created_at', desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc')
    .limit(q.limit);
  if (q.after) {
    // the cursor's time stays in SQL: a JavaScript Date would drop the microseconds and repeat or skip rows
    const at = sql`(select c.created_at from hub_deals c where c.id = ${q.after})`;
    const row = sql`(select c.created_at, c.id from hub_deals c where c.id = ${q.after})`;
    query = desc
      ? query.where(sql<boolean>`created_at <= ${at} and (created_at, id) < ${row}`)
      : query.where(sql<boolean>`created_at >= ${at} and (created_at, id) > ${row}`);
  }
  return query.execute();
}

export async function countDealsUpTo(db: Kysely<DatabaseSchema>, q: Filters, cap: number): Promise<number> {
  const matching = filtered(db.selectFrom('hub_deals').select(sql<number>`1`.as('one')), q).limit(cap);
  const row = await db
    .selectFrom(matching.as('m'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

const ROWS_PER_STATEMENT = 1000;

/** A new deal as a hub_deals row (one mapping for the repository's insert and the bulk insert). */
export const dealRow = (d: NewDeal & { readonly createdAt?: Date }): Insertable<HubDealsTable> => ({
  id: d.id,
  participant_id: d.participantId,
  storefront_connection_id: d.storefrontConnectionId,
  order_no: d.orderNo,
  ebp_code: d.ebpCode,
  ebc_code: d.ebcCode,
  partner_order_id: d.partnerOrderId,
  trade_mode: d.tradeMode,
  status: d.status,
  paid: d.paid,
  test: d.test,
  buyer_key: d.buyerKey,
  pay_transaction_id: d.payTransactionId,
  cop_no: d.copNo,
  documents: JSON.stringify(d.documents),
  links: JSON.stringify(d.links),
  ...(d.createdAt && { created_at: d.createdAt, updated_at: d.createdAt }),
});

export async function insertDeals(db: Kysely<DatabaseSchema>, deals: readonly (NewDeal & { readonly createdAt?: Date })[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < deals.length; i += ROWS_PER_STATEMENT) {
    const rows = await db
      .insertInto('hub_deals')
      .values(deals.slice(i, i + ROWS_PER_STATEMENT).map(dealRow))
      .onConflict((oc) => oc.columns(['ebp_code', 'ebc_code', 'order_no']).doNothing())
      .returning('id')
      .execute();
    inserted += rows.length;
  }
  return inserted;
}
