import { fieldName, HEADS, LISTS, TYPE_NAMES } from './naming.js';

/**
 * The domain shape of a wire structure, derived from the schema descriptor and the naming tables. One function
 * serves both the generator (which emits the domain interfaces) and the runtime mapper, so the two can never
 * disagree. It works on any structure shaped like the descriptors (`ParticleDef` or the generator's model).
 */

export interface ShapeAttribute {
  readonly name: string;
  readonly required: boolean;
}

export type ShapeType =
  | { readonly kind: 'simple'; readonly facets: { readonly base: string } }
  | { readonly kind: 'complex'; readonly attributes: readonly ShapeAttribute[]; readonly children: readonly ShapeParticle[] }
  | { readonly kind: 'simpleContent' | 'rawContent' | 'rawElement' };

export interface ShapeParticle {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly type: ShapeType;
  readonly doc?: string;
}

interface Common {
  readonly wire: string;
  readonly domain: string;
  readonly optional: boolean;
  readonly repeated: boolean;
  readonly particle?: ShapeParticle;
}

export type DomainField =
  | (Common & { readonly kind: 'attribute' })
  | (Common & { readonly kind: 'leaf'; readonly int: boolean })
  | (Common & { readonly kind: 'raw' })
  | (Common & { readonly kind: 'flatten'; readonly fields: readonly DomainField[] })
  | (Common & { readonly kind: 'group'; readonly typeName: string; readonly fields: readonly DomainField[] });

export interface DomainShape {
  readonly typeName: string;
  readonly fields: readonly DomainField[];
}

const cache = new WeakMap<object, DomainShape>();

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The head child of a document wrapper (e.g. `OrderHead` inside `Order`), if any. */
function headOf(particle: ShapeParticle): ShapeParticle | undefined {
  return particle.type.kind === 'complex' ? particle.type.children.find((c) => HEADS.has(c.name)) : undefined;
}

export function domainTypeName(particle: ShapeParticle): string {
  const head = headOf(particle);
  return TYPE_NAMES[head?.name ?? particle.name] ?? particle.name;
}

/**
 * Fields of the domain object for a complex particle. `documents` renames the first child of a message root
 * (its business documents: `orders`, `receipts` …).
 */
export function domainShape(particle: ShapeParticle, documents?: string): DomainShape {
  const cached = cache.get(particle);
  if (cached && !documents) return cached;
  const type = particle.type;
  if (type.kind !== 'complex') throw new Error(`${particle.name} is not a complex element`);
  const fields: DomainField[] = type.attributes.map((a) => ({
    kind: 'attribute',
    wire: a.name,
    domain: a.name,
    optional: !a.required,
    repeated: false,
  }));
  type.children.forEach((child, index) => {
    const base = { wire: child.name, optional: child.min === 0, repeated: child.max > 1, particle: child };
    const t = child.type;
    if (t.kind === 'simple') {
      fields.push({ ...base, kind: 'leaf', domain: fieldName(particle.name, child.name), int: t.facets.base === 'int' });
    } else if (t.kind === 'rawContent' || t.kind === 'rawElement' || t.kind === 'simpleContent') {
      fields.push({ ...base, kind: 'raw', domain: fieldName(particle.name, child.name) });
    } else if (HEADS.has(child.name) && child.max === 1) {
      fields.push({ ...base, kind: 'flatten', domain: '', fields: domainShape(child).fields });
    } else {
      const domain = index === 0 && documents ? documents : LISTS.has(child.name) ? listName(child.name) : fieldName(particle.name, child.name);
      fields.push({ ...base, kind: 'group', domain: domain === child.name ? lowerFirst(domain) : domain, typeName: domainTypeName(child), fields: domainShape(child).fields });
    }
  });
  const shape = { typeName: domainTypeName(particle), fields };
  if (!documents) cache.set(particle, shape);
  return shape;
}

/** Line lists are `lines` unless the naming table gives them a name of their own (`parcels`). */
function listName(list: string): string {
  const name = fieldName('', list);
  return name === list ? 'lines' : name;
}
