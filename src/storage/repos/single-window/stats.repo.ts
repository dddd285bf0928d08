import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { StatsBucket, StatsRepo } from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';

interface BucketRow {
  key: string | null;
  count: number | string;
  value_fen: number | string | null;
}

const toBuckets = (rows: readonly BucketRow[]): StatsBucket[] =>
  rows.map((r) => ({ key: r.key ?? 'unknown', count: Number(r.count), valueFen: Number(r.value_fen ?? 0) }));

/** Supervision statistics in SQL that PGlite and PostgreSQL both run; days are China calendar days (UTC+8). */
export function statsRepo(db: Kysely<DatabaseSchema>): StatsRepo {
  return {
    async supervision({ from, to, customsCode }) {
      const where = sql`i.declared_at >= ${from} and i.declared_at < ${to}${customsCode ? sql` and i.customs_code = ${customsCode}` : sql``}`;
      const grouped = async (key: RawBuilder<unknown>, extra: RawBuilder<unknown> = sql``) =>
        toBuckets(
          (
            await sql<BucketRow>`
              select ${key} as key, count(*)::int as count, coalesce(sum(i.goods_value_fen), 0)::bigint as value_fen
              from sw_inventories i where ${where} ${extra}
              group by 1 order by 2 desc, 1 limit 100`.execute(db)
          ).rows,
        );
      const byLine = async (key: RawBuilder<unknown>) =>
        toBuckets(
          (
            await sql<BucketRow>`
              select ${key} as key, count(distinct l.inventory_id)::int as count, coalesce(sum(l.value_fen), 0)::bigint as value_fen
              from sw_inventory_lines l join sw_inventories i on i.id = l.inventory_id
              where ${where} group by 1 order by 2 desc, 1 limit 100`.execute(db)
          ).rows,
        );
      const day = sql`to_char((i.declared_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;
      const [byDay, byMode, byEnterprise, byStatus, rejections, byOrigin, byHsChapter] = await Promise.all([
        grouped(day),
        grouped(sql`i.trade_mode`),
        grouped(sql`i.ebc_code`),
        grouped(sql`i.status`),
        grouped(sql`i.rejection_code`, sql`and i.status = '100'`),
        byLine(sql`l.origin`),
        byLine(sql`substr(l.gcode, 1, 2)`),
      ]);
      const totals = await sql<{
        declared: number;
        matched: number;
        released: number;
        rejected: number;
        tax: number | string | null;
        n: number;
        p50: number | null;
        p90: number | null;
        p99: number | null;
      }>`
        select count(*)::int as declared, count(i.matched_at)::int as matched, count(i.released_at)::int as released,
          count(*) filter (where i.status = '100')::int as rejected,
          coalesce(sum(i.tax_fen) filter (where i.released_at is not null), 0)::bigint as tax,
          count(i.released_at)::int as n,
          percentile_cont(0.5) within group (order by extract(epoch from i.released_at - i.declared_at)) as p50,
          percentile_cont(0.9) within group (order by extract(epoch from i.released_at - i.declared_at)) as p90,
          percentile_cont(0.99) within group (order by extract(epoch from i.released_at - i.declared_at)) as p99
        from sw_inventories i where ${where}`.execute(db);
      const t = totals.rows[0];
      const seconds = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 1000) / 1000);
      return {
        from,
        to,
        byDay: byDay.sort((a, b) => a.key.localeCompare(b.key)),
        byMode,
        byOrigin,
        byHsChapter,
        byEnterprise,
        byStatus,
        rejections,
        funnel: {
          declared: Number(t?.declared ?? 0),
          matched: Number(t?.matched ?? 0),
          released: Number(t?.released ?? 0),
          rejected: Number(t?.rejected ?? 0),
        },
        timeToRelease: { count: Number(t?.n ?? 0), p50: seconds(t?.p50), p90: seconds(t?.p90), p99: seconds(t?.p99) },
        taxFen: Number(t?.tax ?? 0),
      };
    },
  };
}
