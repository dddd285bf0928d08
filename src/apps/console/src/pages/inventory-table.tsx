import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Inventory } from '../api/types.js';
import { labelOf } from '../i18n/codes.js';
import { useI18n } from '../i18n/i18n.js';
import { Masked, StatusChip } from '../ui/chips.js';

/**
 * Inventories as a table at desktop width and as stacked cards on a phone (each cell carries its label).
 * A queue leaves the status out (every row has the queue's) to make room for the officer's actions.
 */
export function InventoryTable({
  items,
  caption,
  actions,
  showStatus = true,
}: {
  readonly items: readonly Inventory[];
  readonly caption: string;
  readonly actions?: (inventory: Inventory) => ReactNode;
  readonly showStatus?: boolean;
}) {
  const { t, money, dateTime, shortDateTime } = useI18n();
  const col = {
    order: t('inventories.col.order'),
    status: t('inventories.col.status'),
    mode: t('inventories.col.mode'),
    buyer: t('inventories.col.buyer'),
    value: t('inventories.col.value'),
    declared: t('inventories.col.declared'),
  };
  const docs = (inv: Inventory) => inv.waitingFor.map((d) => t(`doc.${d}` as 'doc.order')).join(', ');
  return (
    <div className="table-wrap">
      <table className="table table-cards">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.order}</th>
            {showStatus && <th scope="col">{col.status}</th>}
            <th scope="col">{col.mode}</th>
            <th scope="col">{col.buyer}</th>
            <th scope="col" className="num">
              {col.value}
            </th>
            <th scope="col">{col.declared}</th>
            {actions && (
              <th scope="col">
                <span className="sr-only">{t('decision.panel')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((inv) => (
            <tr key={inv.id}>
              <td data-label={col.order} className="cell-primary">
                <Link href={`/inventories/${inv.id}`} className="row-link" aria-label={t('inventories.open', { orderNo: inv.orderNo })}>
                  <span className="mono">{inv.orderNo}</span>
                </Link>
                <span className="cell-sub mono">{inv.invtNo ?? inv.preNo}</span>
              </td>
              {showStatus && (
                <td data-label={col.status}>
                  <StatusChip status={inv.status} />
                  {inv.waitingFor.length > 0 && <span className="cell-sub">{t('inventory.waiting', { docs: docs(inv) })}</span>}
                </td>
              )}
              <td data-label={col.mode}>
                <span className="mono">{inv.tradeMode}</span>
                <span className="cell-sub">{labelOf(t, 'modeShort', inv.tradeMode, '')}</span>
              </td>
              <td data-label={col.buyer}>
                <Masked value={inv.buyer.name} />
                <span className="cell-sub">
                  <Masked value={inv.buyer.idNumber} />
                </span>
              </td>
              <td data-label={col.value} className="num">
                {money(inv.goodsValue)}
                {inv.tax !== null && <span className="cell-sub">{t('inventories.taxOf', { tax: money(inv.tax) })}</span>}
              </td>
              <td data-label={col.declared} className="cell-date" title={dateTime(inv.declaredAt)}>
                {shortDateTime(inv.declaredAt)}
              </td>
              {actions && <td className="cell-actions">{actions(inv)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
