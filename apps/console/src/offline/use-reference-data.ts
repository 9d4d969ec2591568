import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useAuth } from '../auth/auth';
import { IntakeSectorsDocument, SectorChoiceLabelsDocument, SectorFormDocument } from '../gql/graphql';
import { intakeOptions } from '../wizard/intake-options';
import { useOnline } from './use-online';

/** After the first screen has had the network to itself. */
const AFTER_MS = 2_000;

/**
 * Reads, whenever the phone is online and someone is logged in (app opened, reconnected),
 * what the wizard needs with no signal: the case types this user registers, each one's
 * document checklist and questions with their choices. The answers land in the Apollo cache,
 * which is kept in IndexedDB (cache-persist.ts); the user's units come with `me`.
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
