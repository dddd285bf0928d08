import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codecFor, type DetectedMessage, detectMessage } from './registry.js';
import { validateCeb } from './validate.js';
import { parseDocument } from './validation/libxml.js';
import { cebAssetDir } from './xsd-location.js';

/**
 * Operations for the benchmark (`bench/scenarios`): each call handles the next official 202205 sample that the
 * XSD accepts (the 29 valid ones, 3–40 KB), round robin. `rawParse` is the bound: libxml2 parsing alone.
 */
export interface CebBenchOps {
  readonly messages: number;
  /** Screening + well-formedness + official-XSD validation (`validateCeb`). */
  parseValidate(): void;
  /** libxml2 parse of the same bytes, nothing else. */
  rawParse(): void;
  /** `decode` (validating) to the typed wire object. */
  decode(): void;
  /** `encode` (validating) of the decoded object. */
  encode(): void;
}

export function cebBenchOps(): CebBenchOps {
  const inputs: { text: string; detected: DetectedMessage; decoded: unknown }[] = [];
  for (const direction of ['import', 'export']) {
    const dir = join(cebAssetDir(), 'samples', '202205', direction);
    for (const file of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (!validateCeb(text).valid) continue;
      const detected = detectMessage(text);
      inputs.push({ text, detected, decoded: codecFor(detected.type).decode(text) });
    }
  }
  let i = 0;
  const next = () => {
    const input = inputs[i++ % inputs.length];
    if (!input) throw new Error('no valid samples');
    return input;
  };
  return {
    messages: inputs.length,
    parseValidate: () => {
      if (!validateCeb(next().text).valid) throw new Error('sample became invalid');
    },
    rawParse: () => parseDocument(next().text).dispose(),
    decode: () => {
      const input = next();
      codecFor(input.detected.type).decode(input.text);
    },
    encode: () => {
      const input = next();
      (codecFor(input.detected.type) as { encode(m: unknown): string }).encode(input.decoded);
    },
  };
}
