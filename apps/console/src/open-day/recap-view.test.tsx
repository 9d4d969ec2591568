// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecapFieldsFragment } from '../gql/graphql';
import { AuthProvider } from '../auth/auth';
import { TokenStore } from '../auth/token-store';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient, memoryStorage } from '../test/schema-client';
import '../test/setup';
import { RecapView } from './recap-view';

const text = (id: string, en: string) => ({ __typename: 'KesehatanText' as const, id, en });
const recap = (over: Partial<RecapFieldsFragment> = {}): RecapFieldsFragment => ({
  __typename: 'KesehatanOpenDayRecap',
  posyanduId: 'p-1',
  period: '2026-11',
  sessions: 1,
  visitors: 12,
  visitorsByTargetGroup: [],
  childrenWeighed: 8,
  childrenAtRisk: 1,
  risksByCategory: [],
  followUpsOpened: 1,
  followUpsOpen: 0,
  followUpsDone: 1,
  immunized: 3,
  vitaminA: 2,
  supplementaryFeeding: 1,
  counselled: 5,
  followUpPlans: [],
  homeVisits: 2,
  followUpsVisited: 1,
  skdn: { __typename: 'KesehatanSkdn', s: 10, d: 8, n: 5, t: 1, o: 1, b: 1, dPerS: 80, nPerD: 62.5 },
  followUpOutcomes: null,
  ...over,
});

const renderRecap = (r: RecapFieldsFragment) =>
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={createSchemaClient({ me: () => null })}>
        <AuthProvider tokens={new TokenStore(memoryStorage({ 'psp.token': 'test-token' }))}>
          <RecapView recap={r} query="sessionId=s-1" />
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>,
  );

describe('the open-day recap', () => {
  it('reports SKDN with D/S and N/D in percent, and the home visits of the follow-ups', () => {
    renderRecap(recap());
    const skdn = screen.getByRole('heading', { name: 'SKDN balita' }).nextElementSibling as HTMLElement;
    const row = (name: RegExp) => within(skdn).getByRole('row', { name }).textContent;
    expect(row(/^S — balita yang dikenal Posyandu/)).toMatch(/10$/);
    expect(row(/^D\/S/)).toMatch(/80 %$/);
    expect(row(/^N\/D/)).toMatch(/62,5 %$/);
    expect(screen.getByRole('row', { name: /Kunjungan rumah tercatat/ }).textContent).toMatch(/2$/);
    // The village government receives no per-child lines: no such section.
    expect(screen.queryByRole('heading', { name: 'Hasil tindak lanjut per anak' })).toBeNull();
  });

  it('says when D/S cannot be computed, rather than showing 0 %', () => {
    renderRecap(
      recap({ skdn: { __typename: 'KesehatanSkdn', s: 0, d: 0, n: 0, t: 0, o: 0, b: 0, dPerS: null, nPerD: null } }),
    );
    expect(screen.getByRole('row', { name: /^D\/S/ }).textContent).toMatch(/belum dapat dihitung$/);
  });

  it('lists what became of each at-risk child for the kader, linking the case', () => {
    renderRecap(
      recap({
        followUpOutcomes: [
          {
            __typename: 'KesehatanFollowUpOutcome',
            caseId: 'c-1',
            caseCode: 'SPM-ABCD-1234',
            personName: 'Ayu Lestari',
            closed: true,
            homeVisits: 2,
            lastVisitAt: '2026-11-25T03:00:00.000Z',
            lastFindings: 'Berat naik 300 g; ibu paham PMT.',
            statusLabel: text('Pemantauan selesai', 'Monitoring completed'),
            risks: [text('Pendek', 'Stunted')],
          },
        ],
      }),
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Ayu Lestari');
    expect(item.textContent).toContain('Pendek · Pemantauan selesai · 2 kunjungan rumah');
    expect(item.textContent).toContain('Temuan terakhir: Berat naik 300 g; ibu paham PMT.');
    expect(within(item).getByRole('link', { name: 'SPM-ABCD-1234' }).getAttribute('href')).toBe('/kasus/c-1');
  });
});
