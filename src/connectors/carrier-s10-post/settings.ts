import { z } from 'zod';
import { customsCodeField, secretField } from '../sdk/index.js';

const serial = (description: string) => z.number().int().min(0).max(99_999_999).meta({ description });

export const s10PostSettings = z
  .object({
    logisticsCode: customsCodeField('Customs code of the carrier (logisticsCode of CEB511 and CEB513)'),
    logisticsName: z.string().min(1).max(100).meta({ description: 'Name of the carrier as registered with customs' }),
    serviceIndicator: z.string().regex(/^[A-Z]{2}$/).meta({ description: 'S10 service indicator of the numbers (e.g. EA for EMS)' }),
    countryCode: z.string().regex(/^[A-Z]{2}$/).default('CN').meta({ description: 'ISO country code closing the numbers (the issuing operator)' }),
    serialFirst: serial('First serial of the number range the carrier assigned'),
    serialLast: serial('Last serial of the number range the carrier assigned'),
    sender: z
      .object({
        name: z.string().min(1).max(100).meta({ description: 'Sender printed on the label (the bonded warehouse or merchant)' }),
        address: z.string().min(1).max(200).meta({ description: 'Sender address printed on the label' }),
        telephone: z.string().max(50).optional().meta({ description: 'Sender telephone printed on the label' }),
      })
      .meta({ description: 'The sender on the labels' }),
    webhookSecret: secretField("Secret of the tracking webhook: the tracking service signs each event with it (X-Hmac-Signature)"),
  })
  .refine((s) => s.serialFirst <= s.serialLast, { message: 'serialFirst must not be after serialLast', path: ['serialLast'] });

export type S10PostSettings = z.output<typeof s10PostSettings>;
