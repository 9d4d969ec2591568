import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`;
const NESTED = `query ($id: ID!) { case(id: $id) { id applicant { name nik nikMasked kkNumber } beneficiaries { name nik } } }`;

describe('who sees a case (DESIGN §8)', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let otherKader: GraphQLClient;
  let c: { id: string; code: string; version: number };

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, otherKader] = await Promise.all([t.as('kader.gombang'), t.as('kader.pogung')]);
    c = (await kader.request<{ registerCase: typeof c }>(REGISTER, { input: pendidikanInput() })).registerCase;
  });
  afterAll(() => t?.close());

  it('a kader of another Posyandu cannot read it by id, by code, in a list or nested', async () => {
    const data = await otherKader.request<{
      case: unknown;
      caseByCode: unknown;
      cases: { edges: unknown[]; totalCount: number };
    }>(
      `query ($id: ID!, $code: String!) {
        case(id: $id) { id applicant { name } }
        caseByCode(code: $code) { id }
        cases(first: 50) { edges { node { id } } totalCount }
      }`,
      { id: c.id, code: c.code },
    );
    expect(data).toEqual({ case: null, caseByCode: null, cases: { edges: [], totalCount: 0 } });
  });

  it('the registering kader, the village and the kecamatan see it; the admin does not', async () => {
    const list = `{ cases(first: 10) { edges { node { id } } } }`;
    for (const user of ['kader.gombang', 'perangkat.gombang', 'kades.gombang', 'camat.cawas']) {
      const data = await (await t.as(user)).request<{ cases: { edges: Array<{ node: { id: string } }> } }>(list);
      expect(
        data.cases.edges.map((e) => e.node.id),
        user,
      ).toContain(c.id);
    }
    for (const user of ['admin.klaten', 'opd.pendidikan', 'bidan.gombang']) {
      const data = await (await t.as(user)).request<{ cases: { edges: unknown[] } }>(list);
      expect(data.cases.edges, user).toEqual([]);
    }
  });

  it('the kader sees the full NIK; the kecamatan officer sees it masked', async () => {
    const full = await kader.request<{ case: { applicant: { nik: string; nikMasked: boolean } } }>(NESTED, {
      id: c.id,
    });
    expect(full.case.applicant).toMatchObject({ nik: '3310055708850003', nikMasked: false });
    const camat = await t.as('camat.cawas');
    const masked = await camat.request<{
      case: { applicant: { nik: string; kkNumber: string }; beneficiaries: Array<{ nik: string }> };
    }>(NESTED, { id: c.id });
    expect(masked.case.applicant).toMatchObject({ nik: '3310••••••••0003', kkNumber: '3310••••••••0007' });
    expect(masked.case.beneficiaries[0]?.nik).toBe('3310••••••••0001');
  });

  it('filters by sector, status, deadline state and area', async () => {
    const q = `query ($f: CaseFilter) { cases(filter: $f, first: 10) { totalCount } }`;
    const count = async (f: Record<string, unknown>) =>
      (await kader.request<{ cases: { totalCount: number } }>(q, { f })).cases.totalCount;
    expect(
      await count({ sectorId: 'pendidikan', status: 'registered', deadlineState: 'ON_TRACK', areaCode: '33.10.05' }),
    ).toBe(1);
    expect(await count({ deadlineState: 'OVERDUE' })).toBe(0);
    expect(await count({ areaCode: '33.10.06' })).toBe(0);
    t.clock.set('2026-12-01T02:00:00Z');
    expect(await count({ deadlineState: 'OVERDUE' })).toBe(1);
    t.clock.set('2026-11-30T02:00:00Z');
    expect(await count({ deadlineState: 'DUE_SOON' })).toBe(1);
    t.clock.set('2026-11-23T02:00:00Z');
  });
});

describe('trackCase: a citizen with the code and the last 4 phone digits', () => {
  let t: TestServer;
  let code: string;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    const kader = await t.as('kader.gombang');
    code = (await kader.request<{ registerCase: { code: string } }>(REGISTER, { input: pendidikanInput() }))
      .registerCase.code;
  });
  afterAll(() => t?.close());

  const TRACK = `query ($code: String!, $p: String!) { trackCase(code: $code, phoneLast4: $p) {
    code closed status { id en } sector { id } serviceType { id } deadline { dueAt state workingDaysLeft } } }`;

  it('returns status and deadline and nothing personal', async () => {
    const res = await t.anonymous().raw<{ trackCase: Record<string, unknown> }>(TRACK, { code, p: '4321' });
    expect(res.data?.trackCase).toEqual({
      code,
      closed: false,
      status: { id: 'Permohonan diterima kader', en: 'Request received by the kader' },
      sector: { id: 'Pendidikan' },
      serviceType: { id: 'Bantuan biaya pendidikan dasar' },
      deadline: { dueAt: '2026-11-30T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 5 },
    });
    expect(JSON.stringify(res)).not.toMatch(/Siti|3310|0812|Gombang Kidul/);
  });

  it('accepts the code in lower case with spaces', async () => {
    const sloppy = code.toLowerCase().replace(/-/g, ' ');
    expect(
      (await t.anonymous().request<{ trackCase: { code: string } }>(TRACK, { code: sloppy, p: '4321' })).trackCase.code,
    ).toBe(code);
  });

  it('wrong digits or a wrong code reveal nothing, and the same nothing', async () => {
    const wrongDigits = await t.anonymous().raw(TRACK, { code, p: '1234' });
    const wrongCode = await t.anonymous().raw(TRACK, { code: 'SPM-AAAA-BBBB', p: '4321' });
    expect(wrongDigits).toEqual({ status: 200, data: { trackCase: null } });
    expect(wrongCode).toEqual(wrongDigits);
  });

  it('the case itself is not readable without login', async () => {
    const res = await t.anonymous().raw(`query ($c: String!) { caseByCode(code: $c) { id } }`, { c: code });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
