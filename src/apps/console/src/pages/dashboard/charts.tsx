import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarShapeProps } from 'recharts';
import type { Stats, StatsBucket } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { useNarrow } from '../../ui/use-narrow.js';
import { ChartCard, COLORS } from './chart-card.js';

const FUNNEL_FILLS = [COLORS.muted, COLORS.primary, COLORS.secondary];
const AXIS = { fontSize: 12, fill: COLORS.text };
const summaryOf = (rows: readonly { label: string; count: number }[]) => rows.map((r) => `${r.label} ${r.count}`).join(', ');

const DAY_MS = 86_400_000;
const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** Every China calendar day of the period, with zeros where nothing was declared. */
function everyDay(buckets: readonly StatsBucket[], from: string, to: string): { key: string; count: number; value: number }[] {
  const found = new Map(buckets.map((b) => [b.key, b]));
  const out: { key: string; count: number; value: number }[] = [];
  const last = chinaDay(Date.parse(to) - 1);
  for (let ms = Date.parse(from); out.length < 400; ms += DAY_MS) {
    const key = chinaDay(ms);
    const bucket = found.get(key);
    out.push({ key, count: bucket?.count ?? 0, value: Number(bucket?.value ?? 0) });
    if (key >= last) break;
  }
  return out;
}

export function ByDayChart({ buckets, from, to }: { readonly buckets: readonly StatsBucket[]; readonly from: string; readonly to: string }) {
  const { t, day, money, number } = useI18n();
  const data = everyDay(buckets, from, to).map((b) => ({ label: day(b.key), count: b.count, value: b.value }));
  const active = data.filter((d) => d.count > 0);
  const countName = t('chart.count');
  const valueName = t('chart.value');
  return (
    <ChartCard title={t('chart.byDay')} summary={t('chart.summary', { title: t('chart.byDay'), items: summaryOf(active) })} empty={active.length ? null : t('chart.noData')} wide testId="chart-by-day">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: COLORS.grid }} minTickGap={16} />
          <YAxis yAxisId="count" allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} width={36} />
          <YAxis yAxisId="value" orientation="right" tick={AXIS} tickLine={false} axisLine={false} width={64} tickFormatter={(v: number) => number(v)} />
          <Tooltip formatter={(v, name) => (name === valueName ? money(Number(v).toFixed(2)) : number(Number(v)))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="count" dataKey="count" name={countName} fill={COLORS.primary} radius={[4, 4, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          <Line yAxisId="value" dataKey="value" name={valueName} stroke={COLORS.secondary} strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** Buckets as horizontal bars (count), longest first, labelled by `labelOf`. */
export function BucketBars({
  title,
  buckets,
  labelOf,
  color = COLORS.primary,
  empty,
  testId,
}: {
  readonly title: string;
  readonly buckets: readonly StatsBucket[];
  readonly labelOf: (key: string) => string;
  readonly color?: string;
  readonly empty?: string;
  readonly testId?: string;
}) {
  const { t, money, number } = useI18n();
  const narrow = useNarrow();
  const data = buckets.slice(0, 8).map((b) => ({ label: labelOf(b.key), count: b.count, value: b.value }));
  const height = Math.max(120, data.length * 36 + 24);
  return (
    <ChartCard
      title={title}
      summary={t('chart.summary', { title, items: summaryOf(data) })}
      empty={data.length ? null : (empty ?? t('chart.noData'))}
      {...(testId && { testId })}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={COLORS.grid} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
          <YAxis type="category" dataKey="label" tick={AXIS} tickLine={false} axisLine={false} width={narrow ? 112 : 176} />
          <Tooltip formatter={(v, _n, item) => `${number(Number(v))} · ${money((item.payload as { value: string }).value)}`} />
          <Bar dataKey="count" name={t('chart.count')} fill={color} radius={[0, 4, 4, 0]} maxBarSize={22} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" style={{ fontSize: 12, fill: COLORS.text }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function FunnelChart({ funnel }: { readonly funnel: Stats['funnel'] }) {
  const { t, percent } = useI18n();
  const declared = funnel.declared || 1;
  const data = [
    { label: t('kpi.declared'), count: funnel.declared },
    { label: t('kpi.matched'), count: funnel.matched },
    { label: t('kpi.released'), count: funnel.released },
  ].map((d) => ({ ...d, text: `${d.count} · ${percent(d.count / declared)}` }));
  return (
    <ChartCard title={t('chart.funnel')} summary={t('chart.summary', { title: t('chart.funnel'), items: summaryOf(data) })} testId="chart-funnel">
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 84, bottom: 4, left: 4 }}>
          <XAxis type="number" hide domain={[0, Math.max(1, funnel.declared)]} />
          <YAxis type="category" dataKey="label" tick={AXIS} tickLine={false} axisLine={false} width={96} />
          <Bar
            dataKey="count"
            radius={[0, 4, 4, 0]}
            maxBarSize={28}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={FUNNEL_FILLS[props.index] ?? COLORS.primary} />}
          >
            <LabelList dataKey="text" position="right" style={{ fontSize: 12, fill: COLORS.text }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function TimeToReleaseChart({ ttr }: { readonly ttr: Stats['timeToRelease'] }) {
  const { t, duration } = useI18n();
  const data = [
    { label: 'p50', seconds: ttr.p50Seconds ?? 0 },
    { label: 'p90', seconds: ttr.p90Seconds ?? 0 },
    { label: 'p99', seconds: ttr.p99Seconds ?? 0 },
  ].map((d) => ({ ...d, text: duration(d.seconds) }));
  const title = t('chart.ttr');
  return (
    <ChartCard
      title={title}
      summary={t('chart.summary', { title, items: data.map((d) => `${d.label} ${d.text}`).join(', ') })}
      empty={ttr.count === 0 ? t('chart.ttrNone') : null}
      testId="chart-ttr"
    >
      <p className="hint">{t('chart.ttrCount', { n: ttr.count })}</p>
      <ResponsiveContainer width="100%" height={150}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 4 }}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" tick={AXIS} tickLine={false} axisLine={false} width={40} />
          <Bar dataKey="seconds" fill={COLORS.warning} radius={[0, 4, 4, 0]} maxBarSize={24} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" style={{ fontSize: 12, fill: COLORS.text }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
