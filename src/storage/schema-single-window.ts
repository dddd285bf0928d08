import type { ColumnType } from 'kysely';
import type { JsonValue } from '../ports/json.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<JsonValue, string, string>;
/** bigint columns: int8 parses to a number on both backends (see database.ts). */
type Int8 = ColumnType<number, number | bigint | string, number | bigint | string>;
type NullableInt8 = ColumnType<number | null, number | bigint | string | null | undefined, number | bigint | string | null>;

export interface ParticipantCertificatesTable {
  id: string;
  participant_id: string;
  key_name: string;
  algorithm: string;
  pem: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface SwMessagesTable {
  id: string;
  sender_id: string;
  message_type: string;
  edition: string;
  guid: string;
  cop_msg_id: string | null;
  body_hash: string;
  /** The XML as text (rows from before migration 0009), or null when it is packed. */
  xml: string | null;
  /** The XML packed (`kernel/packed-text.ts`), or null for a row that has it as text. */
  xml_packed: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null>;
  documents: ColumnType<JsonValue | null, string | null, string | null>;
  status: string;
  error_code: string | null;
  error_info: string | null;
  received_at: Timestamp;
  processed_at: NullableTimestamp;
}

export interface SwProcessedTable {
  message_id: string;
  doc_index: number;
  at: Timestamp;
}

export interface SwDocumentsTable {
  id: string;
  kind: string;
  doc_key: string;
  link_key: string | null;
  order_no: string;
  message_id: string;
  sender_id: string;
  data: Json;
  status: string;
  status_info: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SwInventoriesTable {
  id: string;
  doc_key: string;
  order_key: string;
  payment_link: string;
  waybill_key: string;
  order_no: string;
  invt_no: string | null;
  cop_no: string | null;
  pre_no: string;
  sender_id: string;
  ebp_code: string;
  ebc_code: string;
  agent_code: string;
  logistics_code: string;
  trade_mode: string;
  customs_code: string | null;
  buyer_key: string;
  buyer_masked: string;
  status: string;
  waiting_for: string[] | null;
  wait_until: NullableTimestamp;
  channel: string | null;
  goods_value_fen: NullableInt8;
  dutiable_fen: NullableInt8;
  duty_fen: NullableInt8;
  vat_fen: NullableInt8;
  consumption_tax_fen: NullableInt8;
  tax_fen: NullableInt8;
  quota_fen: NullableInt8;
  risk_route: string | null;
  rejection_code: string | null;
  rejection_info: string | null;
  cancelled_at: NullableTimestamp;
  declared_at: Timestamp;
  matched_at: NullableTimestamp;
  released_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  updated_at: Timestamp;
  data: Json;
}

export interface SwInventoryLinesTable {
  inventory_id: string;
  gnum: number;
  gcode: string;
  origin: string;
  item_key: string | null;
  qty: string;
  value_fen: Int8;
}

export interface SwInventoryEventsTable {
  seq: ColumnType<number, never, never>;
  inventory_id: string;
  from_status: string | null;
  to_status: string;
  actor: string;
  actor_id: string | null;
  reason: string;
  at: Timestamp;
}

export interface SwReceiptsTable {
  seq: ColumnType<number, never, never>;
  /** The writing transaction (xid8, as text): the listing's commit order (0005). */
  txid: ColumnType<string, never, never>;
  id: string;
  recipient_id: string;
  message_type: string;
  doc_key: string;
  return_status: string;
  return_info: string;
  xml: string;
  created_at: Timestamp;
  delivered_at: NullableTimestamp;
}

export interface SwQuotaLedgerTable {
  id: string;
  buyer_key: string;
  year: number;
  inventory_id: string;
  kind: string;
  ref: string;
  amount_fen: Int8;
  at: Timestamp;
}

export interface SwStockTable {
  owner_code: string;
  item_key: string;
  qty: string;
  reserved: ColumnType<string, string | undefined, string>;
  updated_at: Timestamp;
}

export interface SwStockMovementsTable {
  id: string;
  owner_code: string;
  item_key: string;
  kind: string;
  qty: string;
  ref: string;
  at: Timestamp;
}

export interface SingleWindowSchema {
  participant_certificates: ParticipantCertificatesTable;
  sw_messages: SwMessagesTable;
  sw_processed: SwProcessedTable;
  sw_documents: SwDocumentsTable;
  sw_inventories: SwInventoriesTable;
  sw_inventory_lines: SwInventoryLinesTable;
  sw_inventory_events: SwInventoryEventsTable;
  sw_receipts: SwReceiptsTable;
  sw_quota_ledger: SwQuotaLedgerTable;
  sw_stock: SwStockTable;
  sw_stock_movements: SwStockMovementsTable;
}
