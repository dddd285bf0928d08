import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../schema-model.js';
import { cebAssetDir } from '../xsd-location.js';

/** The official sample messages copied into `samples/` (test fixtures). */
export interface SampleFile {
  readonly edition: Edition;
  readonly direction: 'import' | 'export';
  readonly file: string;
  readonly path: string;
}

export function sampleFiles(): SampleFile[] {
  const out: SampleFile[] = [];
  for (const edition of ['2018', '202205'] as const) {
    for (const direction of ['import', 'export'] as const) {
      const dir = join(cebAssetDir(), 'samples', edition, direction);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
        out.push({ edition, direction, file, path: join(dir, file) });
      }
    }
  }
  return out;
}

export function readSample(edition: Edition, direction: 'import' | 'export', file: string): Buffer {
  return readFileSync(join(cebAssetDir(), 'samples', edition, direction, file));
}

/**
 * The official samples the reference README lists as failing the XSD, with the precise error expected:
 * 202205 export 303/403/505/507/509/603/605/607 repeat BaseTransfer, 792 lacks gseqno, 214 has root CEB214.
 */
export const FLAWED_SAMPLES: ReadonlyArray<{
  readonly file: string;
  readonly code: string;
  readonly path: string;
  readonly mentions: string;
}> = [
  ...['303', '403', '505', '507', '509', '603', '605', '607'].map((n) => ({
    file: `CEB${n}Message.xml`,
    code: 'ceb.schema_invalid',
    path: `/ceb:CEB${n}Message/ceb:BaseTransfer[2]`,
    mentions: "Element 'ceb:BaseTransfer': This element is not expected",
  })),
  {
    file: 'CEB792Message.xml',
    code: 'ceb.schema_invalid',
    path: '/ceb:CEB792Message/ceb:SummaryResult[1]/ceb:SummaryResultList[1]/ceb:gnum',
    mentions: 'Expected is ( ceb:gseqno )',
  },
  { file: 'CEB214Message.xml', code: 'ceb.unknown_message', path: '/ceb:CEB214', mentions: 'CEB214Message' },
];

export function isFlawed(sample: SampleFile): boolean {
  return sample.edition === '202205' && sample.direction === 'export' && FLAWED_SAMPLES.some((f) => f.file === sample.file);
}
