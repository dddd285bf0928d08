import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ConnectionView, DealDetailView, DealSummaryView } from '../../../api/hub.schemas.js';
import { useSignedIn } from '../auth/session.js';
import { apiFetch, query } from './client.js';
import type { Page } from './types.js';

/** The hub's deals as the API gives them (types inferred from its own schemas: nothing of the server is bundled). */
export type DealSummary = z.infer<typeof DealSummaryView>;
export type DealDetail = z.infer<typeof DealDetailView>;
export type DealStatus = DealSummary['status'];
export type Declaration = DealDetail['declarations'][number];
export type DealReceipt = Declaration['receipts'][number];
export type DealEvent = DealDetail['timeline'][number];
export type DealWebhook = DealDetail['webhooks'][number];
export type Connection = z.infer<typeof ConnectionView>;

export const DEAL_STATUS_ORDER: readonly DealStatus[] = [
  'received',
  'awaiting-payment',
  'declaring',
  'declared',
  'released',
  'rejected',
  'stopped',
  'blocked',
  'needs-attention',
  'cancelled',
  'returned',
];

export interface DealFilters {
  readonly status?: DealStatus | undefined;
  readonly storefront?: string | undefined;
  /** China calendar days (YYYY-MM-DD), both included. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly q?: string | undefined;
}

export interface DealPage extends Page<DealSummary> {
  readonly total: { readonly count: number; readonly capped: boolean };
}

/** Start of a China calendar day (UTC+8) as an instant. */
const chinaDayStart = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString();

export function useDeals(filters: DealFilters, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['deals', filters, after ?? '', limit],
    queryFn: ({ signal }) =>
      apiFetch<DealPage>(
        key,
        `/v1/deals${query({
          order: 'desc',
          status: filters.status,
          storefront: filters.storefront,
          since: filters.from ? chinaDayStart(filters.from) : undefined,
          until: filters.to ? chinaDayStart(filters.to, 1) : undefined,
          q: filters.q,
          after,
          limit,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: string) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['deal', id],
    queryFn: ({ signal }) => apiFetch<DealDetail>(key, `/v1/deals/${encodeURIComponent(id)}`, { signal }),
    // a deal in flight moves on its own: follow it while the page is open
    refetchInterval: (q) => (q.state.data && ['released', 'rejected', 'stopped', 'cancelled', 'returned'].includes(q.state.data.deal.status) ? false : 5000),
  });
}

/** The storefront connections (sales channels), for the channel filter and names. */
export function useStorefronts() {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['connections', 'storefront'],
    queryFn: ({ signal }) => apiFetch<Page<Connection>>(key, '/v1/connections?kind=storefront&includeDisabled=true&limit=200', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Where the raw XML of a declaration of the deal, or of one of its receipts, is served. */
export function dealXmlPath(dealId: string, declarationId: string, receiptId: string | null): string {
  const base = `/v1/deals/${encodeURIComponent(dealId)}/declarations/${encodeURIComponent(declarationId)}`;
  return receiptId ? `${base}/receipts/${encodeURIComponent(receiptId)}/xml` : `${base}/xml`;
}

export type DealAction =
  | { readonly kind: 'cancel'; readonly reason: string }
  | { readonly kind: 'resume' }
  | { readonly kind: 'return'; readonly reason: string; readonly lines: readonly { readonly gnum: number; readonly qty: string }[] };

/** Cancel, return or resume (the hub's own commands); the deal and the lists are fetched again afterwards. */
export function useDealAction(id: string) {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: DealAction) => {
      const path = `/v1/deals/${encodeURIComponent(id)}`;
      if (action.kind === 'cancel') return apiFetch<unknown>(key, `${path}/cancel`, { method: 'POST', body: { reason: action.reason } });
      if (action.kind === 'return') return apiFetch<unknown>(key, `${path}/returns`, { method: 'POST', body: { reason: action.reason, lines: action.lines } });
      return apiFetch<unknown>(key, `${path}/resume`, { method: 'POST' });
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['deal', id] });
      void client.invalidateQueries({ queryKey: ['deals'] });
    },
  });
}
