import { seededRandom } from '../../kernel/seeded-random.js';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/errors/index.js';
import { decodeCeb } from './any-message.js';
import { codecFor } from './registry.js';
import { isFlawed, readSample, sampleFiles } from './testing/samples.js';
import { validateCeb } from './validate.js';
import { parseDocument } from './validation/libxml.js';
import { parseXmlSafely } from './xml/safe-parse.js';

const ROOT = '<ceb:CEB311Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code;
  }
}

const billionLaughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  ']>',
  '<lolz>&lol9;</lolz>',
].join('\n');

const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${ROOT}<ceb:Order>&xxe;</ceb:Order></ceb:CEB311Message>`;

describe('hostile input gets coded errors, never a crash', () => {
  it.each([
    ['billion laughs', billionLaughs, 'ceb.doctype_forbidden'],
    ['XXE with file:///etc/passwd', xxe, 'ceb.doctype_forbidden'],
    ['external DTD', '<!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>', 'ceb.doctype_forbidden'],
    ['lower-case doctype', '<!doctype r><r/>', 'ceb.doctype_forbidden'],
    ['undeclared entity reference', `${ROOT}&xxe;</ceb:CEB311Message>`, 'ceb.entity_forbidden'],
    ['entity reference in an attribute', '<r a="&x;"/>', 'ceb.entity_forbidden'],
    ['10k-deep nesting', `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`, 'ceb.too_deep'],
    ['5 MiB attribute', `<r a="${'x'.repeat(5 * 1024 * 1024)}"/>`, 'ceb.too_large'],
    ['declared GBK', '<?xml version="1.0" encoding="GBK"?><r/>', 'ceb.unsupported_encoding'],
    ['empty document', '', 'ceb.not_well_formed'],
    ['text only', 'hello', 'ceb.not_well_formed'],
    ['unclosed root', `${ROOT}<ceb:Order>`, 'ceb.not_well_formed'],
    ['mismatched tags', '<a><b></a></b>', 'ceb.not_well_formed'],
    ['unterminated comment', '<r><!-- </r>', 'ceb.not_well_formed'],
    ['bare ampersand', '<r>a & b</r>', 'ceb.not_well_formed'],
    ['two roots', '<r/><r/>', 'ceb.not_well_formed'],
    ['unbound prefix', '<x:r/>', 'ceb.not_well_formed'],
    ['unknown root', '<r/>', 'ceb.unknown_message'],
  ])('%s', (_name, xml, code) => {
    const started = Date.now();
    expect(codeOf(() => parseXmlSafely(xml)) ?? codeOf(() => decodeCeb(xml))).toBe(code);
    const result = validateCeb(xml);
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.code).toBe(code);
    expect(JSON.stringify(result)).not.toContain('root:x:0');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['invalid UTF-8 bytes', Buffer.from([0x3c, 0x72, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x72, 0x3e])],
    ['UTF-16 with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<r/>', 'utf16le')])],
  ])('%s', (_name, bytes) => {
    expect(codeOf(() => parseXmlSafely(bytes))).toBe('ceb.unsupported_encoding');
    expect(validateCeb(bytes).errors[0]?.code).toBe('ceb.unsupported_encoding');
  });

  it('honours configurable limits', () => {
    const sample = readSample('202205', 'import', 'CEB311Message.xml');
    expect(codeOf(() => codecFor('CEB311').decode(sample, { limits: { maxBytes: 1000 } }))).toBe('ceb.too_large');
    expect(codeOf(() => codecFor('CEB311').decode(sample, { limits: { maxDepth: 3 } }))).toBe('ceb.too_deep');
    expect(validateCeb(sample, { limits: { maxDepth: 3 } }).errors[0]?.code).toBe('ceb.too_deep');
    // Beyond our own limit libxml2 still refuses absurd depth rather than recursing.
    const deep = `${'<a>'.repeat(5_000)}${'</a>'.repeat(5_000)}`;
    expect(codeOf(() => parseXmlSafely(deep, { maxDepth: 100_000 }))).toBe('ceb.not_well_formed');
  });

  it('a 3 MiB attribute under the size limit is parsed and rejected by the schema, quickly', () => {
    const xml = `${ROOT.replace('version="1.0"', `version="1.0" junk="${'x'.repeat(3 * 1024 * 1024)}"`)}</ceb:CEB311Message>`;
    const result = validateCeb(xml);
    expect(result.valid).toBe(false);
    expect(result.errors.every((e) => e.code === 'ceb.schema_invalid')).toBe(true);
  });

  it('does not mistake DOCTYPE or entity text inside CDATA and comments for markup', () => {
    const xml = `<?xml version="1.0"?><!-- &nope; <!DOCTYPE x> --><r><![CDATA[<!DOCTYPE x [<!ENTITY e "e">]> &e;]]></r>`;
    expect(parseXmlSafely(xml).local).toBe('r');
  });

  it('libxml2 itself (defence in depth) neither loads external entities nor expands them', () => {
    let content = '';
    try {
      const doc = parseDocument(xxe);
      content = doc.root.content;
      doc.dispose();
    } catch (error) {
      expect(isAppError(error)).toBe(true);
    }
    expect(content).not.toContain('root:');
  });
});

const NOISE = ['<', '>', '&', '"', "'", '/', ';', '!', '[', ']', '-', '?', '=', ':', '\u0000', '\uFFFF', '中', '&amp;', '<!DOCTYPE', ']]>', '<![CDATA['];

function mutate(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * text.length);
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 20));
    case 2:
      return text.slice(0, at) + NOISE[Math.floor(rnd() * NOISE.length)] + text.slice(at);
    case 3: {
      const from = Math.floor(rnd() * text.length);
      return text.slice(0, at) + text.slice(from, from + Math.floor(rnd() * 200)) + text.slice(at);
    }
    default:
      return text.slice(at) + text.slice(0, at);
  }
}

describe('fuzz: random mutations and truncations of the official samples', () => {
  const samples = sampleFiles().filter((s) => !isFlawed(s) && s.edition === '202205');
  const rnd = seededRandom(20240501);

  it('yield only valid results or coded ceb.* errors (600 cases)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const s = samples[i % samples.length];
      if (!s) continue;
      let text = readSample(s.edition, s.direction, s.file).toString('utf8');
      const rounds = 1 + Math.floor(rnd() * 3);
      for (let r = 0; r < rounds; r++) text = mutate(text, rnd);
      const result = validateCeb(text);
      for (const e of result.errors) {
        expect(e.code).toMatch(/^ceb\./);
        seen.add(e.code);
      }
      try {
        decodeCeb(text);
      } catch (error) {
        expect(isAppError(error), String(error)).toBe(true);
        if (isAppError(error)) expect(error.code).toMatch(/^ceb\./);
      }
    }
    expect(seen.has('ceb.not_well_formed')).toBe(true);
    expect(seen.has('ceb.schema_invalid')).toBe(true);
  });
});
