import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kesehatanModule from '../kesehatan.module.js';

/**
 * A year of open days at Posyandu Gombang, then the SKDN of November 2026 and the toddlers to
 * visit at home. Each child's story is designed so its letter is known in advance:
 *   naik      Sep 11.0, Oct 11.3, Nov 11.6 kg        → N (gained ≥ the KBM, 200 g from 11 months)
 *   datar     Oct 10.0, Nov 10.0 kg                  → T
 *   bolong    Sep 9.0, Nov 9.5 kg (no October)       → O
 *   baru      Nov 12.0 kg, first weighing ever       → B
 *   absenOkt  Oct 10.5 kg, not in November           → in S, absent
 *   absenDes  Dec 2025 9.0 kg, not since             → in S (within 12 months), absent
 *   lama      Oct 2025 only                          → not in S (more than 12 months ago)
 *   besar     Oct 2026, 60 months old by 1 November  → not in S (too old)
 */
const DAYS = ['2025-10-14', '2025-12-09', '2026-09-08', '2026-10-13', '2026-11-10'] as const;

interface Child {
  key: string;
  sex: 'male' | 'female';
  birthDate: string;
  /** Weight by open day (absent: not weighed; null: came without being weighed). */
  weights: Partial<Record<(typeof DAYS)[number], number | null>>;
}

const CHILDREN: Child[] = [
  {
    key: 'Naik',
    sex: 'male',
    birthDate: '2024-06-10',
    weights: { '2026-09-08': 11, '2026-10-13': 11.3, '2026-11-10': 11.6 },
  },
  { key: 'Datar', sex: 'male', birthDate: '2024-05-02', weights: { '2026-10-13': 10, '2026-11-10': 10 } },
  { key: 'Bolong', sex: 'female', birthDate: '2024-09-15', weights: { '2026-09-08': 9, '2026-11-10': 9.5 } },
  { key: 'Baru', sex: 'male', birthDate: '2023-12-01', weights: { '2026-11-10': 12 } },
  { key: 'Absenokt', sex: 'female', birthDate: '2024-02-20', weights: { '2026-10-13': 10.5 } },
  { key: 'Absendes', sex: 'male', birthDate: '2024-01-05', weights: { '2025-12-09': 9 } },
  { key: 'Lama', sex: 'female', birthDate: '2023-03-03', weights: { '2025-10-14': 9 } },
  { key: 'Besar', sex: 'male', birthDate: '2021-10-15', weights: { '2026-10-13': null } },
];

/** A valid NIK of Cawas, Klaten: birth date (women: day + 40), sequence. */
function nik(birthDate: string, sex: 'male' | 'female', seq: number): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (sex === 'female' ? 40 : 0);
  return `331005${String(day).padStart(2, '0')}${m}${y!.slice(2)}${String(seq).padStart(4, '0')}`;
}

const RECAP = `query ($p: ID!, $m: String!) { kesehatanMonthlyRecap(posyanduId: $p, month: $m) {
  skdn { s d n t o b dPerS nPerD } } }`;
const ABSENTEES = `query ($s: ID!) { kesehatanAbsentees(sessionId: $s) {
  person { name nik } guardian { name } sex birthDate ageInMonths lastVisitOn } }`;

