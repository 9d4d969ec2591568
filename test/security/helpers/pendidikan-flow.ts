import { allDocuments, pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import type { TestServer } from '@posyandu-spm/testing';

interface Step {
  id: string;
  version: number;
}

const ACT = `mutation ($id: ID!, $action: String!, $v: Int!) {
  performAction(caseId: $id, action: $action, expectedVersion: $v) { id version } }`;

/**
 * Registers a Pendidikan case at Posyandu Gombang and takes it, each step by its
 * role, to the education OPD: from then on the OPD (and its API keys) reach it.
 */
export async function caseForwardedToOpd(t: TestServer, overrides: Record<string, unknown> = {}): Promise<Step> {
  const [kader, perangkat, kades] = await Promise.all([
    t.as('kader.gombang'),
    t.as('perangkat.gombang'),
    t.as('kades.gombang'),
  ]);
  let c = (
    await kader.request<{ registerCase: Step }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
      { input: pendidikanInput(overrides) },
    )
  ).registerCase;
  const act = async (client: typeof kader, action: string) => {
    c = (await client.request<{ performAction: Step }>(ACT, { id: c.id, action, v: c.version })).performAction;
  };
  await act(kader, 'start-verification');
  for (const doc of allDocuments) {
    c = (
      await perangkat.request<{ reviewDocument: Step }>(
        `mutation ($id: ID!, $code: String!) { reviewDocument(caseId: $id, code: $code, status: VALID) { id version } }`,
        { id: c.id, code: doc.code },
      )
    ).reviewDocument;
  }
  c = (
    await perangkat.request<{ recordVisit: Step }>(
      `mutation ($id: ID!, $visit: VisitInput!) { recordVisit(caseId: $id, visit: $visit) { id version } }`,
      {
        id: c.id,
        visit: {
          kind: 'HOME',
          visitedAt: t.clock.now().toISOString(),
          participants: 'Kader Sri, Kasi Kesra Wahyu',
          findings: 'Rumah sederhana, penghasilan buruh harian.',
          recommendation: 'ELIGIBLE',
        },
      },
    )
  ).recordVisit;
  await act(kader, 'declare-eligible');
  await act(kader, 'submit-to-village');
  await act(kades, 'forward-to-opd');
  return c;
}
