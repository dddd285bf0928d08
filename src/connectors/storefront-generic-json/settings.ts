import { z } from 'zod';
import { customsCodeField, secretField, timeoutField, toleranceField } from '../sdk/index.js';

export const genericJsonSettings = z.object({
  ebpCode: customsCodeField('Customs code of the e-commerce platform the orders are placed on (ebpCode)'),
  ebpName: z.string().min(1).max(100).optional().meta({ description: 'Name of the platform as registered with customs' }),
  ebcCode: customsCodeField('Customs code of the e-commerce enterprise selling the goods (ebcCode)'),
  ebcName: z.string().min(1).max(100).optional().meta({ description: 'Name of the enterprise as registered with customs' }),
  webhookSecret: secretField('Shared secret the storefront signs its order webhooks with (Crossgate-Signature, HMAC-SHA256)'),
  toleranceSeconds: toleranceField(),
  notifyUrl: z.url({ protocol: /^https?$/ }).meta({ description: 'Where Crossgate sends order status webhooks' }),
  notifySecret: secretField('Secret Crossgate signs the status webhooks with; the storefront verifies with it'),
  timeoutMs: timeoutField(),
});

export type GenericJsonSettings = z.output<typeof genericJsonSettings>;
