import type { Migration } from 'kysely/migration';
import * as foundation from './0001-foundation.js';
import * as tariff from './0002-tariff.js';
import * as singleWindow from './0003-single-window.js';
import * as hub from './0004-hub.js';
import * as receiptsCommitOrder from './0005-receipts-commit-order.js';
import * as hubTracking from './0006-hub-tracking.js';
import * as dealsList from './0007-deals-list.js';
import * as productImports from './0008-product-imports.js';
import * as packedMessageXml from './0009-packed-message-xml.js';
import * as receiptsByDocument from './0010-receipts-by-document.js';
import * as documentsAsJson from './0011-documents-as-json.js';

/**
 * Every migration, in order. One list for PGlite and PostgreSQL: the SQL is plain PostgreSQL that both run.
 * Names are permanent once released.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundation,
  '0002-tariff': tariff,
  '0003-single-window': singleWindow,
  '0004-hub': hub,
  '0005-receipts-commit-order': receiptsCommitOrder,
  '0006-hub-tracking': hubTracking,
  '0007-deals-list': dealsList,
  '0008-product-imports': productImports,
  '0009-packed-message-xml': packedMessageXml,
  '0010-receipts-by-document': receiptsByDocument,
  '0011-documents-as-json': documentsAsJson,
};
