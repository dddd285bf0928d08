import { useState } from 'react';
import { Link } from 'wouter';
import { useInventory } from '../../api/hooks.js';
import type { Inventory } from '../../api/types.js';
import { canDecide } from '../../auth/access.js';
import { useSignedIn } from '../../auth/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { StatusChip } from '../../ui/chips.js';
import { Icon } from '../../ui/icons.js';
import { Card, PageHeader } from '../../ui/layout.js';
import { QueryState } from '../../ui/states.js';
import { actionsFor, DecisionButtons } from '../decision.js';
import { BuyerCard, IdentifiersCard, RejectionNotice, TaxCard } from './inventory-facts.js';
import { Progress } from './progress.js';
import { OriginalsCard } from './originals.js';
import { ReceiptsCard } from './receipts.js';
import { Timeline } from './timeline.js';

function DecisionPanel({ inventory }: { readonly inventory: Inventory }) {
  const { t } = useI18n();
  const { participant } = useSignedIn();
  const [done, setDone] = useState<string | null>(null);
  if (!canDecide(participant.role)) return null;
  if (actionsFor(inventory.status).length === 0) {
    return done ? (
      <p className="notice notice-success" role="status">
        <Icon name="check" /> {done}
      </p>
    ) : null;
  }
  return (
    <Card title={t('decision.panel')} className="card-accent">
      <p className="muted">{t('decision.panelHint')}</p>
      <DecisionButtons inventory={inventory} onDone={setDone} />
    </Card>
  );
}

/** One inventory: where it stands, its figures, who moved it when and why, every receipt and its signed originals. */
export function InventoryPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const detail = useInventory(id);
  return (
    <QueryState query={detail} rows={8}>
      {({ inventory, events, receipts, originals }) => (
        <>
          <PageHeader title={t('inventory.title', { orderNo: inventory.orderNo })} actions={<StatusChip status={inventory.status} />}>
            <Link href="/inventories" className="back-link">
              <Icon name="arrowLeft" size={16} />
              {t('inventory.back')}
            </Link>
          </PageHeader>
          <Progress inventory={inventory} />
          <RejectionNotice inventory={inventory} />
          <DecisionPanel inventory={inventory} />
          <div className="grid grid-2">
            <IdentifiersCard inventory={inventory} />
            <div className="stack">
              <TaxCard inventory={inventory} />
              <BuyerCard inventory={inventory} />
            </div>
          </div>
          <Timeline events={events} />
          <ReceiptsCard receipts={receipts} />
          <OriginalsCard originals={originals} />
        </>
      )}
    </QueryState>
  );
}
