import { useState } from 'react';
import { toCodedError } from '../apollo/coded-error';
import type { BilingualText } from '../i18n/i18n';
import { newIdempotencyKey } from '../wizard/draft';
import type { CaseChangeItem } from './offline-db';
import { registerBackgroundSync, useOutbox } from './outbox-provider';
import { queueCaseChange } from './outbox-queue';

interface Change {
  kind: CaseChangeItem['kind'];
  caseId: string;
  caseCode: string;
  title: BilingualText;
  /** The mutation's variables, without the key (added here). */
  variables: Record<string, unknown>;
}

/**
 * A workflow action or a visit report that still counts without signal: sent at once with its
 * own idempotency key when the phone is online; queued in the outbox (with the same key, in case
 * the try reached the server) when it is offline or the try found no network. Returns whether it
 * was queued; a refusal by the server is thrown as before.
 */
export function useKeyedChange(send: (variables: Record<string, unknown>) => Promise<unknown>) {
  const { userId, flush } = useOutbox();
  const [key, setKey] = useState(newIdempotencyKey);
  return async (change: Change): Promise<'sent' | 'queued'> => {
    const variables = { ...change.variables, idempotencyKey: key };
    const queue = async () => {
      if (!userId) throw new Error('not logged in');
      await queueCaseChange(userId, { ...change, variables: change.variables, key });
      setKey(newIdempotencyKey());
      flush();
      registerBackgroundSync();
      return 'queued' as const;
    };
    if (!navigator.onLine) return queue();
    try {
      await send(variables);
    } catch (error) {
      if (toCodedError(error).code === 'NETWORK') return queue();
      throw error;
    }
    setKey(newIdempotencyKey());
    return 'sent';
  };
}
