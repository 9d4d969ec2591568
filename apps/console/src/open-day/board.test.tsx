// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { act, render, screen, within } from '@testing-library/react';
import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { LiveSocketProvider } from '../live/live-socket';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { Board, useGroupLabel } from './board';
import { boardFixture, TARGET_GROUPS_FIXTURE, visitFixture } from './open-day.fixture';
import { useOpenDayBoard } from './use-open-day-board';

/** What graphql-ws would do: keeps each subscription's sink, and lets the test fire 'connected'. */
function fakeSocket() {
  const sinks: Sink[] = [];
  const payloads: unknown[] = [];
  const listeners = new Map<string, () => void>();
  const client = {
    subscribe: (payload: unknown, sink: Sink) => {
      payloads.push(payload);
      sinks.push(sink);
      return vi.fn();
    },
    on: (event: string, listener: () => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as Client;
  return { client, sinks, payloads, connected: () => listeners.get('connected')?.() };
}

function LiveBoard() {
  const { data } = useOpenDayBoard('s-1');
  const groupLabel = useGroupLabel(TARGET_GROUPS_FIXTURE);
  return data ? <Board board={data.kesehatanOpenDayBoard} groupLabel={groupLabel} /> : <p>loading</p>;
}

function renderBoard(boardQuery: () => unknown) {
  const socket = fakeSocket();
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={createSchemaClient({ kesehatanOpenDayBoard: boardQuery })}>
        <LiveSocketProvider client={socket.client}>
          <LiveBoard />
        </LiveSocketProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return socket;
}

const table = (name: RegExp) => screen.getByRole('heading', { name }).closest('li') as HTMLElement;

describe('the live open-day board', () => {
  it('shows each table with its count and the visitors there by queue number', async () => {
    const visits = [
      visitFixture(),
      visitFixture({
        id: 'v-2',
        queueNumber: 2,
        station: 'COUNSELLING',
        targetGroup: 'PREGNANT',
        person: { __typename: 'KesehatanPerson', id: 'p-3', name: 'Sumarni', nik: null },
      }),
    ];
    renderBoard(() => boardFixture(visits));
    await screen.findByText('Ayu Lestari');
    const table2 = within(table(/^Meja 2: Penimbangan\/pengukuran/));
    expect(table2.getByText('1 orang')).toBeTruthy();
    expect(table2.getByText('No. 1')).toBeTruthy();
    expect(table2.getByText('Balita')).toBeTruthy();
    const table5 = within(table(/^Meja 5: Penyuluhan/));
    expect(table5.getByText('Sumarni')).toBeTruthy();
    expect(table5.getByText('Ibu hamil')).toBeTruthy();
    expect(within(table(/^Meja 1: Pendaftaran/)).getByText('Tidak ada pengunjung di meja ini.')).toBeTruthy();
    // Each table heading opens that table's screen.
    expect(screen.getByRole('link', { name: 'Meja 3: Pencatatan' }).getAttribute('href')).toBe('/hari-buka/s-1/meja/3');
  });

  it('moves a visitor on when the subscription sends a new board, without a reload', async () => {
    const socket = renderBoard(() => boardFixture([visitFixture()]));
    await screen.findByText('Ayu Lestari');
    expect(JSON.parse(JSON.stringify(socket.payloads[0])) as unknown).toMatchObject({
      variables: { sessionId: 's-1' },
    });
    act(() =>
      socket.sinks[0]!.next({
        data: { kesehatanOpenDayBoardChanged: boardFixture([visitFixture({ station: 'RECORDING' })]) },
      }),
    );
    await vi.waitFor(() => expect(within(table(/^Meja 3: Pencatatan/)).getByText('Ayu Lestari')).toBeTruthy());
    expect(within(table(/^Meja 2: Penimbangan/)).getByText('0 orang')).toBeTruthy();
  });

  it('refetches the board after a reconnect, so changes made while offline show up', async () => {
    let answer = boardFixture([]);
    const boardQuery = vi.fn(() => answer);
    const socket = renderBoard(boardQuery);
    await screen.findAllByText('Tidak ada pengunjung di meja ini.');
    act(() => socket.connected()); // first connection: the query has just loaded
    expect(boardQuery).toHaveBeenCalledTimes(1);

    answer = boardFixture([visitFixture()]);
    act(() => socket.connected()); // the socket came back after a drop
    await screen.findByText('Ayu Lestari');
    expect(boardQuery).toHaveBeenCalledTimes(2);
  });
});
