import { readFileSync } from 'node:fs';
import { startMockInstitution, type MockInstitution } from '../../connectors/payment-customs-declaring/mock/institution.js';
import type { Role } from '../../domain/participants/index.js';
import type { Connection, ConnectionLinks, SenderRole } from '../../ports/hub.port.js';
import { loadSigningKey, type SigningKey, signMessage } from '../../signing/index.js';
import type { DemoKey } from '../../workflows/demo/seed-demo-world.js';
import { DEMO_GOODS, type DealParties } from '../../workflows/demo/synthetic-deal.js';
import { createConnection } from '../../workflows/hub/connections.js';
import type { Hub } from '../../workflows/hub/index.js';
import { saveProducts } from '../../workflows/hub/products.js';
import { SHOP_DOMAIN } from './partner-sim.js';

/**
 * The demo merchant's hub, configured as a merchant would through the API: two storefronts (generic JSON and
 * Shopify), a payment institution that notifies and one that declares to customs itself (simulated, WeChat-Pay
 * style), a postal carrier, the bonded warehouse, one single-window connection per declaring party (its API key and
 * signing key), and the product registry.
 */
export const DEMO_SECRETS = {
  genericWebhook: 'whsec_demo_generic_0123456789',
  shopifyApi: 'shpss_demo_app_secret_0123456789',
  notify: 'ntsec_demo_storefront_0123456789',
  paymentWebhook: 'whsec_demo_payment_0123456789',
  institutionKey: 'cgdemo0123456789abcdef0123456789',
  carrierWebhook: 'whsec_demo_carrier_0123456789',
} as const;

export const DEMO_EMS_NO = 'T2991W000001';
const INSTITUTION = { appId: 'wx8888888888888888', mchId: '1900000109' };

export interface HubWorld {
  readonly owner: { readonly participantId: string; readonly apiKey: string };
  readonly parties: DealParties;
  readonly connections: Readonly<Record<'generic' | 'shopify' | 'bonded' | 'genericPayment' | 'institution' | 'carrier' | 'warehouse', Connection>>;
  readonly institution: MockInstitution;
  readonly signers: Readonly<Partial<Record<Role, SigningKey>>>;
  readonly apiKeys: Readonly<Partial<Record<Role, string>>>;
  close(): Promise<void>;
}

export interface HubWorldOptions {
  readonly hub: Hub;
  /** The platform's API (the single window the hub declares to). */
  readonly baseUrl: string;
  readonly demoKeys: readonly DemoKey[];
  /** Where the storefronts receive their status webhooks. */
  readonly notifyUrl: string;
}

