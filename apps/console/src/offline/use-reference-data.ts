import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useAuth } from '../auth/auth';
import {
  CaseDocument,
  CasesDocument,
  InboxSectorsDocument,
  IntakeSectorsDocument,
  SectorChoiceLabelsDocument,
  SectorFormDocument,
} from '../gql/graphql';
import { QUEUE_VARIABLES } from '../queue/queue-variables';
import { intakeOptions } from '../wizard/intake-options';
import { useOnline } from './use-online';

/** After the first screen has had the network to itself. */
const AFTER_MS = 2_000;
/** Open cases of the queue whose whole page is kept for a visit with no signal (the first ones listed). */
export const CASES_KEPT = 20;

/**
 * Reads, whenever the phone is online and someone is logged in (app opened, reconnected),
 * what the kader needs with no signal, one request after the other (a weak link does better
 * with one at a time): the case types this user registers,
 * each one's document checklist and questions with their choices; the sector names of the
 * inbox filter; and the open queue with the whole page of its first cases — the people
 * (applicant, beneficiaries, address), documents and actions a home visit needs. The answers
 * land in the Apollo cache, which is kept in IndexedDB per user (cache-persist.ts); every
 * round replaces what was kept, so the phone has what the server said at the last signal.
 * The user and their units (`me`) are read by the login itself (auth.tsx) and kept the same way.
 */
export function useReferenceData(): void {
  const client = useApolloClient();
  const { me } = useAuth();
  const online = useOnline();
  const userId = me?.id;
  useEffect(() => {
    if (!online || !me) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const { data } = await client.query({ query: IntakeSectorsDocument, fetchPolicy: 'network-only' });
        for (const { sector } of intakeOptions(data?.sectors ?? [], me)) {
          if (!live) return;
          const variables = { id: sector.id };
          await client.query({ query: SectorFormDocument, variables, fetchPolicy: 'network-only' });
          await client.query({ query: SectorChoiceLabelsDocument, variables, fetchPolicy: 'network-only' });
        }
        if (!live) return;
        await client.query({ query: InboxSectorsDocument, fetchPolicy: 'network-only' });
        const queue = await client.query({
          query: CasesDocument,
          variables: QUEUE_VARIABLES,
          fetchPolicy: 'network-only',
        });
        for (const { node } of (queue.data?.cases.edges ?? []).slice(0, CASES_KEPT)) {
          if (!live) return;
          await client.query({ query: CaseDocument, variables: { id: node.id }, fetchPolicy: 'network-only' });
        }
      })().catch(() => {});
    }, AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Once per user and connection, not on every new `me` object from the cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [online, userId, client]);
}
