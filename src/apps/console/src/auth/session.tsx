import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, apiFetch } from '../api/client.js';
import type { Participant } from '../api/types.js';

const STORAGE_KEY = 'crossgate.apiKey';

export type SessionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out'; readonly expired: boolean }
  | { readonly kind: 'signed-in'; readonly key: string; readonly participant: Participant };

interface SessionApi {
  readonly state: SessionState;
  /** Checks the key with GET /v1/participants/me; keeps it for this tab only. Throws ApiError when refused. */
  readonly signIn: (key: string) => Promise<void>;
  readonly signOut: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

/**
 * Who is signed in. The API key lives in sessionStorage (this tab only), is sent only as the bearer header, and
 * is never logged. A 401 on any call signs out: the key was revoked or the participant disabled.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    sessionStorage.getItem(STORAGE_KEY) ? { kind: 'checking' } : { kind: 'signed-out', expired: false },
  );
  const expireRef = useRef<() => void>(() => {});
  const [queryClient] = useState(() => {
    const onError = (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) expireRef.current();
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      defaultOptions: {
        queries: {
          staleTime: 15_000,
          refetchOnWindowFocus: true,
          retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        },
      },
    });
  });

  const end = useCallback(
    (expired: boolean) => {
      sessionStorage.removeItem(STORAGE_KEY);
      queryClient.clear();
      setState({ kind: 'signed-out', expired });
    },
    [queryClient],
  );
  expireRef.current = () => end(true);

  const signIn = useCallback(
    async (key: string) => {
      const participant = await apiFetch<Participant>(key, '/v1/participants/me');
      queryClient.clear();
      sessionStorage.setItem(STORAGE_KEY, key);
      setState({ kind: 'signed-in', key, participant });
    },
    [queryClient],
  );

  useEffect(() => {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (!stored) return;
    signIn(stored).catch(() => end(true));
  }, [signIn, end]);

  const value = useMemo<SessionApi>(() => ({ state, signIn, signOut: () => end(false) }), [state, signIn, end]);
  return (
    <SessionContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in participant and its key; only for components rendered after sign-in. */
export function useSignedIn(): { readonly key: string; readonly participant: Participant } {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useSignedIn before sign-in');
  return state;
}
