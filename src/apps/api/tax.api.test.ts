import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import { type QuoteItem, tariffFromRows } from '../../domain/tax/index.js';
import type { Store } from '../../ports/store.port.js';
import { DEMO_TARIFF_FILE } from '../../workflows/demo/seed-demo-world.js';
import { createParticipant } from '../../workflows/participants/participants.workflow.js';
import { importTariff } from '../../workflows/tariff/import-tariff.js';
import { quoteRequest } from '../../workflows/tariff/tax-quote.js';
import { buildApi } from './server.js';

const ID = '11010519491231002X';
const BAD_ID = '110105194912310021';
const item = (hsCode: string, name: string, unitPrice: string, extra: Record<string, unknown> = {}): QuoteItem => ({
  hsCode,
  name,
  qty: 1,
  unitPrice,
  ...extra,
});
const order = (items: QuoteItem[], freight = '0.00', idNumber = ID) => ({
  items,
  freight,
  insurance: '0.00',
  buyer: { idNumber },
});

/** Worked examples through HTTP, against the demo tariff (resources/tariff/demo-tariff.csv). */
const EXAMPLES = [
  {
    name: 'rules.md A4: goods 480 + freight 20 at 13% VAT (demo row 6403990090, VAT 13%, no CT)',
    body: order([item('6403990090', 'leather shoes', '480.00')], '20.00'),
    expect: { channel: 'cbec', dutiableValue: '500.00', customsDuty: '0.00', vat: '45.50', total: '45.50' },
  },
  {
    name: 'rules.md A4: high-end skincare 425 for 20 g (demo row 3304990099, VAT 13% + CT 15%)',
    body: order([item('3304990099', 'skincare cream 20 g', '425.00')]),
    expect: { channel: 'cbec', consumptionTax: '52.50', vat: '45.50', total: '98.00', quotaAmount: '425.00' },
  },
  {
    name: 'an item rate overrides the tariff: the same skincare as ordinary cosmetics (CT 0)',
    body: order([item('3304990099', 'body lotion 200 ml', '425.00', { consumptionTaxRate: '0' })]),
    expect: { channel: 'cbec', consumptionTax: '0.00', vat: '38.68', total: '38.68' },
  },
  {
    name: 'two items over 5,000: general trade, MFN duty (illustrative demo rates) and VAT in full',
    body: order([item('6403990090', 'leather boots', '3000.00'), item('1901101000', 'infant formula', '2500.00')]),
    expect: {
      channel: 'general',
      treatment: 'full-rate',
      dutiableValue: '5500.00',
      customsDuty: '675.00',
      vat: '802.75',
      total: '1477.75',
      quotaAmount: '0.00',
    },
    reasons: ['-621005'],
  },
  {
    name: 'cigarettes are not on the positive list: refused, as an answer',
    body: order([item('2402200000', 'cigarettes', '100.00')]),
    expect: { channel: 'refused', treatment: 'none', total: '0.00' },
    reasons: ['goods.not_on_positive_list'],
  },
] as const;

