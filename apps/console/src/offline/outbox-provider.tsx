import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/auth';
import { offlineDb, type OutboxItem } from './offline-db';
import { listOutbox, onOutboxChange } from './outbox-store';
import { userIdOfToken } from './owner';
import { useOnline } from './use-online';

interface Outbox {
  /** The logged-in user the drafts and the outbox belong to (known offline, from the token). */
  userId: string | null;
  items: OutboxItem[];
  online: boolean;
  /** Sends what waits, now (also done on reconnect, on opening the app, every 30 s while items wait). */
  flush(): void;
}

/** Outside the app (a component rendered alone in a test): nobody logged in, nothing queued. */
const NO_OUTBOX: Outbox = { userId: null, items: [], online: true, flush: () => {} };
const OutboxContext = createContext<Outbox>(NO_OUTBOX);

/** Asks the service worker to send the outbox when the network returns, even with the app closed. */
export function registerBackgroundSync(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((reg) => (reg as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync)
    .then((sync) => sync?.register('psp-outbox'))
    .catch(() => {});
}

export function OutboxProvider({ children }: { children: ReactNode }) {
  const { token } = useAuth();
  const userId = userIdOfToken(token);
  const online = useOnline();
  const [items, setItems] = useState<OutboxItem[]>([]);

  const reload = useCallback(() => {
    void (userId ? listOutbox(userId) : Promise.resolve([])).then(setItems, () => {});
  }, [userId]);
  useEffect(() => {
    reload();
    return onOutboxChange(reload);
  }, [reload]);

  const flush = useCallback(() => {
    if (!userId || !token || !navigator.onLine) return;
    // The sender is its own chunk: the first screen does not wait for it.
    void import('./outbox-sender').then(({ requestFlush }) => requestFlush(userId, token)).then(reload, reload);
  }, [userId, token, reload]);

  // On opening the app and on every reconnect.
  useEffect(() => flush(), [flush, online]);
  const waiting = items.some((i) => i.status === 'waiting' || i.status === 'sending');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(flush, 30_000);
    return () => clearInterval(timer);
  }, [waiting, flush]);

  // The service worker sends with this login when the app is closed; it asks an open page to send instead.
  useEffect(() => {
    void offlineDb()
      .then(async (db) => {
        if (userId && token) await db.put('session', { id: 'current', userId, token });
        else await db.delete('session', 'current');
      })
      .catch(() => {});
  }, [userId, token]);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      if (event.data === 'psp-outbox-flush') flush();
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [flush]);

  const value = useMemo<Outbox>(() => ({ userId, items, online, flush }), [userId, items, online, flush]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): Outbox {
  return useContext(OutboxContext);
}
