// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { MessagesTab } from './messages-tab';

const failedMessage = {
  id: 'm1',
  channel: 'whatsapp',
  recipient: '•••••••••4321',
  kind: 'CITIZEN_RECEIPT',
  caseCode: 'SPM-7K2M-QX9D',
  body: 'Posyandu SPM: permohonan "Bantuan biaya pendidikan dasar" Anda sudah dicatat dengan kode SPM-7K2M-QX9D.',
  template: 'spm_tanda_terima (id)',
  attempts: 10,
  lastError: 'WhatsApp 400 (#132001): Template name does not exist in the translation',
  deliveryStatus: null,
  createdAt: '2026-11-23T02:00:00.000Z',
  sentAt: null,
  failedAt: '2026-11-23T06:00:00.000Z',
  deliverAfter: '2026-11-23T07:00:00.000Z',
};

describe('MessagesTab', () => {
  it('lists a message that could not be delivered with the provider’s reason, and sends it again', async () => {
    const user = userEvent.setup();
    let failed = [failedMessage];
    const retryMessage = vi.fn((args: { id: string }) => {
      failed = [];
      return { ...failedMessage, id: args.id, failedAt: null, attempts: 0 };
    });
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={createSchemaClient({ failedMessages: () => failed, retryMessage })}>
          <MessagesTab />
        </ApolloProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText(/WhatsApp · Tanda terima untuk warga/)).toBeTruthy();
    expect(screen.getByText(/Alasan: WhatsApp 400 \(#132001\)/)).toBeTruthy();
    expect(screen.getByText(/•••••••••4321 · Gagal .* setelah 10 kali coba/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kirim ulang pesan kasus SPM-7K2M-QX9D' }));
    expect(retryMessage.mock.calls[0]?.[0]).toEqual({ id: 'm1' });
    await waitFor(() => expect(screen.getByText('Tidak ada pesan yang gagal.')).toBeTruthy());
  });
});
