/**
 * Just enough DER (ITU-T X.690) to read keys and certificates and to encode SM2 signatures.
 * Readers return `undefined` or throw `DerError` on anything that is not strict DER; callers turn that into a
 * coded error. No key bytes ever go into a message.
 */

export class DerError extends Error {
  override readonly name = 'DerError';
}

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
} as const;

export interface DerNode {
  readonly tag: number;
  /** The content octets (without tag and length). */
  readonly value: Uint8Array;
  /** Offset of the tag, and just past the value, in the buffer it was read from. */
  readonly start: number;
  readonly end: number;
}

/** Reads one TLV at `offset`. Only definite lengths in minimal form are accepted (DER). */
export function readNode(bytes: Uint8Array, offset = 0): DerNode {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) throw new DerError('truncated');
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not supported');
  let length = first;
  let pos = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length form');
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[pos + i];
      if (b === undefined) throw new DerError('truncated length');
      if (i === 0 && b === 0) throw new DerError('non-minimal length');
      length = length * 256 + b;
    }
    if (length < 0x80) throw new DerError('non-minimal length');
    pos += count;
  }
  const end = pos + length;
  if (end > bytes.length) throw new DerError('truncated value');
  return { tag, value: bytes.subarray(pos, end), start: offset, end };
}

/** The children of a constructed node, in order. */
export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.value.length) {
    const child = readNode(node.value, offset);
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** Reads a whole buffer as exactly one node of the expected tag. */
export function readTop(bytes: Uint8Array, tag: number): DerNode {
  const node = readNode(bytes, 0);
  if (node.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}`);
  if (node.end !== bytes.length) throw new DerError('trailing bytes');
  return node;
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tag !== tag) throw new DerError(`${what} missing`);
  return node;
}

/** Dotted-decimal form of an OBJECT IDENTIFIER. */
export function decodeOid(node: DerNode): string {
  const v = node.value;
  if (node.tag !== TAG.oid || v.length === 0) throw new DerError('not an OID');
  const parts: number[] = [];
  let acc = 0;
  for (const b of v) {
    acc = acc * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(acc);
      acc = 0;
    }
  }
  const head = parts.shift() ?? 0;
  const firstArc = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [firstArc, head - firstArc * 40, ...parts].join('.');
}

/** A non-negative INTEGER as bigint; rejects negative and non-minimal encodings. */
export function decodeUnsigned(node: DerNode): bigint {
  const v = node.value;
  if (node.tag !== TAG.integer || v.length === 0) throw new DerError('not an INTEGER');
  if (v[0]! & 0x80) throw new DerError('negative INTEGER');
  if (v.length > 1 && v[0] === 0 && !(v[1]! & 0x80)) throw new DerError('non-minimal INTEGER');
  return bytesToBigInt(v);
}

export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

/** Big-endian, left-padded to `size` bytes. */
export function bigIntToBytes(value: bigint, size: number): Buffer {
  const hex = value.toString(16).padStart(size * 2, '0');
  if (hex.length > size * 2) throw new DerError('integer too large');
  return Buffer.from(hex, 'hex');
}

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function encodeUnsigned(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let body = Buffer.from(hex, 'hex');
  if (body[0]! & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
  return Buffer.concat([Buffer.from([TAG.integer]), encodeLength(body.length), body]);
}

/** `SEQUENCE { r INTEGER, s INTEGER }` — the SM2 signature structure of GM/T 0009 (same shape as ECDSA-Sig-Value). */
export function encodeSignaturePair(r: bigint, s: bigint): Buffer {
  const body = Buffer.concat([encodeUnsigned(r), encodeUnsigned(s)]);
  return Buffer.concat([Buffer.from([TAG.sequence]), encodeLength(body.length), body]);
}

/** Strict inverse of `encodeSignaturePair`; `undefined` when the bytes are not exactly that structure. */
export function decodeSignaturePair(bytes: Uint8Array): { r: bigint; s: bigint } | undefined {
  try {
    const seq = readTop(bytes, TAG.sequence);
    const parts = children(seq);
    if (parts.length !== 2) return undefined;
    return { r: decodeUnsigned(parts[0]!), s: decodeUnsigned(parts[1]!) };
  } catch {
    return undefined;
  }
}
