import { z } from 'zod';
import { HUB_STEP_KEYS } from '../../workflows/hub/step-keys.js';

/** A failed or dead step of the merchant's hub work (GET /v1/hub/jobs); its error never carries personal data. */
export const FailedStepView = z
  .object({
    id: z.string(),
    dealId: z.string().nullable(),
    orderNo: z.string().nullable(),
    queue: z.string(),
    step: z.enum(HUB_STEP_KEYS).meta({ description: 'Which step of the hub: waybill, payment, declare, stock, receipts, notify, product-import…' }),
    stepName: z.string().meta({ description: 'The step in words (English)' }),
    status: z.enum(['dead', 'failed']).meta({ description: 'dead: gave up (replay it); failed: will be tried again at nextAttemptAt' }),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable().meta({ description: 'First line of the last error, personal data removed' }),
    nextAttemptAt: z.string().nullable(),
    failedAt: z.string(),
  })
  .meta({ id: 'FailedStep' });
