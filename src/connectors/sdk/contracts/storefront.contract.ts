import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Order } from '../../../domain/model/index.js';
import { add, cmp, mul, parseDecimal, type Rational, sub, sum } from '../../../kernel/money.js';
import type { InboundRequest } from '../inbound.js';
import type { OrderStatusUpdate, StorefrontConnector } from '../kinds/storefront.js';
import { hasCapability } from '../metadata.js';
import { SIGNATURE_HEADER, verifyPayloadSignature } from '../webhook-signature.js';
import {
  checkMetadata,
  checkSettings,
  checkSkips,
  type ContractOptions,
  contractCase,
  expectDecimal,
  expectNoPersonalData,
  failureOf,
  garbage,
  tampered,
  successOf,
} from './common.js';
import { type Receiver, startReceiver } from './receiver.js';

/** What the suite gives `create`: where status webhooks must go, and the clock to sign with. */
export interface StorefrontContractContext {
  readonly notifyUrl: string;
  readonly clock: () => Date;
}

export interface StorefrontFixtures {
  /** Valid raw settings (checked against the schema). */
  readonly settings: unknown;
  /** The secret status webhooks are signed with (the `create`d connector's). */
  readonly notifySecret: string;
  /** Personal data in the fixtures (ID numbers, phones, names): must never appear in an error or a status webhook. */
  readonly personalData: readonly string[];
  /** A genuine order webhook, signed as the partner signs it, received at `at`. */
  orderWebhook(at: Date): InboundRequest;
  /** The canonical order it must give, field for field. */
  readonly expectedOrder: Order;
  /** The same order signed with a secret that is not the connector's. */
  forgedWebhook(at: Date): InboundRequest;
  /** The order without its signature header. */
  unsignedWebhook(at: Date): InboundRequest;
  /** Correctly signed, but not an order in the partner's format. */
  malformedWebhook(at: Date): InboundRequest;
  /** Correctly signed, but signed longer ago than the replay window (connectors with `signed-timestamp`). */
  staleWebhook?(at: Date): InboundRequest;
}

export const STOREFRONT_CASES = [
  'SF01', 'SF02', 'SF03', 'SF04', 'SF05', 'SF06', 'SF07', 'SF08', 'SF09', 'SF10', 'SF11', 'SF12', 'SF13', 'SF14', 'SF15',
] as const;

const dec = (text: string): Rational => {
  const r = parseDecimal(text);
  if (!r.ok) throw new Error(`not a decimal: ${text}`);
  return r.value;
};
const same = (a: Rational, b: Rational) => cmp(a, b) === 0;

/** The order is internally consistent as CEB311 wants it. */
function expectConsistentOrder(order: Order): void {
  for (const f of ['goodsValue', 'freight', 'discount', 'taxTotal', 'actualPaid'] as const) expectDecimal(order[f], f);
  expect(order.currency).toBe('142');
  expect(order.lines.map((l) => l.gnum)).toEqual(order.lines.map((_, i) => i + 1));
  for (const l of order.lines) {
    expectDecimal(l.qty, 'qty');
    expect(same(mul(dec(l.price), dec(l.qty)), dec(l.totalPrice)), `line ${l.gnum}: price × qty = totalPrice`).toBe(true);
    expect(l.unit).toMatch(/^\d{3}$/);
    expect(l.country).toMatch(/^\d{3}$/);
  }
  expect(same(sum(order.lines.map((l) => dec(l.totalPrice))), dec(order.goodsValue)), 'Σ line totals = goodsValue').toBe(true);
  const paid = sub(add(add(dec(order.goodsValue), dec(order.freight)), dec(order.taxTotal)), dec(order.discount));
  expect(same(paid, dec(order.actualPaid)), 'goodsValue + freight + tax − discount = actualPaid').toBe(true);
}

/**
 * The storefront contract: every storefront connector's test file calls this with its own factory and fixtures.
 * SF01–06 inbound authentication and reading, SF07–09 the canonical order, SF10–15 status webhooks out.
 */
