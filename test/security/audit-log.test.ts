import { defineSpmPlugin } from '@posyandu-spm/core';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`;
const PARTIES = `query ($id: ID!) { case(id: $id) { id applicant { name nik kkNumber } beneficiaries { name nik } } }`;
const AUDIT = `query ($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    edges { cursor node { id occurredAt kind operation outcome userId userName apiKeyId orgUnitIds caseId details } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface AuditRow {
  id: string;
  kind: string;
  operation: string;
  outcome: string;
  user_id: string | null;
  case_id: string | null;
  org_unit_ids: string[];
  details: Record<string, unknown>;
}
interface AuditNode {
  id: string;
  kind: string;
  operation: string;
  outcome: string;
  userId: string | null;
  userName: string | null;
  caseId: string | null;
  details: Record<string, unknown>;
}

/** A sector whose reporters are confidential, registered by the village Trantibumlinmas section. */
const confidentialSector = defineSpmPlugin({
  id: 'uji-rahasia',
  name: { id: 'Pengaduan uji', en: 'Test complaints' },
  version: '1.0.0',
  requiresCoreApi: '1.0',
  intakeUnitKinds: ['VILLAGE_TRANTIBUM'],
  intakeRoles: ['TRANTIBUM_OFFICER'],
  confidentialReporter: true,
  reporterIdentityOptional: true,
  documents: [{ code: 'ktp-copy', label: { id: 'Fotokopi KTP', en: 'KTP copy' }, minFiles: 1, maxFiles: 1 }],
  serviceTypes: [
    {
      id: 'complaint',
      name: { id: 'Pengaduan', en: 'Complaint' },
      documents: [{ code: 'ktp-copy', required: false }],
      facts: [],
    },
  ],
  workflow: {
    initialState: 'open',
    states: [
      { id: 'open', label: { id: 'Terbuka', en: 'Open' }, citizenLabel: { id: 'Diterima', en: 'Received' } },
      {
        id: 'done',
        label: { id: 'Selesai', en: 'Done' },
        citizenLabel: { id: 'Selesai', en: 'Done' },
        terminal: { outcome: 'COMPLETED' },
      },
    ],
    actions: [
      {
        id: 'finish',
        label: { id: 'Selesaikan', en: 'Finish' },
        from: ['open'],
        to: 'done',
        roles: ['TRANTIBUM_OFFICER'],
      },
    ],
  },
  routes: [],
});

describe('audit log: every mutation and every sensitive read, append-only', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let camat: GraphQLClient;
  let admin: GraphQLClient;
  let c: { id: string; code: string; version: number };
  const userIds: Record<string, string> = {};

  const rows = async (where: string, params: unknown[] = []): Promise<AuditRow[]> =>
    (await t.sql.query<AuditRow>(`select * from audit_log where ${where} order by id`, params)).rows;

  beforeAll(async () => {
    t = await startTestServer({
      plugins: [pendidikanPlugin, confidentialSector],
      clock: new TestClock('2026-11-23T02:00:00Z'),
    });
    [kader, camat, admin] = await Promise.all([t.as('kader.gombang'), t.as('camat.cawas'), t.as('admin.klaten')]);
    for (const r of (await t.sql.query<{ id: string; username: string }>('select id, username from app_user')).rows)
      userIds[r.username] = r.id;
    c = (await kader.request<{ registerCase: typeof c }>(REGISTER, { input: pendidikanInput() })).registerCase;
  });
  afterAll(() => t?.close());

  it('registerCase writes one MUTATION row — who, their units, the case, OK — in the transaction that made the case', async () => {
    const [row, ...more] = await rows(`operation = 'registerCase'`);
    expect(more).toEqual([]);
    const posyandu = await t.sql.query<{ id: string }>(`select id from org_unit where name = 'Posyandu Gombang'`);
    expect(row).toMatchObject({
      kind: 'MUTATION',
      outcome: 'OK',
      user_id: userIds['kader.gombang'],
      case_id: c.id,
      org_unit_ids: [posyandu.rows[0]?.id],
    });
    // Same transaction: the audit row's xmin is the transaction id that wrote the case's first event.
    const same = await t.sql.query<{ same: boolean }>(
      `select (select xmin::text::bigint from audit_log where id = $1) =
              (select (tx_id::text::bigint % 4294967296) from case_event where case_id = $2 order by id limit 1) as same`,
      [row?.id, c.id],
    );
    expect(same.rows[0]?.same).toBe(true);
  });

  it('a refused mutation is audited with its error code, and the case is unchanged', async () => {
    const error = await kader.error(
      `mutation ($id: ID!) { performAction(caseId: $id, action: "start-verification", expectedVersion: 99) { id } }`,
      { id: c.id },
    );
    expect(error.extensions?.code).toBe('VERSION_CONFLICT');
    const [row] = await rows(`operation = 'performAction'`);
    expect(row).toMatchObject({
      outcome: 'VERSION_CONFLICT',
      case_id: c.id,
      user_id: userIds['kader.gombang'],
      details: { caseId: c.id, action: 'start-verification', expectedVersion: 99 },
    });
    const version = await t.sql.query<{ version: number }>('select version from spm_case where id = $1', [c.id]);
    expect(version.rows[0]?.version).toBe(c.version);
  });

  it('a successful action is audited once with the action and the case', async () => {
    await kader.request(
      `mutation ($id: ID!, $v: Int!) { performAction(caseId: $id, action: "start-verification", expectedVersion: $v) { id } }`,
      { id: c.id, v: c.version },
    );
    const ok = await rows(`operation = 'performAction' and outcome = 'OK'`);
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ case_id: c.id, details: { action: 'start-verification' } });
  });

  it('every full NIK and KK read is audited with the people shown; masked reads and unasked fields are not', async () => {
    const before = await rows(`kind = 'READ'`);
    expect(before).toEqual([]);
    await kader.request(`query ($id: ID!) { case(id: $id) { applicant { name } } }`, { id: c.id });
    expect(await rows(`kind = 'READ'`)).toEqual([]);

    await kader.request(PARTIES, { id: c.id });
    const reads = await rows(`kind = 'READ'`);
    const persons = await t.sql.query<{ id: string; nik: string }>(
      `select id, nik from person where nik in ('3310055708850003', '3310054505150001')`,
    );
    const applicantId = persons.rows.find((p) => p.nik === '3310055708850003')?.id;
    const childId = persons.rows.find((p) => p.nik === '3310054505150001')?.id;
    expect(reads.map((r) => [r.operation, r.user_id, r.case_id, r.details.personIds])).toEqual([
      ['NIK_UNMASKED', userIds['kader.gombang'], c.id, [applicantId, childId].sort()],
      ['KK_UNMASKED', userIds['kader.gombang'], c.id, [applicantId]],
    ]);

    // The kecamatan sees both numbers masked: nothing to audit.
    const masked = await camat.request<{ case: { applicant: { nik: string; kkNumber: string } } }>(PARTIES, {
      id: c.id,
    });
    expect(masked.case.applicant).toMatchObject({ nik: '3310••••••••0003', kkNumber: '3310••••••••0007' });
    expect(await rows(`kind = 'READ' and user_id = $1`, [userIds['camat.cawas']])).toEqual([]);
  });

  it('a list of cases with full NIKs writes one row per case, in one statement', async () => {
    const second = (
      await kader.request<{ registerCase: { id: string } }>(REGISTER, {
        input: pendidikanInput({
          applicant: { nik: '3310051203790002', name: 'Bambang Riyadi', phone: '0813-2900-1177' },
          beneficiaries: [],
        }),
      })
    ).registerCase;
    const since = (await t.sql.query<{ max: string }>('select max(id) as max from audit_log')).rows[0]?.max;
    t.statements.length = 0;
    await kader.request(`{ cases(first: 10) { edges { node { id applicant { nik } } } } }`);
    const inserts = t.statements.filter((s) => /insert into audit_log/i.test(s));
    expect(inserts).toHaveLength(1);
    const reads = await rows(`id > $1 and operation = 'NIK_UNMASKED'`, [since]);
    expect(reads.map((r) => r.case_id).sort()).toEqual([c.id, second.id].sort());
  });

  it("a confidential reporter's identity, when shown, is audited; hidden from other village staff", async () => {
    const trantibum = await t.as('trantibum.gombang');
    const complaint = (
      await trantibum.request<{ registerCase: { id: string } }>(REGISTER, {
        input: {
          sectorId: 'uji-rahasia',
          serviceType: 'complaint',
          applicant: { name: 'Pelapor Rahasia', phone: '0813-2900-1177' },
          description: 'Keributan malam hari di pos ronda.',
          dusun: 'Gombang Kidul',
        },
      })
    ).registerCase;
    await trantibum.request(`query ($id: ID!) { case(id: $id) { applicant { name } } }`, { id: complaint.id });
    const perangkat = await t.as('perangkat.gombang');
    const hidden = await perangkat.request<{ case: { applicant: unknown; identityRedacted: boolean } }>(
      `query ($id: ID!) { case(id: $id) { applicant { name } identityRedacted } }`,
      { id: complaint.id },
    );
    expect(hidden.case).toEqual({ applicant: null, identityRedacted: true });
    const reads = await rows(`operation = 'REPORTER_IDENTITY'`);
    expect(reads.map((r) => [r.user_id, r.case_id])).toEqual([[userIds['trantibum.gombang'], complaint.id]]);
  });

  it('a live event that shows a full NIK is audited before it is sent', async () => {
    const token = (
      await t
        .anonymous()
        .request<{ login: { token: string } }>(
          'mutation { login(username: "kader.gombang", password: "posyandu-demo-2026") { token } }',
        )
    ).login.token;
    const live = t.subscribe<{ caseEvents: { caseId: string; case: { applicant: { nik: string } } } }>(
      token,
      'subscription { caseEvents { caseId case { applicant { nik } } } }',
    );
    await new Promise((r) => setTimeout(r, 300));
    const fresh = (
      await kader.request<{ registerCase: { id: string } }>(REGISTER, {
        input: pendidikanInput({ applicant: { nik: '3310056809880004', name: 'Rina Wati' }, beneficiaries: [] }),
      })
    ).registerCase;
    let notice;
    for (let n = 1; !notice && n <= 20; n += 1) {
      notice = (await live.waitFor(n)).find((e) => e.caseEvents.caseId === fresh.id);
      expect(live.errors).toEqual([]);
      expect(live.closeCode).toBeNull();
    }
    await live.close();
    expect(notice?.caseEvents).toEqual({ caseId: fresh.id, case: { applicant: { nik: '3310056809880004' } } });
    const reads = await rows(`operation = 'NIK_UNMASKED' and case_id = $1`, [fresh.id]);
    expect(reads.map((r) => r.user_id)).toEqual([userIds['kader.gombang']]);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on audit_log, and the rows stay', async () => {
    const before = await rows('true');
    const last = before.at(-1)?.id;
    await expect(t.sql.query(`update audit_log set outcome = 'OK'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(t.sql.query(`delete from audit_log`)).rejects.toThrow(/append-only: DELETE/);
    await expect(t.sql.query(`truncate audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    // (Rows appended meanwhile by other requests do not matter: none of the old ones changed.)
    expect(await rows('id <= $1', [last])).toEqual(before);
  });

  it('auditLog: the admin filters by case, user and time, newest first, page by page', async () => {
    const byCase = await admin.request<{ auditLog: { edges: Array<{ node: AuditNode }> } }>(AUDIT, {
      f: { caseId: c.id },
    });
    const ops = byCase.auditLog.edges.map((e) => `${e.node.operation}:${e.node.outcome}`);
    expect(ops.at(-1)).toBe('registerCase:OK');
    expect(ops).toContain('performAction:VERSION_CONFLICT');
    expect(ops).toContain('NIK_UNMASKED:OK');
    expect(byCase.auditLog.edges.every((e) => e.node.caseId === c.id)).toBe(true);

    const byUser = await admin.request<{ auditLog: { edges: Array<{ node: AuditNode }> } }>(AUDIT, {
      f: { userId: userIds['camat.cawas'] },
    });
    expect(byUser.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ operation: 'login', userName: 'Petugas Kecamatan Cawas' }),
    ]);

    const future = await admin.request<{ auditLog: { edges: unknown[] } }>(AUDIT, {
      f: { from: '2026-11-24T00:00:00Z' },
    });
    expect(future.auditLog.edges).toEqual([]);

    const page1 = await admin.request<{
      auditLog: { edges: Array<{ node: AuditNode }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(AUDIT, { f: { caseId: c.id }, first: 1 });
    expect(page1.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await admin.request<{ auditLog: { edges: Array<{ node: AuditNode }> } }>(AUDIT, {
      f: { caseId: c.id },
      first: 1,
      after: page1.auditLog.pageInfo.endCursor,
    });
    expect(Number(page2.auditLog.edges[0]?.node.id)).toBeLessThan(Number(page1.auditLog.edges[0]?.node.id));
  });

  it('reading the audit log is itself audited', async () => {
    const reads = await rows(`operation = 'AUDIT_LOG'`);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.user_id === userIds['admin.klaten'])).toBe(true);
  });

  it('auditLog is FORBIDDEN to anyone but an admin, UNAUTHENTICATED without login, and checks its filter', async () => {
    for (const client of [kader, camat, await t.as('opd.pendidikan')]) {
      const error = await client.error(AUDIT, {});
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.extensions?.messages?.en).toMatch(/administrator/);
    }
    expect((await t.anonymous().error(AUDIT, {})).extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await admin.error(AUDIT, { f: { caseId: 'not-a-uuid' }, first: 0 });
    expect(bad.extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['filter.caseId', 'first']);
  });
});
