import type { Kysely } from 'kysely';
import type { NewJob } from '../../../ports/jobs.port.js';
import type { Participant } from '../../../ports/participants.port.js';
import type {
  InventoryEvent,
  InventoryLineRow,
  InventoryPatch,
  InventoryRecord,
  QuotaEntryRow,
  SwBatch,
  SwBatchKeys,
  SwDocument,
  SwDocumentKind,
  SwMessage,
  SwMessageHead,
  SwMessageStatus,
} from '../../../ports/single-window.port.js';
import type { StoreScope } from '../../../ports/store.port.js';
import type { DatabaseSchema } from '../../schema.js';
import * as bulk from './batch-sql.js';

/**
 * The unit of work behind `Store.swBatch`. Single-window processing is dozens of small reads and writes per
 * document; statement round trips, not the work, made it slow. Here the batch's rows live in memory: what the
 * work will read is loaded up front in a few statements (`prefetch`), reads are answered from memory (loading
 * what is missing on first use), writes change the rows in memory and are written at the end in multi-row
 * statements, inside the same transaction. A method this layer does not model writes what is pending first and
 * then goes to the database, so no read ever misses an earlier write of the batch.
 *
 * Rule that keeps the memory truthful: a row in memory is the current state of that row; a row not in memory has
 * not been touched by the batch, so the database has it right. A query is answered by loading the matching
 * database rows that are not in memory yet, then filtering what memory holds.
 */

type Db = Kysely<DatabaseSchema>;
type Link = 'order' | 'payment' | 'waybill';

const docKeyOf = (kind: string, key: string) => `${kind}\u0000${key}`;
const LINK_FIELD = { order: 'orderKey', payment: 'paymentLink', waybill: 'waybillKey' } as const;
const RECEIPT_SEQUENCE = 'sw_receipts_seq_seq';
const NUMBER_SEQUENCE = 'sw_number_seq';

