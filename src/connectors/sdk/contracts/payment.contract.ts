import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Payment } from '../../../domain/model/index.js';
import type { InboundRequest } from '../inbound.js';
import type { CustomsDeclarationRequest, CustomsDeclarationStatus, PaymentConnector, PaymentEventType } from '../kinds/payment.js';
import { hasCapability } from '../metadata.js';
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

export interface PaymentNotificationFixtures {
  genuine(at: Date): InboundRequest;
  readonly expected: { readonly type: PaymentEventType; readonly payment: Payment };
  forged(at: Date): InboundRequest;
  unsigned(at: Date): InboundRequest;
  malformed(at: Date): InboundRequest;
  /** Signed before the replay window (connectors whose notifications carry a signed timestamp). */
  stale?(at: Date): InboundRequest;
}

export interface CustomsDeclarationFixtures {
  /** A payment the institution knows, with the buyer who paid. */
  readonly request: CustomsDeclarationRequest;
  /** The canonical payment record the status must carry for it. */
  readonly expectedPayment: Payment;
  /** The same payment declared with another person's identity. */
  readonly otherBuyer: CustomsDeclarationRequest;
  /** A transaction the institution has never seen. */
  readonly unknownPayment: CustomsDeclarationRequest;
  /** Lets the institution finish what it does asynchronously (send to customs, take the answer). */
  settle(): Promise<void>;
  /** A connector to an institution that cannot be reached. */
  unreachable(): Promise<PaymentConnector>;
  /** A connector whose key the institution does not accept. */
  wrongKey(): Promise<PaymentConnector>;
}

export interface PaymentFixtures {
  readonly settings: unknown;
  readonly personalData: readonly string[];
  readonly notification?: PaymentNotificationFixtures;
  readonly declaration?: CustomsDeclarationFixtures;
}

export const PAYMENT_CASES = ['PA01', 'PA02', 'PA03', 'PA04', 'PA05', 'PA06', 'PA07', 'PA08', 'PA09', 'PA10', 'PA11', 'PA12', 'PA13'] as const;

const TERMINAL = new Set(['declared', 'failed', 'exception']);

/**
 * The payment contract. PA01–02 shape; PA03–07 payment notifications (`payment-notification`); PA08–13 the
 * customs declaration exchange (`customs-declaration`, `declaration-query`). Cases of a capability the connector
 * does not list must be skipped with a reason.
 */
