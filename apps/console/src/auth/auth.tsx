import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { MeDocument, type MeQuery } from '../gql/graphql';
import { purgeOffline } from '../offline/offline-db';
import { userIdOfToken } from '../offline/owner';
import type { TokenStore } from './token-store';

export type Me = NonNullable<MeQuery['me']>;

interface Auth {
  token: string | null;
  me: Me | null;
  loading: boolean;
  login(token: string): Promise<void>;
  /** Ends the login on this phone and deletes this user's drafts, outbox and cached data. */
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ tokens, children }: { tokens: TokenStore; children: ReactNode }) {
  const client = useApolloClient();
  const token = useSyncExternalStore(
    (listener) => tokens.subscribe(listener),
    () => tokens.get(),
  );
  const { data, loading } = useQuery(MeDocument, { skip: !token, fetchPolicy: 'cache-and-network' });
  const login = useCallback(
    async (next: string) => {
      // The previous user's answers go before the new login is used: a reset that finishes
      // later would also wipe what the new user's first queries (and the offline copy) just read.
      await client.clearStore();
      tokens.set(next);
    },
    [tokens, client],
  );
  const logout = useCallback(async () => {
    const userId = userIdOfToken(tokens.get());
    // The login first (nothing is saved for a user no longer logged in), then the phone's
    // copies: on a shared phone the next user must find none of this user's drafts or outbox.
    tokens.set(null);
    if (userId) await purgeOffline({ userId }).catch(() => {});
    await client.clearStore();
  }, [tokens, client]);
  const value = useMemo<Auth>(
    () => ({
      token,
      me: token ? (data?.me ?? null) : null,
      loading: Boolean(token) && loading && !data,
      login,
      logout,
    }),
    [token, data, loading, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
