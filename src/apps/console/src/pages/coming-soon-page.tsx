import { Link } from 'wouter';
import { useI18n } from '../i18n/i18n.js';
import { Chip } from '../ui/chips.js';
import { Icon } from '../ui/icons.js';
import { Card, PageHeader } from '../ui/layout.js';

/**
 * Pages the integration hub (issue 5) brings: deals with their cross-platform timeline, the product registry and
 * connector settings. Until its API exists they say so, and claim nothing.
 */
export function ComingSoonPage({ page }: { readonly page: 'deals' | 'products' | 'connectors' }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t(`soon.title.${page}`)} actions={<Chip tone="info">{t('soon.badge')}</Chip>} />
      <Card>
        <div className="empty">
          <Icon name="spark" size={32} />
          <p className="empty-title">{t(`soon.${page}`)}</p>
          <p className="empty-hint">{t('soon.meanwhile')}</p>
          <Link href="/inventories" className="btn">
            {t('soon.goInventories')}
          </Link>
        </div>
      </Card>
    </>
  );
}
