import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 820px)';

/** True on a phone-width screen (the stylesheet's breakpoint), following resizes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener('change', notify);
      return () => media.removeEventListener('change', notify);
    },
    () => window.matchMedia(QUERY).matches,
  );
}