describe('SKDN and the absentee list, from the stored open days of a year (issue 7)', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let bidan: GraphQLClient;
  let perangkat: GraphQLClient;
  let otherKader: GraphQLClient;
  let posyanduId: string;
  const sessionOf = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock(`${DAYS[0]}T02:00:00Z`) });
    [kader, bidan, perangkat, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('bidan.gombang'),
      t.as('perangkat.gombang'),
      t.as('kader.pogung'),
    ]);
    for (const day of DAYS) {
      t.clock.set(`${day}T02:00:00Z`);
      const opened = await kader.request<{ kesehatanOpenDay: { id: string } }>(
        `mutation ($d: String!) { kesehatanOpenDay(date: $d) { id } }`,
        { d: day },
      );
      sessionOf.set(day, opened.kesehatanOpenDay.id);
      for (const [i, c] of CHILDREN.entries()) {
        if (!(day in c.weights)) continue;
        const visit = await kader.request<{ kesehatanRegisterVisitor: { id: string } }>(
          `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { id } }`,
          {
            s: opened.kesehatanOpenDay.id,
            input: {
              person: { name: `Anak ${c.key}`, nik: nik(c.birthDate, c.sex, 10 + i) },
              guardian: { name: `Ibu ${c.key}`, nik: nik('1995-04-12', 'female', 10 + i) },
              guardianConsent: true,
              targetGroup: 'TODDLER',
              sex: c.sex.toUpperCase(),
              birthDate: c.birthDate,
            },
          },
        );
        const weightKg = c.weights[day];
        if (weightKg === null || weightKg === undefined) continue;
        await kader.request(
          `mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { id } }`,
          { v: visit.kesehatanRegisterVisitor.id, input: { weightKg } },
        );
      }
    }
    const row = await t.sql.query<{ posyandu_id: string }>(
      'select posyandu_id from kesehatan_open_day_session limit 1',
    );
    posyanduId = row.rows[0]!.posyandu_id;
  });
  afterAll(() => t?.close());

  /**
   * The SKDN recomputed from the stored rows with plain SQL and the KMS rule at these ages
   * (a gain of at least 200 g since the previous month's weighing).
   */
  async function skdnFromDb(month: string) {
    const rows = await t.sql.query<{
      person_id: string;
      birth_date: string;
      held_on: string;
      weight_kg: number | null;
    }>(
      `select v.person_id, v.birth_date::text as birth_date, s.held_on::text as held_on, m.weight_kg
       from kesehatan_open_day_visit v join kesehatan_open_day_session s on s.id = v.session_id
       left join kesehatan_measurement m on m.visit_id = v.id
       where s.posyandu_id = $1 and v.birth_date is not null`,
      [posyanduId],
    );
    const start = new Date(`${month}-01T00:00:00Z`);
    const windowStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 11, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const prev = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const ageMonths = (birth: string) => (start.getTime() - Date.parse(`${birth}T00:00:00Z`)) / 86_400_000 / 30.4375;
    const inS = new Set(
      rows.rows
        .filter((r) => new Date(r.held_on) >= windowStart && new Date(r.held_on) < end && ageMonths(r.birth_date) < 60)
        .map((r) => r.person_id),
    );
    const weighed = rows.rows.filter((r) => r.weight_kg !== null && inS.has(r.person_id));
    const letters = { N: 0, T: 0, O: 0, B: 0 };
    const d = new Set(weighed.filter((r) => r.held_on.startsWith(month)).map((r) => r.person_id));
    for (const person of d) {
      const own = weighed.filter((r) => r.person_id === person && r.held_on <= `${month}-31`);
      const now = own.find((r) => r.held_on.startsWith(month))!;
      const before = own.filter((r) => r.held_on < now.held_on);
      const last = before.find((r) => r.held_on.startsWith(prev));
      if (!before.length) letters.B += 1;
      else if (!last) letters.O += 1;
      else if (Math.round((Number(now.weight_kg) - Number(last.weight_kg)) * 1000) >= 200) letters.N += 1;
      else letters.T += 1;
    }
    return { s: inS.size, d: d.size, n: letters.N, t: letters.T, o: letters.O, b: letters.B };
  }

  it('reports S, D, N, T, O and B for the month, with D/S and N/D, as the stored weighings say', async () => {
    const expected = await skdnFromDb('2026-11');
    // The design of the year, so the recomputation itself is checked too.
    expect(expected).toEqual({ s: 6, d: 4, n: 1, t: 1, o: 1, b: 1 });
    const recap = await kader.request<{ kesehatanMonthlyRecap: { skdn: Record<string, number | null> } }>(RECAP, {
      p: posyanduId,
      m: '2026-11',
    });
    expect(recap.kesehatanMonthlyRecap.skdn).toEqual({ ...expected, dPerS: 66.7, nPerD: 25 });
    // The village government reads the same counts.
    const asVillage = await perangkat.request<{ kesehatanMonthlyRecap: { skdn: unknown } }>(RECAP, {
      p: posyanduId,
      m: '2026-11',
    });
    expect(asVillage.kesehatanMonthlyRecap.skdn).toEqual(recap.kesehatanMonthlyRecap.skdn);
    // October: known Naik, Datar, Absenokt, Absendes (Besar is 59 months on 1 October, came unweighed).
    const october = await kader.request<{ kesehatanMonthlyRecap: { skdn: Record<string, number | null> } }>(RECAP, {
      p: posyanduId,
      m: '2026-10',
    });
    expect(october.kesehatanMonthlyRecap.skdn).toMatchObject(await skdnFromDb('2026-10'));
  });

  it('the CSV carries the SKDN rows', async () => {
    const csv = await (
      await fetch(`${t.url}/plugins/kesehatan/open-day/recap?posyanduId=${posyanduId}&month=2026-11&format=csv`, {
        headers: { authorization: `Bearer ${perangkat.token}` },
      })
    ).text();
    expect(csv).toContain('skdn,S,S: balita terdaftar (terlihat 12 bulan terakhir),6');
    expect(csv).toContain('skdn,D,D: balita ditimbang,4');
    expect(csv).toContain('skdn,D/S,D/S (%),66.7');
    expect(csv).toContain('skdn,N/D,N/D (%),25');
  });

  it('lists the toddlers of S not seen this month, with their last open day, for the kader and the Pustu only', async () => {
    const november = sessionOf.get('2026-11-10')!;
    type Absentee = { person: { name: string; nik: string }; guardian: { name: string }; lastVisitOn: string };
    const list = (await kader.request<{ kesehatanAbsentees: Absentee[] }>(ABSENTEES, { s: november }))
      .kesehatanAbsentees;
    expect(list.map((a) => [a.person.name, a.guardian.name, a.lastVisitOn])).toEqual([
      ['Anak Absendes', 'Ibu Absendes', '2025-12-09'],
      ['Anak Absenokt', 'Ibu Absenokt', '2026-10-13'],
    ]);
    expect(list[0]?.person.nik).toBe(nik('2024-01-05', 'male', 15));
    const asPustu = (await bidan.request<{ kesehatanAbsentees: Absentee[] }>(ABSENTEES, { s: november }))
      .kesehatanAbsentees;
    expect(asPustu.map((a) => a.person.name)).toEqual(list.map((a) => a.person.name));
    expect(asPustu[0]?.person.nik).toMatch(/^\d{4}•{8}\d{4}$/);
    for (const client of [perangkat, otherKader]) {
      expect((await client.error(ABSENTEES, { s: november })).extensions?.code).toBe('NOT_FOUND');
    }
  });
});
