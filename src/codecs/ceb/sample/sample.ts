import { AppError } from '../../../kernel/errors/index.js';
import { PLACEHOLDER_SIGNATURE } from '../codec/placeholder-signature.js';
import { type CebMessageType, codecFor, isMessageType, messageDef, type WireMessage } from '../registry.js';
import { type ComplexTypeDef, DEFAULT_EDITION, type Direction, type Edition, type Facets, type ParticleDef } from '../schema-model.js';
import { LINES, lineTax, lineTotal, RETURN_STATUS, SENDER, type SampleLine, VALUES, PARTIES } from './scenario.js';

/**
 * `sample(type, edition)`: a valid, internally consistent example of any message (see `scenario.ts` for the
 * story). Leaves take the scenario value of their name when it fits the XSD facets, otherwise a value made to
 * fit; optional leaves appear only when the scenario has a value for them; optional groups are left out.
 * Messages whose XSD requires a signature carry the placeholder `ds:Signature` (dummy values, like the
 * official samples) — sign the result before sending it anywhere.
 */

/** Goods-line lists get two lines; every other repeated group one entry. */
const GOODS_LISTS = new Set(['OrderList', 'InventoryList', 'InvtRefundList', 'TaxListRd']);

interface Ctx {
  readonly type: string;
  readonly direction: Direction;
  readonly guid: string;
  readonly line?: SampleLine;
  readonly lineIndex: number;
}

function guidFor(type: string): string {
  const digits = type.replace(/\D/g, '').padStart(3, '0');
  return `C0FFEE00-0${digits}-4024-8501-000000000001`;
}

function lineValue(name: string, line: SampleLine, index: number): string | undefined {
  const total = lineTotal(line);
  const values: Record<string, string> = {
    ...line,
    gnum: String(index + 1),
    gseqno: String(index + 1),
    gname: line.itemName,
    totalPrice: total,
    taxPrice: total,
    valueAddedTax: lineTax(line),
    customsTax: '0',
    consumptionTax: '0',
    currency: '142',
  };
  return values[name];
}

function fits(value: string, f: Facets): boolean {
  const length = [...value].length;
  if (f.fixed !== undefined) return value === f.fixed;
  if (f.length !== undefined && length !== f.length) return false;
  if (f.maxLength !== undefined && length > f.maxLength) return false;
  if (f.minLength !== undefined && length < f.minLength) return false;
  if (f.base === 'int') return /^-?\d+$/.test(value) && (f.totalDigits === undefined || value.replace('-', '').length <= f.totalDigits);
  if (f.base === 'decimal') return /^-?\d+(\.\d+)?$/.test(value);
  return true;
}

/** A value made to fit the facets when the scenario has none. */
function synthesize(name: string, f: Facets): string {
  if (f.fixed !== undefined) return f.fixed;
  if (f.default !== undefined) return f.default;
  switch (f.base) {
    case 'int':
    case 'decimal':
      return '1';
    case 'date':
      return '2024-05-01';
    case 'dateTime':
      return '2024-05-01T10:30:00';
    case 'base64Binary':
      return 'AA==';
    default:
      break;
  }
  const length = f.length;
  if (length === 14 && /Time|Date$/i.test(name)) return '20240501103000';
  if (length === 17) return '20240501103000123';
  if (length === 8) return '20240501';
  if (/Code$/.test(name)) return PARTIES.ebcCode.slice(0, length ?? f.maxLength ?? 10);
  if (/Name$/.test(name)) return '示例';
  const base = length !== undefined ? '1'.repeat(length) : 'SAMPLE';
  return f.maxLength !== undefined ? base.slice(0, Math.max(f.minLength ?? 1, Math.min(base.length, f.maxLength))) : base;
}

function leaf(p: ParticleDef, f: Facets, ctx: Ctx): string | undefined {
  let chosen: string | undefined;
  if (p.name === 'guid') chosen = ctx.guid;
  else if (p.name === 'returnStatus') chosen = RETURN_STATUS[ctx.type] ?? VALUES['returnStatus'];
  else if (p.name === 'copCode') chosen = PARTIES[SENDER[ctx.type] ?? 'agentCode'];
  else if (p.name === 'copName') chosen = PARTIES[(SENDER[ctx.type] ?? 'agentCode').replace('Code', 'Name') as keyof typeof PARTIES];
  else if (ctx.line) chosen = lineValue(p.name, ctx.line, ctx.lineIndex);
  chosen ??= VALUES[p.name];
  if ((p.name === 'orderType' || p.name === 'ieFlag') && ctx.direction === 'export') chosen = 'E';
  if (chosen !== undefined && fits(chosen, f)) return chosen;
  if (p.min === 0) return undefined;
  return synthesize(p.name, f);
}

function build(type: ComplexTypeDef, ctx: Ctx, isRoot: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of type.attributes) {
    if (a.name === 'guid') out[a.name] = ctx.guid;
    else if (a.name === 'version') out[a.name] = '1.0';
    else if (a.required || a.facets.fixed !== undefined) out[a.name] = a.facets.fixed ?? synthesize(a.name, a.facets);
  }
  for (const p of type.children) {
    const t = p.type;
    if (t.kind === 'rawElement') {
      if (p.min > 0) out[p.name] = PLACEHOLDER_SIGNATURE;
      continue;
    }
    if (t.kind === 'rawContent') {
      if (p.min > 0) out[p.name] = '';
      continue;
    }
    if (t.kind === 'complex' || t.kind === 'simpleContent') {
      if (p.min === 0) continue;
      const count = !isRoot && GOODS_LISTS.has(p.name) && p.max > 1 ? Math.min(LINES.length, p.max) : 1;
      const items = Array.from({ length: count }, (_, i) => {
        if (t.kind === 'simpleContent') return { value: synthesize(p.name, t.facets) };
        const line = GOODS_LISTS.has(p.name) ? LINES[i] : ctx.line;
        return build(t, { ...ctx, lineIndex: i, ...(line ? { line } : {}) }, false);
      });
      out[p.name] = p.max > 1 ? items : items[0];
      continue;
    }
    const value = leaf(p, t.facets, ctx);
    if (value !== undefined) out[p.name] = p.max > 1 ? [value] : value;
  }
  return out;
}

/** The wire object of a sample message. */
export function sampleMessage<T extends CebMessageType, E extends Edition = '202205'>(type: T, edition?: E): WireMessage<T, E> {
  const ed: Edition = edition ?? DEFAULT_EDITION;
  const def = messageDef(type, ed);
  if (!def) {
    if (!isMessageType(type)) throw new AppError('ceb.unknown_message', { element: String(type), hint: '' });
    throw new AppError('ceb.edition_mismatch', { type, edition: ed });
  }
  const message = build(def.root.type, { type, direction: def.direction, guid: guidFor(type), lineIndex: 0 }, true);
  if (type === 'DxpMsg' || type === 'DxpMsgSv') {
    const data = Buffer.from(sample('CEB311', ed), 'utf8').toString('base64');
    const dxp = (type === 'DxpMsg' ? message : message['DxpMsg']) as Record<string, unknown>;
    dxp['Data'] = data;
  }
  return message as unknown as WireMessage<T, E>;
}

/** A valid sample document (XSD-validated by the encoder). */
export function sample(type: CebMessageType, edition: Edition = DEFAULT_EDITION): string {
  const codec = codecFor(type, edition) as { encode(m: unknown): string };
  return codec.encode(sampleMessage(type, edition));
}
