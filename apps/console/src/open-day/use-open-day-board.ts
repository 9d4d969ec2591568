import { useApolloClient, useQuery } from '@apollo/client/react';
import { print } from 'graphql';
import { useEffect, useRef } from 'react';
import {
  OpenDayBoardChangedDocument,
  OpenDayBoardDocument,
  type OpenDayBoardChangedSubscription,
  type OpenDayBoardQuery,
} from '../gql/graphql';
import { useLiveSocket } from '../live/live-socket';

const subscription = print(OpenDayBoardChangedDocument);

/**
 * The session's board, kept live: `kesehatanOpenDayBoardChanged` sends the whole
 * board now and after every change, and each answer replaces the cached board, so
 * every table screen of this session updates at once. After a reconnect the
 * subscription restarts (graphql-ws re-subscribes) and the board is refetched too,
 * so nothing that happened while the phone was offline is missed.
 */
export function useOpenDayBoard(sessionId: string) {
  const client = useApolloClient();
  const socket = useLiveSocket();
  const result = useQuery(OpenDayBoardDocument, { variables: { sessionId }, fetchPolicy: 'cache-and-network' });
  const refetch = useRef(result.refetch);
  useEffect(() => {
    refetch.current = result.refetch;
  });
  useEffect(() => {
    if (!socket) return;
    let connections = 0;
    const offConnected = socket.on('connected', () => {
      connections += 1;
      if (connections > 1) void refetch.current();
    });
    const dispose = socket.subscribe<OpenDayBoardChangedSubscription>(
      { query: subscription, variables: { sessionId } },
      {
        next: (answer) => {
          const board = answer.data?.kesehatanOpenDayBoardChanged;
          if (!board) return;
          client.cache.writeQuery<OpenDayBoardQuery>({
            query: OpenDayBoardDocument,
            variables: { sessionId },
            data: { kesehatanOpenDayBoard: board },
          });
        },
        // The client retries by itself; a refused stream (session out of reach) shows through the query.
        error: () => {},
        complete: () => {},
      },
    );
    return () => {
      offConnected();
      dispose();
    };
  }, [socket, client, sessionId]);
  return result;
}