describe('POST /v1/tax/quote', () => {
  let store: Store;
  let app: FastifyInstance;
  let key: string;
  const logs: string[] = [];
  const auth = () => ({ authorization: `Bearer ${key}` });
  const quote = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/v1/tax/quote', headers: auth(), payload: payload as object });

  beforeAll(async () => {
    store = await createTestStore();
    await importTariff(store, readFileSync(DEMO_TARIFF_FILE, 'utf8'));
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        logs.push(String(chunk));
        done();
      },
    });
    app = await buildApi({ store, log: pino({ level: 'trace' }, sink), version: 'test' });
    await app.ready();
    key = (await createParticipant(store, { role: 'ebp', code: '3301960001', name: 'Mall' })).apiKey!.key;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it.each(EXAMPLES)('$name', async (c) => {
    const res = await quote(c.body);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { reasons: { code: string }[]; lines: unknown[]; rounding: object };
    expect(body).toMatchObject(c.expect);
    expect(body.reasons.map((r) => r.code)).toEqual('reasons' in c ? c.reasons : []);
    expect(body.rounding).toEqual({ mode: 'half-up', step: 'line' });
    expect(body.lines).toHaveLength(c.expect.channel === 'refused' ? 0 : c.body.items.length);
  });

  it('refuses a buyer whose identity number fails its check, never echoing or logging the number', async () => {
    const res = await quote(order([item('6403990090', 'leather shoes', '480.00')], '20.00', BAD_ID));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      channel: 'refused',
      reasons: [{ code: 'identity.check_character', field: 'buyer.idNumber' }],
    });
    const badRegion = await quote(order([item('6403990090', 'shoes', '1.00')], '0.00', '99010519491231002X'));
    expect(badRegion.json().reasons[0].message).not.toContain('990105');
    const text = [res.body, badRegion.body, ...logs].join('\n');
    for (const secret of [BAD_ID, ID, '19491231', '990105']) expect(text).not.toContain(secret);
  });

  it('answers 400 request.validation naming the field, for the schema and for decimals the domain rejects', async () => {
    const bad = await quote(order([item('6403990090', 'shoes', '12.3.4')]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'request.validation', details: { field: 'body.items.0.unitPrice' } });
    const rate = await quote(order([item('6403990090', 'shoes', '12.00', { vatRate: '1.5' })]));
    expect(rate.statusCode).toBe(400);
    expect(rate.json().error.details).toMatchObject({ field: 'body.items.0.vatRate' });
    const typo = await quote(order([item('6403990090', 'shoes', '12.00', { vatrate: '0.09' })]));
    expect(typo.json().error.details.field).toBe('body.items.0');
    const empty = await quote(order([]));
    expect(empty.json().error.details.field).toBe('body.items');
    const noBuyer = await quote({ items: [item('6403990090', 'shoes', '1.00')] });
    expect(noBuyer.json().error.details.field).toBe('body.buyer');
  });

  it('needs an API key', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/tax/quote', payload: EXAMPLES[0].body });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.missing_key');
  });

  it('documents the request and the quote in OpenAPI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/tax/quote', '/v1/tariff', '/v1/tariff/import']));
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['TaxQuote', 'TaxQuoteRequest', 'TaxLine', 'TariffRow', 'TariffImportReport']),
    );
  });

  it('measures quote latency (printed, not asserted)', async () => {
    // A second app logging like production (info, to a sink that drops), so the figures are not the trace logs'.
    const quiet = await buildApi({ store, log: pino({ level: 'info' }, new Writable({ write: (_c, _e, done) => done() })), version: 'test' });
    await quiet.ready();
    const headers = { ...auth(), 'content-type': 'application/json' };
    const bodies = EXAMPLES.map((c) => JSON.stringify(c.body));
    const sample = async (request: (i: number) => Promise<unknown>): Promise<number[]> => {
      for (let i = 0; i < 200; i += 1) await request(i);
      const times: number[] = [];
      for (let i = 0; i < 2000; i += 1) {
        const t = performance.now();
        await request(i);
        times.push(performance.now() - t);
      }
      return times;
    };
    const quotes = await sample(async (i) => {
      const res = await quiet.inject({ method: 'POST', url: '/v1/tax/quote', headers, payload: bodies[i % 5] });
      if (res.statusCode !== 200) throw new Error(res.body);
    });
    const authOnly = await sample(() => quiet.inject({ method: 'GET', url: '/v1/participants/me', headers }));
    const lookup = tariffFromRows(await store.tariff.all());
    const pure = await sample(async (i) => quoteRequest(lookup, EXAMPLES[i % 5]!.body));
    await quiet.close();
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1]!;
    const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(3)} ms, p99 ${pct(xs, 99).toFixed(3)} ms`;
    console.log(
      [
        `POST /v1/tax/quote via app.inject (${store.kind}, API-key lookup included), 2000 requests: ${fmt(quotes)}`,
        `  baseline GET /v1/participants/me (the same API-key lookup, no quote): ${fmt(authOnly)}`,
        `  the quote alone (quoteRequest on the in-memory tariff), 2000 quotes: ${fmt(pure)}`,
      ].join('\n'),
    );
    expect(quotes).toHaveLength(2000);
  });
});
