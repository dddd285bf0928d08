import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDir, renderGenerated } from './generate.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(generatedDir(), join(dir, e.name)).split('\\').join('/')],
  );
}

describe('generated types and descriptors', () => {
  const rendered = renderGenerated();

  it('are up to date with the XSDs (run `npx tsx src/codecs/ceb/generate/generate.ts` if this fails)', () => {
    for (const [path, content] of rendered) {
      expect(readFileSync(join(generatedDir(), path), 'utf8'), path).toBe(content);
    }
  });

  it('has no stray files in generated/', () => {
    expect(filesUnder(generatedDir()).sort()).toEqual([...rendered.keys()].sort());
  });

  it('carries the never-edit header and keeps wire names such as acturalPaid', () => {
    for (const content of rendered.values()) expect(content.startsWith('// GENERATED FILE — never edit by hand.')).toBe(true);
    expect(rendered.get('202205/import.types.ts')).toContain('  acturalPaid: string;');
    expect(rendered.get('domain.types.ts')).toContain('  actualPaid: DecimalString;');
  });
});
