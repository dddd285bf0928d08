import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Direction, Edition, NamespacePrefix, SchemaFile } from '../schema-model.js';
import { cebAssetDir, packageRoot, xsdDir, xsdFiles } from '../xsd-location.js';
import { emitDomain } from './emit-domain.js';
import { emitSchema } from './emit-schema.js';
import { emitTypes } from './emit-types.js';
import { readXsd } from './xsd-reader.js';

/**
 * Generates `src/codecs/ceb/generated/**` from the official XSDs: wire types (`*.types.ts`) and runtime
 * descriptors (`*.schema.ts`) for the import and export business schemas of each edition and for the DXP
 * envelopes. Run: `npx tsx src/codecs/ceb/generate/generate.ts`. A test fails when the output is stale.
 */

interface SetSpec {
  readonly folder: string;
  readonly file: string;
  readonly setName: string;
  readonly constName: string;
  readonly ns: NamespacePrefix;
  readonly direction: Direction;
  readonly schemaFile: SchemaFile;
  readonly xsd: readonly string[];
}

const EDITIONS: readonly Edition[] = ['2018', '202205'];

function sets(): SetSpec[] {
  const out: SetSpec[] = [];
  for (const edition of EDITIONS) {
    const files = xsdFiles(edition);
    for (const direction of ['import', 'export'] as const) {
      const cap = direction === 'import' ? 'Import' : 'Export';
      out.push({
        folder: edition,
        file: direction,
        setName: `${cap}${edition}`,
        constName: `${direction}${edition}Schema`,
        ns: 'ceb',
        direction,
        schemaFile: direction,
        xsd: [join(xsdDir(edition), files[direction])],
      });
    }
  }
  const latest = xsdFiles('202205');
  out.push({
    folder: '.',
    file: 'dxp',
    setName: 'Dxp',
    constName: 'dxpSchema',
    ns: 'dxp',
    direction: 'transport',
    schemaFile: 'dxp',
    xsd: [join(xsdDir('202205'), latest.terminal), join(xsdDir('202205'), latest.transfer)],
  });
  return out;
}

/** The DXP schemas are generated once; the generator insists both editions ship the same files. */
function assertDxpIdentical(): void {
  for (const key of ['terminal', 'transfer', 'xmldsig'] as const) {
    const a = readFileSync(join(xsdDir('2018'), xsdFiles('2018')[key]));
    const b = readFileSync(join(xsdDir('202205'), xsdFiles('202205')[key]));
    if (!a.equals(b)) throw new Error(`${key} XSD differs between editions; the DXP generator assumes one schema`);
  }
}

/** Every generated file: path relative to `src/codecs/ceb/generated` → content. */
export function renderGenerated(): Map<string, string> {
  assertDxpIdentical();
  const root = packageRoot();
  const out = new Map<string, string>();
  for (const set of sets()) {
    const texts = set.xsd.map((p) => readFileSync(p, 'utf8'));
    const [main, ...includes] = texts;
    if (main === undefined) throw new Error('no XSD');
    const schema = readXsd(set.ns, main, includes);
    const sources = set.xsd.map((p) => relative(root, p).split('\\').join('/'));
    const base = set.folder === '.' ? set.file : `${set.folder}/${set.file}`;
    const modelModule = set.folder === '.' ? '../schema-model.js' : '../../schema-model.js';
    out.set(`${base}.types.ts`, emitTypes(schema, sources, set.setName));
    out.set(
      `${base}.schema.ts`,
      emitSchema(schema, {
        sources,
        setName: set.setName,
        constName: set.constName,
        typesModule: `./${set.file}.types.js`,
        modelModule,
        direction: set.direction,
        schemaFile: set.schemaFile,
      }),
    );
    if (set.setName === 'Import202205') out.set('domain.types.ts', emitDomain(schema, sources));
  }
  return out;
}

export function generatedDir(): string {
  return join(cebAssetDir(), 'generated');
}

function main(): void {
  const dir = generatedDir();
  for (const [path, content] of renderGenerated()) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    process.stdout.write(`wrote ${relative(packageRoot(), target)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
