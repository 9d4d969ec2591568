import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kesehatanModule from '../kesehatan.module.js';

/** Tuesday 10 November 2026, 09:00 WIB. */
const DAY = '2026-11-10';
const CAWAS = '33.10.05';

const AREA = `query ($m: String!, $a: String!) { kesehatanAreaRecap(month: $m, areaCode: $a) {
  areaCode month
  rows { posyanduName desaCode recap { sessions visitors childrenWeighed skdn { s d } followUpOutcomes { caseCode } } }
  totals { posyandu sessions visitors childrenWeighed followUpsOpened skdn { s d dPerS } } } }`;
const DAY_RECAP = `query ($s: ID!) { kesehatanOpenDayRecap(sessionId: $s) { visitors childrenWeighed followUpOutcomes { caseCode } } }`;

interface AreaRecap {
  areaCode: string;
  month: string;
  rows: Array<{
    posyanduName: string;
    desaCode: string;
    recap: {
      sessions: number;
      visitors: number;
      childrenWeighed: number;
      skdn: { s: number; d: number };
      followUpOutcomes: unknown[] | null;
    };
  }>;
  totals: Record<string, unknown>;
}

/** A valid NIK of Cawas: birth date (women: day + 40), sequence. */
const nik = (yymmdd: string, seq: number) =>
  `331005${yymmdd.slice(4)}${yymmdd.slice(2, 4)}${yymmdd.slice(0, 2)}${String(seq).padStart(4, '0')}`;

