import type { Kysely } from 'kysely';
import type { HubStore } from '../../../ports/hub.port.js';
import type { DatabaseSchema } from '../../schema.js';
import { hubConnectionRepo, hubProductRepo } from './connections.repo.js';
import { hubDealRepo } from './deals.repo.js';
import { hubDeclarationRepo, hubReceiptCursorRepo } from './declarations.repo.js';
import { hubStockBookRepo, hubWaybillNumberRepo } from './partners.repo.js';
import { hubProductImportRepo } from './product-imports.repo.js';
import { hubTrackingRepo } from './tracking.repo.js';
import { hubInboundRepo, hubWebhookRepo } from './webhooks.repo.js';

export { storedWarehouseStock } from './partners.repo.js';

export function hubRepos(db: Kysely<DatabaseSchema>): HubStore {
  return {
    hubConnections: hubConnectionRepo(db),
    hubProducts: hubProductRepo(db),
    hubProductImports: hubProductImportRepo(db),
    hubDeals: hubDealRepo(db),
    hubDeclarations: hubDeclarationRepo(db),
    hubCursors: hubReceiptCursorRepo(db),
    hubInbound: hubInboundRepo(db),
    hubWebhooks: hubWebhookRepo(db),
    hubWaybillNumbers: hubWaybillNumberRepo(db),
    hubStockBooks: hubStockBookRepo(db),
    hubTracking: hubTrackingRepo(db),
  };
}
