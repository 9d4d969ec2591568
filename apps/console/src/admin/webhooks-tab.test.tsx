// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { WebhooksTab } from './webhooks-tab';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2fHLpGPj1Ek=';
const unit = { id: 'u-opd', name: 'Dinas Pendidikan Kabupaten Klaten', kind: 'OPD', areaCode: '33.10', services: [] };
const endpoint = (over: Record<string, unknown> = {}) => ({
  id: 'w1',
  url: 'https://sim.disdik.klatenkab.go.id/hooks',
  description: 'SIM Dinas Pendidikan',
  eventTypes: ['case.registered', 'case.action_taken'],
  createdAt: '2026-11-23T02:00:00.000Z',
  disabledAt: null,
  pendingCount: 0,
  deadCount: 1,
  orgUnit: unit,
  ...over,
});
const dead = {
  id: 'd1',
  webhookId: 'evt_41',
  eventType: 'case.action_taken',
  status: 'DEAD',
  attempts: 17,
  createdAt: '2026-11-22T02:00:00.000Z',
  deliveredAt: null,
  deadAt: '2026-11-23T02:00:00.000Z',
  nextAttemptAt: null,
  lastStatus: 503,
  lastError: null,
  attemptLog: [],
};

describe('WebhooksTab', () => {
  it('creates an endpoint for chosen events with its secret shown once; the log replays a dead letter', async () => {
    const user = userEvent.setup();
    let endpoints: unknown[] = [];
    let deliveries: Array<Record<string, unknown>> = [dead];
    const createWebhookEndpoint = vi.fn((_args: Record<string, unknown>) => {
      endpoints = [endpoint()];
      return { secret: SECRET, endpoint: endpoints[0] };
    });
    const replayWebhookDelivery = vi.fn(() => {
      deliveries = [{ ...dead, status: 'PENDING', deadAt: null }];
      return deliveries[0];
    });
    const client = createSchemaClient({
      webhookEndpoints: () => endpoints,
      webhookEventTypes: () => ['case.registered', 'case.action_taken', 'case.returned'],
      webhookDeliveries: () => deliveries,
      orgUnits: () => [unit],
      createWebhookEndpoint,
      replayWebhookDelivery,
    });
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={client}>
          <WebhooksTab />
        </ApolloProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText('Belum ada webhook.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('option', { name: unit.name })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText(/^Unit/), unit.id);
    await user.type(screen.getByLabelText(/Alamat penerima/), 'https://sim.disdik.klatenkab.go.id/hooks');
    await user.type(screen.getByLabelText(/Keterangan/), 'SIM Dinas Pendidikan');
    await user.click(screen.getByLabelText(/Semua peristiwa/));
    await user.click(screen.getByLabelText('case.registered'));
    await user.click(screen.getByLabelText('case.action_taken'));
    await user.click(screen.getByRole('button', { name: 'Buat webhook' }));

    const secretBox = (await screen.findByLabelText('Kunci rahasia')) as HTMLInputElement;
    expect(secretBox.value).toBe(SECRET);
    expect(createWebhookEndpoint.mock.calls[0]?.[0]).toMatchObject({
      orgUnitId: unit.id,
      url: 'https://sim.disdik.klatenkab.go.id/hooks',
      eventTypes: ['case.registered', 'case.action_taken'],
    });
    expect(screen.getByRole('alert').textContent).toContain('hanya ditampilkan sekali');
    await user.click(screen.getByRole('button', { name: 'Sudah saya simpan' }));
    expect(document.body.textContent).not.toContain(SECRET);
    expect(JSON.stringify(client.cache.extract())).not.toContain(SECRET.slice(6));

    expect(await screen.findByText('0 menunggu · 1 gagal total', { exact: false })).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Log pengiriman ke https://sim.disdik.klatenkab.go.id/hooks' }),
    );
    expect(await screen.findByText('evt_41')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kirim ulang evt_41' }));
    expect(replayWebhookDelivery).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Kirim ulang evt_41' })).toBeNull());
  });
});
