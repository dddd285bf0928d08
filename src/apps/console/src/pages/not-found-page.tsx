import { Link } from 'wouter';
import { useI18n } from '../i18n/i18n.js';
import { Card, PageHeader } from '../ui/layout.js';
import { Empty } from '../ui/states.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Card>
        <Empty title={t('notFound.title')} hint={t('notFound.hint')}>
          <Link href="/" className="btn">
            {t('notFound.home')}
          </Link>
        </Empty>
      </Card>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Card>
        <Empty title={t('forbidden.title')} hint={t('forbidden.hint')}>
          <Link href="/" className="btn">
            {t('notFound.home')}
          </Link>
        </Empty>
      </Card>
    </>
  );
}
