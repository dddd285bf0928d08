import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { PulledReceipt, SingleWindowConnector, SubmitRequest } from '../kinds/single-window.js';
import { checkMetadata, checkSettings, checkSkips, type ContractOptions, contractCase, failureOf, successOf } from './common.js';

export interface SingleWindowFixtures {
  readonly settings: unknown;
  /** A declaration this sender may send (a fresh one per call), the message type and the receipt type answering it. */
  declaration(): SubmitRequest;
  readonly declarationType: string;
  readonly receiptType: string;
  /** The business key the receipt must carry for the declaration last returned (e.g. its orderNo). */
  receiptKeyOf(request: SubmitRequest): Readonly<Record<string, string>>;
  /** Lets the single window process what it received. */
  settle(): Promise<void>;
  /** Connectors to the same single window: sending in a DxpMsg; with a key it refuses; with a signer that does not sign. */
  withDxpEnvelope(): Promise<SingleWindowConnector>;
  withWrongApiKey(): Promise<SingleWindowConnector>;
  withoutSignature(): Promise<SingleWindowConnector>;
  /** A connector to a single window that cannot be reached. */
  unreachable(): Promise<SingleWindowConnector>;
}

export const SINGLE_WINDOW_CASES = ['SW01', 'SW02', 'SW03', 'SW04', 'SW05', 'SW06', 'SW07', 'SW08', 'SW09'] as const;

async function receiptsUntil(sw: SingleWindowConnector, since: string, found: (r: PulledReceipt) => boolean, settle: () => Promise<void>) {
  let cursor = since;
  const seen: PulledReceipt[] = [];
  for (let i = 0; i < 100; i += 1) {
    await settle();
    const batch = successOf(await sw.pullReceipts(cursor));
    seen.push(...batch.receipts);
    cursor = batch.next;
    if (seen.some(found)) return { seen, cursor };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no matching receipt arrived');
}

/**
 * The single-window contract, run against a real single window (Crossgate's own, in process, over HTTP):
 * SW01 shape; SW02–04 sending (bare, repeat, DxpMsg); SW05–06 receipts (read, cursor); SW07–09 refusals classified.
 */
export function runSingleWindowContract(options: ContractOptions<SingleWindowConnector, SingleWindowFixtures>): void {
  const { fixtures: fx, skip } = options;
  describe(`single-window contract: ${options.name}`, () => {
    let sw: SingleWindowConnector;
    const sent: SubmitRequest[] = [];
    beforeAll(async () => {
      sw = await options.create();
    });
    afterAll(async () => options.teardown?.());

    checkSkips(skip, SINGLE_WINDOW_CASES);

    contractCase(skip, 'SW01', 'metadata and settings schema follow the rules', () => {
      checkMetadata(sw.metadata, 'single-window');
      expect(sw.metadata).toEqual(options.definition.metadata);
      checkSettings(options.definition.settings, fx.settings);
    });

    contractCase(skip, 'SW02', 'a declaration is signed, sent bare and accepted', async () => {
      const request = fx.declaration();
      const s = successOf(await sw.submit(request));
      sent.push(request);
      expect(s).toMatchObject({ type: fx.declarationType, duplicate: false, envelope: 'bare' });
      expect(s.messageId).not.toBe('');
      expect(s.signedXml).toContain('SignatureValue');
    });

    contractCase(skip, 'SW03', 'the same declaration again is recognised as a repeat (no second effect)', async () => {
      const request = sent[0] ?? fx.declaration();
      if (!sent[0]) successOf(await sw.submit(request));
      const again = successOf(await sw.submit(request));
      expect(again.duplicate).toBe(true);
    });

    contractCase(skip, 'SW04', 'a declaration in a DxpMsg envelope is accepted', async () => {
      const dxp = await fx.withDxpEnvelope();
      const request = fx.declaration();
      const s = successOf(await dxp.submit(request));
      sent.push(request);
      expect(s).toMatchObject({ type: fx.declarationType, duplicate: false, envelope: 'dxp' });
    });

    contractCase(skip, 'SW05', 'the receipt answering a declaration is pulled and read with the codecs', async () => {
      const request = sent[0] ?? fx.declaration();
      if (!sent[0]) successOf(await sw.submit(request));
      const key = fx.receiptKeyOf(request);
      const matches = (r: PulledReceipt) =>
        r.messageType === fx.receiptType && r.message !== undefined && 'receipts' in r.message && r.message.receipts.some((x) => Object.entries(key).every(([k, v]) => (x as unknown as Record<string, unknown>)[k] === v));
      const { seen } = await receiptsUntil(sw, '0', matches, fx.settle);
      const receipt = seen.find(matches) as PulledReceipt;
      expect(receipt.problem).toBeUndefined();
      expect(receipt.message?.type).toBe(fx.receiptType);
      expect(receipt.returnStatus).not.toBe('');
    });

    contractCase(skip, 'SW06', 'the cursor moves forward: pulling from the last cursor repeats nothing', async () => {
      await fx.settle();
      const first = successOf(await sw.pullReceipts('0'));
      expect(first.receipts.length).toBeGreaterThan(0);
      const seqs = first.receipts.map((r) => r.seq);
      expect(new Set(seqs).size).toBe(seqs.length); // unique; the order is the single window's (commit order)
      const next = successOf(await sw.pullReceipts(first.next));
      for (const r of next.receipts) expect(seqs).not.toContain(r.seq);
    });

    contractCase(skip, 'SW07', 'a key the single window refuses needs a person', async () => {
      const e = failureOf(await (await fx.withWrongApiKey()).submit(fx.declaration()));
      expect(e).toMatchObject({ code: 'partner.unauthorized', disposition: 'needs-human' });
      expect(JSON.stringify(e)).not.toContain('Bearer');
    });

    contractCase(skip, 'SW08', 'an unsigned or unreadable declaration is refused permanently, with the single window’s reason', async () => {
      const unsigned = failureOf(await (await fx.withoutSignature()).submit(fx.declaration()));
      expect(unsigned).toMatchObject({ disposition: 'permanent' });
      expect(unsigned.details?.['partnerCode']).toBe('sw.signature_missing');
      const junk = failureOf(await sw.submit({ xml: '<NotCeb/>' }));
      expect(junk).toMatchObject({ code: 'declaration.invalid', disposition: 'permanent' });
    });

    contractCase(skip, 'SW09', 'a single window that cannot be reached is a retryable failure', async () => {
      const e = failureOf(await (await fx.unreachable()).submit(fx.declaration()));
      expect(e).toMatchObject({ code: 'partner.network', disposition: 'retryable' });
    });
  });
}
