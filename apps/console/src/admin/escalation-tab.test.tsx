// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { EscalationTab } from './escalation-tab';

const unit = (id: string, name: string, kind: string) => ({
  id,
  name,
  kind,
  areaCode: '33.10',
  services: [],
  parent: null,
});
const TIM = unit('u-tim', 'Tim Penerapan SPM Kabupaten Klaten', 'SPM_COORDINATION');
const PEMKAB = unit('u-kab', 'Pemerintah Kabupaten Klaten', 'KABUPATEN');
const CAMAT = { ...unit('u-cam', 'Kecamatan Cawas', 'KECAMATAN'), areaCode: '33.10.05' };

const chain = {
  kabupatenCode: '33.10',
  kabupatenName: 'Kabupaten Klaten',
  configured: true,
  dueSoonWorkingDays: 1,
  updatedAt: '2026-12-07T02:00:00Z',
  levels: [
    { position: 1, target: 'HOLDER_HEAD', windowWorkingDays: 2, unit: null },
    { position: 2, target: 'UNIT', windowWorkingDays: 3, unit: TIM },
    { position: 3, target: 'UNIT', windowWorkingDays: 5, unit: PEMKAB },
  ],
  problems: [],
};

describe('EscalationTab: the admin keeps the chain, and a chain with a hole is refused in words', () => {
  it('shows the levels and shows the server’s refusal, naming the level', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const client = createSchemaClient({
      escalationChain: () => chain,
      orgUnits: () => [TIM, PEMKAB, CAMAT],
      setEscalationChain: (args: unknown) => {
        sent.push(args);
        throw new GraphQLError('Rantai eskalasi ditolak', {
          extensions: {
            code: 'ESCALATION_CHAIN_INVALID',
            messages: { id: 'Rantai eskalasi ditolak.', en: 'The escalation chain was refused.' },
            fields: [
              {
                field: 'levels.1.unitId',
                messages: {
                  id: 'Tingkat 2: Kecamatan Cawas (Kecamatan) tidak punya anggota aktif yang boleh membuka kasus kabupaten ini.',
                  en: "Level 2: Kecamatan Cawas (Kecamatan) has no active member who may open this kabupaten's cases.",
                },
              },
            ],
          },
        });
      },
    });
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={client}>
          <EscalationTab />
        </ApolloProvider>
      </I18nProvider>,
    );
    const level2 = (await screen.findByRole('group', { name: 'Tingkat 2' })) as HTMLElement;
    const unitSelect = within(level2).getByLabelText('Unit') as HTMLSelectElement;
    expect(unitSelect.value).toBe('u-tim');
    await user.selectOptions(unitSelect, 'u-cam');
    await user.click(screen.getByRole('button', { name: 'Simpan rantai eskalasi' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tingkat 2: Kecamatan Cawas (Kecamatan) tidak punya anggota aktif');
    expect(sent).toEqual([
      {
        kabupatenCode: '33.10',
        input: {
          dueSoonWorkingDays: 1,
          levels: [
            { target: 'HOLDER_HEAD', unitId: null, windowWorkingDays: 2 },
            { target: 'UNIT', unitId: 'u-cam', windowWorkingDays: 3 },
            { target: 'UNIT', unitId: 'u-kab', windowWorkingDays: 5 },
          ],
        },
      },
    ]);
  });
});
