import type { Inventory } from '../../api/types.js';
import { labelOf, modeLabel } from '../../i18n/codes.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, Masked } from '../../ui/chips.js';
import { Icon } from '../../ui/icons.js';
import { Card, Facts } from '../../ui/layout.js';

const mono = (value: string | null) => <span className="mono">{value ?? '—'}</span>;

export function IdentifiersCard({ inventory: inv }: { readonly inventory: Inventory }) {
  const { t } = useI18n();
  return (
    <Card title={t('inventory.ids')}>
      <Facts
        items={[
          [t('inventory.invtNo'), mono(inv.invtNo)],
          [t('inventory.preNo'), mono(inv.preNo)],
          [t('inventory.copNo'), mono(inv.copNo)],
          [t('inventory.mode'), modeLabel(t, inv.tradeMode)],
          [t('inventory.customs'), mono(inv.customsCode)],
          [t('inventory.ebp'), mono(inv.ebpCode)],
          [t('inventory.ebc'), mono(inv.ebcCode)],
          [t('inventory.logistics'), mono(inv.logisticsCode)],
        ]}
      />
    </Card>
  );
}

export function BuyerCard({ inventory: inv }: { readonly inventory: Inventory }) {
  const { t } = useI18n();
  return (
    <Card
      title={t('inventory.buyer')}
      aside={
        <span className="masked-badge">
          <Icon name="lock" size={14} />
          {t('common.masked')}
        </span>
      }
    >
      <Facts
        items={[
          [t('inventory.buyerName'), <Masked key="n" value={inv.buyer.name} />],
          [t('inventory.buyerId'), <Masked key="i" value={inv.buyer.idNumber} />],
          [t('inventory.buyerPhone'), <Masked key="p" value={inv.buyer.telephone} />],
        ]}
      />
    </Card>
  );
}

export function TaxCard({ inventory: inv }: { readonly inventory: Inventory }) {
  const { t, money } = useI18n();
  const assessed = inv.tax !== null;
  return (
    <Card
      title={t('inventory.tax')}
      aside={inv.channel ? <Chip tone={inv.channel === 'cbec' ? 'info' : 'attention'}>{labelOf(t, 'channel', inv.channel)}</Chip> : undefined}
    >
      <Facts
        items={[
          [t('inventory.goodsValue'), money(inv.goodsValue)],
          [t('inventory.dutiable'), money(inv.dutiableValue)],
          [t('inventory.duty'), money(inv.customsDuty)],
          [t('inventory.vat'), money(inv.vat)],
          [t('inventory.consumption'), money(inv.consumptionTax)],
          [t('inventory.taxTotal'), <strong key="total">{money(inv.tax)}</strong>],
          [t('inventory.risk'), inv.riskRoute ? labelOf(t, 'risk', inv.riskRoute) : '—'],
        ]}
      />
      {!assessed && <p className="hint">{t('inventory.noTax')}</p>}
    </Card>
  );
}

/** The reasons customs gave, one per line: "[code] sentence; [code] sentence". */
export function RejectionNotice({ inventory: inv }: { readonly inventory: Inventory }) {
  const { t, dateTime } = useI18n();
  const waiting = inv.waitingFor.length > 0;
  if (!inv.rejection.code && !waiting && !inv.cancelled) return null;
  if (!inv.rejection.code) {
    return (
      <div className="notice notice-info" role="status">
        <Icon name="clock" />
        <p>
          {inv.cancelled
            ? t('inventory.cancelled')
            : `${t('inventory.waiting', { docs: inv.waitingFor.map((d) => t(`doc.${d}` as 'doc.order')).join(', ') })}${inv.waitUntil ? ` ${t('inventory.waitUntil', { time: dateTime(inv.waitUntil) })}` : ''}`}
        </p>
      </div>
    );
  }
  const reasons = (inv.rejection.info ?? '').split(/;\s(?=\[)/).filter(Boolean);
  return (
    <div className="notice notice-error" role="alert">
      <Icon name="alert" />
      <div>
        <p className="notice-title">
          {t('inventory.rejected')} <code className="error-code">{inv.rejection.code}</code>
        </p>
        <ul className="reasons">
          {reasons.map((reason) => {
            const match = /^\[([^\]]+)\]\s*(.*)$/.exec(reason);
            return (
              <li key={reason}>
                {match ? (
                  <>
                    <code>{match[1]}</code> {match[2]}
                  </>
                ) : (
                  reason
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
