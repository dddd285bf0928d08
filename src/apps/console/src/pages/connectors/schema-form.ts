import type { JsonSchema } from '../../api/hub-types.js';

/**
 * A connector's settings form, read from its JSON Schema (as `z.toJSONSchema` writes it): one field per leaf
 * property, in schema order, grouped by nested object. Pure: the component renders what this returns.
 */
export type FieldKind = 'text' | 'url' | 'number' | 'integer' | 'enum' | 'multi' | 'boolean' | 'secret';

export interface FormField {
  /** Dotted path in the settings ("sender.name"). */
  readonly path: string;
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly description: string | undefined;
  readonly options: readonly string[];
  readonly defaultValue: unknown;
  readonly schema: JsonSchema;
}

export interface FormSection {
  /** "" for the top level, else the dotted path of the nested object. */
  readonly path: string;
  readonly description: string | undefined;
  readonly fields: readonly FormField[];
}

export type FieldValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FieldValue>>;

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : (s.type as string | undefined));

function kindOf(s: JsonSchema, path: string, secrets: ReadonlySet<string>): FieldKind {
  if (secrets.has(path) || s.writeOnly === true || s['x-secret'] === true) return 'secret';
  const type = typeOf(s);
  if (type === 'array' && s.items?.enum) return 'multi';
  if (s.enum) return 'enum';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (s.format === 'uri') return 'url';
  return 'text';
}

export function formSections(schema: JsonSchema, secretFields: readonly string[]): FormSection[] {
  const secrets = new Set(secretFields);
  const sections: FormSection[] = [];
  const walk = (node: JsonSchema, prefix: string, description: string | undefined) => {
    const fields: FormField[] = [];
    const nested: [JsonSchema, string][] = [];
    const required = new Set(node.required ?? []);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (typeOf(child) === 'object' && child.properties && !secrets.has(path)) {
        nested.push([child, path]);
        continue;
      }
      const kind = kindOf(child, path, secrets);
      const options = (kind === 'multi' ? child.items?.enum : child.enum)?.map(String) ?? [];
      fields.push({ path, name, kind, required: required.has(name), description: child.description, options, defaultValue: child.default, schema: child });
    }
    sections.push({ path: prefix, description, fields });
    for (const [child, path] of nested) walk(child, path, child.description);
  };
  walk(schema, '', undefined);
  return sections.filter((s) => s.fields.length > 0);
}

const getPath = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

/** What the form starts with: the stored settings (never a secret: the API does not return them). */
export function initialValues(sections: readonly FormSection[], settings: Readonly<Record<string, unknown>> | undefined): FormValues {
  const values: Record<string, FieldValue> = {};
  for (const f of sections.flatMap((s) => s.fields)) {
    const stored = settings === undefined ? undefined : getPath(settings, f.path);
    // a new connection starts from the defaults of checkboxes; text defaults show as placeholders (empty: the default applies)
    const given = settings === undefined && (f.kind === 'boolean' || f.kind === 'multi') ? f.defaultValue : stored;
    if (f.kind === 'secret') values[f.path] = '';
    else if (f.kind === 'boolean') values[f.path] = given === true;
    else if (f.kind === 'multi') values[f.path] = Array.isArray(given) ? given.map(String) : [];
    else values[f.path] = given === undefined || given === null ? '' : String(given);
  }
  return values;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The settings to send: empty text is left out (the connector's default applies, or the server says it is
 * required), an empty secret is left out (kept on a change), numbers are sent as numbers when they read as one
 * (otherwise as typed, and the server names the field).
 */
export function settingsOf(sections: readonly FormSection[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let target = out;
    for (const k of keys.slice(0, -1)) {
      if (typeof target[k] !== 'object' || target[k] === null) target[k] = {};
      target = target[k] as Record<string, unknown>;
    }
    target[keys.at(-1) as string] = value;
  };
  for (const f of sections.flatMap((s) => s.fields)) {
    const v = values[f.path];
    if (f.kind === 'boolean') put(f.path, v === true);
    else if (f.kind === 'multi') {
      if (Array.isArray(v) && (v.length > 0 || f.required)) put(f.path, [...v]);
    } else if (typeof v === 'string') {
      const text = f.kind === 'secret' ? v : v.trim();
      if (text === '') continue;
      put(f.path, (f.kind === 'integer' || f.kind === 'number') && NUMBER.test(text) ? Number(text) : text);
    }
  }
  return out;
}
