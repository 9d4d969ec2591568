import type { PluginNames } from '../names.js';

export function fixturesSource(n: PluginNames): string {
  return `/** A realistic registration for the ${n.title} sector, for this plugin's tests and others'. */
export function ${n.exportName.replace(/Plugin$/, '')}Input(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: '${n.id}',
    serviceType: 'general-request',
    applicant: { nik: '3310051708900001', name: 'Budi Santoso', phone: '0812-2700-1234' },
    description: 'Permohonan layanan warga Dusun Gombang Lor untuk diproses desa.',
    facts: { subject: 'Permohonan layanan' },
    documents: [{ code: 'ktp-copy', fileNames: ['ktp.jpg'] }],
    ...overrides,
  };
}
`;
}

export function testSource(n: PluginNames): string {
  const input = `${n.exportName.replace(/Plugin$/, '')}Input`;
  return `import { caseSteps, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${input} } from './${n.id}.fixtures.js';
import ${n.exportName.replace(/Plugin$/, 'Module')} from './${n.id}.module.js';

const FIELDS = 'id version status holder { id kind } deadline { state } outcome';

interface CaseView {
  id: string;
  version: number;
  status: string;
  holder: { id: string; kind: string };
  deadline: { state: string };
  outcome: string | null;
}

describe('${n.title}: a case from registration to settlement in the village', () => {
  let t: TestServer;
  beforeAll(async () => {
    // Boots exactly this sector, as apps/api installs it (its module).
    t = await startTestServer({
      plugins: [${n.exportName.replace(/Plugin$/, 'Module')}],
      clock: new TestClock('2026-11-23T02:00:00Z'),
    });
  });
  afterAll(() => t?.close());

  // register, act, review, visit, attach, read, timeline, expectRefused: see docs/plugin-guide.md.
  const { register, act } = caseSteps<CaseView>({ fields: FIELDS, sql: () => t.sql });

  it('is registered by the kader, submitted to the village and settled there', async () => {
    const kader = await t.as('kader.gombang');
    const village = await t.as('perangkat.gombang');
    let c = await register(kader, ${input}());
    expect(c).toMatchObject({ status: 'registered', holder: { kind: 'POSYANDU' }, deadline: { state: 'ON_TRACK' } });
    c = await act(kader, c, 'submit-to-village');
    expect(c).toMatchObject({ status: 'with-village', holder: { kind: 'VILLAGE_GOVERNMENT' } });
    c = await act(village, c, 'settle', { note: 'Diselesaikan oleh desa.', settlementKind: 'MUSYAWARAH' });
    expect(c).toMatchObject({ status: 'settled', outcome: 'SETTLED_AT_VILLAGE', deadline: { state: 'MET' } });
  });

  it('declines with a reason code', async () => {
    const kader = await t.as('kader.gombang');
    let c = await register(kader, ${input}());
    c = await act(kader, c, 'decline', { reason: 'Sudah diajukan sebelumnya.', declineReason: 'DUPLICATE' });
    expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED' });
  });
});
`;
}

export function readmeSource(n: PluginNames): string {
  return `# ${n.packageName}

SPM sector "${n.title}", scaffolded by \`pnpm create-plugin ${n.id}\`.

- \`src/${n.id}.plugin.ts\` — documents, service types, workflow and routes (see docs/plugin-guide.md)
- \`src/${n.id}.flow.test.ts\` — the flow over GraphQL on the real server and PostgreSQL
- \`src/${n.id}.fixtures.ts\` — realistic inputs for tests

Run its test with \`pnpm vitest run plugins/${n.id}\`. Map each step of the sector's source document to
the state or action that implements it here, as the other plugins' READMEs do.
`;
}
