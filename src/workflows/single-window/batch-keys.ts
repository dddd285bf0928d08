import type { CanonicalDocument } from '../../codecs/ceb/canonical/index.js';
import { inventoryLinks, orderKey, paymentKey, paymentOrderLink, waybillKey } from '../../domain/model/index.js';
import type { SwBatchKeys, SwDocumentKind } from '../../ports/single-window.port.js';
import { inventoryKeyOf } from './documents/inventory.js';
import { buyerKeyOf } from './quota-ledger.js';

type Link = 'order' | 'payment' | 'waybill';

/**
 * What processing these documents will read, so a batch loads it in a few statements: each trade document by its
 * key and the inventories linked to it; each inventory by its key, its order, payment and waybill, and its buyer's
 * quota ledger. Documents of other kinds load what they need as they go.
 */
export function batchKeysOf(documents: readonly CanonicalDocument[]): SwBatchKeys {
  const docs: { kind: SwDocumentKind; docKey: string }[] = [];
  const docLinks: { kind: SwDocumentKind; linkKey: string }[] = [];
  const inventoryKeys: string[] = [];
  const invLinks: { link: Link; key: string }[] = [];
  const buyers: string[] = [];
  for (const d of documents) {
    switch (d.kind) {
      case 'order': {
        const key = orderKey(d.doc);
        docs.push({ kind: 'order', docKey: key });
        invLinks.push({ link: 'order', key });
        break;
      }
      case 'payment':
        docs.push({ kind: 'payment', docKey: paymentKey(d.doc) });
        invLinks.push({ link: 'payment', key: paymentOrderLink(d.doc) });
        break;
      case 'waybill': {
        const key = waybillKey(d.doc);
        docs.push({ kind: 'waybill', docKey: key });
        invLinks.push({ link: 'waybill', key });
        break;
      }
      case 'inventory': {
        const links = inventoryLinks(d.doc);
        inventoryKeys.push(inventoryKeyOf(d.doc));
        docs.push({ kind: 'order', docKey: links.order }, { kind: 'waybill', docKey: links.waybill });
        docLinks.push({ kind: 'payment', linkKey: links.payment });
        buyers.push(buyerKeyOf(d.doc.buyer.idNumber));
        break;
      }
      default:
        break;
    }
  }
  return { documents: docs, documentLinks: docLinks, inventoryKeys, inventoryLinks: invLinks, buyers };
}
