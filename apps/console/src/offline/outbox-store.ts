import { OFFLINE_TTL_MS, offlineDb, type OutboxItem } from './offline-db';

const CHANNEL = 'psp-outbox';
let lastSeq = 0;

/** Tells every tab and the service worker that the outbox changed, so each reads it again. */
export function announceOutbox(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onOutboxChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}

/** A sending order that grows even within one millisecond. */
export function nextSeq(): number {
  lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
  return lastSeq;
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  await (await offlineDb()).put('outbox', { ...item, updatedAt: Date.now() });
  announceOutbox();
}

export async function getOutboxItem(userId: string, id: string): Promise<OutboxItem | null> {
  const item = await (await offlineDb()).get('outbox', id);
  return item && item.userId === userId ? item : null;
}

/** This user's items, in sending order, without expired ones. */
export async function listOutbox(userId: string): Promise<OutboxItem[]> {
  const items = await (await offlineDb()).getAllFromIndex('outbox', 'byUser', userId);
  const fresh = Date.now() - OFFLINE_TTL_MS;
  return items.filter((i) => i.updatedAt > fresh).sort((a, b) => a.seq - b.seq);
}

export async function deleteOutboxItem(id: string): Promise<void> {
  await (await offlineDb()).delete('outbox', id);
  announceOutbox();
}

/** Items not yet accepted by the server (menunggu, mengirim, gagal). */
export function unsent(items: readonly OutboxItem[]): OutboxItem[] {
  return items.filter((i) => i.status !== 'sent');
}
