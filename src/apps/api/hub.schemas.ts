import { z } from 'zod';
import { CONNECTION_KINDS, DEAL_STATUSES, DELIVERY_STATES } from '../../ports/hub.port.js';

/** Shapes of the hub's endpoints (views mask personal data and never carry a secret). */
const SENDER = z.enum(['ebp', 'ebc', 'payment', 'logistics', 'warehouse']);
const code3 = z.string().regex(/^\d{3}$/, 'a 3-digit customs code');
const decimal = z.string().regex(/^\d{1,12}(\.\d{1,5})?$/, 'a non-negative decimal as a string');

export const DealSummaryView = z
  .object({
    id: z.string(),
    status: z.enum(DEAL_STATUSES),
    reason: z.object({ code: z.string(), message: z.string() }).nullable(),
    orderNo: z.string(),
    partnerOrderId: z.string(),
    storefrontConnectionId: z.string().meta({ description: 'The storefront connection (sales channel) the order came from' }),
    amount: z.string().meta({ description: 'What the buyer paid for the order (yuan)' }),
    ebpCode: z.string(),
    ebcCode: z.string(),
    tradeMode: z.string(),
    paid: z.boolean(),
    test: z.boolean(),
    payTransactionId: z.string().nullable(),
    logisticsNo: z.string().nullable(),
    copNo: z.string(),
    invtNo: z.string().nullable(),
    channel: z.string().nullable(),
    estimatedTax: z.string().nullable().meta({ description: 'Tax the pre-flight computed (yuan)' }),
    customsTax: z.string().nullable().meta({ description: 'Tax on customs’ e-tax bill, CEB816 (yuan)' }),
    stock: z.string(),
    delivery: z
      .object({ state: z.enum(DELIVERY_STATES), deliveredAt: z.string().nullable() })
      .meta({ description: 'Where the parcel is, from the carrier’s tracking events' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    releasedAt: z.string().nullable(),
  })
  .meta({ id: 'DealSummary' });

const Masked = z.object({ name: z.string(), idNumber: z.string() });

export const DeclarationView = z.object({
  id: z.string(),
  type: z.string(),
  seq: z.number().int(),
  guid: z.string(),
  declaredBy: z.enum(['hub', 'institution']),
  status: z.string(),
  final: z.boolean(),
  returnStatus: z.string().nullable(),
  returnInfo: z.string().nullable(),
  receipts: z.array(
    z.object({
      id: z.string().nullable(),
      type: z.string(),
      status: z.string(),
      info: z.string(),
      at: z.string(),
      xml: z.boolean().meta({ description: 'Its raw XML is kept: GET …/declarations/{declarationId}/receipts/{receiptId}/xml' }),
    }),
  ),
  messageId: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  xml: z.boolean().meta({ description: 'The signed XML as sent is kept: GET /v1/deals/{id}/declarations/{declarationId}/xml' }),
});

export const DeliveryView = z
  .object({
    id: z.string(),
    dealId: z.string().nullable(),
    connectionId: z.string(),
    eventId: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    url: z.string(),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextRetryAt: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const DealDetailView = z
  .object({
    deal: DealSummaryView,
    documents: z.object({
      order: z.object({
        orderNo: z.string(),
        goodsValue: z.string(),
        freight: z.string(),
        discount: z.string(),
        taxTotal: z.string(),
        actualPaid: z.string(),
        buyer: Masked.extend({ telephone: z.string().nullable() }),
        lines: z.array(z.object({ gnum: z.number().int(), sku: z.string().nullable(), name: z.string(), qty: z.string(), price: z.string(), total: z.string() })),
      }),
      payment: z.object({ payCode: z.string(), payTransactionId: z.string(), amountPaid: z.string(), payer: Masked }).nullable(),
      waybill: z.object({ logisticsCode: z.string(), logisticsNo: z.string(), weight: z.string().nullable() }).nullable(),
      inventory: z
        .object({
          copNo: z.string().nullable(),
          tradeMode: z.string(),
          customsCode: z.string().nullable(),
          lines: z.array(z.object({ gnum: z.number().int(), gcode: z.string(), gname: z.string(), qty: z.string(), unit: z.string(), country: z.string() })),
        })
        .nullable(),
      returns: z.array(z.object({ seq: z.number().int(), lines: z.array(z.object({ gnum: z.number().int(), qty: z.string() })), reason: z.string() })),
    }),
    declarations: z.array(DeclarationView),
    webhooks: z.array(DeliveryView.extend({ told: z.string().nullable().meta({ description: 'The order status the webhook tells' }) })),
    timeline: z.array(z.object({ seq: z.number().int(), at: z.string(), platform: z.string(), kind: z.string(), summary: z.string() })),
  })
  .meta({ id: 'Deal' });

export const CustomsRouting = z.object({
  customsCode: z.string().regex(/^\d{4}$/, 'a 4-digit customs district code'),
  portCode: z.string().regex(/^\d{4}$/).optional(),
  tradeMode: z.enum(['9610', '1210']),
  emsNo: z.string().max(30).optional(),
  areaCode: z.string().max(18).optional(),
  parcelWeightKg: decimal.optional(),
});

export const LinksBody = z
  .strictObject({
    payment: z.string().max(64).optional(),
    carrier: z.string().max(64).optional(),
    warehouse: z.string().max(64).optional(),
    singleWindow: z.partialRecord(SENDER, z.string().max(64)).optional(),
    customs: CustomsRouting.optional(),
  })
  .meta({ description: 'Storefront connections: the connections its deals use (default: your only one of each kind) and how they are declared' });

const SigningKeyBody = z
  .strictObject({ keyName: z.string().min(1).max(100), pem: z.string().min(40).max(20_000) })
  .meta({ description: 'The private key (PEM) of the party this connection declares as; write-only', writeOnly: true });

const Settings = z.record(z.string(), z.json()).meta({ description: 'The connector’s settings (its JSON Schema: GET /v1/connectors); secrets are write-only' });

export const ConnectionBody = z.strictObject({
  kind: z.enum(CONNECTION_KINDS),
  connectorId: z.string().min(1).max(64),
  label: z.string().min(1).max(100),
  settings: Settings,
  declaresAs: SENDER.optional(),
  signingKey: SigningKeyBody.optional(),
  links: LinksBody.optional(),
});

export const ConnectionPatchBody = z.strictObject({
  label: z.string().min(1).max(100).optional(),
  settings: Settings.optional().meta({ description: 'Merged into the stored settings: leave secrets out to keep them' }),
  declaresAs: SENDER.nullable().optional(),
  signingKey: SigningKeyBody.nullable().optional(),
  links: LinksBody.nullable().optional(),
  disabled: z.boolean().optional(),
});

export const ConnectionView = z
  .object({
    id: z.string(),
    kind: z.enum(CONNECTION_KINDS),
    connectorId: z.string(),
    label: z.string(),
    settings: z.record(z.string(), z.json()).meta({ description: 'Without the secret fields' }),
    secretsSet: z.array(z.string()).meta({ description: 'Which secret fields hold a value' }),
    declaresAs: SENDER.nullable(),
    signingKey: z.object({ keyName: z.string(), set: z.boolean() }).nullable(),
    links: z.record(z.string(), z.json()).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    disabled: z.boolean(),
  })
  .meta({ id: 'Connection' });

export const ProductBody = z.strictObject({
  sku: z.string().min(1).max(60),
  name: z.string().min(1).max(250).meta({ description: 'The goods name as declared to customs' }),
  hsCode: z.string().regex(/^\d{10}$/, 'a 10-digit HS code'),
  originCountry: code3,
  declaredUnit: code3,
  model: z.string().max(510).optional(),
  barCode: z.string().max(50).optional(),
});

export const ProductView = z
  .object({
    sku: z.string(),
    name: z.string(),
    hsCode: z.string(),
    originCountry: z.string(),
    declaredUnit: z.string(),
    positiveList: z.enum(['listed', 'not-listed', 'unknown']),
    model: z.string().nullable(),
    barCode: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Product' });

export const LandedCostBody = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          sku: z.string().min(1).max(60).optional(),
          hsCode: z.string().regex(/^\d{8}(\d{2})?$/).optional(),
          name: z.string().min(1).max(250).optional(),
          qty: decimal,
          unitPrice: decimal,
        }),
      )
      .min(1)
      .max(100),
    destination: z.string().regex(/^[A-Za-z]{2}$/).meta({ description: 'ISO country of destination (CN)' }),
    freight: decimal.optional(),
    insurance: decimal.optional(),
    buyer: z.strictObject({
      idNumber: z.string().min(1).max(32),
      annualUsed: decimal.optional().meta({ description: 'Default: the hub’s estimate from the buyer’s released deals this year' }),
    }),
  })
  .meta({ id: 'LandedCostRequest' });
