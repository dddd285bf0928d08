/** The steps of the hub a person sees by name (the console translates each key); `other` for an unknown queue. */
export const HUB_STEP_KEYS = [
  'waybill',
  'payment',
  'payment-timeout',
  'preflight',
  'payment-declare',
  'declare',
  'stock',
  'receipts',
  'notify',
  'product-import',
  'other',
] as const;
export type HubStep = (typeof HUB_STEP_KEYS)[number];
