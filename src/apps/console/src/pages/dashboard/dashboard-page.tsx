import { useState } from 'react';
import { useStats } from '../../api/hooks.js';
import type { Stats } from '../../api/types.js';
import { countryName, hsChapterName, modeLabel, statusLabel } from '../../i18n/codes.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, toneOfStatus } from '../../ui/chips.js';
import { Card, PageHeader } from '../../ui/layout.js';
import { Empty, QueryState } from '../../ui/states.js';
import { COLORS } from './chart-card.js';
import { BucketBars, ByDayChart, FunnelChart, TimeToReleaseChart } from './charts.js';

const RANGES = [7, 30, 90] as const;
type Range = (typeof RANGES)[number];

function Kpis({ stats }: { readonly stats: Stats }) {
  const { t, number, percent, money, duration } = useI18n();
  const { declared, matched, released, rejected } = stats.funnel;
  const share = (n: number) => t('kpi.ofDeclared', { pct: percent(declared ? n / declared : 0) });
  const items = [
    { id: 'declared', label: t('kpi.declared'), value: number(declared), note: null },
    { id: 'matched', label: t('kpi.matched'), value: number(matched), note: share(matched) },
    { id: 'released', label: t('kpi.released'), value: number(released), note: share(released) },
    { id: 'rejected', label: t('kpi.rejected'), value: number(rejected), note: share(rejected) },
    { id: 'tax', label: t('kpi.tax'), value: money(stats.taxReleased), note: null },
    { id: 'p50', label: t('kpi.p50'), value: duration(stats.timeToRelease.p50Seconds), note: null },
  ];
  return (
    <dl className="kpis">
      {items.map((k) => (
        <div key={k.id} className={`kpi kpi-${k.id}`} data-testid={`kpi-${k.id}`}>
          <dt>{k.label}</dt>
          <dd>
            <span className="kpi-value">{k.value}</span>
            {k.note && <span className="kpi-note">{k.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function StatusList({ stats }: { readonly stats: Stats }) {
  const { t, number } = useI18n();
  return (
    <Card title={t('chart.byStatus')}>
      <ul className="status-list">
        {stats.byStatus.map((b) => (
          <li key={b.key}>
            <Chip tone={toneOfStatus(b.key)}>{statusLabel(t, b.key)}</Chip>
            <span className="status-count">{number(b.count)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The supervision dashboard: what was declared, how it went, where from and why it stopped. */
export default function DashboardPage() {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<Range>(30);
  const stats = useStats(range);
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle')}
        actions={
          <fieldset className="segmented">
            <legend className="sr-only">{t('dashboard.range')}</legend>
            {RANGES.map((r) => (
              <button key={r} type="button" className="segment" aria-pressed={range === r} onClick={() => setRange(r)}>
                {t(`dashboard.range.${r}`)}
              </button>
            ))}
          </fieldset>
        }
      />
      <QueryState query={stats} rows={8}>
        {(s) =>
          s.funnel.declared === 0 ? (
            <Card>
              <Empty title={t('dashboard.emptyTitle')} hint={t('dashboard.emptyHint')} />
            </Card>
          ) : (
            <>
              <Kpis stats={s} />
              <div className="grid grid-2 charts">
                <ByDayChart buckets={s.byDay} from={s.from} to={s.to} />
                <FunnelChart funnel={s.funnel} />
                <TimeToReleaseChart ttr={s.timeToRelease} />
                <BucketBars title={t('chart.byMode')} buckets={s.byMode} labelOf={(k) => modeLabel(t, k)} testId="chart-by-mode" />
                <BucketBars
                  title={t('chart.byOrigin')}
                  buckets={s.byOrigin}
                  labelOf={(k) => countryName(k, locale)}
                  color={COLORS.secondary}
                  testId="chart-by-origin"
                />
                <BucketBars title={t('chart.byHs')} buckets={s.byHsChapter} labelOf={(k) => hsChapterName(k, locale, t)} testId="chart-by-hs" />
                <BucketBars
                  title={t('chart.rejections')}
                  buckets={s.rejections}
                  labelOf={(k) => k}
                  color={COLORS.danger}
                  empty={t('chart.rejectionsNone')}
                  testId="chart-rejections"
                />
                <BucketBars title={t('chart.byEnterprise')} buckets={s.byEnterprise} labelOf={(k) => k} color={COLORS.secondary} testId="chart-by-enterprise" />
                <StatusList stats={s} />
              </div>
            </>
          )
        }
      </QueryState>
    </>
  );
}
