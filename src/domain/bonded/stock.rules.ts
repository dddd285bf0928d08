import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import { formatQty, parseQty, type Qty } from './quantity.js';

/**
 * Bonded stock (1210, 网购保税进口): warehouse entries increase the stock per enterprise and item; an inventory
 * reserves what it declares; release takes the goods out; a rejected or cancelled inventory gives its reservation
 * back. Available = on hand − reserved. Pure functions over an immutable book; quantities are decimal strings.
 */
export interface StockLine {
  readonly itemNo: string;
  readonly qty: string;
}

export interface StockLevel {
  readonly enterpriseCode: string;
  readonly itemNo: string;
  readonly onHand: string;
  readonly reserved: string;
}

export interface Reservation {
  readonly ref: string;
  readonly enterpriseCode: string;
  readonly lines: readonly StockLine[];
}

export interface StockBook {
  readonly levels: Readonly<Record<string, StockLevel>>;
  readonly reservations: Readonly<Record<string, Reservation>>;
  /** Ids of the movements applied, so that the same movement twice has one effect. */
  readonly applied: readonly string[];
}

export type StockMovement =
  /** Goods received into the bonded warehouse. */
  | {
      readonly kind: 'entry';
      readonly id: string;
      readonly enterpriseCode: string;
      readonly lines: readonly StockLine[];
    }
  /** An inventory (ref) reserves what it declares. */
  | {
      readonly kind: 'reserve';
      readonly id: string;
      readonly ref: string;
      readonly enterpriseCode: string;
      readonly lines: readonly StockLine[];
    }
  /** Release: takes out the reservation `ref`; without a reservation, takes the given lines directly. */
  | {
      readonly kind: 'release';
      readonly id: string;
      readonly ref: string;
      readonly enterpriseCode?: string;
      readonly lines?: readonly StockLine[];
    }
  /** A rejected or cancelled inventory gives its reservation back. */
  | { readonly kind: 'unreserve'; readonly id: string; readonly ref: string };

export const emptyBook = (): StockBook => ({ levels: {}, reservations: {}, applied: [] });

export const stockKey = (enterpriseCode: string, itemNo: string): string =>
  `${encodeURIComponent(enterpriseCode)}|${encodeURIComponent(itemNo)}`;

interface Level {
  onHand: Qty;
  reserved: Qty;
}

function levelOf(book: StockBook, key: string): Level | undefined {
  const l = book.levels[key];
  if (l === undefined) return undefined;
  const [h, r] = [parseQty(l.onHand), parseQty(l.reserved)];
  return { onHand: h.ok ? h.value : 0n, reserved: r.ok ? r.value : 0n };
}

/** Available quantity of an item (on hand − reserved), "0" when the item was never received. */
export function available(book: StockBook, enterpriseCode: string, itemNo: string): string {
  const l = levelOf(book, stockKey(enterpriseCode, itemNo));
  return l === undefined ? '0' : formatQty(l.onHand - l.reserved > 0n ? l.onHand - l.reserved : 0n);
}

/** Quantities per item, summed over lines of the same item; bad quantities become reasons. */
function demand(lines: readonly StockLine[]): Result<Map<string, Qty>> {
  const wanted = new Map<string, Qty>();
  const problems: Reason[] = [];
  lines.forEach((line, i) => {
    const q = parseQty(line.qty, `lines[${i}].qty`);
    if (q.ok) wanted.set(line.itemNo, (wanted.get(line.itemNo) ?? 0n) + q.value);
    else problems.push(...q.reasons);
  });
  return problems.length > 0 ? fail(...problems) : ok(wanted);
}

/** Whether the lines can be taken from the enterprise's available stock; insufficient stock gives reasons. */
export function checkAvailability(book: StockBook, enterpriseCode: string, lines: readonly StockLine[]): Result<true> {
  const wanted = demand(lines);
  if (!wanted.ok) return wanted;
  const problems: Reason[] = [];
  for (const [itemNo, qty] of wanted.value) {
    const l = levelOf(book, stockKey(enterpriseCode, itemNo));
    const field = `item ${itemNo}`;
    if (l === undefined) {
      problems.push({
        code: 'bonded.item_not_in_stock',
        message: `item ${itemNo} of ${enterpriseCode} has never been received into bonded stock`,
        field,
      });
    } else if (l.onHand - l.reserved < qty) {
      problems.push({
        code: 'bonded.insufficient_stock',
        message: `item ${itemNo} of ${enterpriseCode}: ${formatQty(qty)} wanted, ${formatQty(l.onHand - l.reserved)} available`,
        field,
      });
    }
  }
  return problems.length > 0 ? fail(...problems) : ok(true);
}

