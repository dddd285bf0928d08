import { z } from 'zod';
import { secretField, timeoutField } from '../sdk/index.js';

export const singleWindowSettings = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/ }).meta({ description: 'Base URL of the single window (Crossgate’s own, or any endpoint speaking the standard)' }),
    apiKey: secretField('API key of this sender at the single window (sent as a bearer token)'),
    envelope: z.enum(['bare', 'dxp']).default('bare').meta({ description: 'Send the signed CEB message bare, or wrapped in a DxpMsg envelope' }),
    dxpSenderId: z.string().min(1).max(16).optional().meta({ description: 'DXP id of this sender (required for the DxpMsg envelope)' }),
    dxpReceiverId: z.string().min(1).max(16).default('DXPEDCCEB0000002').meta({ description: 'DXP id of the receiver (customs CBEC import by default)' }),
    edition: z.enum(['202205', '2018']).default('202205').meta({ description: 'Edition of the CEB messages written from canonical declarations' }),
    messagesPath: z.string().startsWith('/').default('/v1/single-window/messages').meta({ description: 'Path declarations are POSTed to' }),
    receiptsPath: z.string().startsWith('/').default('/v1/single-window/receipts').meta({ description: 'Path receipts are pulled from (GET ?since=&limit=)' }),
    pageSize: z.number().int().min(1).max(500).default(100).meta({ description: 'Receipts fetched per pull' }),
    timeoutMs: timeoutField(),
  })
  .refine((s) => s.envelope === 'bare' || s.dxpSenderId !== undefined, { message: 'the DxpMsg envelope needs dxpSenderId', path: ['dxpSenderId'] });

export type SingleWindowSettings = z.output<typeof singleWindowSettings>;
