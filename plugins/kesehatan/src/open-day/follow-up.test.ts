import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lmsValueAt, whoGrowthTables } from '../growth/index.js';
import { bpjsComplaintInput, homeVisit, monitoringInput } from '../kesehatan.fixtures.js';
import kesehatanModule from '../kesehatan.module.js';

/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY = '2026-11-23T02:00:00Z';
const OPEN_DAY = '2026-11-23';
const MOTHER_NIK = '3310055001960003';

const CASE_FIELDS = `id code status version serviceType { id } holder { id name kind }
  applicant { nik } availableActions { id } visits { kind findings }`;

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  serviceType: { id: string };
  holder: { id: string; name: string; kind: string };
  applicant: { nik: string | null } | null;
  availableActions: Array<{ id: string }>;
  visits: Array<{ kind: string; findings: string }>;
}

const LIST = `query { cases(first: 100, filter: { sectorId: "kesehatan" }) { edges { node { id } } } }`;

/** A girl of 400 days whose length is at −2.5 SD (stunted), weight proportionate to it. */
function stuntedGirl() {
  const tables = whoGrowthTables();
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const lengthCm = r1(lmsValueAt(-2.5, tables.lengthForAge.female[400]!));
  const wfl = tables.weightForLength.rows.female[Math.round((lengthCm - tables.weightForLength.start) * 10)]!;
  return { weightKg: r1(lmsValueAt(0, wfl)), lengthCm, position: 'LYING' };
}

