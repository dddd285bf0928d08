import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSignedIn } from '../auth/session.js';
import { apiFetch, query } from './client.js';
import type { Connection, ConnectionDraft, Connector, Delivery, DeliveryDetail, DeliveryStatus, Product, ProductImport } from './hub-types.js';
import type { Page } from './types.js';
import { type UploadProgress, uploadFile } from './upload.js';

/** The integration hub's resources: product registry and imports, connectors and connections, webhook deliveries. */
export function useProducts(q: string, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['products', q, after ?? '', limit],
    queryFn: ({ signal }) => apiFetch<Page<Product>>(key, `/v1/products${query({ q, after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

const RUNNING: ReadonlySet<ProductImport['status']> = new Set(['queued', 'running']);

/** One import, polled while a worker is at it (progress), then kept as it ended (the report). */
export function useProductImport(id: string | undefined) {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useQuery({
    queryKey: ['product-import', id ?? ''],
    enabled: id !== undefined,
    queryFn: async ({ signal }) => {
      const found = await apiFetch<ProductImport>(key, `/v1/products/imports/${encodeURIComponent(id ?? '')}`, { signal });
      if (!RUNNING.has(found.status)) {
        void client.invalidateQueries({ queryKey: ['products'] });
        void client.invalidateQueries({ queryKey: ['product-imports'] });
      }
      return found;
    },
    refetchInterval: (q) => (q.state.data === undefined || RUNNING.has(q.state.data.status) ? 400 : false),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useProductImports() {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['product-imports'],
    queryFn: ({ signal }) => apiFetch<Page<ProductImport>>(key, '/v1/products/imports?limit=5', { signal }),
  });
}

/** Uploads a CSV (with upload progress); the answer is the import, queued for a worker. */
export function useStartImport(onProgress: (p: UploadProgress) => void) {
  const { key } = useSignedIn();
  return useMutation({
    mutationFn: (file: File) => uploadFile<ProductImport>(key, `/v1/products/imports${query({ fileName: file.name.slice(0, 200) })}`, file, 'text/csv', onProgress),
  });
}

export function useConnectors() {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['connectors'],
    queryFn: ({ signal }) => apiFetch<{ items: Connector[] }>(key, '/v1/connectors', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useConnections() {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['connections'],
    queryFn: ({ signal }) => apiFetch<Page<Connection>>(key, '/v1/connections?includeDisabled=true&limit=200', { signal }),
  });
}

export function useConnection(id: string | undefined) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['connections', id ?? ''],
    enabled: id !== undefined,
    queryFn: ({ signal }) => apiFetch<Connection>(key, `/v1/connections/${encodeURIComponent(id ?? '')}`, { signal }),
  });
}

/** Creates a connection (no id) or changes one (settings merged by the server; secrets left out are kept). */
export function useSaveConnection() {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; kind: string; connectorId: string; draft: ConnectionDraft }) =>
      input.id
        ? apiFetch<Connection>(key, `/v1/connections/${encodeURIComponent(input.id)}`, { method: 'PATCH', body: input.draft })
        : apiFetch<Connection>(key, '/v1/connections', { method: 'POST', body: { kind: input.kind, connectorId: input.connectorId, ...input.draft } }),
    onSuccess: (saved) => client.setQueryData(['connections', saved.id], saved),
    onSettled: () => client.invalidateQueries({ queryKey: ['connections'] }),
  });
}

export function useSetConnectionDisabled() {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; disabled: boolean }) =>
      input.disabled
        ? apiFetch<Connection>(key, `/v1/connections/${encodeURIComponent(input.id)}`, { method: 'DELETE' })
        : apiFetch<Connection>(key, `/v1/connections/${encodeURIComponent(input.id)}`, { method: 'PATCH', body: { disabled: false } }),
    onSettled: () => client.invalidateQueries({ queryKey: ['connections'] }),
  });
}

export function useDeliveries(status: DeliveryStatus | undefined, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['deliveries', status ?? 'all', after ?? '', limit],
    queryFn: ({ signal }) => apiFetch<Page<Delivery>>(key, `/v1/webhook-deliveries${query({ status, after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

export function useDelivery(id: string | undefined) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['delivery', id ?? ''],
    enabled: id !== undefined,
    queryFn: ({ signal }) => apiFetch<DeliveryDetail>(key, `/v1/webhook-deliveries/${encodeURIComponent(id ?? '')}`, { signal }),
  });
}

export function useReplayDelivery() {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Delivery>(key, `/v1/webhook-deliveries/${encodeURIComponent(id)}/replay`, { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: ['deliveries'] }),
  });
}