export async function setUpHubWorld(options: HubWorldOptions): Promise<HubWorld> {
  const { hub, baseUrl, demoKeys } = options;
  const byRole = (role: Role) => {
    const k = demoKeys.find((d) => d.role === role);
    if (!k) throw new Error(`the demo world has no ${role}`);
    return k;
  };
  const party = (role: Role) => ({ code: byRole(role).code, name: byRole(role).name });
  const parties: DealParties = {
    ebp: party('ebp'),
    ebc: party('ebc'),
    payment: party('payment'),
    logistics: party('logistics'),
    warehouse: party('warehouse'),
    customsCode: party('customs').code,
  };
  const signers: Partial<Record<Role, SigningKey>> = {};
  const pems: Partial<Record<Role, { pem: string; keyName: string }>> = {};
  const apiKeys: Partial<Record<Role, string>> = {};
  for (const k of demoKeys) {
    apiKeys[k.role] = k.key;
    if (!k.signingKey) continue;
    const pem = readFileSync(k.signingKey.path, 'utf8');
    pems[k.role] = { pem, keyName: k.signingKey.keyName };
    signers[k.role] = loadSigningKey(pem, { keyName: k.signingKey.keyName });
  }
  const owner = byRole('ebc');
  const paymentKey = signers.payment;
  const institution = await startMockInstitution({
    merchants: [{ ...INSTITUTION, apiKey: DEMO_SECRETS.institutionKey, customsName: parties.ebp.name }],
    customs: {
      payCode: parties.payment.code,
      payName: parties.payment.name,
      transfer: { copCode: parties.payment.code, copName: parties.payment.name, dxpMode: 'DXP', dxpId: `DXPENT${parties.payment.code.slice(-10)}` },
      sign: async (xml) => (paymentKey ? signMessage(xml, paymentKey) : xml),
      send: async (signedXml) => {
        const res = await fetch(new URL('/v1/single-window/messages', baseUrl), {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKeys.payment}`, 'content-type': 'application/xml' },
          body: signedXml,
        });
        const text = await res.text();
        return { accepted: res.status === 202, info: res.status === 202 ? '申报成功' : text.slice(0, 200) };
      },
    },
  });
  const create = (input: Parameters<typeof createConnection>[2]) => createConnection(hub.ctx, owner.participantId, input);
  const genericPayment = await create({
    kind: 'payment',
    connectorId: 'generic',
    label: 'Demo Pay notifications',
    settings: { payCode: parties.payment.code, payName: parties.payment.name, ebpCode: parties.ebp.code, webhookSecret: DEMO_SECRETS.paymentWebhook },
  });
  const declaring = await create({
    kind: 'payment',
    connectorId: 'customs-declaring',
    label: 'Demo Pay customs declaration',
    settings: {
      gatewayUrl: institution.url,
      ...INSTITUTION,
      apiKey: DEMO_SECRETS.institutionKey,
      customs: 'HANGZHOU_ZS',
      merchantCustomsNo: parties.ebp.code,
      payCode: parties.payment.code,
      payName: parties.payment.name,
    },
  });
  const carrier = await create({
    kind: 'carrier',
    connectorId: 's10-post',
    label: parties.logistics.name,
    settings: {
      logisticsCode: parties.logistics.code,
      logisticsName: parties.logistics.name,
      serviceIndicator: 'EA',
      serialFirst: 10_000_000,
      serialLast: 99_999_999,
      sender: { name: parties.ebc.name, address: '浙江省杭州市萧山区保税路1号' },
      webhookSecret: DEMO_SECRETS.carrierWebhook,
    },
  });
  const warehouse = await create({
    kind: 'warehouse',
    connectorId: 'bonded-warehouse',
    label: parties.warehouse?.name ?? 'warehouse',
    settings: { warehouseCode: parties.warehouse?.code ?? '', warehouseName: parties.warehouse?.name ?? '', emsNo: DEMO_EMS_NO },
  });
  for (const role of ['ebp', 'payment', 'logistics', 'ebc'] as const satisfies readonly SenderRole[]) {
    const key = pems[role];
    if (!key) continue;
    await create({
      kind: 'single-window',
      connectorId: 'ceb-single-window',
      label: `Single window as ${parties[role].name}`,
      settings: { baseUrl, apiKey: apiKeys[role] ?? '', pageSize: 500 },
      declaresAs: role,
      signingKey: key,
    });
  }
  const customs = { customsCode: parties.customsCode, tradeMode: '9610' as const };
  const links = (payment: string, extra: Partial<ConnectionLinks> = {}): ConnectionLinks => ({ payment, carrier: carrier.id, warehouse: warehouse.id, customs, ...extra });
  const storefront = { ebpCode: parties.ebp.code, ebpName: parties.ebp.name, ebcCode: parties.ebc.code, ebcName: parties.ebc.name, notifyUrl: options.notifyUrl, notifySecret: DEMO_SECRETS.notify };
  const generic = await create({ kind: 'storefront', connectorId: 'generic-json', label: 'Demo shop (generic JSON)', settings: { ...storefront, webhookSecret: DEMO_SECRETS.genericWebhook }, links: links(genericPayment.id) });
  const shopify = await create({
    kind: 'storefront',
    connectorId: 'shopify',
    label: 'Demo shop (Shopify)',
    settings: { ...storefront, shopDomain: SHOP_DOMAIN, apiSecret: DEMO_SECRETS.shopifyApi, orderNoSource: 'name', payCode: parties.payment.code, payName: parties.payment.name },
    links: links(declaring.id),
  });
  const bonded = await create({
    kind: 'storefront',
    connectorId: 'generic-json',
    label: 'Demo bonded shop (generic JSON, 1210)',
    settings: { ...storefront, webhookSecret: DEMO_SECRETS.genericWebhook },
    links: links(genericPayment.id, { customs: { ...customs, tradeMode: '1210', emsNo: DEMO_EMS_NO, areaCode: parties.warehouse?.code ?? '' } }),
  });
  const goods = [...DEMO_GOODS, { hsCode: '2402200000', name: '卷烟', unit: '035', origin: '303', itemNo: 'SKU-CIG' }];
  await saveProducts(
    hub.ctx,
    owner.participantId,
    goods.map((g) => ({ sku: g.itemNo, name: g.name, hsCode: g.hsCode, originCountry: g.origin, declaredUnit: g.unit, model: null, barCode: null })),
  );
  return {
    owner: { participantId: owner.participantId, apiKey: owner.key },
    parties,
    connections: { generic, shopify, bonded, genericPayment, institution: declaring, carrier, warehouse },
    institution,
    signers,
    apiKeys,
    close: () => institution.close(),
  };
}