describe('open-day follow-up cases: the Pustu follows them from the start, their results feed the recap (issue 7)', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let bidan: GraphQLClient;
  let puskesmas: GraphQLClient;
  let kaderPogung: GraphQLClient;
  let perangkat: GraphQLClient;
  let sessionId: string;
  let followUp: CaseView;
  let pogungCase: CaseView;
  let bpjsCase: CaseView;

  const flow = caseSteps<CaseView>({ fields: CASE_FIELDS, sql: () => t.sql });
  const listed = async (client: GraphQLClient) =>
    (await client.request<{ cases: { edges: Array<{ node: { id: string } }> } }>(LIST)).cases.edges.map(
      (e) => e.node.id,
    );

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock(MONDAY) });
    [kader, bidan, puskesmas, kaderPogung, perangkat] = await Promise.all([
      t.as('kader.gombang'),
      t.as('bidan.gombang'),
      t.as('puskesmas.cawas'),
      t.as('kader.pogung'),
      t.as('perangkat.gombang'),
    ]);
    // Table 1 and 2 at Posyandu Gombang: the stunted girl opens a home-visit follow-up case.
    const session = await kader.request<{ kesehatanOpenDay: { id: string } }>(
      `mutation ($d: String!) { kesehatanOpenDay(date: $d) { id } }`,
      { d: OPEN_DAY },
    );
    sessionId = session.kesehatanOpenDay.id;
    const visit = await kader.request<{ kesehatanRegisterVisitor: { id: string } }>(
      `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { id } }`,
      {
        s: session.kesehatanOpenDay.id,
        input: {
          person: { name: 'Alya Putri', nik: '3310055709250001' },
          guardian: { name: 'Lestari Wulan', nik: MOTHER_NIK, phone: '0812-3456-7001' },
          guardianConsent: true,
          targetGroup: 'TODDLER',
          sex: 'FEMALE',
          birthDate: new Date(Date.parse(`${OPEN_DAY}T00:00:00Z`) - 400 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
    const measured = await kader.request<{ kesehatanRecordMeasurement: { followUps: Array<{ caseId: string }> } }>(
      `mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { followUps { caseId } } }`,
      { v: visit.kesehatanRegisterVisitor.id, input: stuntedGirl() },
    );
    followUp = (await flow.read(kader, measured.kesehatanRecordMeasurement.followUps[0]!.caseId))!;
    // The same kind of case at Posyandu Pogung (another desa of the kecamatan), and a BPJS complaint at Gombang.
    pogungCase = await flow.register(kaderPogung, monitoringInput());
    bpjsCase = await flow.register(kader, bpjsComplaintInput());
  });
  afterAll(() => t?.close());

  it('the Pustu of the desa reads and lists the follow-up case while the kader hold it, with the NIK masked', async () => {
    expect(followUp).toMatchObject({
      status: 'registered',
      serviceType: { id: 'home-visit-monitoring' },
      holder: { name: 'Posyandu Gombang', kind: 'POSYANDU' },
    });
    const asPustu = await flow.read(bidan, followUp);
    expect(asPustu).toMatchObject({ id: followUp.id, code: followUp.code, holder: { name: 'Posyandu Gombang' } });
    expect(asPustu?.applicant?.nik).not.toBe(MOTHER_NIK);
    expect(asPustu?.applicant?.nik).toBe('3310••••••••0003');
    // Reading is not acting: the Pustu has no step to take until the kader submit the recap.
    expect(asPustu?.availableActions).toEqual([]);
    expect(await listed(bidan)).toContain(followUp.id);
    // The Puskesmas over the Pustu covers the kecamatan: it follows it too.
    expect((await flow.read(puskesmas, followUp))?.id).toBe(followUp.id);
    expect(await listed(puskesmas)).toContain(followUp.id);
  });

  it('the Pustu notes its own home visit on the case without holding it; it cannot take the kader’s steps', async () => {
    await flow.expectRefused(bidan, followUp, 'start-monitoring', 'FORBIDDEN');
    // In `registered` no visit may be recorded, by anyone.
    const early = await bidan.error(flow.operations.VISIT, {
      id: followUp.id,
      visit: homeVisit('2026-11-23T05:00:00Z', { participants: 'Bidan Pustu Gombang' }),
    });
    expect(early.extensions?.code).toBe('WRONG_STATE');
    const monitoring = await flow.act(kader, followUp, 'start-monitoring');
    t.clock.set('2026-11-24T03:00:00Z');
    const noted = await flow.visit(
      bidan,
      monitoring,
      homeVisit('2026-11-24T02:30:00Z', {
        participants: 'Bidan Pustu Gombang, ibu Lestari Wulan',
        findings: 'Panjang badan 70 cm, anak aktif; ibu diajari MP-ASI dengan lauk hewani setiap hari.',
      }),
    );
    expect(noted.visits).toEqual([
      { kind: 'HOME', findings: 'Panjang badan 70 cm, anak aktif; ibu diajari MP-ASI dengan lauk hewani setiap hari.' },
    ]);
    expect(noted.holder.name).toBe('Posyandu Gombang');
    const row = await t.sql.query<{ n: string }>(
      `select count(*) as n from visit v join app_user u on u.id = v.recorded_by_id where v.case_id = $1 and u.username = 'bidan.gombang'`,
      [followUp.id],
    );
    expect(row.rows[0]?.n).toBe('1');
    followUp = noted;
  });

  it('the Pustu of another desa does not see the follow-up: NOT_FOUND, not listed, no visit', async () => {
    // Pustu Gombang is "another desa's Pustu" for Posyandu Pogung's case.
    expect(await flow.read(bidan, pogungCase)).toBeNull();
    expect(await listed(bidan)).not.toContain(pogungCase.id);
    const error = await bidan.error(flow.operations.VISIT, {
      id: pogungCase.id,
      visit: homeVisit('2026-11-24T02:30:00Z'),
    });
    expect(error.extensions?.code).toBe('NOT_FOUND');
    // The Puskesmas covers both desa of its kecamatan.
    expect((await flow.read(puskesmas, pogungCase))?.id).toBe(pogungCase.id);
  });

  it('a Kesehatan case of another service type stays invisible to the Pustu and the Puskesmas until routed to them', async () => {
    expect(bpjsCase.serviceType.id).toBe('bpjs-inactive');
    for (const client of [bidan, puskesmas]) {
      expect(await flow.read(client, bpjsCase)).toBeNull();
      expect(await listed(client)).not.toContain(bpjsCase.id);
    }
    expect(await listed(kader)).toEqual(expect.arrayContaining([followUp.id, bpjsCase.id]));
  });

  it('the home visits and how the case closed feed the recap: counts for the village, the story per child for the kader and Pustu', async () => {
    // The kader visit too, submit the recap to the Pustu, and the Pustu closes: nothing more to follow up.
    t.clock.set('2026-11-25T03:00:00Z');
    const kaderFindings = 'BB naik 0,3 kg sejak hari buka; ibu sudah memberi telur dan ikan setiap hari.';
    let c = await flow.visit(kader, followUp, homeVisit('2026-11-25T02:00:00Z', { findings: kaderFindings }));
    c = await flow.act(kader, c, 'submit-recap', {
      note: 'Dua kunjungan rumah; pola makan membaik, panjang badan dipantau.',
    });
    const closingNote = 'Tumbuh kejar baik; dipantau lagi di hari buka Desember.';
    c = await flow.act(bidan, c, 'close-no-follow-up', { note: closingNote });
    expect(c.status).toBe('no-follow-up-needed');

    const RECAP = `query ($s: ID!) { kesehatanOpenDayRecap(sessionId: $s) {
      followUpsOpened followUpsOpen followUpsDone homeVisits followUpsVisited followUpsByStatus { key count }
      followUpOutcomes { caseCode personName risks { id } status closed outcome homeVisits lastFindings closingNote } } }`;
    type Recap = {
      kesehatanOpenDayRecap: Record<string, unknown> & { followUpOutcomes: Array<Record<string, unknown>> | null };
    };
    // Recomputed from the database: the visits recorded on the cases this day's risks opened.
    const fromDb = await t.sql.query<{ cases: string; visits: string; visited: string; closed: string }>(
      `select count(distinct c.id) as cases, count(v.id) filter (where v.kind = 'HOME') as visits,
              count(distinct v.case_id) filter (where v.kind = 'HOME') as visited,
              count(distinct c.id) filter (where c.closed_at is not null) as closed
       from kesehatan_follow_up f join kesehatan_open_day_visit ov on ov.id = f.visit_id
       join spm_case c on c.id = f.case_id left join visit v on v.case_id = c.id
       where ov.session_id = $1`,
      [sessionId],
    );
    const db = fromDb.rows[0]!;
    const counts = {
      followUpsOpened: Number(db.cases),
      followUpsOpen: Number(db.cases) - Number(db.closed),
      followUpsDone: Number(db.closed),
      homeVisits: Number(db.visits),
      followUpsVisited: Number(db.visited),
      followUpsByStatus: [{ key: 'no-follow-up-needed', count: 1 }],
    };
    expect(counts).toMatchObject({ followUpsOpened: 1, homeVisits: 2, followUpsDone: 1 });

    const asKader = (await kader.request<Recap>(RECAP, { s: sessionId })).kesehatanOpenDayRecap;
    expect(asKader).toMatchObject(counts);
    expect(asKader.followUpOutcomes).toEqual([
      {
        caseCode: followUp.code,
        personName: 'Alya Putri',
        risks: [{ id: expect.stringMatching(/pendek/i) }],
        status: 'no-follow-up-needed',
        closed: true,
        outcome: 'COMPLETED',
        homeVisits: 2,
        lastFindings: kaderFindings,
        closingNote,
      },
    ]);
    expect((await bidan.request<Recap>(RECAP, { s: sessionId })).kesehatanOpenDayRecap.followUpOutcomes).toEqual(
      asKader.followUpOutcomes,
    );
    // The village government gets the same counts and nobody's name or findings.
    const asVillage = (await perangkat.request<Recap>(RECAP, { s: sessionId })).kesehatanOpenDayRecap;
    expect(asVillage).toEqual({ ...asKader, followUpOutcomes: null });

    const download = async (client: GraphQLClient) =>
      (
        await fetch(`${t.url}/plugins/kesehatan/open-day/recap?sessionId=${sessionId}&format=csv`, {
          headers: { authorization: `Bearer ${client.token}` },
        })
      ).text();
    const [kaderCsv, villageCsv] = await Promise.all([download(kader), download(perangkat)]);
    for (const csv of [kaderCsv, villageCsv]) {
      expect(csv).toContain('tindak-lanjut,homeVisits,Kunjungan rumah dilakukan,2');
      expect(csv).toContain('tindak-lanjut,followUpsVisited,Kasus sudah dikunjungi,1');
      expect(csv).toContain('status-tindak-lanjut,no-follow-up-needed,');
    }
    expect(kaderCsv).toContain(`hasil-tindak-lanjut,${followUp.code},Alya Putri (${OPEN_DAY}):`);
    expect(kaderCsv).toContain(`penutupan: ${closingNote}`);
    expect(villageCsv).not.toContain('Alya Putri');
    expect(villageCsv).not.toContain(kaderFindings);
  });
});
