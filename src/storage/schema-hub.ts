import type { ColumnType, Generated } from 'kysely';
import type { JsonValue } from '../ports/json.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<JsonValue, string, string>;
type NullableJson = ColumnType<JsonValue | null, string | null | undefined, string | null>;
/** bigint columns: int8 parses to a number on both backends (see database.ts). */
type NullableInt8 = ColumnType<number | null, number | bigint | string | null | undefined, number | bigint | string | null>;

export interface HubConnectionsTable {
  id: string;
  participant_id: string;
  kind: string;
  connector_id: string;
  label: string;
  settings: Json;
  declares_as: string | null;
  signing_key: NullableJson;
  links: NullableJson;
  created_at: Timestamp;
  updated_at: Timestamp;
  disabled_at: NullableTimestamp;
}

export interface HubProductsTable {
  participant_id: string;
  sku: string;
  name: string;
  hs_code: string;
  origin_country: string;
  declared_unit: string;
  positive_list: string;
  model: string | null;
  bar_code: string | null;
  updated_at: Timestamp;
}

export interface HubProductImportsTable {
  id: string;
  participant_id: string;
  file_name: string;
  status: string;
  csv: string | null;
  bytes: number;
  total_rows: number | null;
  done_rows: Generated<number>;
  imported: Generated<number>;
  rejected: Generated<number>;
  not_listed: Generated<number>;
  errors: ColumnType<JsonValue, string | undefined, string>;
  failure: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface HubDealsTable {
  id: string;
  participant_id: string;
  storefront_connection_id: string;
  order_no: string;
  ebp_code: string;
  ebc_code: string;
  partner_order_id: string;
  trade_mode: string;
  status: string;
  reason_code: string | null;
  reason: string | null;
  blocked_step: NullableJson;
  paid: boolean;
  test: Generated<boolean>;
  buyer_key: string;
  pay_transaction_id: string | null;
  logistics_no: string | null;
  cop_no: string;
  invt_no: string | null;
  channel: string | null;
  tax_fen: NullableInt8;
  customs_tax_fen: NullableInt8;
  quota_fen: NullableInt8;
  stock_state: Generated<string>;
  delivery_state: Generated<string>;
  delivered_at: NullableTimestamp;
  documents: Json;
  links: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
  released_at: NullableTimestamp;
}

export interface HubDealEventsTable {
  seq: Generated<number>;
  deal_id: string;
  at: Timestamp;
  platform: string;
  kind: string;
  summary: string;
  data: NullableJson;
}

export interface HubDeclarationsTable {
  id: string;
  deal_id: string;
  type: string;
  seq: number;
  guid: string;
  receipt_key: string;
  connection_id: string | null;
  declared_by: string;
  status: string;
  final: Generated<boolean>;
  return_status: string | null;
  return_info: string | null;
  receipts: ColumnType<JsonValue, string | undefined, string>;
  message_id: string | null;
  xml: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  updated_at: Timestamp;
}

/** The raw XML of a customs receipt applied to a declaration (migration 0007). */
export interface HubReceiptXmlTable {
  declaration_id: string;
  receipt_id: string;
  xml: string;
  created_at: Timestamp;
}

export interface HubReceiptCursorsTable {
  connection_id: string;
  cursor: Generated<string>;
  polling: Generated<boolean>;
  updated_at: Timestamp;
}

export interface HubInboundEventsTable {
  connection_id: string;
  event_id: string;
  kind: string;
  order_no: string | null;
  deal_id: string | null;
  payload: NullableJson;
  received_at: Timestamp;
}

export interface HubWebhookDeliveriesTable {
  id: string;
  connection_id: string;
  deal_id: string | null;
  event_id: string;
  status: string;
  url: string;
  webhook: Json;
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  next_retry_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  delivered_at: NullableTimestamp;
}

export interface HubWebhookAttemptsTable {
  delivery_id: string;
  attempt: number;
  at: Timestamp;
  status_code: number | null;
  error: string | null;
  duration_ms: number | null;
}

export interface HubWaybillNumbersTable {
  range_id: string;
  key: string;
  serial: number;
  created_at: Timestamp;
}

export interface HubStockBooksTable {
  owner_code: string;
  book: Json;
  updated_at: Timestamp;
}

export interface HubTrackingEventsTable {
  connection_id: string;
  event_id: string;
  logistics_no: string;
  deal_id: string | null;
  status: string;
  delivered_at: NullableTimestamp;
  update: Json;
  received_at: Timestamp;
  seq: Generated<number>;
}

export interface HubSchema {
  hub_connections: HubConnectionsTable;
  hub_products: HubProductsTable;
  hub_product_imports: HubProductImportsTable;
  hub_deals: HubDealsTable;
  hub_deal_events: HubDealEventsTable;
  hub_declarations: HubDeclarationsTable;
  hub_receipt_cursors: HubReceiptCursorsTable;
  hub_receipt_xml: HubReceiptXmlTable;
  hub_inbound_events: HubInboundEventsTable;
  hub_webhook_deliveries: HubWebhookDeliveriesTable;
  hub_webhook_attempts: HubWebhookAttemptsTable;
  hub_waybill_numbers: HubWaybillNumbersTable;
  hub_stock_books: HubStockBooksTable;
  hub_tracking_events: HubTrackingEventsTable;
}
