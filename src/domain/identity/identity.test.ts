import { describe, expect, it } from 'vitest';
import { loadCases } from '../testing/cases.js';
import { idCheckCharacter, maskIdNumber, maskName, maskPhone, checkResidentId, ID_WEIGHTS } from './index.js';

interface IdCase {
  readonly name: string;
  readonly idNumber: string;
  readonly valid: boolean;
  readonly today?: string;
  readonly provincePrefixes?: string[];
  readonly normalized?: string;
  readonly birthDate?: string;
  readonly sex?: 'male' | 'female';
  readonly codes?: string[];
  readonly why: string;
}
interface MaskCase {
  readonly kind: 'id' | 'phone' | 'name';
  readonly input: string;
  readonly masked: string;
  readonly why: string;
}

const idCases = loadCases<IdCase>(import.meta.url, 'resident-id.json');
const maskCases = loadCases<MaskCase>(import.meta.url, 'masking.json');

describe('resident identity number', () => {
  it.each(idCases.cases)('$name — $why', (c) => {
    const options = {
      ...(c.today === undefined ? {} : { today: c.today }),
      ...(c.provincePrefixes === undefined ? {} : { provincePrefixes: c.provincePrefixes }),
    };
    const r = checkResidentId(c.idNumber, options);
    expect(r.ok).toBe(c.valid);
    if (r.ok) {
      expect(r.value.number).toBe(c.normalized ?? c.idNumber);
      if (c.birthDate !== undefined) expect(r.value.birthDate).toBe(c.birthDate);
      if (c.sex !== undefined) expect(r.value.sex).toBe(c.sex);
    } else {
      expect(r.reasons.map((x) => x.code)).toEqual(c.codes);
      for (const x of r.reasons) expect(x.field).toBe('idNumber');
    }
  });

  it('uses the weights 2^(18−i) mod 11', () => {
    expect(ID_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });
});

describe('masking', () => {
  const mask = { id: maskIdNumber, phone: maskPhone, name: maskName } as const;
  it.each(maskCases.cases)('$kind $input → $masked — $why', (c) => {
    expect(mask[c.kind](c.input)).toBe(c.masked);
  });
});
