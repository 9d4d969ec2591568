import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Deadlines across the turn of 2026/2027 and 2027/2028 (issue 14): the fixed-date national
 * holidays count in every year without an admin's entry; a deadline counting days of a year
 * whose SKB 3 Menteri is not loaded says it is provisional, and becomes final (with an event)
 * once an admin loads that year; adding a day off moves open deadlines, with an event.
 *
 * The 2027 "decree" entered below is a test fixture, not real data: no 2027 SKB was published
 * when this was written, and its dates must come from the signed decree (docs/operations.md).
 */
const GOMBANG = '33.10.05.2018';

interface DeadlineView {
  dueAt: string;
  state: string;
  provisional: boolean;
  provisionalYears: number[];
  provisionalReason: { id: string; en: string } | null;
}
const DEADLINE = 'deadline { dueAt state provisional provisionalYears provisionalReason { id en } }';
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id ${DEADLINE} } }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${DEADLINE} timeline { type payload } } }`;
const DUE = `query ($r: DateTimeISO!) { dueDate(areaCode: "${GOMBANG}", registeredAt: $r) { dueDate provisional } }`;

/** The end of a local WIB day, as the API answers it. */
const endOfWib = (date: string) => new Date(`${date}T23:59:59.999+07:00`).toISOString();

describe('deadlines across the turn of the year', () => {
  // Monday 28 December 2026, 09:00 WIB.
  const clock = new TestClock('2026-12-28T02:00:00Z');
  let t: TestServer;
  let kader: GraphQLClient;
  let admin: GraphQLClient;
  let anon: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock });
    kader = await t.as('kader.gombang');
    admin = await t.as('admin.klaten');
    anon = t.anonymous();
  });
  afterAll(() => t?.close());

  const register = async () =>
    (
      await kader.request<{ registerCase: { id: string; deadline: DeadlineView } }>(REGISTER, {
        input: pendidikanInput(),
      })
    ).registerCase;
  const read = async (id: string) =>
    (
      await kader.request<{
        case: { deadline: DeadlineView; timeline: Array<{ type: string; payload: Record<string, unknown> }> };
      }>(CASE, { id })
    ).case;
  const due = async (registeredAt: string) =>
    (await anon.request<{ dueDate: { dueDate: string; provisional: boolean } }>(DUE, { r: registeredAt })).dueDate;

  let lateDecember: string;

  it('registered Monday 28 December 2026 is due Tuesday 5 January 2027 (1 January off), provisional', async () => {
    const c = await register();
    lateDecember = c.id;
    expect(c.deadline).toMatchObject({
      dueAt: endOfWib('2027-01-05'),
      state: 'ON_TRACK',
      provisional: true,
      provisionalYears: [2027],
    });
    expect(c.deadline.provisionalReason?.id).toContain('SKB 3 Menteri');
    expect(c.deadline.provisionalReason?.id).toContain('2027');
    expect(c.deadline.provisionalReason?.en).toContain('not loaded');
  });

  it.each([
    [
      'Tuesday 22 December 2026 (24 December cuti bersama, 25 Natal): final, all in 2026',
      '2026-12-22T09:00:00+07:00',
      '2026-12-31',
      false,
    ],
    ['Wednesday 23 December 2026', '2026-12-23T09:00:00+07:00', '2027-01-04', true],
    ['Wednesday 30 December 2026', '2026-12-30T09:00:00+07:00', '2027-01-07', true],
    ['Thursday 31 December 2026', '2026-12-31T09:00:00+07:00', '2027-01-08', true],
    ['Thursday 23 December 2027 (25 December is a Saturday)', '2027-12-23T09:00:00+07:00', '2027-12-30', true],
    ['Friday 31 December 2027 (1 January 2028 is a Saturday)', '2027-12-31T09:00:00+07:00', '2028-01-07', true],
  ])('registered %s', async (_label, registeredAt, dueDate, provisional) => {
    expect(await due(registeredAt)).toEqual({ dueDate, provisional });
  });

  it('lists the fixed-date holidays of 2027 with their standing legal basis; only 2025 and 2026 are loaded', async () => {
    const data = await anon.request<{
      holidays: Array<{ date: string; kind: string; fixed: boolean; legalBasis: string }>;
      calendarYears: Array<{ year: number; legalBasis: string; loadedByName: string | null }>;
      calendarWarnings: Array<{ year: number; when: string; message: { id: string } }>;
    }>(
      `{ holidays(year: 2027, areaCode: "${GOMBANG}") { date kind fixed legalBasis }
         calendarYears { year legalBasis loadedByName } calendarWarnings { year when message { id } } }`,
    );
    expect(data.holidays.map((h) => [h.date, h.kind, h.fixed])).toEqual([
      ['2027-01-01', 'NATIONAL', true],
      ['2027-05-01', 'NATIONAL', true],
      ['2027-06-01', 'NATIONAL', true],
      ['2027-08-17', 'NATIONAL', true],
      ['2027-12-25', 'NATIONAL', true],
    ]);
    expect(data.holidays.find((h) => h.date === '2027-06-01')?.legalBasis).toContain('Keppres 24/2016');
    expect(data.holidays.find((h) => h.date === '2027-05-01')?.legalBasis).toContain('Keppres 24/2013');
    expect(data.calendarYears.map((y) => y.year)).toEqual([2025, 2026]);
    expect(data.calendarYears[1]?.legalBasis).toContain('Menag 1497/2025');
    expect(data.calendarWarnings).toEqual([
      expect.objectContaining({
        year: 2027,
        when: 'NEXT_YEAR',
        message: expect.objectContaining({ id: expect.stringContaining('2027') }),
      }),
    ]);
  });

  it('a fixed-date holiday cannot be removed, listed or seeded', async () => {
    const listed = await admin.error(`mutation { removeHoliday(id: "fixed-2027-01-01") }`);
    expect(listed.extensions?.code).toBe('FIXED_HOLIDAY');
    const { holidays } = await anon.request<{ holidays: Array<{ id: string; date: string }> }>(
      `{ holidays(year: 2026, areaCode: "${GOMBANG}") { id date } }`,
    );
    const seeded = holidays.find((h) => h.date === '2026-12-25');
    const e = await admin.error(`mutation ($id: ID!) { removeHoliday(id: $id) }`, { id: seeded?.id });
    expect(e.extensions?.code).toBe('FIXED_HOLIDAY');
    expect(e.extensions?.messages).toMatchObject({ id: expect.stringContaining('tidak dapat dihapus') });
    const { rows } = await t.sql.query(`select 1 from holiday where date = '2026-12-25' and kind = 'NATIONAL'`);
    expect(rows).toHaveLength(1);
  });

  it('adding a day off moves the open deadline a working day later, with an event on the case', async () => {
    await admin.request(`mutation ($input: HolidayInput!) { addHoliday(input: $input) { id } }`, {
      input: {
        date: '2027-01-04',
        kind: 'REGIONAL',
        areaCode: '33.10',
        nameId: 'Libur daerah uji',
        nameEn: 'Test regional day off',
        legalBasis: 'Keputusan Bupati Klaten (uji, bukan dokumen nyata)',
      },
    });
    const after = await read(lateDecember);
    expect(after.deadline).toMatchObject({ dueAt: endOfWib('2027-01-06'), provisional: true });
    const event = after.timeline.filter((e) => e.type === 'DEADLINE_RECOMPUTED').at(-1);
    expect(event?.payload).toMatchObject({
      previousDueAt: endOfWib('2027-01-05'),
      dueAt: endOfWib('2027-01-06'),
      provisional: true,
    });
  });

  it('loading 2027 needs its moveable holidays first; nothing is written on refusal', async () => {
    const e = await admin.error(
      `mutation { loadCalendarYear(year: 2027, legalBasis: "SKB 3 Menteri 2027 (uji)") { year } }`,
    );
    expect(e.extensions?.code).toBe('VALIDATION_FAILED');
    expect(e.extensions?.fields).toEqual([expect.objectContaining({ field: 'year' })]);
    const { rows } = await t.sql.query(`select year from calendar_year order by year`);
    expect(rows.map((r: { year: number }) => r.year)).toEqual([2025, 2026]);
    const kaderTry = await kader.error(
      `mutation { loadCalendarYear(year: 2027, legalBasis: "SKB 3 Menteri 2027 (uji)") { year } }`,
    );
    expect(kaderTry.extensions?.code).toBe('FORBIDDEN');
  });

  it('once an admin loads 2027 the deadline becomes final, with an event, and the warning goes', async () => {
    const basis = 'SKB 3 Menteri 2027 (uji: data contoh, bukan keputusan nyata)';
    await admin.request(`mutation ($input: HolidayInput!) { addHoliday(input: $input) { id } }`, {
      input: {
        date: '2027-03-10',
        kind: 'NATIONAL',
        nameId: 'Hari libur uji',
        nameEn: 'Test holiday',
        legalBasis: basis,
      },
    });
    const loaded = await admin.request<{ loadCalendarYear: { year: number; loadedByName: string | null } }>(
      `mutation ($b: String!) { loadCalendarYear(year: 2027, legalBasis: $b) { year loadedByName } }`,
      { b: basis },
    );
    expect(loaded.loadCalendarYear).toEqual({ year: 2027, loadedByName: 'Admin Kabupaten Klaten' });
    // Who loaded it is for admins only.
    for (const viewer of [kader, anon]) {
      const { calendarYears } = await viewer.request<{
        calendarYears: Array<{ year: number; loadedByName: string | null }>;
      }>(`{ calendarYears { year loadedByName } }`);
      expect(calendarYears.find((y) => y.year === 2027)).toEqual({ year: 2027, loadedByName: null });
    }
    const after = await read(lateDecember);
    expect(after.deadline).toMatchObject({
      dueAt: endOfWib('2027-01-06'),
      provisional: false,
      provisionalYears: [],
      provisionalReason: null,
    });
    expect(after.timeline.filter((e) => e.type === 'DEADLINE_RECOMPUTED').at(-1)?.payload).toMatchObject({
      previousProvisional: true,
      provisional: false,
    });
    const { calendarWarnings } = await anon.request<{ calendarWarnings: unknown[] }>(`{ calendarWarnings { year } }`);
    expect(calendarWarnings).toEqual([]);
  });

  it('at the turn of 2027/2028 the case crossing into 2028 is provisional again, and 2028 is warned about', async () => {
    clock.set('2027-12-31T02:00:00Z'); // Friday 31 December 2027, 09:00 WIB
    const c = await register();
    expect(c.deadline).toMatchObject({ dueAt: endOfWib('2028-01-07'), provisional: true, provisionalYears: [2028] });
    clock.set('2027-12-23T02:00:00Z'); // Thursday 23 December 2027: all counted days in 2027, now loaded
    expect((await register()).deadline).toMatchObject({ dueAt: endOfWib('2027-12-30'), provisional: false });
    const { calendarWarnings } = await anon.request<{ calendarWarnings: Array<{ year: number; when: string }> }>(
      `{ calendarWarnings { year when } }`,
    );
    expect(calendarWarnings).toEqual([{ year: 2028, when: 'NEXT_YEAR' }]);
  });

  it('taking 2027 back makes its deadlines provisional again, with an event', async () => {
    await admin.request(`mutation { unloadCalendarYear(year: 2027) }`);
    const after = await read(lateDecember);
    expect(after.deadline).toMatchObject({ provisional: true, provisionalYears: [2027] });
    expect(after.timeline.filter((e) => e.type === 'DEADLINE_RECOMPUTED').at(-1)?.payload).toMatchObject({
      previousProvisional: false,
      provisional: true,
    });
  });
});

describe('a release that knows more days off than the one before', () => {
  it('moves the open deadlines computed before it when it starts, with an event on each case', async () => {
    const clock = new TestClock('2026-12-28T02:00:00Z');
    const first = await startTestServer({ plugins: [pendidikanPlugin], clock });
    try {
      const kader = await first.as('kader.gombang');
      const { registerCase: c } = await kader.request<{ registerCase: { id: string } }>(REGISTER, {
        input: pendidikanInput(),
      });
      // As an earlier release computed it, counting 1 January 2027 as a working day.
      await first.sql.query(`update spm_case set due_at = $1 where id = $2`, [endOfWib('2027-01-04'), c.id]);
      // The earlier release's calendar rules are what the deadlines followed (services/calendar-recompute.ts).
      await first.sql.query(`update calendar_recompute set fingerprint = 'an earlier release'`);
      const second = await startTestServer({ plugins: [pendidikanPlugin], clock, sameDatabaseAs: first });
      try {
        const { case: after } = await (
          await second.as('kader.gombang')
        ).request<{
          case: { deadline: DeadlineView; timeline: Array<{ type: string; payload: Record<string, unknown> }> };
        }>(CASE, { id: c.id });
        expect(after.deadline.dueAt).toBe(endOfWib('2027-01-05'));
        expect(after.timeline.filter((e) => e.type === 'DEADLINE_RECOMPUTED')).toEqual([
          expect.objectContaining({
            payload: expect.objectContaining({ previousDueAt: endOfWib('2027-01-04'), dueAt: endOfWib('2027-01-05') }),
          }),
        ]);
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });
});
