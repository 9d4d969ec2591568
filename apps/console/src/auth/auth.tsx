import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { MeDocument, type MeQuery } from '../gql/graphql';
import type { TokenStore } from './token-store';

export type Me = NonNullable<MeQuery['me']>;

interface Auth {
  token: string | null;
  me: Me | null;
  loading: boolean;
  login(token: string): void;
  logout(): void;
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
    (next: string) => {
      tokens.set(next);
      void client.resetStore();
    },
    [tokens, client],
  );
  const logout = useCallback(() => {
    tokens.set(null);
    void client.clearStore();
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
