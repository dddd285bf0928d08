import type { Flat } from './wire-fields.js';

/**
 * How one kind of document maps: `toDoc` from the wire head (and lines) to the canonical document, `fromDoc`
 * back to the wire fields the canonical document determines. Whatever the wire holds beyond `fromDoc`'s
 * output is kept in `WireExtras`, so the pair decides both what is canonical and what is extra.
 */
export interface DocMapping<D> {
  toDoc(head: Flat, lines: readonly Flat[]): D;
  fromDoc(doc: D): { readonly head: Flat; readonly lines: readonly Flat[] };
}

/** A mapping written against the generated wire types `H` (head) and `L` (line), so wire names are checked. */
export function docMapping<D, H extends object, L extends object = never>(
  toDoc: (head: H, lines: readonly L[]) => D,
  fromDoc: (doc: D) => { readonly head: Partial<H>; readonly lines: readonly Partial<L>[] },
): DocMapping<D> {
  return {
    toDoc: (head, lines) => toDoc(head as unknown as H, lines as unknown as readonly L[]),
    fromDoc: (doc) => fromDoc(doc) as unknown as { readonly head: Flat; readonly lines: readonly Flat[] },
  };
}
