import { describe, expect, it } from 'vitest';
import type { Deal, Inventory } from '../model/documents.js';
import { type RegisteredEnterprise, registryFromList } from '../model/enterprise.js';
import { type TariffRow, tariffFromRows } from '../tax/tariff.js';
import { loadCases, loadJson, merged, withChanges } from '../testing/cases.js';
import {
  checkInventory,
  checkOrder,
  DEFAULT_MATCH_POLICY,
  Findings,
  matchDeal,
  missingDocuments,
  waitState,
} from './index.js';

type FullDeal = Required<Deal>;
interface Fixture {
  readonly registry: RegisteredEnterprise[];
  readonly tariff: TariffRow[];
  readonly deal: FullDeal;
}
interface DealCase {
  readonly name: string;
  readonly changes: Readonly<Record<string, unknown>>;
  readonly policy?: unknown;
  readonly context?: { readonly annualUsed?: string };
  readonly expect: { ok?: true; taxTotal?: string; quotaAmount?: string; codes?: string[]; fields?: string[] };
  readonly why: string;
}
interface DocCase {
  readonly name: string;
  readonly check: 'order' | 'inventory';
  readonly changes: Readonly<Record<string, unknown>>;
  readonly policy?: unknown;
  readonly codes: string[];
  readonly why: string;
}
interface WaitCase {
  readonly name: string;
  readonly missing: ('order' | 'payment' | 'waybill')[];
  readonly receivedAt: string;
  readonly now: string;
  readonly waitMinutes: number;
  readonly state: string;
  readonly deadline?: string;
  readonly codes: string[];
  readonly why: string;
}

const fixture = loadJson<Fixture>(import.meta.url, 'deal.json');
const registry = registryFromList(fixture.registry);
const tariff = tariffFromRows(fixture.tariff);

describe('three-document matching', () => {
  it.each(loadCases<DealCase>(import.meta.url, 'deals.json').cases)('$name — $why', (c) => {
    const deal = withChanges(fixture.deal, c.changes) as Deal & { inventory: Inventory };
    const policy = merged(DEFAULT_MATCH_POLICY, c.policy);
    const r = matchDeal(deal, {
      registry,
      tariff,
      policy,
      ...(c.context?.annualUsed ? { annualUsed: c.context.annualUsed } : {}),
    });
    if (c.expect.ok) {
      expect(r.ok ? [] : r.reasons).toEqual([]);
      if (r.ok) {
        expect(r.value.tax.total).toBe(c.expect.taxTotal);
        expect(r.value.quotaAmount).toBe(c.expect.quotaAmount);
      }
      return;
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons.map((x) => x.code)).toEqual(c.expect.codes);
    if (c.expect.fields) expect(r.reasons.map((x) => x.field)).toEqual(c.expect.fields);
    for (const x of r.reasons) expect(x.message.length).toBeGreaterThan(10);
  });
});

describe('single-document checks', () => {
  it.each(loadCases<DocCase>(import.meta.url, 'single-document.json').cases)('$name — $why', (c) => {
    const deal = withChanges(fixture.deal, c.changes);
    const f = new Findings(merged(DEFAULT_MATCH_POLICY, c.policy));
    if (c.check === 'order') checkOrder(deal.order, f);
    else checkInventory(deal.inventory, f);
    expect(f.list.map((x) => x.code)).toEqual(c.codes);
  });
});

describe('waiting for documents', () => {
  it.each(loadCases<WaitCase>(import.meta.url, 'waiting.json').cases)('$name — $why', (c) => {
    const deal = withChanges(fixture.deal, Object.fromEntries(c.missing.map((m) => [m, null]))) as Deal & {
      inventory: Inventory;
    };
    const r = waitState(deal, c.receivedAt, c.now, { waitMinutes: c.waitMinutes });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.state).toBe(c.state);
    if (r.value.state === 'waiting') expect(r.value.deadline).toBe(c.deadline);
    expect(missingDocuments(deal).map((x) => x.code)).toEqual(c.codes);
  });
});
