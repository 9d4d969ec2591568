// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
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

/** The decline action as the server offers it, with these reason codes. */
const declineAction = (declineReasons: string[]) => ({
  id: 'decline',
  enabled: true,
  to: 'declined',
  requiresNote: false,
  requiresReason: true,
  declineReasons,
  settlementKinds: [],
  label: text('Tolak permohonan', 'Decline the request'),
  blockedBy: [],
});

/** A performAction that records what it was sent and answers with a stale version. */
const refusingPerformAction = () =>
  vi.fn((_args: Record<string, unknown>) => {
    throw new GraphQLError('x', { extensions: { code: 'VERSION_CONFLICT', messages: text('x', 'x') } });
  });

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
    const performAction = refusingPerformAction();
    const withOutcomes = {
      id: 'k2',
      version: 5,
      availableActions: [
        declineAction(['NOT_ELIGIBLE', 'NOT_AUTHORITY', 'DUPLICATE']),
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
    // The unit picker belongs to "not our authority" only.
    expect(screen.queryByRole('group', { name: /Unit with authority/ })).toBeNull();
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

  it('picks the unit with authority from the kabupaten\'s units for "not our authority", and sends its id', async () => {
    const user = userEvent.setup();
    const UNITS = [
      { id: 'u-dinsos', name: 'Dinas Sosial Kabupaten Klaten', kind: 'OPD', areaCode: '33.10', services: [] },
      { id: 'u-dinkes', name: 'Dinas Kesehatan Kabupaten Klaten', kind: 'OPD', areaCode: '33.10', services: [] },
    ];
    const searches: Array<string | null> = [];
    const suggestableUnits = vi.fn(({ search }: { search: string | null }) => {
      searches.push(search ?? null);
      return UNITS.filter((u) => !search || u.name.toLowerCase().includes(search.toLowerCase()));
    });
    const performAction = refusingPerformAction();
    const declining = {
      id: 'k3',
      version: 2,
      availableActions: [declineAction(['NOT_ELIGIBLE', 'NOT_AUTHORITY'])],
    } as unknown as CaseDetail;
    render(
      <I18nProvider initial="en">
        <ApolloProvider client={createSchemaClient({ performAction, suggestableUnits })}>
          <ActionsPanel c={declining} onConflict={vi.fn()} />
        </ApolloProvider>
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Urusan bantuan sosial.');
    await user.click(screen.getByRole('radio', { name: 'Not our authority' }));
    const picker = screen.getByRole('group', { name: /Unit with authority/ });
    expect(await within(picker).findByRole('radio', { name: 'Dinas Kesehatan Kabupaten Klaten' })).toBeTruthy();
    // No unit picked: said in words, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Submit: Decline the request' }));
    expect(within(picker).getByRole('alert').textContent).toContain(
      "Pick the unit with authority from the kabupaten's units.",
    );
    expect(performAction).not.toHaveBeenCalled();
    // Searching narrows the list on the server; the picked unit's id goes as suggestedUnitId.
    await user.type(within(picker).getByRole('searchbox', { name: 'Search units by name' }), 'sosial');
    await vi.waitFor(() => expect(searches.at(-1)).toBe('sosial'));
    await vi.waitFor(() =>
      expect(within(picker).queryByRole('radio', { name: 'Dinas Kesehatan Kabupaten Klaten' })).toBeNull(),
    );
    await user.click(within(picker).getByRole('radio', { name: 'Dinas Sosial Kabupaten Klaten' }));
    expect(within(picker).queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit: Decline the request' }));
    await vi.waitFor(() => expect(performAction).toHaveBeenCalledTimes(1));
    expect(performAction.mock.calls[0]?.[0]).toMatchObject({
      caseId: 'k3',
      action: 'decline',
      input: { reason: 'Urusan bantuan sosial.', declineReason: 'NOT_AUTHORITY', suggestedUnitId: 'u-dinsos' },
    });
  });
});
