// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import EscalationPage from './escalation.page';

const overdue = {
  id: 'c-1',
  code: 'SPM-7K2Q',
  version: 9,
  escalationLevel: 2,
  escalatedTo: { id: 'u-tim', name: 'Tim Penerapan SPM Kabupaten Klaten' },
  holder: { id: 'u-dik', name: 'Dinas Pendidikan Kabupaten Klaten' },
  area: { code: '33.10.05.2018', name: 'Gombang', timeZone: 'Asia/Jakarta' },
  sector: { id: 'pendidikan', name: { id: 'Pendidikan', en: 'Education' } },
  deadline: { dueAt: '2026-11-30T16:59:59.999Z', state: 'OVERDUE', workingDaysLeft: -3 },
};

function renderPage(acts: { takeUp: (args: unknown) => void; reassign: (args: unknown) => void }) {
  let cases = [overdue];
  const client = createSchemaClient({
    cases: () => ({
      totalCount: cases.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: cases.map((node) => ({ cursor: node.id, node })),
    }),
    reassignUnits: () => [{ id: 'u-sos', name: 'Dinas Sosial Kabupaten Klaten', kind: 'OPD' }],
    takeUpEscalatedCase: (args: { caseId: string; note: string }) => {
      acts.takeUp(args);
      return { id: args.caseId, version: 10 };
    },
    reassignEscalatedCase: (args: { caseId: string; unitId: string; reason: string }) => {
      acts.reassign(args);
      cases = [];
      return { id: args.caseId, version: 11, holder: { id: args.unitId, name: 'Dinas Sosial Kabupaten Klaten' } };
    },
  });
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={client}>
        <EscalationPage />
      </ApolloProvider>
    </I18nProvider>,
  );
}

describe('EscalationPage: the SPM coordinator’s queue across the OPDs of the kabupaten', () => {
  it('shows the level reached, who was told and who holds it, and records a follow-up and a reassignment', async () => {
    const user = userEvent.setup();
    const acts = { takeUp: vi.fn(), reassign: vi.fn() };
    renderPage(acts);
    const card = (await screen.findByRole('link', { name: 'Buka kasus SPM-7K2Q' })).closest('li') as HTMLElement;
    expect(card.textContent).toContain('Tingkat 2');
    expect(card.textContent).toContain('Diberitahukan kepada: Tim Penerapan SPM Kabupaten Klaten');
    expect(card.textContent).toContain('Dipegang: Dinas Pendidikan Kabupaten Klaten');
    expect(screen.getByText('Kasus yang melewati tenggat di semua OPD kabupaten: 1')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Tindak lanjuti dengan OPD' }));
    await user.type(within(card).getByLabelText('Catatan tindak lanjut'), 'Rapat dengan Kepala Dinas hari ini.');
    await user.click(within(card).getByRole('button', { name: 'Simpan' }));
    expect(acts.takeUp).toHaveBeenCalledWith({ caseId: 'c-1', note: 'Rapat dengan Kepala Dinas hari ini.' });
    expect((await screen.findByRole('status')).textContent).toContain('Tercatat di riwayat kasus SPM-7K2Q.');

    await user.click(within(card).getByRole('button', { name: 'Alihkan ke unit lain' }));
    await user.selectOptions(await within(card).findByLabelText('Unit tujuan'), 'u-sos');
    await user.type(within(card).getByLabelText('Alasan'), 'Disalurkan lewat Dinas Sosial.');
    await user.click(within(card).getByRole('button', { name: 'Simpan' }));
    expect(acts.reassign).toHaveBeenCalledWith({
      caseId: 'c-1',
      unitId: 'u-sos',
      reason: 'Disalurkan lewat Dinas Sosial.',
    });
    expect(await screen.findByText('Tidak ada kasus yang dieskalasi.')).toBeTruthy();
  });
});
