export const PRODUCT_IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ProductImportStatus = (typeof PRODUCT_IMPORT_STATUSES)[number];

/** A bad row of an import: 1-based line of the file (the header is line 1), the column at fault, a stable code. */
export interface ImportRowError {
  readonly line: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** One CSV import of a participant's products, with its progress and, once done, its per-row error report. */
export interface ProductImport {
  readonly id: string;
  readonly participantId: string;
  readonly fileName: string;
  readonly status: ProductImportStatus;
  /** Size of the file as uploaded, in bytes. */
  readonly bytes: number;
  /** Data rows in the file; null until a worker has read it. */
  readonly totalRows: number | null;
  /** Rows checked and, when good, written so far. */
  readonly doneRows: number;
  readonly imported: number;
  readonly rejected: number;
  readonly notListed: number;
  readonly errors: readonly ImportRowError[];
  /** Why the whole import failed (not a row's fault). */
  readonly failure: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

export interface NewProductImport {
  readonly id: string;
  readonly participantId: string;
  readonly fileName: string;
  readonly csv: string;
  readonly bytes: number;
}

export type ProductImportProgress = Partial<Pick<ProductImport, 'status' | 'totalRows' | 'doneRows' | 'imported' | 'rejected' | 'notListed' | 'errors' | 'failure'>> & {
  /** Drops the stored file (once it has been read to the end). */
  readonly dropFile?: boolean;
  readonly finished?: boolean;
};

export interface HubProductImportRepo {
  insert(i: NewProductImport): Promise<ProductImport>;
  byId(id: string): Promise<ProductImport | undefined>;
  /** The stored file of an import still to run; undefined once dropped. */
  file(id: string): Promise<string | undefined>;
  update(id: string, progress: ProductImportProgress): Promise<void>;
  /** Newest first (keyset: pass the last id as `before`). */
  list(query: { readonly participantId: string; readonly limit: number; readonly before?: string }): Promise<ProductImport[]>;
}
