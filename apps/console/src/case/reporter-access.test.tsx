// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import type { CaseDetail } from './case.page';
import { ReporterAccess } from './reporter-access';

const base = {
  id: 'k1',
  identityRedacted: true,
  reporterAccessUntil: null,
  area: { code: '33.10.05.2018', name: 'Gombang', timeZone: 'Asia/Jakarta' },
} as unknown as CaseDetail;
const REASON = 'Camat perlu menghubungi pelapor untuk jadwal mediasi besok pagi.';

function renderWith(c: CaseDetail, rootValue: Record<string, unknown> = {}) {
  return render(
    <I18nProvider initial="id">
      <ApolloProvider client={createSchemaClient(rootValue)}>
        <ReporterAccess c={c} />
      </ApolloProvider>
    </I18nProvider>,
  );
}

describe('ReporterAccess', () => {
  it('says before anyone asks that the request is recorded and told, and needs a real reason', async () => {
    const user = userEvent.setup();
    const requestReporterAccess = vi.fn((_args: Record<string, unknown>) => ({
      id: 'k1',
      identityRedacted: false,
      reporterAccessUntil: null,
    }));
    renderWith(base, { requestReporterAccess });
    await user.click(screen.getByRole('button', { name: 'Minta akses identitas pelapor' }));
    expect(screen.getByText(/tercatat di riwayat kasus, dan diberitahukan kepada Trantibumlinmas desa/)).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Minta akses' });
    await user.type(screen.getByLabelText(/Alasan/), 'perlu saja');
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    await user.clear(screen.getByLabelText(/Alasan/));
    await user.type(screen.getByLabelText(/Alasan/), REASON);
    await user.selectOptions(screen.getByLabelText('Lama akses'), '8');
    await user.click(submit);
    await waitFor(() => expect(requestReporterAccess).toHaveBeenCalledTimes(1));
    expect(requestReporterAccess.mock.calls[0]?.[0]).toEqual({ caseId: 'k1', reason: REASON, hours: 8 });
  });

  it('shows until when the viewer’s own access runs, in the area’s local time', () => {
    renderWith({ ...base, identityRedacted: false, reporterAccessUntil: '2026-11-24T02:00:00.000Z' } as CaseDetail);
    expect(screen.getByRole('status').textContent).toMatch(/^Akses sementara Anda berlaku sampai .*09[.:]00/);
  });

  it('offers nothing to a viewer who sees the reporter by role', () => {
    const { container } = renderWith({ ...base, identityRedacted: false } as CaseDetail);
    expect(container.textContent).toBe('');
  });
});
