import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const DUE = `query ($a: String!, $r: DateTimeISO!) { dueDate(areaCode: $a, registeredAt: $r) { dueAt dueDate timeZone } }`;

describe('dueDate: DESIGN §7 examples on the seeded holiday table, in WIB, WITA and WIT', () => {
  let t: TestServer;
  let anon: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-03-17T01:00:00Z') });
    anon = t.anonymous();
  });
  afterAll(() => t?.close());

  const due = async (areaCode: string, registeredAt: string) =>
    (
      await anon.request<{ dueDate: { dueAt: string; dueDate: string; timeZone: string } }>(DUE, {
        a: areaCode,
        r: registeredAt,
      })
    ).dueDate;

  it.each([
    ['Monday 23 November 2026', '2026-11-23T09:00:00+07:00', '2026-11-30'],
    ['Friday 13 February 2026 (16 Feb cuti bersama, 17 Feb Imlek)', '2026-02-13T09:00:00+07:00', '2026-02-24'],
    ['Tuesday 17 March 2026 (Nyepi, Idul Fitri, cuti bersama)', '2026-03-17T09:00:00+07:00', '2026-03-31'],
  ])('%s in Klaten (WIB)', async (_label, registeredAt, expected) => {
    const d = await due('33.10.05.2018', registeredAt);
    expect(d).toMatchObject({ dueDate: expected, timeZone: 'Asia/Jakarta' });
    expect(d.dueAt).toBe(new Date(`${expected}T23:59:59.999+07:00`).toISOString());
  });

  it('in Bali (WITA) and Papua (WIT) the day ends at their own midnight', async () => {
    expect(await due('51.71', '2026-11-23T09:00:00+08:00')).toEqual({
      dueAt: '2026-11-30T15:59:59.999Z',
      dueDate: '2026-11-30',
      timeZone: 'Asia/Makassar',
    });
    expect(await due('91.71', '2026-11-23T09:00:00+09:00')).toEqual({
      dueAt: '2026-11-30T14:59:59.999Z',
      dueDate: '2026-11-30',
      timeZone: 'Asia/Jayapura',
    });
  });

  it('lists the year days off with their legal basis', async () => {
    const data = await anon.request<{
      holidays: Array<{ date: string; kind: string; nameId: string; legalBasis: string }>;
    }>(`{ holidays(year: 2026, areaCode: "33.10.05.2018") { date kind nameId legalBasis } }`);
    expect(data.holidays).toContainEqual(expect.objectContaining({ date: '2026-02-16', kind: 'CUTI_BERSAMA' }));
    expect(data.holidays).toContainEqual(expect.objectContaining({ date: '2026-02-17', kind: 'NATIONAL' }));
    expect(data.holidays.every((h) => h.legalBasis.length > 10)).toBe(true);
  });

  it('an admin who works cuti bersama moves open deadlines, with an event', async () => {
    const kader = await t.as('kader.gombang');
    const c = (
      await kader.request<{ registerCase: { id: string; deadline: { dueAt: string } } }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id deadline { dueAt } } }`,
        { input: pendidikanInput() },
      )
    ).registerCase;
    expect(c.deadline.dueAt).toBe('2026-03-31T16:59:59.999Z');
    const admin = await t.as('admin.klaten');
    await admin.request(`mutation { setCutiBersamaPolicy(kabupatenCode: "33.10", dayOff: false) }`);
    const after = await kader.request<{ case: { deadline: { dueAt: string }; timeline: Array<{ type: string }> } }>(
      `query ($id: ID!) { case(id: $id) { deadline { dueAt } timeline { type } } }`,
      { id: c.id },
    );
    expect(after.case.deadline.dueAt).toBe('2026-03-25T16:59:59.999Z');
    expect(after.case.timeline.map((e) => e.type)).toContain('DEADLINE_RECOMPUTED');
    expect((await due('33.10.05.2018', '2026-03-17T09:00:00+07:00')).dueDate).toBe('2026-03-25');
  });

  it('a kader cannot change the calendar', async () => {
    const kader = await t.as('kader.gombang');
    const e = await kader.error(`mutation { setCutiBersamaPolicy(kabupatenCode: "33.10", dayOff: true) }`);
    expect(e.extensions?.code).toBe('FORBIDDEN');
  });
});
