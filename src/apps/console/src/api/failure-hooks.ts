import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FailedStepView } from '../../../api/failed-steps.schemas.js';
import { useSignedIn } from '../auth/session.js';
import { apiFetch, query } from './client.js';
import type { Page } from './types.js';

/** A step of the merchant's hub work that failed (GET /v1/hub/jobs), typed from the API's own schema. */
export type FailedStep = z.infer<typeof FailedStepView>;
export type FailedStepStatus = FailedStep['status'];

export function useFailedSteps(status: FailedStepStatus, after: string | undefined, limit = 25) {
  const { key } = useSignedIn();
  return useQuery({
    queryKey: ['failed-steps', status, after ?? '', limit],
    queryFn: ({ signal }) => apiFetch<Page<FailedStep>>(key, `/v1/hub/jobs${query({ status, after, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

export function useReplayStep() {
  const { key } = useSignedIn();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<FailedStep>(key, `/v1/hub/jobs/${encodeURIComponent(id)}/replay`, { method: 'POST' }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['failed-steps'] });
      void client.invalidateQueries({ queryKey: ['deal'] });
    },
  });
}
