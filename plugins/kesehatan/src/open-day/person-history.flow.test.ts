import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHO_GROWTH_DIR } from '../growth/index.js';
import kesehatanModule from '../kesehatan.module.js';

/** Monday 23 November 2026, 09:00 WIB: the fourth monthly open day. */
const MONDAY = '2026-11-23T02:00:00Z';
const BIRTH = '2025-10-20';
/** Four monthly open days of Posyandu Gombang; the girl, measured lying, falls below −2 SD length-for-age. */
const DAYS = [
  { date: '2026-08-24', weightKg: 8.0, lengthCm: 66.8, headCircumferenceCm: 43.0 },
  { date: '2026-09-21', weightKg: 8.2, lengthCm: 67.3, headCircumferenceCm: 43.4 },
  { date: '2026-10-19', weightKg: 8.3, lengthCm: 67.7, headCircumferenceCm: 43.7 },
  { date: '2026-11-23', weightKg: 8.4, lengthCm: 68.0, headCircumferenceCm: 44.0 },
];
const GIRL = { name: 'Nayla Putri', nik: '3310056010250001' };
const MOTHER = { name: 'Rini Astuti', nik: '3310054506950003', phone: '0813-2900-7788' };

const OPEN = `mutation ($date: String!) { kesehatanOpenDay(date: $date) { id } }`;
const REGISTER = `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { id person { id } } }`;
const MEASURE = `mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { id } }`;
const SERVICE = `mutation ($v: ID!, $input: KesehatanHealthServiceInput!) { kesehatanRecordHealthService(visitId: $v, input: $input) { id } }`;
const COUNSEL = `mutation ($v: ID!, $topics: [String!]!) { kesehatanRecordCounselling(visitId: $v, topics: $topics) { id } }`;
const HISTORY = `query ($p: ID!) { kesehatanPersonHistory(personId: $p) {
  person { id name nik } sex birthDate targetGroups { targetGroup from to visits }
  visits { heldOn posyanduId posyanduName ageInDays ageMonths ageDays
    growthPoints { chart x y zScore category label { id en } }
    visit { id measurement { weightKg zScores { indicator zScore category } }
      services { immunizations vitaminA supplementaryFeeding } counsellingTopics
      followUps { code caseId caseCode caseStatus } } } } }`;
const REFERENCE = `query ($i: KesehatanGrowthChart!, $s: KesehatanSex!) {
  kesehatanGrowthReference(indicator: $i, sex: $s) { indicator sex xUnit yUnit rows { x measure sdNeg3 sdNeg2 median sd2 sd3 } } }`;

interface History {
  person: { id: string; name: string; nik: string };
  sex: string;
  birthDate: string;
  targetGroups: Array<{ targetGroup: string; from: string; to: string; visits: number }>;
  visits: Array<{
    heldOn: string;
    posyanduName: string;
    ageInDays: number;
    ageMonths: number;
    ageDays: number;
    growthPoints: Array<{ chart: string; x: number; y: number; zScore: number; category: string }>;
    visit: {
      measurement: { weightKg: number; zScores: Array<{ indicator: string; zScore: number; category: string }> };
      services: { immunizations: string[]; vitaminA: boolean } | null;
      counsellingTopics: string[];
      followUps: Array<{ code: string; caseId: string; caseCode: string; caseStatus: string }>;
    };
  }>;
}
interface ReferenceRow {
  x: number;
  measure: string | null;
  sdNeg3: number;
  sdNeg2: number;
  median: number;
  sd2: number;
  sd3: number;
}

