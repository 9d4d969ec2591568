import { print } from 'graphql';
import { useEffect, useRef } from 'react';
import { CaseEventsDocument, type CaseEventsSubscription, type CaseEventFilter } from '../gql/graphql';
import { useLiveSocket } from './live-socket';

export type CaseEventNotice = CaseEventsSubscription['caseEvents'];

const query = print(CaseEventsDocument);

interface Options {
  filter?: CaseEventFilter;
  onNotice(notice: CaseEventNotice): void;
  /** The socket connected with no cursor to resume from: whatever happened before is only in a refetch. */
  onFreshStart?(): void;
}

/**
 * Subscribes to `caseEvents` and resumes after a reconnect from the last cursor
 * received. graphql-ws re-sends the same payload on every retry; `variables` is a
 * getter, so each (re)send carries the newest cursor and the server replays only the gap.
 */
/** The server's answer to a cursor older than its replay window (see docs/architecture.md, live events). */
function isCursorExpired(error: unknown): boolean {
  return (
    Array.isArray(error) &&
    error.some((e: { extensions?: { code?: unknown } }) => e?.extensions?.code === 'CURSOR_EXPIRED')
  );
}

export function useCaseEvents({ filter, onNotice, onFreshStart }: Options): void {
  const client = useLiveSocket();
  const handlers = useRef({ onNotice, onFreshStart });
  useEffect(() => {
    handlers.current = { onNotice, onFreshStart };
  });
  const filterKey = JSON.stringify(filter ?? null);
  useEffect(() => {
    if (!client) return;
    const cursor: { current: string | null } = { current: null };
    const parsedFilter = JSON.parse(filterKey) as CaseEventFilter | null;
    const offConnected = client.on('connected', () => {
      if (!cursor.current) handlers.current.onFreshStart?.();
    });
    const payload = {
      query,
      get variables() {
        return { after: cursor.current, filter: parsedFilter };
      },
    };
    let dispose: () => void = () => {};
    let stopped = false;
    const start = (): void => {
      dispose = client.subscribe<CaseEventsSubscription>(payload, {
        next: (result) => {
          const notice = result.data?.caseEvents;
          if (!notice) return;
          cursor.current = notice.cursor;
          handlers.current.onNotice(notice);
        },
        // The client retries by itself; a terminal error (refused token) ends the stream. A cursor
        // too old to replay (offline for weeks) ends it too: refetch, then follow from now on.
        error: (error) => {
          if (stopped || !isCursorExpired(error)) return;
          cursor.current = null;
          handlers.current.onFreshStart?.();
          start();
        },
        complete: () => {},
      });
    };
    start();
    return () => {
      stopped = true;
      offConnected();
      dispose();
    };
  }, [client, filterKey]);
}
