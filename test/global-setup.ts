import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStore } from '../src/storage/store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Prepares, once per run, a migrated PGlite data folder that test files copy instead of paying for initdb
 * (3–4 s and ~750 MB each). With DATABASE_URL set, tests use PostgreSQL and this is skipped.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'crossgate-template-'));
  const template = join(root, 'data');
  if (!process.env.DATABASE_URL) {
    const store = await openStore({ kind: 'pglite', dataDir: template });
    await store.close();
  }
  project.provide('pgliteTemplate', template);
  return () => rmSync(root, { recursive: true, force: true });
}
