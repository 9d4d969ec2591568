import { validationFailed } from '@posyandu-spm/core';

/**
 * Position in the event stream: (writing transaction id, event id). Events are
 * read in this order, and only from finished transactions, so a reader never
 * skips an event that commits late (see docs/architecture.md, "Live events").
 */
export interface EventPosition {
  /** xid8 as a decimal string. */
  txId: string;
  id: string;
}

export const START: EventPosition = { txId: '0', id: '0' };

export function encodeEventCursor(p: EventPosition): string {
  return Buffer.from(`e1:${p.txId}:${p.id}`).toString('base64url');
}

export function decodeEventCursor(cursor: string): EventPosition {
  const raw = cursor.length <= 100 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = raw.match(/^e1:(\d{1,20}):(\d{1,20})$/);
  if (!match) {
    throw validationFailed([
      {
        field: 'after',
        message: { id: 'Kursor peristiwa tidak valid.', en: 'The event cursor is not valid.' },
      },
    ]);
  }
  return { txId: match[1] as string, id: match[2] as string };
}

export function comparePositions(a: EventPosition, b: EventPosition): number {
  const tx = BigInt(a.txId) - BigInt(b.txId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  const id = BigInt(a.id) - BigInt(b.id);
  return id === 0n ? 0 : id < 0n ? -1 : 1;
}
