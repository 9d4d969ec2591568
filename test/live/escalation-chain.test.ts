import type { AddressInfo } from 'node:net';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { allDocuments, pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { emailChannel, StartupError, type StartupFault } from '@posyandu-spm/server';
import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A real SMTP server on loopback that keeps what it receives. */
class TestSmtp {
  readonly received: Array<{ to: string[]; data: string }> = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.port = (
      (this.server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo
    ).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const FIELDS = 'id code status version holder { id name } escalationLevel escalatedTo { name }';
interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  holder: { id: string; name: string };
  escalationLevel: number;
  escalatedTo: { name: string } | null;
}

const QUEUE = `query { cases(filter: { escalated: true, open: true }, orderBy: DUE_AT, first: 50) {
  edges { node { id escalationLevel escalatedTo { name } holder { name } inbox { reason unit { name } } } } } }`;
const NOTES = `{ notifications { kind case { id } message { id en } } }`;
const CHAIN = `query { escalationChain { configured dueSoonWorkingDays levels { position target unit { id name } windowWorkingDays } } }`;
const SET_CHAIN = `mutation ($k: String!, $input: EscalationChainInput!) {
  setEscalationChain(kabupatenCode: $k, input: $input) { configured levels { position target unit { name } windowWorkingDays } } }`;

/**
 * Kabupaten Klaten's demo chain: the holder's head (2 working days), Tim Penerapan SPM (3), the
 * Sekda. A pendidikan case forwarded to Dinas Pendidikan on Monday 23 November 2026 is due at the
 * end of Monday 30 November (WIB); two instances sweep at every instant.
 */
describe('the escalation chain: every level reaches a person who may open the case, once, in the app and by e-mail', () => {
  const clock = new TestClock('2026-11-23T02:00:00Z');
  const smtp = new TestSmtp();
  const flow = caseSteps<CaseView>({ fields: FIELDS });
  let a: TestServer;
  let b: TestServer;
  let kadis: GraphQLClient;
  let koordinator: GraphQLClient;
  let sekda: GraphQLClient;
  let opd: GraphQLClient;
  let admin: GraphQLClient;
  let c: CaseView;

  beforeAll(async () => {
    await smtp.start();
    const plugins = await loadInstalledPlugins();
    const channels = [emailChannel(`smtp://127.0.0.1:${smtp.port}`, 'posyandu@test.invalid')];
    a = await startTestServer({ plugins, clock, channels });
    b = await startTestServer({ plugins, clock, channels, sameDatabaseAs: a });
    await a.sql.query(
      `update app_user set email = username || '@klatenkab.test'
        where username in ('opd.pendidikan', 'kadis.pendidikan', 'koordinator.klaten', 'sekda.klaten')`,
    );
    const [kader, perangkat, kades] = await Promise.all([
      a.as('kader.gombang'),
      a.as('perangkat.gombang'),
      a.as('kades.gombang'),
    ]);
    [kadis, koordinator, sekda, opd, admin] = await Promise.all([
      a.as('kadis.pendidikan'),
      b.as('koordinator.klaten'),
      b.as('sekda.klaten'),
      a.as('opd.pendidikan'),
      a.as('admin.klaten'),
    ]);
    c = await flow.register(kader, pendidikanInput());
    clock.set('2026-11-23T03:00:00Z');
    c = await flow.act(kader, c, 'start-verification');
    c = await flow.reviewAll(
      perangkat,
      c,
      allDocuments.map((d) => d.code),
    );
    c = await flow.visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: '2026-11-23T02:30:00Z',
      participants: 'Kader Sri',
      findings: 'Layak dibantu.',
      recommendation: 'ELIGIBLE',
    });
    c = await flow.act(kader, c, 'declare-eligible');
    c = await flow.act(kader, c, 'submit-to-village');
    clock.set('2026-11-23T04:00:00Z');
    c = await flow.act(kades, c, 'forward-to-opd');
    expect(c.holder.name).toBe('Dinas Pendidikan Kabupaten Klaten');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await smtp.stop();
  });

  async function sweepBoth(at: string) {
    clock.set(at);
    const [x, y] = await Promise.all([a.server.tickDeadlines(), b.server.tickDeadlines()]);
    await a.server.deliverOutbox();
    return { dueSoon: x.dueSoon + y.dueSoon, overdue: x.overdue + y.overdue, escalated: x.escalated + y.escalated };
  }

  async function escalationNotes(client: GraphQLClient) {
    const res = await client.request<{ notifications: Array<{ kind: string; case: { id: string } }> }>(NOTES);
    return res.notifications.filter((n) => n.kind === 'ESCALATED').map((n) => n.case.id);
  }

  /** Escalation e-mails to a user about the case (the holder's own due-soon and overdue mails aside). */
  const mailsTo = (username: string) =>
    smtp.received.filter(
      (m) =>
        m.to.includes(`${username}@klatenkab.test`) && m.data.includes(c.code) && m.data.includes('Eskalasi tingkat'),
    );

  async function opens(client: GraphQLClient): Promise<boolean> {
    const res = await client.request<{ case: { id: string } | null }>('query ($id: ID!) { case(id: $id) { id } }', {
      id: c.id,
    });
    return res.case?.id === c.id;
  }

  async function queue(client: GraphQLClient) {
    const res = await client.request<{
      cases: {
        edges: Array<{ node: { id: string; escalationLevel: number; escalatedTo: { name: string } | null } }>;
        // holder and inbox too: what the coordinator's "Eskalasi" page shows
      };
    }>(QUEUE);
    return res.cases.edges.map((e) => e.node).filter((n) => n.id === c.id);
  }

  it('the admin sees the seeded chain of Kabupaten Klaten', async () => {
    const res = await admin.request<{ escalationChain: { configured: boolean; levels: unknown[] } }>(CHAIN);
    expect(res.escalationChain).toMatchObject({
      configured: true,
      dueSoonWorkingDays: 1,
      levels: [
        { position: 1, target: 'HOLDER_HEAD', unit: null, windowWorkingDays: 2 },
        {
          position: 2,
          target: 'UNIT',
          unit: { name: 'Tim Penerapan SPM Kabupaten Klaten (Bagian Pemerintahan Setda)' },
          windowWorkingDays: 3,
        },
        { position: 3, target: 'UNIT', unit: { name: 'Pemerintah Kabupaten Klaten' }, windowWorkingDays: 5 },
      ],
    });
  });

  it('tells the holder one working day ahead, and nobody above it', async () => {
    expect(await sweepBoth('2026-11-29T16:59:59Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await sweepBoth('2026-11-29T17:00:00Z')).toEqual({ dueSoon: 1, overdue: 0, escalated: 0 });
    const notes = await opd.request<{ notifications: Array<{ kind: string }> }>(NOTES);
    // (Newest first: the forward told them of the new case in their inbox.)
    expect(notes.notifications.map((n) => n.kind)).toEqual(['DEADLINE_DUE_SOON', 'CASE_RECEIVED']);
    expect(await escalationNotes(koordinator)).toEqual([]);
  });

  it('level 1, just past the deadline: the head of Dinas Pendidikan, in the app and by e-mail', async () => {
    expect(await sweepBoth('2026-11-30T16:59:59Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await sweepBoth('2026-11-30T17:00:00Z')).toEqual({ dueSoon: 0, overdue: 1, escalated: 0 });
    expect(await sweepBoth('2026-12-01T05:00:00Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await escalationNotes(kadis)).toEqual([c.id]);
    expect(await opens(kadis)).toBe(true);
    expect(mailsTo('kadis.pendidikan')).toHaveLength(1);
    expect(await escalationNotes(koordinator)).toEqual([]);
    // The coordinator's queue already shows it (level 1), before the coordinator is told.
    expect(await queue(koordinator)).toEqual([
      {
        id: c.id,
        escalationLevel: 1,
        escalatedTo: { name: 'Dinas Pendidikan Kabupaten Klaten' },
        holder: { name: 'Dinas Pendidikan Kabupaten Klaten' },
        inbox: null,
      },
    ]);
  });

  it('level 2, after 2 working days: Tim Penerapan SPM, whose queue shows the case as escalated to it', async () => {
    expect(await sweepBoth('2026-12-02T16:59:59Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await sweepBoth('2026-12-02T17:00:00Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 1 });
    // E-mails wait for working hours (08:00 WIB).
    expect(await sweepBoth('2026-12-03T01:00:00Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await escalationNotes(koordinator)).toEqual([c.id]);
    expect(await opens(koordinator)).toBe(true);
    expect(mailsTo('koordinator.klaten')).toHaveLength(1);
    const [entry] = await queue(koordinator);
    expect(entry).toEqual({
      id: c.id,
      escalationLevel: 2,
      escalatedTo: { name: 'Tim Penerapan SPM Kabupaten Klaten (Bagian Pemerintahan Setda)' },
      holder: { name: 'Dinas Pendidikan Kabupaten Klaten' },
      inbox: { reason: 'ESCALATED', unit: { name: 'Tim Penerapan SPM Kabupaten Klaten (Bagian Pemerintahan Setda)' } },
    });
    expect(await escalationNotes(sekda)).toEqual([]);
  });

  it('level 3, 3 working days later (a weekend between): the Sekda', async () => {
    expect(await sweepBoth('2026-12-07T16:59:59Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await sweepBoth('2026-12-07T17:00:00Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 1 });
    expect(await sweepBoth('2026-12-21T17:00:00Z')).toEqual({ dueSoon: 0, overdue: 0, escalated: 0 });
    expect(await escalationNotes(sekda)).toEqual([c.id]);
    expect(await opens(sekda)).toBe(true);
    expect(mailsTo('sekda.klaten')).toHaveLength(1);
    // Each level told once, though two instances swept at every instant.
    expect(await escalationNotes(kadis)).toEqual([c.id]);
    expect(await escalationNotes(koordinator)).toEqual([c.id]);
    const events = await a.sql.query<{ level: number; unit: string }>(
      `select (payload->>'level')::int as level, payload->>'unitName' as unit from case_event
        where case_id = $1 and type = 'ESCALATED' order by id`,
      [c.id],
    );
    expect(events.rows).toEqual([
      { level: 1, unit: 'Dinas Pendidikan Kabupaten Klaten' },
      { level: 2, unit: 'Tim Penerapan SPM Kabupaten Klaten (Bagian Pemerintahan Setda)' },
      { level: 3, unit: 'Pemerintah Kabupaten Klaten' },
    ]);
  });

  it('the coordinator takes it up, sets a new due date with a reason, and reassigns it: each on the timeline and audited', async () => {
    clock.set('2026-12-22T02:00:00Z');
    const taken = await koordinator.request<{ takeUpEscalatedCase: { id: string } }>(
      'mutation ($id: ID!, $note: String!) { takeUpEscalatedCase(caseId: $id, note: $note) { id } }',
      { id: c.id, note: 'Rapat dengan Kepala Dinas: data siswa dilengkapi minggu ini.' },
    );
    expect(taken.takeUpEscalatedCase.id).toBe(c.id);

    const refused = await koordinator.raw(
      'mutation ($id: ID!, $d: String!, $r: String!) { setCaseDueDate(caseId: $id, dueDate: $d, reason: $r) { id } }',
      { id: c.id, d: '2026-12-25', r: 'Menunggu data Dapodik.' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');

    const dated = await koordinator.request<{
      setCaseDueDate: { escalationLevel: number; deadline: { dueAt: string; state: string } };
    }>(
      'mutation ($id: ID!, $d: String!, $r: String!) { setCaseDueDate(caseId: $id, dueDate: $d, reason: $r) { escalationLevel deadline { dueAt state } } }',
      { id: c.id, d: '2026-12-29', r: 'Menunggu data Dapodik dari sekolah.' },
    );
    expect(dated.setCaseDueDate).toEqual({
      escalationLevel: 0,
      deadline: { dueAt: '2026-12-29T16:59:59.999Z', state: 'ON_TRACK' },
    });
    expect(await queue(koordinator)).toEqual([]);

    const units = await admin.request<{ orgUnits: Array<{ id: string; name: string }> }>('{ orgUnits { id name } }');
    const sosial = units.orgUnits.find((u) => u.name.startsWith('Dinas Sosial'));
    const moved = await koordinator.request<{ reassignEscalatedCase: { holder: { name: string } } }>(
      'mutation ($id: ID!, $u: ID!, $r: String!) { reassignEscalatedCase(caseId: $id, unitId: $u, reason: $r) { holder { name } } }',
      { id: c.id, u: sosial?.id, r: 'Bantuan ini disalurkan lewat Dinas Sosial.' },
    );
    expect(moved.reassignEscalatedCase.holder.name).toMatch(/^Dinas Sosial/);

    const timeline = await koordinator.request<{
      case: { timeline: Array<{ type: string; reason: string | null; note: string | null; actorName: string | null }> };
    }>('query ($id: ID!) { case(id: $id) { timeline { type reason note actorName } } }', { id: c.id });
    expect(timeline.case.timeline.filter((e) => /^(ESCALATION_|DUE_DATE_SET)/.test(e.type))).toEqual([
      {
        type: 'ESCALATION_TAKEN_UP',
        reason: null,
        note: 'Rapat dengan Kepala Dinas: data siswa dilengkapi minggu ini.',
        actorName: 'Koordinator Tim Penerapan SPM Klaten',
      },
      {
        type: 'DUE_DATE_SET',
        reason: 'Menunggu data Dapodik dari sekolah.',
        note: null,
        actorName: 'Koordinator Tim Penerapan SPM Klaten',
      },
      {
        type: 'ESCALATION_REASSIGNED',
        reason: 'Bantuan ini disalurkan lewat Dinas Sosial.',
        note: null,
        actorName: 'Koordinator Tim Penerapan SPM Klaten',
      },
    ]);
    const audit = await a.sql.query<{ operation: string; outcome: string }>(
      `select operation, outcome from audit_log where (case_id::text = $1 or details->>'caseId' = $1)
         and operation in ('takeUpEscalatedCase', 'setCaseDueDate', 'reassignEscalatedCase') order by id`,
      [c.id],
    );
    expect(audit.rows.map((r) => `${r.operation} ${r.outcome}`)).toEqual([
      'takeUpEscalatedCase OK',
      'setCaseDueDate VALIDATION_FAILED',
      'setCaseDueDate OK',
      'reassignEscalatedCase OK',
    ]);
    // Only the coordinator may: the OPD officer who can read the case is refused.
    const notCoordinator = await kadis.raw(
      'mutation ($id: ID!, $note: String!) { takeUpEscalatedCase(caseId: $id, note: $note) { id } }',
      { id: c.id, note: 'Saya ambil alih.' },
    );
    expect(notCoordinator.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('refuses a chain with a hole on change, in Indonesian and English, and keeps the old one', async () => {
    const units = await admin.request<{ orgUnits: Array<{ id: string; name: string }> }>('{ orgUnits { id name } }');
    const kecamatan = units.orgUnits.find((u) => u.name === 'Kecamatan Cawas');
    const res = await admin.raw(SET_CHAIN, {
      k: '33.10',
      input: {
        dueSoonWorkingDays: 1,
        levels: [
          { target: 'HOLDER_HEAD', windowWorkingDays: 2 },
          { target: 'UNIT', unitId: kecamatan?.id, windowWorkingDays: 3 },
        ],
      },
    });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('ESCALATION_CHAIN_INVALID');
    const fields = error?.extensions?.fields as Array<{ field: string; messages: { id: string; en: string } }>;
    expect(fields).toEqual([
      {
        field: 'levels.1.unitId',
        messages: {
          id: expect.stringMatching(
            /^Tingkat 2: Kecamatan Cawas .* tidak punya anggota aktif yang boleh membuka kasus/,
          ),
          en: expect.stringMatching(
            /^Level 2: Kecamatan Cawas .* has no active member who may open this kabupaten's cases/,
          ),
        },
      },
    ]);
    const chain = await admin.request<{ escalationChain: { levels: unknown[] } }>(CHAIN);
    expect(chain.escalationChain.levels).toHaveLength(3);
  });

  it('refuses to take away the last person of a level, by role or by deactivation, and changes nothing', async () => {
    const units = await admin.request<{ orgUnits: Array<{ id: string; name: string }> }>('{ orgUnits { id name } }');
    const tim = units.orgUnits.find((u) => u.name.startsWith('Tim Penerapan SPM'));
    const ids = await a.sql.query<{ username: string; id: string }>(
      `select username, id from app_user where username in ('koordinator.klaten', 'sekda.klaten')`,
    );
    const idOf = (name: string) => ids.rows.find((r) => r.username === name)?.id;
    const revoked = await admin.raw(
      'mutation ($u: ID!, $o: ID!) { revokeRole(userId: $u, orgUnitId: $o, role: SPM_COORDINATOR) { id } }',
      { u: idOf('koordinator.klaten'), o: tim?.id },
    );
    expect(revoked.errors?.[0]?.extensions?.code).toBe('ESCALATION_CHAIN_INVALID');
    expect(revoked.errors?.[0]?.extensions?.messages).toEqual({
      id: expect.stringMatching(/^Perubahan ini membuat rantai eskalasi berlubang: Tingkat 2: Tim Penerapan SPM/),
      en: expect.stringMatching(/^This change would leave a hole in the escalation chain: Level 2: Tim Penerapan SPM/),
    });
    const deactivated = await admin.raw('mutation ($u: ID!) { setUserActive(userId: $u, active: false) { id } }', {
      u: idOf('sekda.klaten'),
    });
    expect(deactivated.errors?.[0]?.extensions?.code).toBe('ESCALATION_CHAIN_INVALID');
    const still = await a.sql.query<{ n: number }>(
      `select count(*)::int as n from membership m join app_user u on u.id = m.user_id
        where u.active and u.username in ('koordinator.klaten', 'sekda.klaten')`,
    );
    expect(still.rows[0]?.n).toBe(2);
    expect(await opens(sekda)).toBe(true);
  });

  it('refuses to start when a level has nobody who may open the case, naming the kabupaten and the level', async () => {
    await a.sql.query(`update app_user set active = false where username = 'koordinator.klaten'`);
    const error = await startTestServer({ plugins: await loadInstalledPlugins(), sameDatabaseAs: a }).then(
      async (t) => {
        await t.close();
        return null;
      },
      (e: unknown) => e,
    );
    await a.sql.query(`update app_user set active = true where username = 'koordinator.klaten'`);
    expect(error).toBeInstanceOf(StartupError);
    const faults = [...(error as StartupError).faults].filter((f: StartupFault) => f.check === 'escalation');
    expect(faults).toEqual([
      {
        check: 'escalation',
        subject: 'Kabupaten Klaten (33.10)',
        code: 'ESCALATION_CHAIN_INVALID',
        message: expect.stringMatching(/^Level 2: Tim Penerapan SPM Kabupaten Klaten .* has no active member/),
        translation: expect.stringMatching(
          /^Tingkat 2: Tim Penerapan SPM Kabupaten Klaten .* tidak punya anggota aktif/,
        ),
        remedy: expect.stringContaining('Eskalasi'),
      },
    ]);
  });
});
