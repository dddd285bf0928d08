import { z } from 'zod';
import { ROLES } from '../../domain/participants/index.js';
import { JOB_STATUSES, type Job } from '../../ports/jobs.port.js';
import type { ApiKeyRecord, Participant } from '../../ports/participants.port.js';
import type { IssuedKey } from '../../workflows/participants/participants.workflow.js';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable dotted code from the error catalogue' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'Error' });

export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });

export const ParticipantView = z
  .object({
    id: z.string(),
    role: RoleSchema,
    code: z.string(),
    name: z.string(),
    callbackUrl: z.string().nullable(),
    createdAt: z.string(),
    disabled: z.boolean(),
  })
  .meta({ id: 'Participant' });

export const ApiKeyView = z
  .object({
    id: z.string(),
    participantId: z.string(),
    label: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revoked: z.boolean(),
  })
  .meta({ id: 'ApiKey' });

export const IssuedKeyView = z
  .object({
    id: z.string(),
    participantId: z.string(),
    label: z.string().nullable(),
    key: z.string().meta({ description: 'The API key. Shown once: store it now.' }),
  })
  .meta({ id: 'IssuedApiKey' });

export const JobView = z
  .object({
    id: z.string(),
    queue: z.string(),
    status: z.enum(JOB_STATUSES),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: z.string(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export const participantView = (p: Participant): z.infer<typeof ParticipantView> => ({
  id: p.id,
  role: p.role,
  code: p.code,
  name: p.name,
  callbackUrl: p.callbackUrl,
  createdAt: p.createdAt.toISOString(),
  disabled: p.disabledAt !== null,
});

export const apiKeyView = (k: ApiKeyRecord): z.infer<typeof ApiKeyView> => ({
  id: k.id,
  participantId: k.participantId,
  label: k.label,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revoked: k.revokedAt !== null,
});

export const issuedKeyView = (k: IssuedKey): z.infer<typeof IssuedKeyView> => ({ ...k });

export const jobView = (j: Job): z.infer<typeof JobView> => ({
  id: j.id,
  queue: j.queue,
  status: j.status,
  attempts: j.attempts,
  maxAttempts: j.maxAttempts,
  runAt: j.runAt.toISOString(),
  lastError: j.lastError,
  createdAt: j.createdAt.toISOString(),
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

/** The error responses a protected route may give, for the OpenAPI document. */
export const protectedErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } as const;
