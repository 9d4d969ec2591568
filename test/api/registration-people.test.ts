import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REGISTER = 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }';

interface Registered {
  registerCase: { id: string; code: string };
}

/**
 * Registration finds the people it names by NIK inside its one write statement
 * (services/registration/registration-parties.ts: `insert … on conflict (nik) do update`), with no
 * read before it. These hold the rules a read-then-write kept, and what it could not: two
 * registrations of the same new NIK at once name one person, and neither fails.
 */
describe('registerCase names one person per NIK, also when registrations race', () => {
  let t: TestServer;
  let kader: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins() });
    kader = await t.as('kader.gombang');
  });
  afterAll(() => t?.close());

  const applicantOf = (nik: string, extra: Record<string, unknown> = {}) =>
    pendidikanInput({ applicant: { ...pendidikanInput().applicant, nik, ...extra } });

  async function peopleWith(nik: string): Promise<Array<{ id: string; name: string; phone: string | null }>> {
    return (await t.sql.query('select id, name, phone from person where nik = $1', [nik])).rows;
  }

  async function applicantIds(caseIds: string[]): Promise<string[]> {
    const { rows } = await t.sql.query<{ applicant_id: string }>(
      'select applicant_id from spm_case where id = any($1::uuid[]) order by applicant_id',
      [caseIds],
    );
    return rows.map((r) => r.applicant_id);
  }

  it('two registrations of the same new NIK sent at once both succeed and name one person (5 pairs)', async () => {
    for (let pair = 0; pair < 5; pair += 1) {
      const nik = `33100517089071${String(pair).padStart(2, '0')}`;
      const results = await Promise.all([
        kader.raw<Registered>(REGISTER, { input: applicantOf(nik, { kkNumber: '3310050202267001' }) }),
        kader.raw<Registered>(REGISTER, { input: applicantOf(nik, { kkNumber: '3310050202267001' }) }),
      ]);
      expect(
        results.map((r) => r.errors ?? []),
        `pair ${pair}: both registrations answer without errors`,
      ).toEqual([[], []]);
      const caseIds = results.map((r) => r.data?.registerCase.id as string);
      expect(new Set(caseIds).size, `pair ${pair}: two cases`).toBe(2);
      const people = await peopleWith(nik);
      expect(people, `pair ${pair}: one person with NIK ${nik}`).toHaveLength(1);
      expect(await applicantIds(caseIds), `pair ${pair}: both cases name that person`).toEqual([
        people[0]?.id,
        people[0]?.id,
      ]);
      const cards = await t.sql.query('select kk_number from family_card_record where person_id = $1', [people[0]?.id]);
      expect(cards.rows, `pair ${pair}: the family card both gave is on record once for that person`).toEqual([
        { kk_number: '3310050202267001' },
      ]);
    }
  });

  it('a registration whose new NIK another transaction is creating waits for it, then names that person', async () => {
    const nik = '3310051708907200';
    const other = await t.sql.connect();
    let registering: Promise<unknown> | undefined;
    try {
      await other.query('begin');
      const { rows } = await other.query<{ id: string }>(
        `insert into person (id, nik, name, phone, address, created_at)
         values (gen_random_uuid(), $1, 'Dewi Lestari', null, null, now()) returning id`,
        [nik],
      );
      const personId = rows[0]?.id;
      registering = kader.raw<Registered>(REGISTER, {
        input: applicantOf(nik, { name: 'Dewi Lestari Putri', phone: '081227007200', kkNumber: null }),
      });
      // The registration's statement is waiting on the NIK's unique index for the other transaction.
      await expect
        .poll(
          async () =>
            (
              await t.sql.query(
                `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                   and query like 'with %'`,
              )
            ).rowCount,
          { timeout: 10_000, interval: 50 },
        )
        .toBe(1);
      await other.query('commit');
      const result = (await registering) as { data?: Registered; errors?: unknown[] };
      expect(result.errors ?? []).toEqual([]);
      expect(await applicantIds([result.data?.registerCase.id as string])).toEqual([personId]);
      // The returning person takes the name and phone given now.
      expect(await peopleWith(nik)).toEqual([{ id: personId, name: 'Dewi Lestari Putri', phone: '+6281227007200' }]);
    } finally {
      await other.query('rollback').catch(() => undefined);
      other.release();
      await registering?.catch(() => undefined);
    }
  });

  it('an applicant who is also a beneficiary is one person; a returning one keeps details not given again', async () => {
    const nik = '3310051708907300';
    const first = await kader.request<Registered>(REGISTER, {
      input: applicantOf(nik, { name: 'Rahmat Hidayat', phone: '081227007300', kkNumber: '3310050202267300' }),
    });
    const input = applicantOf(nik, { name: 'Rahmat Hidayat', phone: null, kkNumber: '3310050202267300' });
    const beneficiary = input.beneficiaries?.[0];
    if (!beneficiary) throw new Error('the Pendidikan fixture has no beneficiary');
    const second = await kader.request<Registered>(REGISTER, {
      input: { ...input, beneficiaries: [{ ...beneficiary, nik, name: 'Rahmat Hidayat S.' }] },
    });
    const people = await peopleWith(nik);
    expect(people).toEqual([{ id: expect.any(String), name: 'Rahmat Hidayat S.', phone: '+6281227007300' }]);
    const ids = [first.registerCase.id, second.registerCase.id];
    expect(await applicantIds(ids)).toEqual([people[0]?.id, people[0]?.id]);
    const { rows } = await t.sql.query(`select b.person_id from case_beneficiary b where b.case_id = $1`, [
      second.registerCase.id,
    ]);
    expect(rows).toEqual([{ person_id: people[0]?.id }]);
    const cards = await t.sql.query(`select kk_number from family_card_record where person_id = $1`, [people[0]?.id]);
    expect(cards.rows, 'the family card given twice is on record once').toEqual([{ kk_number: '3310050202267300' }]);
  });
});
