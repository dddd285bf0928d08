import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSignedIn } from '../auth/session.js';
import { apiFetch, fetchXml, query } from './client.js';
import type {
  BuyerQuota,
  DecisionAction,
  Inventory,
  InventoryDetail,
  Job,
  JobStatus,
  Page,
  Participant,
  QuoteRequest,
  Role,
  Stats,
  StockRow,
  TariffRow,
  TaxQuote,
} from './types.js';

/** Every query key starts with the resource; decisions invalidate the ones they change. */
export const keys = {
  inventories: ['inventories'] as const,
  inventory: (id: string) => ['inventory', id] as const,
  queue: (queue: string) => ['queue', queue] as const,
  stats: ['stats'] as const,
};

export function useInventories(status: string | undefined, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: [...keys.inventories, status ?? 'all', after ?? '', limit],
    queryFn: ({ signal }) =>
      apiFetch<Page<Inventory>>(key, `/v1/single-window/inventories${query({ status, after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInventory(id: string) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: keys.inventory(id),
    queryFn: ({ signal }) =>
      apiFetch<InventoryDetail>(key, `/v1/single-window/inventories/${encodeURIComponent(id)}`, { signal }),
  });
}

/** A message's raw XML at `path` (a declaration, a receipt, a received message); fetched once the viewer opens. */
export function useXmlAt(path: string, enabled: boolean) {
  const { key } = useSignedIn();
  return useQuery({ queryKey: ['xml', path], queryFn: ({ signal }) => fetchXml(key, path, signal), enabled, staleTime: Number.POSITIVE_INFINITY });
}

/** Where a message the single window received is served, as its sender signed it. */
export const receivedMessagePath = (messageId: string) => `/v1/single-window/messages/${encodeURIComponent(messageId)}`;

export function useQueue(queue: 'review' | 'inspection', after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: [...keys.queue(queue), after ?? '', limit],
    queryFn: ({ signal }) =>
      apiFetch<Page<Inventory>>(key, `/v1/single-window/queues/${queue}${query({ after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 20_000,
  });
}

/** An officer's decision; afterwards every list, the inventory and the statistics are fetched again. */
export function useDecision() {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; action: DecisionAction; reason: string }) =>
      apiFetch<Inventory>(key, `/v1/single-window/inventories/${encodeURIComponent(input.id)}/decision`, {
        method: 'POST',
        body: { action: input.action, reason: input.reason },
      }),
    // Not awaited: the caller's own callbacks run first (its row may leave the queue once the lists refetch).
    onSettled: (_data, _error, input) => {
      for (const queryKey of [['queue'], keys.inventories, keys.inventory(input.id), keys.stats]) {
        void client.invalidateQueries({ queryKey });
      }
    },
  });
}

export function useStats(days: number) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: [...keys.stats, days],
    queryFn: ({ signal }) => {
      const from = new Date(Date.now() - days * 86_400_000).toISOString();
      return apiFetch<Stats>(key, `/v1/single-window/stats${query({ from })}`, { signal });
    },
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

/** A mutation rather than a query: the ID number is personal data and stays out of the cache. */
export function useQuotaLookup() {
  const { key } = useSignedIn();
  return useMutation({
    mutationFn: (input: { idNumber: string; year: number }) =>
      apiFetch<BuyerQuota>(
        key,
        `/v1/single-window/quota/${encodeURIComponent(input.idNumber)}${query({ year: input.year })}`,
      ),
  });
}

export function useTaxQuote() {
  const { key } = useSignedIn();
  return useMutation({
    mutationFn: (body: QuoteRequest) => apiFetch<TaxQuote>(key, '/v1/tax/quote', { method: 'POST', body }),
  });
}

export function useTariff() {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['tariff'],
    queryFn: ({ signal }) => apiFetch<Page<TariffRow>>(key, '/v1/tariff?limit=1000', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useStock(owner: string | undefined) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['stock', owner ?? ''],
    queryFn: ({ signal }) => apiFetch<{ items: StockRow[] }>(key, `/v1/single-window/stock${query({ owner })}`, { signal }),
  });
}

export function useJobs(status: JobStatus, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['jobs', status, after ?? '', limit],
    queryFn: ({ signal }) => apiFetch<Page<Job>>(key, `/v1/jobs${query({ status, after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useJobCounts() {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['jobs', 'counts'],
    queryFn: ({ signal }) => apiFetch<Record<JobStatus, number>>(key, '/v1/jobs/counts', { signal }),
  });
}

export function useReplayJob() {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Job>(key, `/v1/jobs/${encodeURIComponent(id)}/replay`, { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: ['jobs'] }),
  });
}

export function useParticipants(role: Role | undefined, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['participants', role ?? 'all', after ?? '', limit],
    queryFn: ({ signal }) =>
      apiFetch<Page<Participant>>(key, `/v1/participants${query({ role, after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
