import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from './helpers/pendidikan-flow.js';

const PARTIES = `query ($id: ID!) { case(id: $id) {
  applicant { nik nikMasked kkNumber kkMasked } beneficiaries { nik nikMasked } } }`;

interface Parties {
  applicant: { nik: string; nikMasked: boolean; kkNumber: string; kkMasked: boolean };
  beneficiaries: Array<{ nik: string; nikMasked: boolean }>;
}

const FULL_NIK = '3310055708850003';
const MASKED_NIK = '3310••••••••0003';
const FULL_KK = '3310050101100007';
const MASKED_KK = '3310••••••••0007';

describe('NIK and KK numbers as each role sees them (a case forwarded to the education OPD)', () => {
  let t: TestServer;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    caseId = (await caseForwardedToOpd(t)).id;
  });
  afterAll(() => t?.close());

  it.each([
    ['kader.gombang', 'KADER', true, true],
    ['perangkat.gombang', 'VILLAGE_OFFICER', true, true],
    ['kades.gombang', 'KEPALA_DESA', true, true],
    ['trantibum.gombang', 'TRANTIBUM_OFFICER', true, false],
    ['camat.cawas', 'KECAMATAN_OFFICER', false, false],
    ['opd.pendidikan', 'OPD_OFFICER', true, true],
  ])('%s (%s): full NIK %s, full KK %s', async (user, _role, fullNik, fullKk) => {
    const client = await t.as(user);
    const { case: c } = await client.request<{ case: Parties }>(PARTIES, { id: caseId });
    expect(c.applicant).toEqual({
      nik: fullNik ? FULL_NIK : MASKED_NIK,
      nikMasked: !fullNik,
      kkNumber: fullKk ? FULL_KK : MASKED_KK,
      kkMasked: !fullKk,
    });
    expect(c.beneficiaries).toEqual([{ nik: fullNik ? '3310054505150001' : '3310••••••••0001', nikMasked: !fullNik }]);
    // Each full number sent is in the audit log under this user; a masked one is not.
    const reads = await t.sql.query<{ operation: string }>(
      `select distinct a.operation from audit_log a join app_user u on u.id = a.user_id
        where u.username = $1 and a.kind = 'READ' and a.case_id = $2 order by 1`,
      [user, caseId],
    );
    expect(reads.rows.map((r) => r.operation)).toEqual(
      [fullKk && 'KK_UNMASKED', fullNik && 'NIK_UNMASKED'].filter(Boolean),
    );
  });

  it('roles that do not reach the case see nothing at all, masked or not', async () => {
    for (const user of ['kader.pogung', 'opd.sosial', 'bidan.gombang', 'polisi.cawas', 'admin.klaten']) {
      const client = await t.as(user);
      expect((await client.request<{ case: unknown }>(PARTIES, { id: caseId })).case, user).toBeNull();
    }
  });

  it('the newest family card is the one shown when a person has had several', async () => {
    // The family moved: a later request by the same person gives a new KK number.
    t.clock.set('2026-11-24T02:00:00Z');
    const kader = await t.as('kader.gombang');
    await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
      input: pendidikanInput({
        applicant: { nik: FULL_NIK, name: 'Siti Aminah', phone: '0812-2700-4321', kkNumber: '3310050202260009' },
      }),
    });
    const camat = await t.as('camat.cawas');
    expect((await kader.request<{ case: Parties }>(PARTIES, { id: caseId })).case.applicant.kkNumber).toBe(
      '3310050202260009',
    );
    expect((await camat.request<{ case: Parties }>(PARTIES, { id: caseId })).case.applicant.kkNumber).toBe(
      '3310••••••••0009',
    );
  });
});