export function runStorefrontContract(options: ContractOptions<StorefrontConnector, StorefrontFixtures, StorefrontContractContext>): void {
  const { fixtures: fx, skip } = options;
  describe(`storefront contract: ${options.name}`, () => {
    let sf: StorefrontConnector;
    let receiver: Receiver;
    let now = new Date('2025-03-01T02:00:00.000Z');
    const clock = () => now;

    beforeAll(async () => {
      receiver = await startReceiver();
      sf = await options.create({ notifyUrl: receiver.url, clock });
    });
    afterAll(async () => {
      await receiver?.close();
      await options.teardown?.();
    });

    checkSkips(skip, STOREFRONT_CASES);

    contractCase(skip, 'SF01', 'metadata and settings schema follow the rules', () => {
      checkMetadata(sf.metadata, 'storefront');
      expect(sf.metadata).toEqual(options.definition.metadata);
      checkSettings(options.definition.settings, fx.settings);
    });

    contractCase(skip, 'SF02', 'a genuine order webhook maps to the expected canonical order', async () => {
      const event = successOf(await sf.receiveOrder(fx.orderWebhook(now)));
      expect(event.order).toEqual(fx.expectedOrder);
      expect(event.eventId).not.toBe('');
      expect(event.topic).not.toBe('');
      expect(event.partnerOrderId).not.toBe('');
      expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
    });

    contractCase(skip, 'SF03', 'the same delivery twice gives the same event id (the de-duplication key)', async () => {
      const a = successOf(await sf.receiveOrder(fx.orderWebhook(now)));
      const b = successOf(await sf.receiveOrder(fx.orderWebhook(now)));
      expect(b.eventId).toBe(a.eventId);
    });

    contractCase(skip, 'SF04', 'a forged, tampered or unsigned webhook is refused as unauthenticated, permanently', async () => {
      for (const request of [fx.forgedWebhook(now), tampered(fx.orderWebhook(now))]) {
        const e = failureOf(await sf.receiveOrder(request));
        expect(e).toMatchObject({ code: 'webhook.signature_invalid', disposition: 'permanent', partner: 'storefront/' + sf.metadata.id });
        expectNoPersonalData(e, fx.personalData);
      }
      const e = failureOf(await sf.receiveOrder(fx.unsignedWebhook(now)));
      expect(e).toMatchObject({ code: 'webhook.signature_missing', disposition: 'permanent' });
    });

    contractCase(skip, 'SF05', 'a signed but unreadable body is refused as invalid, without personal data in the error', async () => {
      for (const request of [fx.malformedWebhook(now), garbage(fx.orderWebhook(now))]) {
        const e = failureOf(await sf.receiveOrder(request));
        expect(['webhook.payload_invalid', 'webhook.signature_invalid']).toContain(e.code);
        expect(e.disposition).toBe('permanent');
        expectNoPersonalData(e, fx.personalData);
      }
      const e = failureOf(await sf.receiveOrder(fx.malformedWebhook(now)));
      expect(e.code).toBe('webhook.payload_invalid');
    });

    contractCase(skip, 'SF06', 'a webhook signed before the replay window is refused as stale', async () => {
      expect(hasCapability(sf.metadata, 'signed-timestamp'), 'list the signed-timestamp capability, or skip SF06 with a reason').toBe(true);
      expect(fx.staleWebhook, 'a connector with signed-timestamp provides staleWebhook').toBeDefined();
      const e = failureOf(await sf.receiveOrder((fx.staleWebhook as (at: Date) => InboundRequest)(now)));
      expect(e).toMatchObject({ code: 'webhook.stale', disposition: 'permanent' });
    });

    contractCase(skip, 'SF07', 'the canonical order is consistent: decimal strings, line totals, amounts add up', async () => {
      expectConsistentOrder(successOf(await sf.receiveOrder(fx.orderWebhook(now))).order);
    });

    contractCase(skip, 'SF08', 'the order carries the buyer identity customs needs', async () => {
      const { order } = successOf(await sf.receiveOrder(fx.orderWebhook(now)));
      expect(order.buyer.idType).toBe('1');
      expect(order.buyer.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(order.buyer.name).not.toBe('');
      expect(order.consignee.telephone).not.toBe('');
      expect(order.consignee.address).not.toBe('');
    });

    contractCase(skip, 'SF09', 'receiving never throws, whatever arrives', async () => {
      const junk: InboundRequest[] = [
        { headers: {}, rawBody: '', receivedAt: now },
        { headers: {}, rawBody: 'null', receivedAt: now },
        garbage(fx.orderWebhook(now)),
      ];
      for (const request of junk) expect((await sf.receiveOrder(request)).ok).toBe(false);
    });

    const update: OrderStatusUpdate = {
      orderNo: fx.expectedOrder.orderNo,
      partnerOrderId: 'p-1',
      status: 'released',
      logisticsNo: 'EA000000015CN',
      at: new Date('2025-03-01T03:00:00.000Z'),
    };

    contractCase(skip, 'SF10', 'a status webhook is signed (Crossgate-Signature, timestamped) and names the order', () => {
      expect(hasCapability(sf.metadata, 'status-webhook')).toBe(true);
      const hook = successOf(sf.statusNotification(update));
      expect(hook.url).toBe(receiver.url);
      const check = verifyPayloadSignature(hook.headers[SIGNATURE_HEADER.toLowerCase()], hook.body, fx.notifySecret, { now });
      expect(check.ok).toBe(true);
      const body = JSON.parse(hook.body) as { id: string; data: { orderNo: string; status: string } };
      expect(body.id).toBe(hook.id);
      expect(body.data).toMatchObject({ orderNo: update.orderNo, status: 'released' });
      expect(hook.headers['crossgate-event-id']).toBe(hook.id);
    });

    contractCase(skip, 'SF11', 'the same status update gives the same event id and body (safe to redeliver)', () => {
      const a = successOf(sf.statusNotification(update));
      now = new Date(now.getTime() + 60_000);
      const b = successOf(sf.statusNotification(update));
      expect(b.id).toBe(a.id);
      expect(b.body).toBe(a.body);
      expect(successOf(sf.statusNotification({ ...update, status: 'delivered' })).id).not.toBe(a.id);
    });

    contractCase(skip, 'SF12', 'a status webhook carries no personal data', () => {
      const hook = successOf(sf.statusNotification({ ...update, status: 'stopped', reason: { code: 'payment.payer_id', message: 'the payer is not the buyer' } }));
      expectNoPersonalData(hook, fx.personalData);
    });

    contractCase(skip, 'SF13', 'delivery reaches the receiver with the exact body and a signature valid at delivery time', async () => {
      receiver.answer(200);
      const hook = successOf(sf.statusNotification(update));
      now = new Date(now.getTime() + 3_600_000);
      const delivered = successOf(await sf.deliver(hook));
      expect(delivered).toMatchObject({ id: hook.id, status: 200 });
      const got = receiver.received.at(-1);
      expect(got?.body).toBe(hook.body);
      const header = got?.headers[SIGNATURE_HEADER.toLowerCase()];
      expect(verifyPayloadSignature(typeof header === 'string' ? header : undefined, got?.body ?? '', fx.notifySecret, { now }).ok).toBe(true);
    });

    contractCase(skip, 'SF14', 'delivery failures are classified: 5xx and hang-ups retryable, 4xx permanent, 401 needs a person', async () => {
      const hook = successOf(sf.statusNotification(update));
      const cases: [number | 'hang-up', string, string][] = [
        [503, 'partner.server_error', 'retryable'],
        ['hang-up', 'partner.network', 'retryable'],
        [429, 'partner.rate_limited', 'retryable'],
        [410, 'partner.rejected', 'permanent'],
        [401, 'partner.unauthorized', 'needs-human'],
      ];
      for (const [mode, code, disposition] of cases) {
        receiver.answer(mode);
        expect(failureOf(await sf.deliver(hook)), String(mode)).toMatchObject({ code, disposition });
      }
      receiver.answer(200);
    });

    contractCase(skip, 'SF15', 'failures never carry the notify secret', async () => {
      receiver.answer(500);
      const e = failureOf(await sf.deliver(successOf(sf.statusNotification(update))));
      expect(JSON.stringify(e)).not.toContain(fx.notifySecret);
      receiver.answer(200);
    });
  });
}