/** Values of a sequence taken in growing chunks (1, 2, 4 … 256): few statements, few numbers left unused. */
class SequencePool {
  #values: number[] = [];
  #next = 1;
  constructor(
    private readonly db: Db,
    private readonly sequence: string,
  ) {}
  async take(): Promise<number> {
    if (this.#values.length === 0) {
      this.#values = await bulk.nextValues(this.db, this.sequence, this.#next);
      this.#next = Math.min(256, this.#next * 2);
    }
    return this.#values.shift() as number;
  }
  hint(count: number): void {
    this.#next = Math.max(this.#next, Math.min(256, count));
  }
  /** Fills the empty pools among `pools` with their next chunk, in one statement. */
  static async fillAll(db: Db, pools: readonly SequencePool[]): Promise<void> {
    const empty = pools.filter((p) => p.#values.length === 0 && p.#next > 0);
    if (empty.length === 0) return;
    const values = await bulk.nextValuesOf(db, empty.map((p) => ({ sequence: p.sequence, count: p.#next })));
    empty.forEach((p, i) => {
      p.#values = values[i] ?? [];
      p.#next = Math.min(256, p.#next * 2);
    });
  }
}

export class SwUnitOfWork {
  readonly tx: StoreScope;
  #now: Date | undefined;
  readonly #locks = new Set<string>();
  readonly #messages = new Map<string, SwMessageHead | SwMessage>();
  readonly #claims = new Set<string>();
  /**
   * Messages this very transaction stored: no other can process them before it commits, and by then their status
   * says processed, so claiming their documents needs no row in sw_processed.
   */
  readonly #bornHere = new Set<string>();
  readonly #claimLoaded = new Set<string>();
  // documents: by kind+key (null = known absent), loaded link queries
  readonly #docs = new Map<string, SwDocument | null>();
  readonly #docLinks = new Set<string>();
  // inventories: by id, doc key → id (null = known absent), loaded link queries
  readonly #invs = new Map<string, InventoryRecord>();
  readonly #invByDocKey = new Map<string, string | null>();
  readonly #invLinks = new Set<string>();
  readonly #events = new Map<string, InventoryEvent[]>();
  readonly #quota = new Map<string, QuotaEntryRow[]>();
  readonly #participants = new Map<string, Participant | undefined>();
  // pending writes
  #pending = SwUnitOfWork.#empty();
  readonly #receiptSeq: SequencePool;
  readonly #numbers: SequencePool;

  static #empty() {
    return {
      claims: [] as { messageId: string; index: number }[],
      documents: new Set<string>(),
      inventories: new Set<string>(),
      replacedLines: new Set<string>(),
      lines: [] as { inventoryId: string; line: InventoryLineRow }[],
      events: [] as InventoryEvent[],
      receipts: [] as bulk.PendingWrites['receipts'][number][],
      quota: [] as QuotaEntryRow[],
      jobs: [] as NewJob[],
      messageStatus: new Map<string, { id: string; status: SwMessageStatus; error?: { code: string; info: string } }>(),
    };
  }

  constructor(
    private readonly db: Db,
    private readonly real: StoreScope,
  ) {
    this.#receiptSeq = new SequencePool(db, RECEIPT_SEQUENCE);
    this.#numbers = new SequencePool(db, NUMBER_SEQUENCE);
    this.tx = this.#scope();
  }

  async #txNow(): Promise<Date> {
    this.#now ??= await bulk.transactionNow(this.db);
    return this.#now;
  }

  // ---- SwBatch ----

  readonly batch: SwBatch = {
    tx: undefined as unknown as StoreScope,
    messages: async (ids) => {
      const missing = ids.filter((id) => !this.#messages.has(id));
      for (const m of await bulk.messagesByIds(this.db, missing)) this.#messages.set(m.id, m);
      return ids.flatMap((id) => this.#messages.get(id) ?? []);
    },
    lockDeals: async (keys) => {
      const fresh = [...new Set(keys)].filter((k) => !this.#locks.has(k));
      await bulk.lockAll(this.db, fresh);
      for (const k of fresh) this.#locks.add(k);
    },
    prefetch: (keys) => this.#prefetchAll(keys),
  };

  async #prefetch(keys: SwBatchKeys): Promise<void> {
    const messageIds = [...this.#messages.keys()].filter((id) => !this.#claimLoaded.has(id));
    for (const c of await bulk.claimsOf(this.db, messageIds)) this.#claims.add(`${c.messageId}#${c.index}`);
    for (const id of messageIds) this.#claimLoaded.add(id);
    // the senders are the usual recipients of the receipts the work writes
    const senders = [...new Set([...this.#messages.values()].map((m) => m.senderId))].filter((id) => !this.#participants.has(id));
    const participants = new Map((await bulk.participantsByIds(this.db, senders)).map((p) => [p.id, p]));
    for (const id of senders) this.#participants.set(id, participants.get(id));
    const docKeys = (keys.documents ?? []).filter((k) => !this.#docs.has(docKeyOf(k.kind, k.docKey)));
    for (const d of await bulk.documentsByKeys(this.db, docKeys)) this.#putDoc(d);
    for (const k of docKeys) if (!this.#docs.has(docKeyOf(k.kind, k.docKey))) this.#docs.set(docKeyOf(k.kind, k.docKey), null);
    const docLinks = (keys.documentLinks ?? []).filter((k) => !this.#docLinks.has(docKeyOf(k.kind, k.linkKey)));
    for (const d of await bulk.documentsByLinks(this.db, docLinks)) this.#putDoc(d);
    for (const k of docLinks) this.#docLinks.add(docKeyOf(k.kind, k.linkKey));
    const invKeys = (keys.inventoryKeys ?? []).filter((k) => !this.#invByDocKey.has(k));
    const links = { order: [] as string[], payment: [] as string[], waybill: [] as string[] };
    for (const l of keys.inventoryLinks ?? []) if (!this.#invLinks.has(`${l.link}|${l.key}`)) links[l.link].push(l.key);
    const before = new Set(this.#invs.keys());
    for (const r of await bulk.inventoriesByKeys(this.db, invKeys, links)) this.#putInventory(r);
    for (const k of invKeys) if (!this.#invByDocKey.has(k)) this.#invByDocKey.set(k, null);
    for (const link of ['order', 'payment', 'waybill'] as const) for (const k of links[link]) this.#invLinks.add(`${link}|${k}`);
    const found = [...this.#invs.values()].filter((r) => !before.has(r.id));
    // inventories still waiting are evaluated again when their documents come: what that reads
    const waiting = found.filter((r) => r.status === '2');
    if (waiting.length > 0) {
      const more = waiting.flatMap((r) => [
        { kind: 'order' as const, docKey: r.orderKey },
        { kind: 'waybill' as const, docKey: r.waybillKey },
      ]);
      const moreLinks = waiting.map((r) => ({ kind: 'payment' as const, linkKey: r.paymentLink }));
      await this.#prefetch({ documents: more, documentLinks: moreLinks });
    }
    const needEvents = found.map((r) => r.id).filter((id) => !this.#events.has(id));
    for (const id of needEvents) this.#events.set(id, []);
    for (const e of await bulk.eventsOf(this.db, needEvents)) this.#events.get(e.inventoryId)?.push(e);
    // the buyers whose quota these inventories (and the batch's new ones, known by the caller) will read
    const buyers = [...new Set([...found.map((r) => r.buyerKey), ...(keys.buyers ?? [])])];
    await this.batch.lockDeals(buyers.map((b) => `buyer:${b}`));
    await this.#loadQuota(buyers);
  }

  /** `prefetch` of the port: the batch's rows, then the sequence numbers its work is likely to take. */
  async #prefetchAll(keys: SwBatchKeys): Promise<void> {
    await this.#prefetch(keys);
    // numbers: one per inventory accepted, which may be one that arrived earlier and is complete now (hence twice
    // the new ones); receipts: one per document, up to six per inventory (accepted, tax bill, matched, released…).
    // Both pools are filled in one statement; a pool that runs short takes more on its own. Unused numbers are gaps.
    const inventories = (keys.inventoryKeys ?? []).length;
    this.#numbers.hint(2 * inventories + 2);
    this.#receiptSeq.hint((keys.documents ?? []).length + 6 * inventories);
    await SequencePool.fillAll(this.db, [this.#numbers, this.#receiptSeq]);
  }

  async #loadQuota(buyers: readonly string[]): Promise<void> {
    const missing = buyers.filter((b) => !this.#quota.has(b));
    for (const b of missing) this.#quota.set(b, []);
    for (const e of await bulk.quotaOf(this.db, missing)) this.#quota.get(e.buyerKey)?.push(e);
  }

  /** Writes everything pending (in table order) and starts a new, empty set of pending writes. */
  async flush(): Promise<void> {
    const p = this.#pending;
    this.#pending = SwUnitOfWork.#empty();
    await bulk.writeAll(this.db, {
      claims: p.claims,
      documents: [...p.documents].flatMap((k) => this.#docs.get(k) ?? []),
      inventories: [...p.inventories].flatMap((id) => this.#invs.get(id) ?? []),
      replacedLines: [...p.replacedLines],
      lines: p.lines,
      events: p.events,
      receipts: p.receipts,
      quota: p.quota,
      messageStatus: [...p.messageStatus.values()],
    });
    if (p.jobs.length > 0) await this.real.jobs.enqueue(p.jobs);
  }

  /** For what is not modelled: write what is pending, forget what is kept (the call may change it), then run it. */
  #through<A extends unknown[], R>(call: (...args: A) => Promise<R>, writes: boolean): (...args: A) => Promise<R> {
    return async (...args: A) => {
      await this.flush();
      if (writes) this.#forget();
      return call(...args);
    };
  }

  #forget(): void {
    this.#messages.clear();
    this.#docs.clear();
    this.#docLinks.clear();
    this.#invs.clear();
    this.#invByDocKey.clear();
    this.#invLinks.clear();
    this.#events.clear();
    this.#quota.clear();
  }

  // ---- memory ----

  #putDoc(d: SwDocument): void {
    const k = docKeyOf(d.kind, d.docKey);
    if (!this.#docs.get(k)) this.#docs.set(k, d);
  }

  #putInventory(r: InventoryRecord): void {
    if (this.#invs.has(r.id)) return;
    this.#invs.set(r.id, r);
    this.#invByDocKey.set(r.docKey, r.id);
  }

  async #doc(kind: SwDocumentKind, docKey: string): Promise<SwDocument | undefined> {
    const k = docKeyOf(kind, docKey);
    if (!this.#docs.has(k)) this.#docs.set(k, (await this.real.swDocuments.byKey(kind, docKey)) ?? null);
    return this.#docs.get(k) ?? undefined;
  }

  async #inventory(id: string): Promise<InventoryRecord | undefined> {
    if (!this.#invs.has(id)) {
      const r = await this.real.swInventories.byId(id);
      if (r) this.#putInventory(r);
    }
    return this.#invs.get(id);
  }

  async #inventoryEvents(id: string): Promise<InventoryEvent[]> {
    let list = this.#events.get(id);
    if (!list) {
      list = await this.real.swInventories.events(id);
      this.#events.set(id, list);
    }
    return list;
  }

  #scope(): StoreScope {
    const real = this.real;
    const through = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => this.#through(call, false);
    const writes = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => this.#through(call, true);
    const scope: StoreScope = {
      ...real,
      lockDeal: async (key) => {
        if (this.#locks.has(key)) return;
        await real.lockDeal(key);
        this.#locks.add(key);
      },
      nextNumber: () => this.#numbers.take(),
      participants: {
        ...real.participants,
        byId: async (id) => {
          if (!this.#participants.has(id)) this.#participants.set(id, await real.participants.byId(id));
          return this.#participants.get(id);
        },
      },
      jobs: {
        ...real.jobs,
        enqueue: async (jobs) => {
          this.#pending.jobs.push(...jobs);
          return [];
        },
      },
      stats: wrapAll(real.stats, through),
      swMessages: {
        insert: writes(real.swMessages.insert),
        insertMany: async (messages) => {
          const stored = await writes(real.swMessages.insertMany)(messages);
          // inserted by this transaction: kept for processing in the batch, and nothing of them is claimed yet
          for (const { inserted, message } of stored) {
            if (!inserted) continue;
            this.#messages.set(message.id, message);
            this.#claimLoaded.add(message.id);
            this.#bornHere.add(message.id);
          }
          return stored;
        },
        reopen: writes(real.swMessages.reopen),
        byId: async (id) => {
          const known = this.#messages.get(id);
          if (known && 'xml' in known) return known;
          // a head (loaded without its XML) keeps its state from this batch; the XML comes from the database
          const m = await real.swMessages.byId(id);
          if (!m) return undefined;
          const full: SwMessage = known ? { ...known, xml: m.xml } : m;
          this.#messages.set(id, full);
          return full;
        },
        setStatus: async (id, status, error) => {
          const m = this.#messages.get(id);
          // stored by this transaction with the status it is given now: nothing to write
          if (m && !error && m.status === status && this.#bornHere.has(id)) return;
          const at = await this.#txNow();
          if (m) this.#messages.set(id, { ...m, status, processedAt: at, ...(error && { errorCode: error.code, errorInfo: error.info }) });
          this.#pending.messageStatus.set(id, { id, status, ...(error && { error }) });
        },
        claimDocument: async (messageId, index) => {
          if (!this.#claimLoaded.has(messageId)) {
            for (const c of await bulk.claimsOf(this.db, [messageId])) this.#claims.add(`${c.messageId}#${c.index}`);
            this.#claimLoaded.add(messageId);
          }
          const key = `${messageId}#${index}`;
          if (this.#claims.has(key)) return false;
          this.#claims.add(key);
          if (!this.#bornHere.has(messageId)) this.#pending.claims.push({ messageId, index });
          return true;
        },
      },
      swDocuments: {
        byKey: (kind, docKey) => this.#doc(kind, docKey),
        byLink: async (kind, linkKey) => {
          const lk = docKeyOf(kind, linkKey);
          if (!this.#docLinks.has(lk)) {
            for (const d of await real.swDocuments.byLink(kind, linkKey)) this.#putDoc(d);
            this.#docLinks.add(lk);
          }
          const out: SwDocument[] = [];
          for (const d of this.#docs.values()) if (d && d.kind === kind && d.linkKey === linkKey) out.push(d);
          return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
        },
        upsert: async (d) => {
          const existing = await this.#doc(d.kind, d.docKey);
          const at = await this.#txNow();
          const k = docKeyOf(d.kind, d.docKey);
          this.#docs.set(k, { ...d, id: existing?.id ?? d.id, createdAt: existing?.createdAt ?? at, updatedAt: at });
          this.#pending.documents.add(k);
        },
        setStatus: async (kind, docKey, status, info) => {
          const existing = await this.#doc(kind, docKey);
          if (!existing) return;
          const k = docKeyOf(kind, docKey);
          this.#docs.set(k, { ...existing, status, statusInfo: info, updatedAt: await this.#txNow() });
          this.#pending.documents.add(k);
        },
        delete: writes(real.swDocuments.delete),
      },
      swInventories: {
        insert: async (inv) => {
          if (!this.#invByDocKey.has(inv.docKey)) {
            const found = await real.swInventories.byDocKey(inv.docKey);
            if (found) this.#putInventory(found);
            else this.#invByDocKey.set(inv.docKey, null);
          }
          if (this.#invByDocKey.get(inv.docKey)) return false;
          const at = await this.#txNow();
          const { lines, ...fields } = inv;
          this.#invs.set(inv.id, { ...fields, ...NEW_INVENTORY, declaredAt: at, updatedAt: at });
          this.#invByDocKey.set(inv.docKey, inv.id);
          this.#events.set(inv.id, []);
          for (const line of lines) this.#pending.lines.push({ inventoryId: inv.id, line });
          this.#pending.inventories.add(inv.id);
          return true;
        },
        redeclare: async (id, inv) => {
          const r = await this.#inventory(id);
          if (!r) return;
          const at = await this.#txNow();
          this.#invs.set(id, {
            ...r,
            copNo: inv.copNo,
            senderId: inv.senderId,
            agentCode: inv.agentCode,
            logisticsCode: inv.logisticsCode,
            tradeMode: inv.tradeMode,
            customsCode: inv.customsCode,
            buyerKey: inv.buyerKey,
            buyerMasked: inv.buyerMasked,
            status: inv.status,
            data: inv.data,
            waitingFor: [],
            waitUntil: null,
            rejectionCode: null,
            rejectionInfo: null,
            declaredAt: at,
            updatedAt: at,
          });
          this.#pending.replacedLines.add(id);
          this.#pending.lines = this.#pending.lines.filter((l) => l.inventoryId !== id);
          for (const line of inv.lines) this.#pending.lines.push({ inventoryId: id, line });
          this.#pending.inventories.add(id);
        },
        byId: (id) => this.#inventory(id),
        byDocKey: async (docKey) => {
          if (!this.#invByDocKey.has(docKey)) {
            const found = await real.swInventories.byDocKey(docKey);
            if (found) this.#putInventory(found);
            else this.#invByDocKey.set(docKey, null);
          }
          const id = this.#invByDocKey.get(docKey);
          return id ? this.#invs.get(id) : undefined;
        },
        byInvtNo: async (invtNo) => {
          const found = await real.swInventories.byInvtNo(invtNo);
          if (found) this.#putInventory(found);
          for (const r of this.#invs.values()) if (r.invtNo === invtNo) return r;
          return undefined;
        },
        update: async (id, patch) => {
          const r = await this.#inventory(id);
          if (!r) return;
          this.#invs.set(id, applyPatch(r, patch, await this.#txNow()));
          this.#pending.inventories.add(id);
        },
        linked: async (link: Link, key, status) => {
          const lk = `${link}|${key}`;
          if (!this.#invLinks.has(lk)) {
            for (const r of await real.swInventories.linked(link, key)) this.#putInventory(r);
            this.#invLinks.add(lk);
          }
          const field = LINK_FIELD[link];
          const out: InventoryRecord[] = [];
          for (const r of this.#invs.values()) if (r[field] === key && (status === undefined || r.status === status)) out.push(r);
          return out;
        },
        addEvent: async (e) => {
          (await this.#inventoryEvents(e.inventoryId)).push(e);
          this.#pending.events.push(e);
        },
        events: async (id) => [...(await this.#inventoryEvents(id))],
        lines: through(real.swInventories.lines),
        list: through(real.swInventories.list),
      },
      swReceipts: {
        ...wrapAll(real.swReceipts, through),
        add: async (r) => {
          const seq = await this.#receiptSeq.take();
          this.#pending.receipts.push({ ...r, seq, createdAt: await this.#txNow() });
          return seq;
        },
      },
      quota: {
        add: async (e) => {
          await this.lockDealOnce(`buyer:${e.buyerKey}`);
          await this.#loadQuota([e.buyerKey]);
          const list = this.#quota.get(e.buyerKey) ?? [];
          if (list.some((x) => x.inventoryId === e.inventoryId && x.kind === e.kind && x.ref === e.ref)) return false;
          list.push(e);
          list.sort((a, b) => a.at.getTime() - b.at.getTime());
          this.#pending.quota.push(e);
          return true;
        },
        entries: async (buyerKey, year) => {
          await this.#loadQuota([buyerKey]);
          const list = this.#quota.get(buyerKey) ?? [];
          return year === undefined ? [...list] : list.filter((e) => e.year === year);
        },
        forInventory: through(real.quota.forInventory),
      },
    };
    (this.batch as { tx: StoreScope }).tx = scope;
    return scope;
  }

  /** The buyer's lock as evaluateInventory takes it (held already when prefetch saw the buyer). */
  private async lockDealOnce(key: string): Promise<void> {
    if (this.#locks.has(key)) return;
    await this.real.lockDeal(key);
    this.#locks.add(key);
  }
}

const NEW_INVENTORY = {
  invtNo: null,
  waitingFor: [],
  waitUntil: null,
  channel: null,
  goodsValueFen: null,
  dutiableFen: null,
  dutyFen: null,
  vatFen: null,
  consumptionTaxFen: null,
  taxFen: null,
  quotaFen: null,
  riskRoute: null,
  rejectionCode: null,
  rejectionInfo: null,
  cancelledAt: null,
  matchedAt: null,
  releasedAt: null,
  closedAt: null,
} as const;

function applyPatch(r: InventoryRecord, patch: InventoryPatch, at: Date): InventoryRecord {
  const next: Record<string, unknown> = { ...r, updatedAt: at };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    next[key] = Array.isArray(value) ? [...value] : value;
  }
  return next as unknown as InventoryRecord;
}

/** Every method of a repository, wrapped (the ones a batch does not model). */
function wrapAll<T extends object>(repo: T, wrap: (call: (...args: never[]) => Promise<unknown>) => unknown): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(repo)) {
    out[name] = typeof value === 'function' ? wrap((value as (...args: never[]) => Promise<unknown>).bind(repo)) : value;
  }
  return out as T;
}

/** Runs `work` as one batch in its own transaction: flushes its writes before the commit. */
export async function runSwBatch<T>(
  db: Db,
  scopeOf: (trx: Db) => StoreScope,
  work: (batch: SwBatch) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const unit = new SwUnitOfWork(trx, scopeOf(trx));
    const result = await work(unit.batch);
    await unit.flush();
    return result;
  });
}
