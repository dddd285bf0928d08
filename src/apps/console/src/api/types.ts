import type { z } from 'zod';
import type { ClearanceStatus } from '../../../../domain/clearance/clearance.states.js';
import type { ErrorBody, JobView, ParticipantView, RoleSchema } from '../../../api/schemas.js';
import type {
  BuyerQuotaView,
  EventView,
  InventoryView,
  ReceiptView,
  StatsView,
  StockRowView,
} from '../../../api/sw.schemas.js';
import type { QuoteRequestBody, TariffRowView, TaxQuoteView } from '../../../api/tax.schemas.js';

/** The API's response shapes, inferred from its own zod schemas (types only: nothing of the server is bundled). */
export type Participant = z.infer<typeof ParticipantView>;
export type Role = z.infer<typeof RoleSchema>;
export type Job = z.infer<typeof JobView>;
export type JobStatus = Job['status'];
export type Inventory = z.infer<typeof InventoryView>;
export type InventoryEvent = z.infer<typeof EventView>;
export type Receipt = z.infer<typeof ReceiptView>;
export type Stats = z.infer<typeof StatsView>;
export type StatsBucket = Stats['byDay'][number];
export type BuyerQuota = z.infer<typeof BuyerQuotaView>;
export type StockRow = z.infer<typeof StockRowView>;
export type QuoteRequest = z.input<typeof QuoteRequestBody>;
export type TaxQuote = z.infer<typeof TaxQuoteView>;
export type TariffRow = z.infer<typeof TariffRowView>;
export type ApiErrorBody = z.infer<typeof ErrorBody>;
export type { ClearanceStatus };

/** A keyset page: pass `next` as `after` for the following one. */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

export interface InventoryDetail {
  readonly inventory: Inventory;
  readonly events: InventoryEvent[];
  readonly receipts: Receipt[];
  readonly originals: Original[];
}

/** One of the inventory's four documents and the message that carried it (or why there is none to open). */
export interface Original {
  readonly kind: 'order' | 'payment' | 'waybill' | 'inventory';
  readonly messageType: 'CEB311' | 'CEB411' | 'CEB511' | 'CEB621';
  readonly messageId: string | null;
  readonly unavailable: 'not-received' | 'not-yours' | 'not-recorded' | null;
}

export type DecisionAction = 'release' | 'reject' | 'inspect';
