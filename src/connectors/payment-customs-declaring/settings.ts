import { z } from 'zod';
import { customsCodeField, secretField, timeoutField } from '../sdk/index.js';
import { CUSTOMS } from './units.js';

export const customsDeclaringSettings = z.object({
  gatewayUrl: z.url({ protocol: /^https?$/ }).meta({ description: "The institution's API base URL (e.g. https://api.mch.weixin.qq.com)" }),
  appId: z.string().min(1).max(32).meta({ description: 'App id the institution assigned (appid)' }),
  mchId: z.string().min(1).max(32).meta({ description: 'Merchant id at the institution (mch_id)' }),
  apiKey: secretField('Merchant API key: signs requests and verifies answers (sign)', 16),
  signType: z.enum(['MD5', 'HMAC-SHA256']).default('MD5').meta({ description: 'Signature algorithm of the exchange (sign_type)' }),
  customs: z.enum(CUSTOMS).meta({ description: 'The customs the institution declares to (customs)' }),
  merchantCustomsNo: z
    .string()
    .min(1)
    .max(32)
    .meta({ description: "The merchant's customs registration number at that customs (mch_customs_no): the platform's ebpCode" }),
  payCode: customsCodeField("The institution's own customs code: the payCode of the CEB411 it files (Tenpay: 4403169D3W)"),
  payName: z.string().min(1).max(100).optional().meta({ description: "The institution's name as registered with customs" }),
  timeoutMs: timeoutField(),
});

export type CustomsDeclaringSettings = z.output<typeof customsDeclaringSettings>;
