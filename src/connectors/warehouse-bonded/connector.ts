import { z } from 'zod';
import { applyMovement, available, type StockBook, type StockMovement } from '../../domain/bonded/index.js';
import { fail, ok, type Reason } from '../../kernel/result.js';
import {
  type ConnectorMetadata,
  customsCodeField,
  defineConnector,
  type Disposition,
  type PartnerResult,
  partnerFail,
  partnerName,
  partnerOk,
  type StockChange,
  type StockLevel,
  type WarehouseConnector,
  type WarehouseDeps,
} from '../sdk/index.js';

export const bondedWarehouseSettings = z.object({
  warehouseCode: customsCodeField('Customs code of the bonded warehouse (supervision-site operator)'),
  warehouseName: z.string().min(1).max(100).meta({ description: 'Name of the bonded warehouse' }),
  emsNo: z.string().max(30).optional().meta({ description: 'Account book (emsNo) the stock is kept under' }),
});

const metadata: ConnectorMetadata<'warehouse'> = {
  id: 'bonded-warehouse',
  kind: 'warehouse',
  label: 'Bonded warehouse (in process)',
  description:
    'The bonded warehouse’s stock book kept by Crossgate itself: stock per owner and item received with the warehouse entry, reserved by each order, taken out at customs release, given back when an order is cancelled, and returned to stock after a return (1210 bonded import).',
  version: '1.0.0',
  capabilities: ['stock-levels', 'reservation', 'release', 'return-to-stock'],
  speaks: {
    format: 'In-process: the bonded stock rules of src/domain/bonded over the WarehouseStockStore port',
    references: ['src/domain/bonded/stock.rules.ts', 'src/ports/warehouse-stock.port.ts', 'CEB711 warehouse entry, CEB621 bonded inventory (1210), CEB625 return'],
  },
};

/** Domain reason codes → the connector's codes and what the workflow should do. */
const CODES: Readonly<Record<string, [string, Disposition]>> = {
  'bonded.insufficient_stock': ['stock.insufficient', 'needs-human'],
  'bonded.item_not_in_stock': ['stock.item_unknown', 'needs-human'],
  'bonded.reservation_not_found': ['stock.reservation_not_found', 'permanent'],
  'bonded.reservation_exists': ['stock.reservation_exists', 'permanent'],
  'bonded.invalid_quantity': ['stock.invalid_quantity', 'permanent'],
  'stock.not_released': ['stock.not_released', 'permanent'],
};

function levelsOf(book: StockBook, ownerCode: string, itemNos?: readonly string[]): StockLevel[] {
  const wanted = itemNos ? new Set(itemNos) : undefined;
  return Object.values(book.levels)
    .filter((l) => l.enterpriseCode === ownerCode && (!wanted || wanted.has(l.itemNo)))
    .map((l) => ({ ownerCode, itemNo: l.itemNo, onHand: l.onHand, reserved: l.reserved, available: available(book, ownerCode, l.itemNo) }))
    .sort((a, b) => a.itemNo.localeCompare(b.itemNo));
}

/** Items a movement touches (a release or give-back touches the reservation's items). */
function itemsOf(book: StockBook, m: StockMovement): string[] {
  if (m.kind === 'entry' || m.kind === 'reserve') return m.lines.map((l) => l.itemNo);
  const direct = m.kind === 'release' ? (m.lines ?? []) : [];
  return (book.reservations[m.ref]?.lines ?? direct).map((l) => l.itemNo);
}

export const bondedWarehouse = defineConnector({
  metadata,
  settings: bondedWarehouseSettings,
  create(_settings, deps: WarehouseDeps): WarehouseConnector {
    const partner = partnerName(metadata);

    async function move(ownerCode: string, ref: string, movement: StockMovement, guard?: (book: StockBook) => Reason | undefined): Promise<PartnerResult<StockChange>> {
      const r = await deps.stock.update(ownerCode, (book) => {
        const refused = guard?.(book);
        if (refused) return fail(refused);
        const items = itemsOf(book, movement);
        const applied = applyMovement(book, movement);
        if (!applied.ok) return applied;
        const after = applied.value.book;
        return ok({ book: after, value: { ref, effect: applied.value.effect, levels: levelsOf(after, ownerCode, items) } });
      });
      if (r.ok) return partnerOk(r.value);
      const first = r.reasons[0];
      const [code, disposition] = CODES[first?.code ?? ''] ?? ['stock.refused', 'permanent'];
      return partnerFail(partner, code, disposition, r.reasons.map((x) => x.message).join('; '), { ref, ownerCode, reason: first?.code });
    }

    return {
      metadata,
      receiveStock: (entry) => move(entry.ownerCode, entry.ref, { kind: 'entry', id: `entry:${entry.ref}`, enterpriseCode: entry.ownerCode, lines: entry.lines }),
      async stockLevels(ownerCode, itemNos) {
        return partnerOk(levelsOf(await deps.stock.read(ownerCode), ownerCode, itemNos));
      },
      reserve: (r) => move(r.ownerCode, r.ref, { kind: 'reserve', id: `reserve:${r.ref}`, ref: r.ref, enterpriseCode: r.ownerCode, lines: r.lines }),
      release: (r) => move(r.ownerCode, r.ref, { kind: 'release', id: `release:${r.ref}`, ref: r.ref }),
      cancelReservation: (r) => move(r.ownerCode, r.ref, { kind: 'unreserve', id: `unreserve:${r.ref}`, ref: r.ref }),
      returnToStock: (r) =>
        move(r.ownerCode, r.ref, { kind: 'entry', id: `return:${r.ref}`, enterpriseCode: r.ownerCode, lines: r.lines }, (book) =>
          book.applied.includes(`return:${r.ref}`) || book.applied.includes(`release:${r.releasedRef}`)
            ? undefined
            : { code: 'stock.not_released', message: `order ${r.releasedRef} was never released from this warehouse: nothing of it can come back` },
        ),
    };
  },
});

