import type { Kysely, Selectable } from 'kysely';
import type { TariffRecord, TariffRepo } from '../../ports/tariff.port.js';
import type { DatabaseSchema, TariffRatesTable } from '../schema.js';

/** numeric comes back as a string on both backends; drop trailing zeros so "0.13000" reads "0.13". */
const decimal = (v: string | null): string | undefined =>
  v === null ? undefined : v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;

const toRecord = (row: Selectable<TariffRatesTable>): TariffRecord => {
  const ct = decimal(row.consumption_tax_rate);
  const ctUnit = decimal(row.consumption_tax_per_unit);
  const mfn = decimal(row.mfn_duty_rate);
  return {
    hsCode: row.hs_code,
    name: row.name,
    vatRate: decimal(row.vat_rate) ?? '0',
    ...(ct !== undefined && { consumptionTaxRate: ct }),
    ...(ctUnit !== undefined && { consumptionTaxPerUnit: ctUnit }),
    ...(mfn !== undefined && { mfnDutyRate: mfn }),
    positiveList: row.positive_list,
    ...(row.trade_modes && row.trade_modes.length > 0 && { tradeModes: row.trade_modes }),
    ...(row.remark !== null && { remark: row.remark }),
    source: row.source,
  };
};

const CHUNK = 500;

export function tariffRepo(db: Kysely<DatabaseSchema>): TariffRepo {
  return {
    async upsert(rows) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const values = rows.slice(i, i + CHUNK).map((r) => ({
          hs_code: r.hsCode,
          name: r.name,
          vat_rate: r.vatRate,
          consumption_tax_rate: r.consumptionTaxRate ?? null,
          consumption_tax_per_unit: r.consumptionTaxPerUnit ?? null,
          mfn_duty_rate: r.mfnDutyRate ?? null,
          positive_list: r.positiveList,
          trade_modes: r.tradeModes ? [...r.tradeModes] : null,
          remark: r.remark ?? null,
          source: r.source,
        }));
        await db
          .insertInto('tariff_rates')
          .values(values)
          .onConflict((oc) =>
            oc.column('hs_code').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              vat_rate: eb.ref('excluded.vat_rate'),
              consumption_tax_rate: eb.ref('excluded.consumption_tax_rate'),
              consumption_tax_per_unit: eb.ref('excluded.consumption_tax_per_unit'),
              mfn_duty_rate: eb.ref('excluded.mfn_duty_rate'),
              positive_list: eb.ref('excluded.positive_list'),
              trade_modes: eb.ref('excluded.trade_modes'),
              remark: eb.ref('excluded.remark'),
              source: eb.ref('excluded.source'),
              imported_at: eb.fn('now'),
            })),
          )
          .execute();
      }
      return rows.length;
    },
    async all() {
      return (await db.selectFrom('tariff_rates').selectAll().orderBy('hs_code').execute()).map(toRecord);
    },
    async byCode(hsCode) {
      const row = await db.selectFrom('tariff_rates').selectAll().where('hs_code', '=', hsCode).executeTakeFirst();
      return row && toRecord(row);
    },
    async count() {
      const row = await db
        .selectFrom('tariff_rates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
