// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { ActionsPanel } from './actions-panel';
import type { CaseDetail } from './case.page';

const text = (id: string, en: string) => ({ id, en });
const c = {
  id: 'k1',
  version: 3,
  availableActions: [
    {
      id: 'verify',
      enabled: true,
      to: 'verified',
      requiresNote: false,
      requiresReason: false,
      label: text('Verifikasi', 'Verify'),
      declineReasons: [],
      settlementKinds: [],
      blockedBy: [],
    },
    {
      id: 'forward',
      enabled: false,
      to: 'forwarded',
      requiresNote: false,
      requiresReason: true,
      label: text('Teruskan ke OPD', 'Forward to the agency'),
      declineReasons: [],
      settlementKinds: [],
      blockedBy: [text('Kunjungan lapangan belum dicatat', 'No field visit recorded yet')],
    },
  ],
} as unknown as CaseDetail;

describe('ActionsPanel', () => {
  it('sends expectedVersion and shows a stale-version error in the chosen language', async () => {
    const user = userEvent.setup();
    const performAction = vi.fn((_args: Record<string, unknown>) => {
      throw new GraphQLError('Kasus ini baru saja diubah orang lain.', {
        extensions: {
          code: 'VERSION_CONFLICT',
          messages: text('Kasus ini baru saja diubah orang lain.', 'Someone else has just changed this case.'),
        },
      });
    });
    const onConflict = vi.fn();
    render(
      <I18nProvider initial="en">
        <ApolloProvider client={createSchemaClient({ performAction })}>
          <ActionsPanel c={c} onConflict={onConflict} />
        </ApolloProvider>
      </I18nProvider>,
    );
    // Only what the server offers; a blocked action says why.
    expect(screen.getByRole('button', { name: 'Forward to the agency' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Not yet: No field visit recorded yet')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await user.click(screen.getByRole('button', { name: 'Submit: Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone else has just changed this case.');
    expect(performAction.mock.calls[0]?.[0]).toMatchObject({ caseId: 'k1', action: 'verify', expectedVersion: 3 });
    expect(onConflict).toHaveBeenCalled();
  });

  it('asks for a decline code and a settlement kind, and sends the chosen one', async () => {
    const user = userEvent.setup();
    const performAction = vi.fn((_args: Record<string, unknown>) => {
      throw new GraphQLError('x', { extensions: { code: 'VERSION_CONFLICT', messages: text('x', 'x') } });
    });
    const withOutcomes = {
      id: 'k2',
      version: 5,
      availableActions: [
        {
          id: 'decline',
          enabled: true,
          to: 'declined',
          requiresNote: false,
          requiresReason: true,
          declineReasons: ['NOT_ELIGIBLE', 'NOT_AUTHORITY', 'DUPLICATE'],
          settlementKinds: [],
          label: text('Tolak permohonan', 'Decline the request'),
          blockedBy: [],
        },
        {
          id: 'settle-at-village',
          enabled: true,
          to: 'settled-at-village',
          requiresNote: true,
          requiresReason: false,
          declineReasons: [],
          settlementKinds: ['MUSYAWARAH', 'DIRECT_HELP'],
          label: text('Selesaikan di tingkat desa', 'Settle at village level'),
          blockedBy: [],
        },
      ],
    } as unknown as CaseDetail;
    render(
      <I18nProvider initial="en">
        <ApolloProvider client={createSchemaClient({ performAction })}>
          <ActionsPanel c={withOutcomes} onConflict={vi.fn()} />
        </ApolloProvider>
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    // Not our authority needs the unit with authority: the return action names it, not this form.
    expect(screen.queryByRole('radio', { name: 'Not our authority' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Sudah diajukan.');
    await user.click(screen.getByRole('radio', { name: 'Duplicate' }));
    await user.click(screen.getByRole('button', { name: 'Submit: Decline the request' }));
    await screen.findByRole('alert');
    expect(performAction.mock.calls[0]?.[0]).toMatchObject({
      action: 'decline',
      input: { reason: 'Sudah diajukan.', declineReason: 'DUPLICATE' },
    });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Settle at village level' }));
    await user.click(screen.getByRole('radio', { name: 'Direct help' }));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Dibantu Dana Desa.');
    await user.click(screen.getByRole('button', { name: 'Submit: Settle at village level' }));
    await vi.waitFor(() => expect(performAction).toHaveBeenCalledTimes(2));
    expect(performAction.mock.calls[1]?.[0]).toMatchObject({
      action: 'settle-at-village',
      input: { note: 'Dibantu Dana Desa.', settlementKind: 'DIRECT_HELP' },
    });
  });
});
