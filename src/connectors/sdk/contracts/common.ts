import { expect, it } from 'vitest';
import { z } from 'zod';
import type { InboundRequest } from '../inbound.js';
import { CAPABILITIES, type ConnectorKind, type ConnectorMetadata } from '../metadata.js';
import type { PartnerResult } from '../partner-result.js';
import { SECRET_FLAG, settingsJsonSchema } from '../settings.js';
import type { SettingsSchema } from '../connector.js';

/**
 * What every contract suite shares (Hono's `runTest({ newRouter, skip })`): the options shape, skipping a case only
 * with a reason, and the checks of metadata, settings schema and personal data that hold for every kind.
 */
export interface ContractOptions<C, F, Ctx = void> {
  /** Shown as the suite's title. */
  readonly name: string;
  /** Metadata and settings schema (the registry entry) are checked against the rules. */
  readonly definition: { readonly metadata: ConnectorMetadata; readonly settings: SettingsSchema };
  /** A fresh connector for the suite, wired to what the suite provides (`Ctx`). */
  readonly create: (context: Ctx) => Promise<C>;
  readonly fixtures: F;
  /** Case id → why this connector cannot pass it. A skip without a reason fails the suite. */
  readonly skip?: Readonly<Record<string, string>>;
  /** Releases what `create` or the fixtures started. */
  readonly teardown?: () => Promise<void>;
}

type Skips = Readonly<Record<string, string>> | undefined;

/** Registers one case: `<id>: <title>`; a listed skip marks it skipped with its reason. */
export function contractCase(skip: Skips, id: string, title: string, body: () => Promise<void> | void): void {
  it(`${id}: ${title}`, async (ctx) => {
    const reason = skip?.[id];
    if (reason !== undefined) ctx.skip(`skipped: ${reason}`);
    await body();
  });
}

/** The suite's own check that its skips name real cases and each gives a reason. */
export function checkSkips(skip: Skips, caseIds: readonly string[]): void {
  it('every skipped case exists and says why', () => {
    for (const [id, reason] of Object.entries(skip ?? {})) {
      expect(caseIds, `skip of unknown case ${id}`).toContain(id);
      expect(reason.trim().length, `skip of ${id} needs a reason`).toBeGreaterThan(10);
    }
  });
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function checkMetadata(metadata: ConnectorMetadata, kind: ConnectorKind): void {
  expect(metadata.kind).toBe(kind);
  expect(metadata.id).toMatch(KEBAB);
  expect(metadata.version).toMatch(SEMVER);
  expect(metadata.label.trim()).not.toBe('');
  expect(metadata.description.trim().length).toBeGreaterThan(20);
  expect(metadata.capabilities.length).toBeGreaterThan(0);
  expect(new Set(metadata.capabilities).size).toBe(metadata.capabilities.length);
  for (const c of metadata.capabilities) expect(CAPABILITIES[kind] as readonly string[]).toContain(c);
  expect(metadata.speaks.format.trim()).not.toBe('');
  expect(metadata.speaks.references.length).toBeGreaterThan(0);
}

type JsonSchemaNode = { properties?: Record<string, JsonSchemaNode>; description?: string; writeOnly?: boolean; [k: string]: unknown };

function properties(node: JsonSchemaNode, prefix = ''): [string, JsonSchemaNode][] {
  return Object.entries(node.properties ?? {}).flatMap(([k, v]) => [[`${prefix}${k}`, v] as [string, JsonSchemaNode], ...properties(v, `${prefix}${k}.`)]);
}

const SECRET_NAME = /secret|password|apikey|api_key|token|privatekey/i;

/** Settings: a form can be rendered (every field described), secrets are marked, valid settings parse. */
export function checkSettings(schema: SettingsSchema, valid: unknown): void {
  const json = settingsJsonSchema(schema) as JsonSchemaNode;
  expect(json['type']).toBe('object');
  const fields = properties(json);
  expect(fields.length).toBeGreaterThan(0);
  for (const [path, node] of fields) {
    expect(node.description, `settings field ${path} needs a description`).toBeTruthy();
    if (SECRET_NAME.test(path.split('.').at(-1) ?? '')) {
      expect(node.writeOnly, `settings field ${path} looks secret: mark it with secretField()`).toBe(true);
      expect(node[SECRET_FLAG]).toBe(true);
    }
  }
  const parsed = schema.safeParse(valid);
  expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  expect(schema.safeParse({}).success).toBe(false);
}

/** The failure of a result (fails the test when it succeeded). */
export function failureOf<T>(r: PartnerResult<T>) {
  if (r.ok) throw new Error(`expected a partner failure, got ${JSON.stringify(r.value).slice(0, 300)}`);
  return r.error;
}

export function successOf<T>(r: PartnerResult<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code} (${r.error.disposition}): ${r.error.message}`);
  return r.value;
}

/** Nothing in `value` (error, log, webhook) contains any of the personal data strings. */
export function expectNoPersonalData(value: unknown, personalData: readonly string[]): void {
  const text = JSON.stringify(value);
  for (const p of personalData) expect(text, 'personal data leaked').not.toContain(p);
}

/** The request with one byte of the body changed after signing (a space appended). */
export function tampered(request: InboundRequest): InboundRequest {
  const raw = typeof request.rawBody === 'string' ? request.rawBody : Buffer.from(request.rawBody).toString('utf8');
  return { ...request, rawBody: `${raw} ` };
}

/** A request whose body is not text at all. */
export function garbage(request: InboundRequest): InboundRequest {
  return { ...request, rawBody: new Uint8Array([0xff, 0xfe, 0x00, 0x9c, 0x7b]) };
}


const DECIMAL = /^\d+(?:\.\d{1,5})?$/;
export const expectDecimal = (value: string | undefined, field: string) => expect(value, field).toMatch(DECIMAL);
