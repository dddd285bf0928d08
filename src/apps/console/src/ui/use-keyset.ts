import { useCallback, useState } from 'react';

/** The cursors of the pages before the current one; `after` is the current page's cursor. */
export function useKeyset() {
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const after = cursors.at(-1);
  const next = useCallback((cursor: string | null) => {
    if (cursor) setCursors((c) => [...c, cursor]);
  }, []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { after, page: cursors.length, next, previous, reset };
}
