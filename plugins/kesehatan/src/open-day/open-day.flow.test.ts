import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lmsValueAt, whoGrowthTables, type Sex } from '../growth/index.js';
import { TARGET_GROUP_VALUES, type TargetGroup } from '../target-groups.js';
import kesehatanModule from '../kesehatan.module.js';

/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY = '2026-11-23T02:00:00Z';
const OPEN_DAY = '2026-11-23';
/** Registered Monday 23 November → due at the end (23:59:59 WIB) of Monday 30 November (DESIGN §7). */
const DUE_30_NOV = '2026-11-30T16:59:59.999Z';

const VISIT = `id queueNumber station targetGroup recordedInBook counsellingTopics
  person { id name nik } guardian { name nik }
  measurement { ageInDays weightKg lengthCm zScores { indicator zScore category } risks { indicator code child } remeasure }
  services { immunizations vitaminA supplementaryFeeding }
  followUps { indicator code caseId caseCode caseStatus dueAt }`;
const RECAP = `period sessions visitors visitorsByTargetGroup { key count } childrenWeighed childrenAtRisk
  risksByCategory { indicator code child people } followUpsOpened followUpsOpen followUpsDone
  immunized vitaminA supplementaryFeeding counselled followUpPlans`;

const OPEN = `mutation ($date: String!) { kesehatanOpenDay(date: $date) { id status heldOn } }`;
const REGISTER = `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { ${VISIT} } }`;
const MEASURE = `mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { ${VISIT} } }`;
const RECORDING = `mutation ($v: ID!) { kesehatanRecordRecording(visitId: $v, note: "KMS diisi") { ${VISIT} } }`;
const SERVICE = `mutation ($v: ID!, $input: KesehatanHealthServiceInput!) { kesehatanRecordHealthService(visitId: $v, input: $input) { ${VISIT} } }`;
const COUNSEL = `mutation ($v: ID!, $topics: [String!]!) { kesehatanRecordCounselling(visitId: $v, topics: $topics) { ${VISIT} } }`;
const BOARD = `query ($s: ID!) { kesehatanOpenDayBoard(sessionId: $s) { session { status } stations { station visitors } visits { ${VISIT} } } }`;
const SESSION_RECAP = `query ($s: ID!) { kesehatanOpenDayRecap(sessionId: $s) { ${RECAP} } }`;
const MONTH_RECAP = `query ($p: ID!, $m: String!) { kesehatanMonthlyRecap(posyanduId: $p, month: $m) { ${RECAP} } }`;

interface VisitView {
  id: string;
  queueNumber: number;
  station: string;
  targetGroup: TargetGroup;
  recordedInBook: boolean;
  counsellingTopics: string[];
  person: { id: string; name: string; nik: string | null };
  guardian: { name: string; nik: string | null } | null;
  measurement: {
    ageInDays: number | null;
    zScores: Array<{ indicator: string; zScore: number; category: string }>;
    risks: Array<{ indicator: string; code: string; child: boolean }>;
  } | null;
  services: { immunizations: string[]; vitaminA: boolean; supplementaryFeeding: boolean } | null;
  followUps: Array<{
    indicator: string;
    code: string;
    caseId: string;
    caseCode: string;
    caseStatus: string;
    dueAt: string;
  }>;
}

interface Recap {
  period: string;
  sessions: number;
  visitors: number;
  visitorsByTargetGroup: Array<{ key: string; count: number }>;
  childrenWeighed: number;
  childrenAtRisk: number;
  risksByCategory: Array<{ indicator: string; code: string; child: boolean; people: number }>;
  followUpsOpened: number;
  followUpsOpen: number;
  followUpsDone: number;
  immunized: number;
  vitaminA: number;
  supplementaryFeeding: number;
  counselled: number;
  followUpPlans: string[];
}

/** A valid NIK: Klaten/Cawas region, birth date (women: day + 40), sequence. */
function nik(birthDate: string, sex: Sex, seq: number): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (sex === 'female' ? 40 : 0);
  return `331005${String(day).padStart(2, '0')}${m}${y!.slice(2)}${String(seq).padStart(4, '0')}`;
}