/** One row of a WHO LMS file read straight from disk, independent of the growth module's loader. */
function lmsRow(file: string, sex: 1 | 2, key: number): { l: number; m: number; s: number } {
  const lines = readFileSync(path.join(WHO_GROWTH_DIR, file), 'utf8').split(/\r?\n/);
  const cells = lines.map((l) => l.split('\t')).find((c) => Number(c[0]) === sex && Number(c[1]) === key);
  if (!cells) throw new Error(`${file}: no row for sex ${sex}, key ${key}`);
  return { l: Number(cells[2]), m: Number(cells[3]), s: Number(cells[4]) };
}
const atSd = (k: number, { l, m, s }: { l: number; m: number; s: number }) => m * (1 + l * s * k) ** (1 / l);
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('a person’s history and the growth chart (issue 7)', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let bidan: GraphQLClient;
  let otherKader: GraphQLClient;
  let perangkat: GraphQLClient;
  let personId: string;
  /** A boy seen once, on the last day (stunted too, so both have a follow-up case to look up). */
  let oncePersonId: string;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock(MONDAY) });
    [kader, bidan, otherKader, perangkat] = await Promise.all([
      t.as('kader.gombang'),
      t.as('bidan.gombang'),
      t.as('kader.pogung'),
      t.as('perangkat.gombang'),
    ]);
    for (const [i, day] of DAYS.entries()) {
      const s = (await kader.request<{ kesehatanOpenDay: { id: string } }>(OPEN, { date: day.date })).kesehatanOpenDay;
      const visit = (
        await kader.request<{ kesehatanRegisterVisitor: { id: string; person: { id: string } } }>(REGISTER, {
          s: s.id,
          input: {
            person: GIRL,
            guardian: MOTHER,
            guardianConsent: true,
            targetGroup: 'TODDLER',
            sex: 'FEMALE',
            birthDate: BIRTH,
          },
        })
      ).kesehatanRegisterVisitor;
      personId = visit.person.id;
      const { date: _date, ...values } = day;
      await kader.request(MEASURE, { v: visit.id, input: { ...values, position: 'LYING' } });
      if (i === DAYS.length - 1) {
        const once = await kader.request<{ kesehatanRegisterVisitor: { id: string; person: { id: string } } }>(
          REGISTER,
          {
            s: s.id,
            input: {
              person: { name: 'Bima Saputra', nik: '3310051503250002' },
              guardian: MOTHER,
              guardianConsent: true,
              targetGroup: 'TODDLER',
              sex: 'MALE',
              birthDate: '2025-03-15',
            },
          },
        );
        oncePersonId = once.kesehatanRegisterVisitor.person.id;
        await kader.request(MEASURE, {
          v: once.kesehatanRegisterVisitor.id,
          input: { weightKg: 9.4, lengthCm: 76.0, position: 'LYING' },
        });
      }
      if (i === 0) {
        await bidan.request(SERVICE, { v: visit.id, input: { immunizations: ['MR_1'], vitaminA: true } });
        await kader.request(COUNSEL, { v: visit.id, topics: ['COMPLEMENTARY_FEEDING'] });
      }
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records an open day up to 92 days back (the first above, 2026-08-24) and refuses one older, writing nothing', async () => {
    const before = await t.sql.query('select count(*)::int as n from kesehatan_open_day_session');
    const res = await kader.raw(OPEN, { date: '2026-08-22' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      messages: {
        id: 'Hari buka hanya dapat dicatat paling lama 92 hari ke belakang.',
        en: 'An open day can be recorded at most 92 days back.',
      },
      fields: [{ field: 'date', messages: { en: 'No earlier than 2026-08-23 (92 days back).' } }],
      details: { reason: 'OPEN_DAY_TOO_FAR_BACK', maxDaysBack: 92 },
    });
    expect((await t.sql.query('select count(*)::int as n from kesehatan_open_day_session')).rows).toEqual(before.rows);
  });

  it('gives the Posyandu’s kader the child’s four visits in date order, with z-scores recomputable from the WHO table', async () => {
    const h = (await kader.request<{ kesehatanPersonHistory: History }>(HISTORY, { p: personId }))
      .kesehatanPersonHistory;
    expect(h.person).toEqual({ id: personId, name: GIRL.name, nik: GIRL.nik });
    expect(h).toMatchObject({ sex: 'FEMALE', birthDate: BIRTH });
    expect(h.targetGroups).toEqual([{ targetGroup: 'TODDLER', from: DAYS[0]!.date, to: DAYS[3]!.date, visits: 4 }]);
    expect(h.visits.map((v) => v.heldOn)).toEqual(DAYS.map((d) => d.date));
    expect(h.visits.every((v) => v.posyanduName === 'Posyandu Gombang')).toBe(true);
    // 20 Oct 2025 → 24 Aug 2026: 10 completed months (20 Aug) and 4 days.
    expect(h.visits[0]).toMatchObject({ ageInDays: days(BIRTH, DAYS[0]!.date), ageMonths: 10, ageDays: 4 });
    expect(h.visits[3]).toMatchObject({ ageMonths: 13, ageDays: 3 });
    expect(h.visits[0]!.visit.services).toMatchObject({ immunizations: ['MR_1'], vitaminA: true });
    expect(h.visits[0]!.visit.counsellingTopics).toEqual(['COMPLEMENTARY_FEEDING']);

    // The last visit's weight-for-age, recomputed here from weianthro.txt: z = ((y/M)^L − 1)/(S·L).
    const last = h.visits[3]!;
    const ageDays = days(BIRTH, DAYS[3]!.date);
    const { l, m, s } = lmsRow('weianthro.txt', 2, ageDays);
    const expectedZ = Math.round((((DAYS[3]!.weightKg / m) ** l - 1) / (s * l)) * 100) / 100;
    const point = last.growthPoints.find((p) => p.chart === 'WEIGHT_FOR_AGE')!;
    expect(point.zScore).toBeCloseTo(expectedZ, 2);
    expect(point).toMatchObject({ x: Math.round((ageDays / 30.4375) * 100) / 100, y: DAYS[3]!.weightKg });
    // Every visit puts each of its z-scores on a chart, with the value recorded on the day.
    for (const v of h.visits) {
      expect(v.growthPoints.map((p) => p.zScore).sort()).toEqual(
        v.visit.measurement.zScores.map((z) => z.zScore).sort(),
      );
    }
    // Lying under 24 months: weight-for-length, x is the length.
    expect(last.growthPoints.find((p) => p.chart === 'WEIGHT_FOR_LENGTH')).toMatchObject({ x: 68, y: 8.4 });
  });

  it('lists the follow-up case a risk opened, with its code and status', async () => {
    const h = (await kader.request<{ kesehatanPersonHistory: History }>(HISTORY, { p: personId }))
      .kesehatanPersonHistory;
    const last = h.visits[3]!;
    const stunted = last.growthPoints.find((p) => p.chart === 'LENGTH_HEIGHT_FOR_AGE')!;
    expect(stunted.category).toBe('STUNTED');
    const followUp = last.visit.followUps.find((f) => f.code === 'STUNTED')!;
    expect(followUp).toMatchObject({ caseStatus: 'registered' });
    const row = await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [followUp.caseId]);
    expect(row.rows[0]?.code).toBe(followUp.caseCode);
  });

  it('reads a history of four visits with as many SQL statements as a history of one', async () => {
    // Counting starts once nothing from the earlier steps is still reaching the database.
    for (let seen = -1; seen !== t.statements.length;) {
      seen = t.statements.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    t.statements.length = 0;
    const four = await kader.request<{ kesehatanPersonHistory: History }>(HISTORY, { p: personId });
    const forFour = t.statements.length;
    t.statements.length = 0;
    const one = await kader.request<{ kesehatanPersonHistory: History }>(HISTORY, { p: oncePersonId });
    expect([four.kesehatanPersonHistory.visits.length, one.kesehatanPersonHistory.visits.length]).toEqual([4, 1]);
    expect(t.statements.length).toBe(forFour);
    expect(forFour).toBeLessThanOrEqual(10);
  });

  it('lets the Pustu covering the desa read the history, with the NIK masked', async () => {
    const h = (await bidan.request<{ kesehatanPersonHistory: History }>(HISTORY, { p: personId }))
      .kesehatanPersonHistory;
    expect(h.visits).toHaveLength(4);
    expect(h.person.nik).toMatch(/^3310•{8}0001$/);
  });

  it('answers another Posyandu’s kader and the village exactly as for a person who does not exist', async () => {
    const missing = await kader.error(HISTORY, { p: randomUUID() });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    for (const outsider of [otherKader, perangkat]) {
      const refused = await outsider.error(HISTORY, { p: personId });
      expect({ message: refused.message, code: refused.extensions?.code }).toEqual({
        message: missing.message,
        code: 'NOT_FOUND',
      });
    }
  });

  it('serves the WHO curves equal to the tables’ SD values, with the 24-month length/height step', async () => {
    const ref = async (indicator: string, sex: string) =>
      (
        await otherKader.request<{
          kesehatanGrowthReference: { xUnit: string; yUnit: string; rows: ReferenceRow[] };
        }>(REFERENCE, { i: indicator, s: sex.toUpperCase() })
      ).kesehatanGrowthReference;
    const wfa = await ref('WEIGHT_FOR_AGE', 'male');
    expect(wfa).toMatchObject({ xUnit: 'month', yUnit: 'kg' });
    expect(wfa.rows.map((r) => r.x)).toEqual(Array.from({ length: 61 }, (_, i) => i));
    // WHO's published weight-for-age boys: median 3.3464 / −2 SD 2.459 kg at birth, 9.648 / 7.742 kg at 12 months.
    expect(wfa.rows[0]!.median).toBeCloseTo(3.3464, 4);
    expect(wfa.rows[0]!.sdNeg2).toBeCloseTo(2.459, 2);
    expect(wfa.rows[12]!.median).toBeCloseTo(9.648, 2);
    expect(wfa.rows[12]!.sdNeg2).toBeCloseTo(7.742, 2);
    // Each SD line at a few ages, recomputed from the raw LMS rows (day = months × 30.4375, half up).
    for (const [chart, file, sex, month, day] of [
      ['WEIGHT_FOR_AGE', 'weianthro.txt', 'male', 36, 1096],
      ['HEAD_CIRCUMFERENCE_FOR_AGE', 'hcanthro.txt', 'female', 6, 183],
      ['LENGTH_HEIGHT_FOR_AGE', 'lenanthro.txt', 'female', 48, 1461],
      ['BMI_FOR_AGE', 'bmianthro.txt', 'male', 18, 548],
    ] as const) {
      const row = (await ref(chart, sex)).rows.find((r) => r.x === month)!;
      const lms = lmsRow(file, sex === 'male' ? 1 : 2, day);
      const want = [atSd(-3, lms), atSd(-2, lms), lms.m, atSd(2, lms), atSd(3, lms)];
      const got = [row.sdNeg3, row.sdNeg2, row.median, row.sd2, row.sd3];
      got.forEach((value, i) => expect(value, `${chart} ${sex} ${month} months, column ${i}`).toBeCloseTo(want[i]!, 2));
    }
    // Length/height-for-age: day 730 is the last lying row, day 731 (24 months) the first standing one.
    const lhfa = (await ref('LENGTH_HEIGHT_FOR_AGE', 'male')).rows;
    const at24 = lhfa.filter((r) => r.x > 23 && r.x <= 24);
    expect(at24.map((r) => [r.x, r.measure])).toEqual([
      [23.9836, 'LENGTH'],
      [24, 'HEIGHT'],
    ]);
    expect(at24[0]!.median - at24[1]!.median).toBeCloseTo(
      lmsRow('lenanthro.txt', 1, 730).m - lmsRow('lenanthro.txt', 1, 731).m,
      4,
    );
    // Weight-for-length every cm 45–110, weight-for-height 65–120.
    const wfl = await ref('WEIGHT_FOR_LENGTH', 'female');
    expect(wfl).toMatchObject({ xUnit: 'cm', yUnit: 'kg' });
    expect([wfl.rows[0]!.x, wfl.rows.at(-1)!.x, wfl.rows.length]).toEqual([45, 110, 66]);
    expect(wfl.rows.find((r) => r.x === 70)!.median).toBeCloseTo(lmsRow('wflanthro.txt', 2, 70).m, 4);
    const wfh = await ref('WEIGHT_FOR_HEIGHT', 'female');
    expect([wfh.rows[0]!.x, wfh.rows.at(-1)!.x]).toEqual([65, 120]);
  });

  it('asks for a login before serving the curves', async () => {
    const res = await t.anonymous().error(REFERENCE, { i: 'WEIGHT_FOR_AGE', s: 'MALE' });
    expect(res.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
