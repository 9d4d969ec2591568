// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { act, render, screen, within } from '@testing-library/react';
import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { LiveSocketProvider } from '../live/live-socket';
import { caseSummary } from '../test/case-summary.fixture';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import InboxPage from './inbox.page';

/** A graphql-ws client that lets the test push `caseEvents` notices. */
function liveSocket() {
  const sinks: Sink[] = [];
  const listeners = new Map<string, () => void>();
  const client = {
    subscribe: (_payload: unknown, sink: Sink) => {
      sinks.push(sink);
      return vi.fn();
    },
    on: (event: string, listener: () => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as Client;
  return {
    client,
    push: (data: unknown) => act(() => sinks.forEach((s) => s.next({ data }))),
    connected: () => act(() => listeners.get('connected')?.()),
  };
}

const text = (id: string, en: string) => ({ id, en });

function renderInbox(later: ReturnType<typeof caseSummary>[] = []) {
  let calls = 0;
  const cases = vi.fn((_args: { filter: Record<string, unknown> }) => ({
    totalCount: 2,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: 'b' },
    edges: [
      // What arrived while the socket was down shows up in the next load.
      ...(calls++ > 0 ? later.map((node) => ({ cursor: node.id, node })) : []),
      { cursor: 'a', node: caseSummary('a', { inbox: { reason: 'HELD', actedOn: true } }) },
      {
        cursor: 'b',
        node: caseSummary('b', {
          deadline: 'OVERDUE',
          workingDaysLeft: -2,
          inbox: { reason: 'ESCALATED', actedOn: false, from: null },
        }),
      },
    ],
  }));
  const client = createSchemaClient({
    cases,
    sectors: () => [
      { id: 'pendidikan', name: text('Pendidikan', 'Education') },
      { id: 'sosial', name: text('Sosial', 'Social') },
    ],
  });
  const live = liveSocket();
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={client}>
        <LiveSocketProvider client={live.client}>
          <InboxPage />
        </LiveSocketProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { cases, live };
}

describe('InboxPage', () => {
  it('asks for my units’ open cases and shows overdue first, escalations said in words', async () => {
    const { cases } = renderInbox();
    const overdue = await screen.findByRole('region', { name: /^Terlambat/ });
    expect(cases.mock.calls[0]?.[0].filter).toEqual({ inbox: true, open: true });
    const escalated = within(overdue).getByRole('listitem');
    expect(escalated.textContent).toContain('SPM-B');
    expect(escalated.textContent).toContain('Dieskalasi karena terlambat');
    expect(escalated.textContent).toContain('Dieskalasi dari Dinas Pendidikan Kabupaten Klaten');
    expect(escalated.textContent).toContain('Baru');
    const inProgress = screen.getByRole('region', { name: /^Sedang ditindaklanjuti/ });
    expect(within(inProgress).getByRole('listitem').textContent).toContain('Dari Pemerintah Desa Gombang');
    expect(within(screen.getByRole('region', { name: /^Baru masuk/ })).getByText('Tidak ada kasus di kelompok ini.'));
  });

  it('announces a case routed to my unit as it arrives and lists it among the new arrivals', async () => {
    const { live } = renderInbox();
    await screen.findByRole('region', { name: /^Terlambat/ });
    live.push({
      caseEvents: {
        __typename: 'CaseEventNotice',
        cursor: 'cursor-1',
        caseId: 'n',
        event: { __typename: 'CaseEvent', type: 'ACTION_TAKEN', occurredAt: '2026-11-23T05:00:00Z' },
        case: caseSummary('n', { inbox: { reason: 'HELD', actedOn: false } }),
      },
    });
    expect(await screen.findByText('Kasus baru masuk: SPM-N, Pendidikan, Desa Gombang.')).toBeTruthy();
    const fresh = within(screen.getByRole('region', { name: /^Baru masuk/ })).getByRole('listitem');
    expect(fresh.textContent).toContain('SPM-N');
    expect(fresh.textContent).toContain('Baru saja masuk');
  });

  it('sends the sector and overdue-only filters to the server', async () => {
    const { cases } = renderInbox();
    await screen.findByRole('region', { name: /^Terlambat/ });
    const sector = screen.getByLabelText('Bidang');
    await screen.findByRole('option', { name: 'Sosial' });
    await act(async () => {
      (sector as HTMLSelectElement).value = 'sosial';
      sector.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => screen.getByLabelText('Hanya yang terlambat').click());
    await vi.waitFor(() =>
      expect(cases.mock.calls.at(-1)?.[0].filter).toEqual({
        inbox: true,
        open: true,
        sectorId: 'sosial',
        deadlineState: 'OVERDUE',
      }),
    );
  });

  it('announces what arrived while the socket was down when a fresh connection reloads the list', async () => {
    const { live } = renderInbox([caseSummary('m', { inbox: { reason: 'HELD', actedOn: false } })]);
    await screen.findByRole('region', { name: /^Terlambat/ });
    live.connected();
    expect(await screen.findByText('Kasus baru masuk: SPM-M, Pendidikan, Desa Gombang.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /^Baru masuk/ })).getByRole('listitem').textContent).toContain(
      'Baru saja masuk',
    );
  });
});
