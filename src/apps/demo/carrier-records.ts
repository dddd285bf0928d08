import type { HubConnectors } from '../../workflows/hub/index.js';

/** The demo carrier keeps its own record of some consignees' telephones (the consignee-phone flaw). */
export function carrierRecords(phones: ReadonlyMap<string, string>): (c: HubConnectors) => HubConnectors {
  return (connectors) => ({
    ...connectors,
    carrier: (connection) => {
      const real = connectors.carrier(connection);
      return {
        ...real,
        async allocateWaybill(request) {
          const r = await real.allocateWaybill(request);
          const phone = phones.get(request.orderNo);
          if (!r.ok || phone === undefined) return r;
          return { ok: true, value: { ...r.value, waybill: { ...r.value.waybill, consignee: { ...r.value.waybill.consignee, telephone: phone } } } };
        },
      };
    },
  });
}
