// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { ApiKeysTab } from './api-keys-tab';

const SECRET = 'psk_0123456789abAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const unit = { id: 'u-opd', name: 'Dinas Sosial Kabupaten Klaten', kind: 'OPD', areaCode: '33.10', services: [] };
const key = (over: Record<string, unknown> = {}) => ({
  id: 'k1',
  name: 'SIM Dinas Sosial',
  prefix: SECRET.slice(0, 16),
  status: 'ACTIVE',
  createdAt: '2026-11-23T02:00:00.000Z',
  expiresAt: '2027-05-22T16:59:59.000Z',
  revokedAt: null,
  lastUsedAt: null,
  scope: 'ACT',
  sectorIds: null,
  orgUnit: unit,
  ...over,
});

describe('ApiKeysTab', () => {
  it('shows a new key’s secret once, with a warning and a copy button, then never again', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let keys: unknown[] = [];
    const createApiKey = vi.fn((args: { orgUnitId: string; name: string; expiresAt: string }) => {
      keys = [key({ name: args.name })];
      return { secret: SECRET, apiKey: keys[0] };
    });
    const client = createSchemaClient({
      apiKeys: () => keys,
      orgUnits: () => [
        unit,
        {
          id: 'u-desa',
          name: 'Pemerintah Desa Gombang',
          kind: 'VILLAGE_GOVERNMENT',
          areaCode: '33.10.05.2018',
          services: [],
        },
      ],
      createApiKey,
    });
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={client}>
          <ApiKeysTab now={new Date('2026-11-23T02:00:00Z')} />
        </ApolloProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText('Belum ada kunci API.')).toBeTruthy();
    // Only units whose systems may hold keys are offered.
    const unitSelect = screen.getByLabelText('Unit pemilik (OPD, Polsek, Puskesmas, Pustu, Posyandu)');
    await waitFor(() => expect(screen.getByRole('option', { name: unit.name })).toBeTruthy());
    expect(screen.queryByRole('option', { name: 'Pemerintah Desa Gombang' })).toBeNull();

    await user.type(screen.getByLabelText(/Nama sistem/), 'SIM Dinas Sosial');
    await user.selectOptions(unitSelect, unit.id);
    await user.selectOptions(screen.getByLabelText('Cakupan'), 'ACT');
    await user.click(screen.getByRole('button', { name: 'Buat kunci' }));

    const secretBox = (await screen.findByLabelText('Kunci rahasia')) as HTMLInputElement;
    expect(secretBox.value).toBe(SECRET);
    expect(secretBox.readOnly).toBe(true);
    expect(createApiKey.mock.calls[0]?.[0]).toMatchObject({
      orgUnitId: unit.id,
      name: 'SIM Dinas Sosial',
      scope: 'ACT',
      expiresAt: '2027-05-22T16:59:59.000Z',
    });
    expect(screen.getByRole('alert').textContent).toContain('hanya ditampilkan sekali');
    expect(document.activeElement?.id).toBe('secret-title');

    await user.click(screen.getByRole('button', { name: 'Salin' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(screen.getByRole('status').textContent).toContain('Tersalin');

    // The list shows the key by its prefix only.
    expect(await screen.findByText(`${SECRET.slice(0, 16)}…`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sudah saya simpan' }));
    expect(screen.queryByLabelText('Kunci rahasia')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    // Nor is it left in Apollo's cache.
    expect(JSON.stringify(client.cache.extract())).not.toContain(SECRET.slice(16));
    expect(screen.getByRole('button', { name: 'Buat kunci' })).toBeTruthy();
  });
});
