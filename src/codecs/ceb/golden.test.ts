import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/errors/index.js';
import { decodeCeb, encodeCeb } from './any-message.js';
import { codecFor } from './registry.js';
import { FLAWED_SAMPLES, isFlawed, readSample, sampleFiles } from './testing/samples.js';
import { validateCeb } from './validate.js';

const all = sampleFiles();
const valid = all.filter((s) => !isFlawed(s));

describe('official samples', () => {
  it('are all present (16 import + 19 export for 2018, 16 + 23 for 202205)', () => {
    const count = (edition: string, direction: string) => all.filter((s) => s.edition === edition && s.direction === direction).length;
    expect([count('2018', 'import'), count('2018', 'export'), count('202205', 'import'), count('202205', 'export')]).toEqual([16, 19, 16, 23]);
    expect(valid).toHaveLength(16 + 19 + 16 + 13);
  });

  describe.each(valid.map((s) => [`${s.edition}/${s.direction}/${s.file}`, s] as const))('%s', (_name, s) => {
    const xml = readFileSync(s.path);

    it('validates against the official XSD of its edition', () => {
      const result = validateCeb(xml, { edition: s.edition });
      expect(result.errors).toEqual([]);
      expect(result).toMatchObject({ valid: true, edition: s.edition, message: s.file.replace('Message.xml', '') });
    });

    it('decodes, re-encodes to XSD-valid XML and decodes again to the same object', () => {
      const decoded = decodeCeb(xml, { edition: s.edition });
      expect(decoded.type).toBe(s.file.replace('Message.xml', ''));
      const encoded = encodeCeb(decoded);
      expect(validateCeb(encoded, { edition: s.edition }).errors).toEqual([]);
      expect(decodeCeb(encoded, { edition: s.edition })).toEqual(decoded);
      expect(encodeCeb(decodeCeb(encoded, { edition: s.edition }))).toBe(encoded);
    });
  });
});

describe('flawed official samples (202205 export) are rejected with the precise error', () => {
  it.each(FLAWED_SAMPLES.map((f) => [f.file, f] as const))('%s', (file, flaw) => {
    const xml = readSample('202205', 'export', file);
    const result = validateCeb(xml);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ code: flaw.code, path: flaw.path });
    expect(result.errors[0]?.message).toContain(flaw.mentions);

    const type = file.replace('Message.xml', '') as 'CEB303';
    let thrown: unknown;
    try {
      codecFor(type).decode(xml);
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown)).toBe(true);
    if (!isAppError(thrown)) return;
    expect(thrown.code).toBe(flaw.code === 'ceb.unknown_message' ? 'ceb.message_mismatch' : flaw.code);
    if (flaw.code === 'ceb.schema_invalid') {
      expect(thrown.details['path']).toBe(flaw.path);
      expect(thrown.status).toBe(422);
    }
  });

  it('the 2018 edition of CEB792 has no gseqno and is valid against the 2018 XSD only', () => {
    const xml = readSample('2018', 'export', 'CEB792Message.xml');
    expect(validateCeb(xml, { edition: '2018' }).valid).toBe(true);
    expect(validateCeb(xml).errors[0]?.message).toContain('gseqno');
  });
});
