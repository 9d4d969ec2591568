import type { Client } from 'graphql-ws';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

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

/** The live connection's state beside a page title: a dot and a word, announced as it changes. */
export function LiveIndicator() {
  const { t } = useI18n();
  const socket = useSocketState();
  return (
    <p className={`live-indicator live-indicator--${socket}`} role="status">
      <span aria-hidden="true">{socket === 'live' ? '●' : '○'} </span>
      {socket === 'offline' ? t('app.offline') : t('app.live')}
    </p>
  );
}
