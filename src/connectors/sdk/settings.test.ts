import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSettings, secretField, secretPaths, secretValues, settingsJsonSchema } from './settings.js';

const schema = z.object({
  url: z.url().meta({ description: 'Where' }),
  apiKey: secretField('The key'),
  nested: z.object({ token: secretField('A token').optional(), label: z.string().meta({ description: 'A label' }) }).meta({ description: 'Nested' }),
});

describe('connector settings', () => {
  it('marks secrets write-only in the JSON Schema the console renders', () => {
    const json = settingsJsonSchema(schema) as { properties: Record<string, { writeOnly?: boolean; description?: string }> };
    expect(json.properties['apiKey']).toMatchObject({ writeOnly: true, 'x-secret': true, description: 'The key' });
    expect(json.properties['url']?.writeOnly).toBeUndefined();
  });

  it('lists secret paths (nested and optional included) and their values', () => {
    expect(secretPaths(schema)).toEqual(['apiKey', 'nested.token']);
    expect(secretValues(schema, { apiKey: 'k-0123456789', nested: { token: 't-0123456789', label: 'x' } })).toEqual(['k-0123456789', 't-0123456789']);
  });

  it('throws connector.settings_invalid naming fields, never values', () => {
    expect(() => parseSettings('payment/x', schema, { url: 'nope', apiKey: 'short-k', nested: { label: 'x' } })).toThrowError(
      expect.objectContaining({ code: 'connector.settings_invalid', message: expect.stringMatching(/url: .*apiKey: /) }),
    );
    try {
      parseSettings('payment/x', schema, { url: 'nope', apiKey: 'short-k', nested: { label: 'x' } });
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain('short-k');
    }
  });
});
