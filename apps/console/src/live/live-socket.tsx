import type { Client } from 'graphql-ws';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const LiveSocketContext = createContext<Client | null>(null);

export function LiveSocketProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <LiveSocketContext.Provider value={client}>{children}</LiveSocketContext.Provider>;
}

export function useLiveSocket(): Client | null {
  return useContext(LiveSocketContext);
}

export type SocketState = 'connecting' | 'live' | 'offline';

/** Whether the live socket is up, for a small indicator (text, not only a dot). */
export function useSocketState(): SocketState {
  const client = useLiveSocket();
  const [state, setState] = useState<SocketState>('connecting');
  useEffect(() => {
    if (!client) return;
    const offs = [
      client.on('connecting', () => setState('connecting')),
      client.on('connected', () => setState('live')),
      client.on('closed', () => setState('offline')),
    ];
    return () => offs.forEach((off) => off());
  }, [client]);
  return state;
}
