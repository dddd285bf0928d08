import type { ColumnType, Generated } from 'kysely';
import type { JsonValue } from '../ports/json.js';
import type { HubSchema } from './schema-hub.js';
import type { SingleWindowSchema } from './schema-single-window.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<JsonValue, string, string>;

export interface ParticipantsTable {
  id: string;
  role: string;
  code: string;
  name: string;
  callback_url: string | null;
  created_at: Timestamp;
  disabled_at: NullableTimestamp;
}

export interface ApiKeysTable {
  id: string;
  participant_id: string;
  prefix: string;
  secret_hash: string;
  label: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface JobsTable {
  id: string;
  queue: string;
  payload: Json;
  status: string;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: Timestamp;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number | null;
  response: ColumnType<JsonValue | null, string | null, string | null>;
  created_at: Timestamp;
}

export interface TariffRatesTable {
  hs_code: string;
  name: string;
  vat_rate: string;
  consumption_tax_rate: string | null;
  consumption_tax_per_unit: string | null;
  mfn_duty_rate: string | null;
  positive_list: boolean;
  trade_modes: string[] | null;
  remark: string | null;
  source: string;
  imported_at: Timestamp;
}

/** The database as the query layer sees it; the same on PGlite and PostgreSQL. */
export interface DatabaseSchema extends SingleWindowSchema, HubSchema {
  participants: ParticipantsTable;
  api_keys: ApiKeysTable;
  jobs: JobsTable;
  idempotency_keys: IdempotencyKeysTable;
  tariff_rates: TariffRatesTable;
}