describe('the kecamatan reads the recaps of its Posyandu and a monthly summary of them (issue 7)', () => {
  let t: TestServer;
  let camat: GraphQLClient;
  let puskesmas: GraphQLClient;
  let bidan: GraphQLClient;
  let perangkat: GraphQLClient;
  let gombangSession: string;

  /** Opens the day at the kader's Posyandu and brings `weighed` toddlers (weighed) and `adults` elderly. */
  async function openDay(kader: GraphQLClient, weighed: number, adults: number, seq: number): Promise<string> {
    const s = (
      await kader.request<{ kesehatanOpenDay: { id: string } }>(
        `mutation ($d: String!) { kesehatanOpenDay(date: $d) { id } }`,
        { d: DAY },
      )
    ).kesehatanOpenDay.id;
    const register = `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { id } }`;
    for (let i = 0; i < weighed; i += 1) {
      const v = await kader.request<{ kesehatanRegisterVisitor: { id: string } }>(register, {
        s,
        input: {
          person: { name: `Balita ${String.fromCharCode(65 + seq + i)}`, nik: nik('250310', seq + i + 1) },
          guardian: { name: `Ibu ${String.fromCharCode(65 + seq + i)}` },
          guardianConsent: true,
          targetGroup: 'TODDLER',
          sex: 'MALE',
          birthDate: '2025-03-10',
        },
      });
      await kader.request(
        `mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { id } }`,
        { v: v.kesehatanRegisterVisitor.id, input: { weightKg: 9.9 } },
      );
    }
    for (let i = 0; i < adults; i += 1) {
      await kader.request(register, {
        s,
        input: {
          person: { name: `Lansia ${String.fromCharCode(65 + seq + i)}`, nik: nik('550101', 50 + seq + i) },
          targetGroup: 'ELDERLY',
        },
      });
    }
    return s;
  }

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock(`${DAY}T02:00:00Z`) });
    const [kader, kaderPogung] = await Promise.all([t.as('kader.gombang'), t.as('kader.pogung')]);
    [camat, puskesmas, bidan, perangkat] = await Promise.all([
      t.as('camat.cawas'),
      t.as('puskesmas.cawas'),
      t.as('bidan.gombang'),
      t.as('perangkat.gombang'),
    ]);
    gombangSession = await openDay(kader, 3, 2, 0);
    await openDay(kaderPogung, 2, 1, 10);
  });
  afterAll(() => t?.close());

  it('the kecamatan officer reads a Posyandu’s recap: the counts, no child’s name', async () => {
    const recap = (
      await camat.request<{ kesehatanOpenDayRecap: Record<string, unknown> }>(DAY_RECAP, { s: gombangSession })
    ).kesehatanOpenDayRecap;
    expect(recap).toEqual({ visitors: 5, childrenWeighed: 3, followUpOutcomes: null });
  });

  it('sums every Posyandu of the kecamatan for the month, one row each, as the stored open days say', async () => {
    const db = await t.sql.query<{ posyandu: string; visitors: string; weighed: string; desa: string }>(
      `select s.posyandu_id as posyandu, s.area_code as desa, count(v.id) as visitors,
              count(m.id) filter (where m.weight_kg is not null) as weighed
       from kesehatan_open_day_session s join kesehatan_open_day_visit v on v.session_id = s.id
       left join kesehatan_measurement m on m.visit_id = v.id
       where s.area_code like $1 and s.held_on between '2026-11-01' and '2026-11-30'
       group by s.posyandu_id, s.area_code order by s.area_code`,
      [`${CAWAS}.%`],
    );
    expect(db.rows).toHaveLength(2);
    for (const client of [camat, puskesmas]) {
      const area = (await client.request<{ kesehatanAreaRecap: AreaRecap }>(AREA, { m: '2026-11', a: CAWAS }))
        .kesehatanAreaRecap;
      expect(area.rows.map((r) => [r.desaCode, r.recap.visitors, r.recap.childrenWeighed])).toEqual(
        db.rows.map((r) => [r.desa, Number(r.visitors), Number(r.weighed)]),
      );
      expect(area.rows.map((r) => r.posyanduName)).toEqual(['Posyandu Gombang', 'Posyandu Pogung']);
      expect(area.rows.map((r) => r.recap.skdn)).toEqual(
        db.rows.map((r) => ({ s: Number(r.weighed), d: Number(r.weighed) })),
      );
      const visitors = db.rows.reduce((n, r) => n + Number(r.visitors), 0);
      const weighed = db.rows.reduce((n, r) => n + Number(r.weighed), 0);
      expect(area.totals).toEqual({
        posyandu: 2,
        sessions: 2,
        visitors,
        childrenWeighed: weighed,
        followUpsOpened: 0,
        skdn: { s: weighed, d: weighed, dPerS: 100 },
      });
    }
    // Counts only for the kecamatan; the Puskesmas covering the desa reads the per-child lines (none open here).
    const asCamat = (await camat.request<{ kesehatanAreaRecap: AreaRecap }>(AREA, { m: '2026-11', a: CAWAS }))
      .kesehatanAreaRecap;
    expect(asCamat.rows.map((r) => r.recap.followUpOutcomes)).toEqual([null, null]);
  });

  it('the Pustu reads its own desa, not the kecamatan; the village and other kecamatan are refused', async () => {
    const desa = (await camat.request<{ kesehatanAreaRecap: AreaRecap }>(AREA, { m: '2026-11', a: CAWAS }))
      .kesehatanAreaRecap.rows[0]!.desaCode;
    const own = (await bidan.request<{ kesehatanAreaRecap: AreaRecap }>(AREA, { m: '2026-11', a: desa }))
      .kesehatanAreaRecap;
    expect(own.rows.map((r) => r.posyanduName)).toEqual(['Posyandu Gombang']);
    for (const [client, area] of [
      [bidan, CAWAS],
      [perangkat, CAWAS],
      [camat, '33.10.06'],
    ] as const) {
      const error = await client.error(AREA, { m: '2026-11', a: area });
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/kecamatan/);
    }
    const bad = await camat.error(AREA, { m: '2026-13', a: 'Cawas' });
    expect(bad.extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['month', 'areaCode']);
  });

  it('downloads the kecamatan month as a CSV for the camat, one row per Posyandu and the total; refuses the village', async () => {
    const url = `${t.url}/plugins/kesehatan/open-day/area-recap?areaCode=${CAWAS}&month=2026-11&format=csv`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${camat.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`rekap-kecamatan-${CAWAS}-2026-11.csv`);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'posyandu,desa,hari buka,pengunjung,balita ditimbang,balita berisiko,tindak lanjut berjalan,tindak lanjut selesai,S,D,N,D/S (%),N/D (%)',
    );
    expect(lines).toHaveLength(4); // header, two Posyandu, the total
    expect(lines.at(-1)).toMatch(/^Seluruh kecamatan \(2 Posyandu\),33\.10\.05,/);
    const refused = await fetch(url, { headers: { authorization: `Bearer ${perangkat.token}` } });
    expect(refused.status).toBe(403);
  });
});
