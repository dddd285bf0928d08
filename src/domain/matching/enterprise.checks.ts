import type { Deal } from '../model/documents.js';
import type { EnterpriseRegistry } from '../model/enterprise.js';
import type { Findings } from './compare.js';
import type { DocumentKind } from './match.codes.js';
import type { RoleSlot } from './match.policy.js';

/** The codes a deal names, by slot; optional slots are skipped when absent. */
function slots(deal: Deal): readonly { slot: RoleSlot; document: DocumentKind; code: string | undefined }[] {
  const { order, payment, waybill, inventory } = deal;
  return [
    { slot: 'order.ebpCode', document: 'order', code: order?.ebpCode },
    { slot: 'order.ebcCode', document: 'order', code: order?.ebcCode },
    { slot: 'payment.payCode', document: 'payment', code: payment?.payCode },
    { slot: 'waybill.logisticsCode', document: 'waybill', code: waybill?.logisticsCode },
    { slot: 'inventory.agentCode', document: 'inventory', code: inventory?.agentCode },
    { slot: 'inventory.assureCode', document: 'inventory', code: inventory?.assureCode },
    { slot: 'inventory.areaCode', document: 'inventory', code: inventory?.areaCode },
  ];
}

/**
 * Enterprise codes registered and in the right role: an unknown code fails with −10102 (无效企业代码), a code
 * registered in another role with −10101 (无效企业类型). The inventory's ebp/ebc codes are checked through its
 * link to the order; the payment's platform through its link to the order.
 */
export function checkEnterprises(deal: Deal, registry: EnterpriseRegistry, f: Findings): void {
  for (const { slot, document, code } of slots(deal)) {
    if (code === undefined || code === '') continue;
    const found = registry(code);
    if (found === undefined) {
      f.add('enterprise.unknown', document, slot, `${slot} ${code} is not a registered enterprise`);
      continue;
    }
    const wanted = f.policy.roles[slot];
    if (!found.roles.some((r) => wanted.includes(r))) {
      f.add(
        'enterprise.wrong_role',
        document,
        slot,
        `${slot} ${code} is registered as ${found.roles.join(', ')}, not as ${wanted.join(' or ')}`,
      );
    }
  }
}