/** Names take letters only: Sasaran Aa, Sasaran Ab, … */
const letters = (i: number) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;

function birthDateDaysBefore(days: number): string {
  return new Date(Date.parse(`${OPEN_DAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const tables = whoGrowthTables();
const r1 = (x: number) => Math.round(x * 10) / 10;
/** The WHO median (z = 0) of each measurement: a child with no risk at all. */
function medianChild(sex: Sex, days: number) {
  return {
    weightKg: r1(lmsValueAt(0, tables.weightForAge[sex][days]!)),
    lengthCm: r1(lmsValueAt(0, tables.lengthForAge[sex][days]!)),
    position: days < 731 ? 'LYING' : 'STANDING',
    headCircumferenceCm: r1(lmsValueAt(0, tables.headCircumferenceForAge[sex][days]!)),
  };
}
const wflRow = (sex: Sex, lengthCm: number) =>
  tables.weightForLength.rows[sex][Math.round((lengthCm - tables.weightForLength.start) * 10)]!;

interface Plan {
  group: TargetGroup;
  sex: Sex;
  ageDays: number;
  measurement: Record<string, unknown>;
  /** The findings table 2 must report, by design of the measurement (indicator:code). */
  expectedRisks: string[];
}

/**
 * The 40 visitors of the day: every target group; children at the WHO median
 * (no risk) except three designed to be at risk:
 * - a girl of 400 days, length at −2.5 SD with a weight proportionate to it: stunted only;
 * - a boy of 700 days, median length, weight at −3.5 SD for his length: severely wasted (and underweight);
 * - a newborn boy of 20 days, head circumference at −2.5 SD: microcephaly.
 * Adults: LiLA and blood pressure in the normal range (no KEK, not high).
 */
function visitorsOfTheDay(): Plan[] {
  const plans: Plan[] = [];
  const adult = (group: TargetGroup, sex: Sex, years: number, measurement: Record<string, unknown>) =>
    plans.push({ group, sex, ageDays: Math.round(years * 365.25), measurement, expectedRisks: [] });
  const child = (group: TargetGroup, sex: Sex, ageDays: number) =>
    plans.push({ group, sex, ageDays, measurement: medianChild(sex, ageDays), expectedRisks: [] });
  for (let i = 0; i < 5; i += 1)
    adult('PREGNANT', 'female', 24 + i, { weightKg: 55 + i, lilaCm: 25 + i / 2, systolic: 110, diastolic: 70 });
  for (let i = 0; i < 3; i += 1)
    adult('GIVING_BIRTH', 'female', 27 + i, { weightKg: 58, systolic: 115, diastolic: 75 });
  for (let i = 0; i < 5; i += 1) adult('BREASTFEEDING', 'female', 25 + i, { weightKg: 54, lilaCm: 26 });
  for (let i = 0; i < 3; i += 1) child('NEWBORN', i % 2 ? 'female' : 'male', 5 + i * 7);
  for (let i = 0; i < 12; i += 1) child('TODDLER', i % 2 ? 'female' : 'male', 60 + i * 140);
  for (let i = 0; i < 4; i += 1)
    adult('SCHOOL_AGE_TEEN', i % 2 ? 'female' : 'male', 8 + i * 2, { weightKg: 25 + i * 6 });
  for (let i = 0; i < 5; i += 1)
    adult('ELDERLY', i % 2 ? 'female' : 'male', 62 + i * 3, { weightKg: 55, systolic: 125, diastolic: 80 });

  const stuntedLength = r1(lmsValueAt(-2.5, tables.lengthForAge.female[400]!));
  plans.push({
    group: 'TODDLER',
    sex: 'female',
    ageDays: 400,
    measurement: {
      ...medianChild('female', 400),
      lengthCm: stuntedLength,
      weightKg: r1(lmsValueAt(0, wflRow('female', stuntedLength))),
    },
    expectedRisks: ['lengthHeightForAge:STUNTED'],
  });
  const boyLength = r1(lmsValueAt(0, tables.lengthForAge.male[700]!));
  plans.push({
    group: 'TODDLER',
    sex: 'male',
    ageDays: 700,
    measurement: { ...medianChild('male', 700), weightKg: r1(lmsValueAt(-3.5, wflRow('male', boyLength))) },
    expectedRisks: ['weightForAge:UNDERWEIGHT', 'weightForLengthHeight:SEVERELY_WASTED'],
  });
  plans.push({
    group: 'NEWBORN',
    sex: 'male',
    ageDays: 20,
    measurement: {
      ...medianChild('male', 20),
      headCircumferenceCm: r1(lmsValueAt(-2.5, tables.headCircumferenceForAge.male[20]!)),
    },
    expectedRisks: ['headCircumferenceForAge:MICROCEPHALY'],
  });
  return plans;
}

const CHILD_GROUPS: readonly TargetGroup[] = ['NEWBORN', 'TODDLER'];

describe('Kesehatan open day: 40 visitors through the five tables over GraphQL', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let bidan: GraphQLClient;
  let perangkat: GraphQLClient;
  let otherKader: GraphQLClient;
  let trantibum: GraphQLClient;
  let sessionId: string;
  let posyanduId: string;
  const plans = visitorsOfTheDay();
  const visits: VisitView[] = [];

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock(MONDAY) });
    [kader, bidan, perangkat, otherKader, trantibum] = await Promise.all([
      t.as('kader.gombang'),
      t.as('bidan.gombang'),
      t.as('perangkat.gombang'),
      t.as('kader.pogung'),
      t.as('trantibum.gombang'),
    ]);
    const opened = await kader.request<{ kesehatanOpenDay: { id: string; status: string } }>(OPEN, { date: OPEN_DAY });
    sessionId = opened.kesehatanOpenDay.id;
    const row = await t.sql.query<{ posyandu_id: string }>('select posyandu_id from kesehatan_open_day_session');
    posyanduId = row.rows[0]!.posyandu_id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('runs the day: every visitor through tables 1–5, the board live, z-scores at table 2', async () => {
    expect(plans).toHaveLength(40);
    expect(new Set(plans.map((p) => p.group))).toEqual(new Set(TARGET_GROUP_VALUES));
    // A second kader opening the day on her phone gets the same session.
    const again = await kader.request<{ kesehatanOpenDay: { id: string } }>(OPEN, { date: OPEN_DAY });
    expect(again.kesehatanOpenDay.id).toBe(sessionId);

    const live = t.subscribe<{
      kesehatanOpenDayBoardChanged: { stations: Array<{ station: string; visitors: number }> };
    }>(
      bidan.token,
      'subscription ($s: ID!) { kesehatanOpenDayBoardChanged(sessionId: $s) { stations { station visitors } } }',
      { s: sessionId },
    );
    await live.waitFor(1);

    for (const [i, plan] of plans.entries()) {
      const birthDate = birthDateDaysBefore(plan.ageDays);
      const isChild = CHILD_GROUPS.includes(plan.group) || plan.group === 'SCHOOL_AGE_TEEN';
      const mother = {
        name: `Ibu ${letters(i)}`,
        nik: nik(birthDateDaysBefore(30 * 365), 'female', 500 + i),
        phone: '0812-2765-4410',
      };
      const input = {
        person: {
          name: `Sasaran ${letters(i)}`,
          // Half of the children have no NIK yet: their mother's identifies the family.
          nik: isChild && i % 2 ? null : nik(birthDate, plan.sex, i + 1),
        },
        guardian: isChild ? mother : null,
        // UU 27/2022: the mother agrees to her child's health data being recorded.
        guardianConsent: isChild ? true : null,
        targetGroup: plan.group,
        sex: plan.sex.toUpperCase(),
        birthDate,
      };
      // Table 1, 2, 3 and 5: the kader; table 4: the bidan.
      const registered = await kader.request<{ kesehatanRegisterVisitor: VisitView }>(REGISTER, {
        s: sessionId,
        input,
      });
      expect(registered.kesehatanRegisterVisitor).toMatchObject({ queueNumber: i + 1, station: 'MEASUREMENT' });
      const id = registered.kesehatanRegisterVisitor.id;
      const measured = (
        await kader.request<{ kesehatanRecordMeasurement: VisitView }>(MEASURE, { v: id, input: plan.measurement })
      ).kesehatanRecordMeasurement;
      expect(measured.station).toBe('RECORDING');
      expect(measured.measurement!.risks.map((r) => `${r.indicator}:${r.code}`).sort()).toEqual(
        [...plan.expectedRisks].sort(),
      );
      if (CHILD_GROUPS.includes(plan.group)) {
        expect(measured.measurement!.ageInDays).toBe(plan.ageDays);
        expect(measured.measurement!.zScores.map((z) => z.indicator)).toEqual(
          expect.arrayContaining(['weightForAge', 'lengthHeightForAge', 'weightForLengthHeight', 'bmiForAge']),
        );
      } else {
        expect(measured.measurement!.zScores).toEqual([]);
      }
      await kader.request(RECORDING, { v: id });
      await bidan.request(SERVICE, {
        v: id,
        input: {
          immunizations: plan.group === 'NEWBORN' ? ['HB0', 'BCG'] : [],
          vitaminA: plan.group === 'TODDLER',
          supplementaryFeeding: plan.group === 'TODDLER' || plan.group === 'PREGNANT',
        },
      });
      const done = (
        await kader.request<{ kesehatanRecordCounselling: VisitView }>(COUNSEL, {
          v: id,
          topics: plan.group === 'ELDERLY' ? ['HYPERTENSION'] : ['NUTRITION'],
        })
      ).kesehatanRecordCounselling;
      expect(done.station).toBe('DONE');
      visits.push(done);
    }

    // The board: everyone done, in queue order; the bidan's subscription saw the moves.
    const board = await kader.request<{
      kesehatanOpenDayBoard: { stations: Array<{ station: string; visitors: number }>; visits: VisitView[] };
    }>(BOARD, { s: sessionId });
    expect(board.kesehatanOpenDayBoard.visits.map((v) => v.queueNumber)).toEqual(plans.map((_, i) => i + 1));
    expect(board.kesehatanOpenDayBoard.stations.find((s) => s.station === 'DONE')?.visitors).toBe(40);
    await live.waitFor(2);
    const deadline = Date.now() + 10_000;
    while (
      live.received.at(-1)?.kesehatanOpenDayBoardChanged.stations.find((s) => s.station === 'DONE')?.visitors !== 40
    ) {
      if (Date.now() > deadline) throw new Error('the live board never showed all 40 visitors done');
      await new Promise((r) => setTimeout(r, 50));
    }
    await live.close();
  }, 180_000);

  it('opens exactly one home-visit case per at-risk child, held by the Posyandu, due in 5 working days', async () => {
    const atRisk = visits.filter((v) => v.followUps.length);
    expect(atRisk.map((v) => v.queueNumber)).toEqual([38, 39, 40]);
    const caseIds = new Set(atRisk.flatMap((v) => v.followUps.map((f) => f.caseId)));
    expect(caseIds.size).toBe(3);
    for (const v of atRisk) {
      const plan = plans[v.queueNumber - 1]!;
      expect(v.followUps.map((f) => `${f.indicator}:${f.code}`).sort()).toEqual([...plan.expectedRisks].sort());
      expect(new Set(v.followUps.map((f) => f.caseId)).size).toBe(1);
      expect(v.followUps[0]).toMatchObject({ caseStatus: 'registered', dueAt: DUE_30_NOV });
    }
    const rows = await t.sql.query<{
      id: string;
      service_type_id: string;
      holder: string;
      due_at: Date;
      facts: Record<string, unknown>;
    }>(
      `select c.id, c.service_type_id, u.name as holder, c.due_at, c.facts from spm_case c join org_unit u on u.id = c.holder_id
       where c.sector_id = 'kesehatan'`,
    );
    expect(rows.rows).toHaveLength(3);
    for (const c of rows.rows) {
      expect(c).toMatchObject({ service_type_id: 'home-visit-monitoring', holder: 'Posyandu Gombang' });
      expect(c.due_at.toISOString()).toBe(DUE_30_NOV);
      expect(c.facts).toMatchObject({ lastOpenDayDate: OPEN_DAY });
    }
    // Re-measuring a child at risk does not open a second case.
    const boy = atRisk.find((v) => v.queueNumber === 39)!;
    const again = (
      await kader.request<{ kesehatanRecordMeasurement: VisitView }>(MEASURE, {
        v: boy.id,
        input: plans[38]!.measurement,
      })
    ).kesehatanRecordMeasurement;
    // One follow-up per finding (weight-for-age and weight-for-length; IMT/U adds no second "Gizi buruk").
    expect(again.followUps.map((f) => `${f.indicator}:${f.code}`).sort()).toEqual([...plans[38]!.expectedRisks].sort());
    expect((await t.sql.query('select 1 from spm_case')).rowCount).toBe(3);

    // The Pustu sees the cases through the core's workflow; the kader holds them (they appear in her queue).
    const queue = await kader.request<{ cases: { edges: Array<{ node: { id: string } }> } }>(
      '{ cases(first: 10, filter: { sectorId: "kesehatan" }) { edges { node { id } } } }',
    );
    expect(new Set(queue.cases.edges.map((e) => e.node.id))).toEqual(caseIds);
  });

  it('recaps the day and the month: numbers recomputed here from the visitors as planned', async () => {
    // One follow-up is done: the kader stops monitoring a family that moved away.
    const stopped = visits[39]!.followUps[0]!.caseId;
    const { case: c } = await kader.request<{ case: { version: number } }>(
      'query ($id: ID!) { case(id: $id) { version } }',
      { id: stopped },
    );
    await kader.request(
      `mutation ($id: ID!, $v: Int!) { performAction(caseId: $id, action: "stop-monitoring", expectedVersion: $v,
        input: { reason: "Keluarga pindah ke luar desa." }) { id } }`,
      { id: stopped, v: c.version },
    );
    await kader.request(
      'mutation ($s: ID!) { kesehatanCloseOpenDay(sessionId: $s, followUpPlan: "Kunjungan rumah 3 balita berisiko; PMT lokal untuk balita gizi kurang.") { status } }',
      { s: sessionId },
    );

    const risky = plans.filter((p) => p.expectedRisks.length);
    const categories = new Map<string, number>();
    for (const p of risky) for (const r of p.expectedRisks) categories.set(r, (categories.get(r) ?? 0) + 1);
    const expected = {
      period: OPEN_DAY,
      sessions: 1,
      visitors: 40,
      visitorsByTargetGroup: TARGET_GROUP_VALUES.map((g) => ({
        key: g,
        count: plans.filter((p) => p.group === g).length,
      })),
      childrenWeighed: plans.filter((p) => CHILD_GROUPS.includes(p.group)).length,
      childrenAtRisk: risky.length,
      risksByCategory: [...categories.entries()]
        .map(([key, people]) => ({ indicator: key.split(':')[0], code: key.split(':')[1], child: true, people }))
        .sort((a, b) => a.indicator!.localeCompare(b.indicator!) || a.code!.localeCompare(b.code!)),
      followUpsOpened: 3,
      followUpsOpen: 2,
      followUpsDone: 1,
      immunized: plans.filter((p) => p.group === 'NEWBORN').length,
      vitaminA: plans.filter((p) => p.group === 'TODDLER').length,
      supplementaryFeeding: plans.filter((p) => p.group === 'TODDLER' || p.group === 'PREGNANT').length,
      counselled: 40,
      followUpPlans: [`${OPEN_DAY}: Kunjungan rumah 3 balita berisiko; PMT lokal untuk balita gizi kurang.`],
    };
    // 3 newborns and 12 toddlers at the median, and the 3 children at risk.
    expect(expected.childrenWeighed).toBe(18);
    // The village government and the Pustu read the recap; so does the kader.
    for (const reader of [perangkat, bidan, kader]) {
      const day = await reader.request<{ kesehatanOpenDayRecap: Recap }>(SESSION_RECAP, { s: sessionId });
      expect(day.kesehatanOpenDayRecap).toEqual(expected);
    }
    const month = await perangkat.request<{ kesehatanMonthlyRecap: Recap }>(MONTH_RECAP, {
      p: posyanduId,
      m: '2026-11',
    });
    expect(month.kesehatanMonthlyRecap).toEqual({ ...expected, period: '2026-11' });

    // Downloads, with the same login.
    const csv = await fetch(`${t.url}/plugins/kesehatan/open-day/recap?sessionId=${sessionId}&format=csv`, {
      headers: { authorization: `Bearer ${perangkat.token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('rekap-hari-buka-2026-11-23.csv');
    const text = await csv.text();
    expect(text).toContain('ringkasan,visitors,Pengunjung,40');
    expect(text).toContain(`balita,childrenAtRisk,Balita berisiko,${risky.length}`);
    expect(text).toContain('tindak-lanjut,followUpsDone,Selesai,1');
    const xlsx = await fetch(
      `${t.url}/plugins/kesehatan/open-day/recap?posyanduId=${posyanduId}&month=2026-11&format=xlsx`,
      {
        headers: { authorization: `Bearer ${bidan.token}` },
      },
    );
    expect(xlsx.status).toBe(200);
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    // "Visitors: 40" on row 4, the number as a number (the labels are shared strings).
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('Pengunjung');
    expect(sheet).toMatch(/<c r="D4"><v>40<\/v><\/c>/);
    const anonymous = await fetch(`${t.url}/plugins/kesehatan/open-day/recap?sessionId=${sessionId}`);
    expect(anonymous.status).toBe(401);
    const refused = await fetch(`${t.url}/plugins/kesehatan/open-day/recap?sessionId=${sessionId}`, {
      headers: { authorization: `Bearer ${otherKader.token}` },
    });
    expect(refused.status).toBe(404);
  });

  it('hides the measurements from another Posyandu’s kader and from roles outside health', async () => {
    const someone = visits[20]!.id;
    for (const outsider of [otherKader, trantibum]) {
      expect((await outsider.error(BOARD, { s: sessionId })).extensions?.code).toBe('NOT_FOUND');
      expect((await outsider.error(SESSION_RECAP, { s: sessionId })).extensions?.code).toBe('NOT_FOUND');
      expect((await outsider.error(MEASURE, { v: someone, input: { weightKg: 10 } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
    }
    // The village government reads the recap, not the measurements.
    expect((await perangkat.error(BOARD, { s: sessionId })).extensions?.code).toBe('NOT_FOUND');
    // The bidan reads them with NIKs masked; the Posyandu's kader reads them in full.
    const seen = await bidan.request<{ kesehatanOpenDayBoard: { visits: VisitView[] } }>(BOARD, { s: sessionId });
    expect(seen.kesehatanOpenDayBoard.visits[0]!.person.nik).toMatch(/^3310•{8}\d{4}$/);
    const full = await kader.request<{ kesehatanOpenDayBoard: { visits: VisitView[] } }>(BOARD, { s: sessionId });
    expect(full.kesehatanOpenDayBoard.visits[0]!.person.nik).toMatch(/^\d{16}$/);
    // Another Posyandu's kader cannot open a subscription to the board either.
    const sub = t.subscribe(
      otherKader.token,
      'subscription ($s: ID!) { kesehatanOpenDayBoardChanged(sessionId: $s) { session { status } } }',
      {
        s: sessionId,
      },
    );
    expect(await sub.waitFor(1, 5_000)).toEqual([]);
    expect(sub.errors[0]?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await sub.close();
  });
});