function withLevels(
  book: StockBook,
  enterpriseCode: string,
  changes: Map<string, Qty>,
  change: (l: Level, q: Qty) => Level,
): Readonly<Record<string, StockLevel>> {
  const levels: Record<string, StockLevel> = { ...book.levels };
  for (const [itemNo, qty] of changes) {
    const key = stockKey(enterpriseCode, itemNo);
    const next = change(levelOf(book, key) ?? { onHand: 0n, reserved: 0n }, qty);
    levels[key] = { enterpriseCode, itemNo, onHand: formatQty(next.onHand), reserved: formatQty(next.reserved) };
  }
  return levels;
}

const notFound = (ref: string): Result<never> =>
  fail({ code: 'bonded.reservation_not_found', message: `no reservation for inventory ${ref}`, field: 'ref' });

function apply(book: StockBook, m: StockMovement): Result<StockBook> {
  const done = [...book.applied, m.id];
  switch (m.kind) {
    case 'entry': {
      const wanted = demand(m.lines);
      if (!wanted.ok) return wanted;
      return ok({
        ...book,
        applied: done,
        levels: withLevels(book, m.enterpriseCode, wanted.value, (l, q) => ({ ...l, onHand: l.onHand + q })),
      });
    }
    case 'reserve': {
      if (book.reservations[m.ref] !== undefined) {
        return fail({
          code: 'bonded.reservation_exists',
          message: `inventory ${m.ref} has already reserved stock`,
          field: 'ref',
        });
      }
      const can = checkAvailability(book, m.enterpriseCode, m.lines);
      const wanted = demand(m.lines);
      if (!can.ok) return can;
      if (!wanted.ok) return wanted;
      const reservation: Reservation = { ref: m.ref, enterpriseCode: m.enterpriseCode, lines: m.lines };
      return ok({
        applied: done,
        reservations: { ...book.reservations, [m.ref]: reservation },
        levels: withLevels(book, m.enterpriseCode, wanted.value, (l, q) => ({ ...l, reserved: l.reserved + q })),
      });
    }
    case 'unreserve': {
      const r = book.reservations[m.ref];
      if (r === undefined) return notFound(m.ref);
      const wanted = demand(r.lines);
      if (!wanted.ok) return wanted;
      const { [m.ref]: _gone, ...rest } = book.reservations;
      return ok({
        applied: done,
        reservations: rest,
        levels: withLevels(book, r.enterpriseCode, wanted.value, (l, q) => ({ ...l, reserved: l.reserved - q })),
      });
    }
    case 'release':
      return release(book, m, done);
  }
}

function release(
  book: StockBook,
  m: Extract<StockMovement, { kind: 'release' }>,
  done: readonly string[],
): Result<StockBook> {
  const r = book.reservations[m.ref];
  if (r !== undefined) {
    const wanted = demand(r.lines);
    if (!wanted.ok) return wanted;
    const { [m.ref]: _gone, ...rest } = book.reservations;
    return ok({
      applied: done,
      reservations: rest,
      levels: withLevels(book, r.enterpriseCode, wanted.value, (l, q) => ({
        onHand: l.onHand - q,
        reserved: l.reserved - q,
      })),
    });
  }
  if (m.enterpriseCode === undefined || m.lines === undefined) return notFound(m.ref);
  const can = checkAvailability(book, m.enterpriseCode, m.lines);
  const wanted = demand(m.lines);
  if (!can.ok) return can;
  if (!wanted.ok) return wanted;
  return ok({
    ...book,
    applied: done,
    levels: withLevels(book, m.enterpriseCode, wanted.value, (l, q) => ({ ...l, onHand: l.onHand - q })),
  });
}

/** Applies a movement; the same movement id twice is a no-op ("duplicate"). */
export function applyMovement(
  book: StockBook,
  movement: StockMovement,
): Result<{ readonly book: StockBook; readonly effect: 'applied' | 'duplicate' }> {
  if (book.applied.includes(movement.id)) return ok({ book, effect: 'duplicate' });
  const r = apply(book, movement);
  return r.ok ? ok({ book: r.value, effect: 'applied' }) : r;
}
