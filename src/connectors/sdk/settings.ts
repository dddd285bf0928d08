import { z } from 'zod';
import { AppError } from '../../kernel/errors/index.js';

/**
 * Connector settings are a zod schema: it validates stored settings and, through `z.toJSONSchema`, drives the
 * console's form (Vendure's `args`, Karrio's `connection_configs`). Every field carries a description; secrets are
 * marked `writeOnly` (JSON Schema: the console never shows them back) and `x-secret` (Crossgate: redact it).
 */
export const SECRET_FLAG = 'x-secret';

/** A secret string (API key, HMAC secret): write-only in the form, redacted in logs. */
export const secretField = (description: string, minLength = 8) =>
  z.string().min(minLength).meta({ description, writeOnly: true, [SECRET_FLAG]: true });

/** A party's customs registration code (enterprise: 1–18 upper-case letters and digits). */
export const customsCodeField = (description: string) =>
  z.string().regex(/^[0-9A-Z]{1,18}$/, 'a customs code: 1–18 upper-case letters and digits').meta({ description });

export const timeoutField = () =>
  z.number().int().min(100).max(120_000).default(10_000).meta({ description: 'Time limit of one call to the partner, in milliseconds' });

export const toleranceField = () =>
  z
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(300)
    .meta({ description: 'Replay window: how old (or how far ahead) a signed timestamp may be, in seconds' });

type AnyObject = z.ZodObject<z.ZodRawShape>;

function isSecret(schema: z.ZodType): boolean {
  const meta = schema.meta() as Record<string, unknown> | undefined;
  if (meta?.[SECRET_FLAG] === true) return true;
  const inner = (schema as unknown as { unwrap?: () => z.ZodType }).unwrap;
  return typeof inner === 'function' ? isSecret(inner.call(schema)) : false;
}

/** Dotted paths of the secret fields of a settings schema (nested objects included). */
export function secretPaths(schema: AnyObject, prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const f = field as z.ZodType;
    if (isSecret(f)) return [`${prefix}${key}`];
    return f instanceof z.ZodObject ? secretPaths(f as AnyObject, `${prefix}${key}.`) : [];
  });
}

/** The secret values of parsed settings, for the redactor. */
export function secretValues(schema: AnyObject, settings: unknown): string[] {
  return secretPaths(schema).flatMap((path) => {
    const value = path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), settings);
    return typeof value === 'string' ? [value] : [];
  });
}

/** The JSON Schema the console renders the settings form from (input side: defaults make fields optional). */
export const settingsJsonSchema = (schema: AnyObject): Record<string, unknown> =>
  z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;

/**
 * Validates raw settings; a failure is a configuration fault (thrown `connector.settings_invalid`), reported by
 * field path and issue only, never with the offending value (it may be a secret).
 */
export function parseSettings<S extends AnyObject>(connector: string, schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ field: i.path.join('.'), code: i.code, message: i.message }));
  const summary = issues.map((i) => `${i.field || '(root)'}: ${i.message}`).join('; ');
  throw new AppError('connector.settings_invalid', { connector, summary, field: issues[0]?.field, issues });
}
