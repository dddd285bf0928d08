import type { CanonicalDocument } from '../../../codecs/ceb/canonical/index.js';
import { Findings } from '../../../domain/matching/index.js';
import type { Deal } from '../../../domain/model/index.js';
import { checkEnterprises } from '../../../domain/matching/index.js';
import { newId } from '../../../kernel/ids.js';
import { asJson } from '../../../ports/json.js';
import type { SwDocumentKind } from '../../../ports/single-window.port.js';
import type { DocumentInput } from '../process-message.js';

/** The China calendar date of an instant (YYYY-MM-DD), for the identity check's "born in the future" test. */
export const chinaDate = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Runs the single-document checks a receipt answers: registration and role of the codes, plus `extra`. */
export async function documentFindings(input: DocumentInput, deal: Deal, extra?: (f: Findings) => void) {
  const f = new Findings(input.ctx.policy.match);
  checkEnterprises(deal, await input.ctx.registry(), f);
  extra?.(f);
  return f.list;
}

export async function storeDocument(
  input: DocumentInput,
  kind: SwDocumentKind,
  docKey: string,
  linkKey: string | null,
  orderNo: string,
  doc: CanonicalDocument,
  status: string,
  statusInfo: string | null,
): Promise<void> {
  await input.tx.swDocuments.upsert({
    id: newId('doc'),
    kind,
    docKey,
    linkKey,
    orderNo,
    messageId: input.message.id,
    senderId: input.message.senderId,
    data: asJson({ head: doc.head, doc: doc.doc }),
    status,
    statusInfo,
  });
}
