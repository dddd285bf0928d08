import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edition } from './schema-model.js';

/**
 * Where the codec's data files live. The XSDs (and the sample messages) stay in `src/codecs/ceb/` — `tsc`
 * emits only .ts — so the runtime finds them relative to the package root, which works the same from
 * `src/` (vitest, tsx) and from `dist/` (compiled).
 */

let cachedRoot: string | undefined;

/** The nearest folder upward from this module that holds a package.json. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      cachedRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the CEB codec module');
    dir = parent;
  }
}

/** `src/codecs/ceb` of the package, whether running from src or dist. */
export function cebAssetDir(): string {
  return join(packageRoot(), 'src', 'codecs', 'ceb');
}

export function xsdDir(edition: Edition): string {
  return join(cebAssetDir(), 'xsd', edition);
}

/** The official XSD file names of an edition (all five are copied byte-identical from the GACC spec). */
export function xsdFiles(edition: Edition): { import: string; export: string; terminal: string; transfer: string; xmldsig: string } {
  return {
    import: `ceb-import-${edition}.xsd`,
    export: `ceb-export-${edition}.xsd`,
    terminal: `dxp-terminal-node-${edition}.xsd`,
    transfer: `dxp-transfer-node-${edition}.xsd`,
    xmldsig: 'xmldsig-core-schema.xsd',
  };
}

/**
 * The transfer-node XSD `xs:include`s its terminal-node sibling by the original Chinese file name; the copies
 * here carry ASCII names, so loaders substitute this name with `xsdFiles(edition).terminal`.
 */
export const TERMINAL_NODE_ORIGINAL_NAME = '终端节点报文.xsd';