export function runPaymentContract(options: ContractOptions<PaymentConnector, PaymentFixtures>): void {
  const { fixtures: fx, skip } = options;
  describe(`payment contract: ${options.name}`, () => {
    let pay: PaymentConnector;
    const now = new Date('2025-03-01T02:00:00.000Z');
    const notification = () => {
      expect(fx.notification, 'notification fixtures').toBeDefined();
      return fx.notification as PaymentNotificationFixtures;
    };
    const declaration = () => {
      expect(fx.declaration, 'declaration fixtures').toBeDefined();
      expect(pay.declareToCustoms).toBeDefined();
      return fx.declaration as CustomsDeclarationFixtures;
    };
    const declare = (c: PaymentConnector, r: CustomsDeclarationRequest) => (c.declareToCustoms as NonNullable<PaymentConnector['declareToCustoms']>)(r);

    beforeAll(async () => {
      pay = await options.create();
    });
    afterAll(async () => options.teardown?.());

    checkSkips(skip, PAYMENT_CASES);

    contractCase(skip, 'PA01', 'metadata and settings schema follow the rules', () => {
      checkMetadata(pay.metadata, 'payment');
      expect(pay.metadata).toEqual(options.definition.metadata);
      checkSettings(options.definition.settings, fx.settings);
    });

    contractCase(skip, 'PA02', 'the capabilities listed are exactly the methods implemented', () => {
      expect(hasCapability(pay.metadata, 'payment-notification')).toBe(typeof pay.receiveNotification === 'function');
      expect(hasCapability(pay.metadata, 'customs-declaration')).toBe(typeof pay.declareToCustoms === 'function');
      expect(hasCapability(pay.metadata, 'declaration-query')).toBe(typeof pay.queryDeclaration === 'function');
    });

    const receive = (r: InboundRequest) => (pay.receiveNotification as NonNullable<PaymentConnector['receiveNotification']>)(r);

    contractCase(skip, 'PA03', 'a genuine notification maps to the expected canonical payment', async () => {
      const n = notification();
      const event = successOf(await receive(n.genuine(now)));
      expect(event.type).toBe(n.expected.type);
      expect(event.payment).toEqual(n.expected.payment);
      expect(event.eventId).not.toBe('');
      expectDecimal(event.payment.amountPaid, 'amountPaid');
      expect(event.payment.currency).toBe('142');
      expect(event.payment.payTime ?? '').toMatch(/^\d{14}$/);
    });

    contractCase(skip, 'PA04', 'the same notification twice gives the same event id', async () => {
      const n = notification();
      expect(successOf(await receive(n.genuine(now))).eventId).toBe(successOf(await receive(n.genuine(now))).eventId);
    });

    contractCase(skip, 'PA05', 'forged, tampered and unsigned notifications are refused, without personal data in the error', async () => {
      const n = notification();
      for (const r of [n.forged(now), tampered(n.genuine(now))]) {
        const e = failureOf(await receive(r));
        expect(e).toMatchObject({ code: 'webhook.signature_invalid', disposition: 'permanent' });
        expectNoPersonalData(e, fx.personalData);
      }
      expect(failureOf(await receive(n.unsigned(now)))).toMatchObject({ code: 'webhook.signature_missing', disposition: 'permanent' });
    });

    contractCase(skip, 'PA06', 'signed but unreadable notifications are refused as invalid', async () => {
      const n = notification();
      expect(failureOf(await receive(n.malformed(now)))).toMatchObject({ code: 'webhook.payload_invalid', disposition: 'permanent' });
      expect(failureOf(await receive(garbage(n.genuine(now)))).disposition).toBe('permanent');
    });

    contractCase(skip, 'PA07', 'a notification signed before the replay window is refused as stale', async () => {
      const n = notification();
      expect(n.stale, 'stale fixture').toBeDefined();
      expect(failureOf(await receive((n.stale as (at: Date) => InboundRequest)(now)))).toMatchObject({ code: 'webhook.stale' });
    });

    contractCase(skip, 'PA08', 'declaring a known payment is accepted with the expected payment record and identity check', async () => {
      const d = declaration();
      const status = successOf(await declare(pay, d.request));
      expect(['pending', 'submitted', 'processing', 'declared']).toContain(status.state);
      expect(status.declarationId).not.toBe('');
      expect(status.payment).toEqual(d.expectedPayment);
      expect(status.identityCheck).toBe('same');
      expectNoPersonalData({ ...status, payment: undefined }, fx.personalData);
    });

    contractCase(skip, 'PA09', 'declaring the same payment again is idempotent (same declaration, no error)', async () => {
      const d = declaration();
      const a = successOf(await declare(pay, d.request));
      const b = successOf(await declare(pay, d.request));
      expect(b.declarationId).toBe(a.declarationId);
    });

    contractCase(skip, 'PA10', 'the declaration reaches a final state customs gave: declared', async () => {
      const d = declaration();
      expect(pay.queryDeclaration).toBeDefined();
      successOf(await declare(pay, d.request));
      await d.settle();
      let status: CustomsDeclarationStatus | undefined;
      for (let i = 0; i < 50 && !TERMINAL.has(status?.state ?? ''); i += 1) {
        status = successOf(await (pay.queryDeclaration as NonNullable<PaymentConnector['queryDeclaration']>)(d.request));
        if (!TERMINAL.has(status.state)) await new Promise((r) => setTimeout(r, 20));
      }
      expect(status?.state).toBe('declared');
      expect(status?.payment.payTransactionId).toBe(d.expectedPayment.payTransactionId);
    });

    contractCase(skip, 'PA11', "another person's identity is reported as a different payer", async () => {
      const d = declaration();
      const status = successOf(await declare(pay, d.otherBuyer));
      expect(status.identityCheck).toBe('different');
    });

    contractCase(skip, 'PA12', 'an unknown payment is refused permanently; a wrong key needs a person', async () => {
      const d = declaration();
      const e = failureOf(await declare(pay, d.unknownPayment));
      expect(e.disposition).toBe('permanent');
      expectNoPersonalData(e, fx.personalData);
      const wrong = failureOf(await declare(await d.wrongKey(), d.request));
      expect(wrong.disposition).toBe('needs-human');
    });

    contractCase(skip, 'PA13', 'an institution that cannot be reached is a retryable failure', async () => {
      const d = declaration();
      const e = failureOf(await declare(await d.unreachable(), d.request));
      expect(e).toMatchObject({ code: 'partner.network', disposition: 'retryable' });
    });
  });
}
