// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import type { Client, Sink } from 'graphql-ws';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import '../test/setup';
import { LiveSocketProvider } from './live-socket';
import { useCaseEvents, type CaseEventNotice } from './use-case-events';

/** Records what graphql-ws would send: it serialises the same payload object again on every reconnect. */
function fakeClient() {
  const sent: { payload: unknown; sink: Sink }[] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const client = {
    subscribe: (payload: unknown, sink: Sink) => {
      sent.push({ payload, sink });
      return vi.fn();
    },
    on: (event: string, listener: (...args: unknown[]) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as Client;
  return { client, sent, listeners };
}

const notice = (cursor: string) =>
  ({ caseEvents: { cursor, caseId: 'k1' } }) as unknown as { caseEvents: CaseEventNotice };

describe('useCaseEvents', () => {
  it('resumes from the last cursor received when the socket reconnects', () => {
    const { client, sent, listeners } = fakeClient();
    const onNotice = vi.fn();
    const onFreshStart = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <LiveSocketProvider client={client}>{children}</LiveSocketProvider>
    );
    renderHook(() => useCaseEvents({ filter: { caseId: 'k1' }, onNotice, onFreshStart }), { wrapper });

    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    const wire = () => JSON.parse(JSON.stringify(first.payload)) as { variables: { after: string | null } };
    expect(wire().variables).toEqual({ after: null, filter: { caseId: 'k1' } });

    // First connection: nothing to resume from, so the page refetches its list.
    listeners.get('connected')?.();
    expect(onFreshStart).toHaveBeenCalledTimes(1);

    first.sink.next({ data: notice('cursor-1') });
    first.sink.next({ data: notice('cursor-2') });
    expect(onNotice).toHaveBeenCalledTimes(2);

    // A reconnect re-sends the same payload: it now carries the newest cursor, and no refetch is needed.
    expect(wire().variables.after).toBe('cursor-2');
    listeners.get('connected')?.();
    expect(onFreshStart).toHaveBeenCalledTimes(1);
  });

  it('refetches and follows from now on when the server says the cursor is too old to replay', () => {
    const { client, sent } = fakeClient();
    const onNotice = vi.fn();
    const onFreshStart = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <LiveSocketProvider client={client}>{children}</LiveSocketProvider>
    );
    renderHook(() => useCaseEvents({ onNotice, onFreshStart }), { wrapper });
    sent[0]!.sink.next({ data: notice('cursor-old') });

    sent[0]!.sink.error([{ message: 'expired', extensions: { code: 'CURSOR_EXPIRED' } }]);
    expect(onFreshStart).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(2);
    const again = JSON.parse(JSON.stringify(sent[1]!.payload)) as { variables: { after: string | null } };
    expect(again.variables.after).toBeNull();

    // Any other terminal error (e.g. a refused token) does not loop.
    sent[1]!.sink.error(new Error('closed'));
    expect(sent).toHaveLength(2);
  });
});
