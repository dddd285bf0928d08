import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTypes } from './registry.js';
import { EDITIONS } from './schema-model.js';
import { validateCeb } from './validate.js';
import { disposeXsdValidators, xsdValidator } from './validation/schema-set.js';
import { packageRoot, TERMINAL_NODE_ORIGINAL_NAME, xsdDir, xsdFiles } from './xsd-location.js';

describe('XSD location and loading', () => {
  it('finds the package root and all five official XSDs of each edition', () => {
    expect(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).name).toBe('crossgate');
    for (const edition of EDITIONS) {
      for (const file of Object.values(xsdFiles(edition))) expect(existsSync(join(xsdDir(edition), file)), file).toBe(true);
    }
  });

  it('compiles every schema, including the transfer-node XSD that includes the terminal node by its Chinese name', () => {
    for (const edition of EDITIONS) {
      expect(readFileSync(join(xsdDir(edition), xsdFiles(edition).transfer), 'utf8')).toContain(TERMINAL_NODE_ORIGINAL_NAME);
      for (const schema of ['import', 'export', 'dxp'] as const) expect(xsdValidator(edition, schema)).toBeDefined();
    }
    expect(messageTypes()).toContain('DxpMsgSv');
  });

  it('rebuilds validators after they are disposed', () => {
    disposeXsdValidators();
    expect(validateCeb(readFileSync(join(xsdDir('202205'), '..', '..', 'samples', '202205', 'import', 'CEB311Message.xml'))).valid).toBe(true);
  });
});
