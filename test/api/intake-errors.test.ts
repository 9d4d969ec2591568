import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id facts } }`;
const QUESTIONS = `{ sector(id: "pendidikan") { serviceTypes { id questions { id type format digits maxItems } } } }`;

interface CodedError {
  extensions?: {
    code?: string;
    messages?: { id: string; en: string };
    fields?: Array<{ field: string; messages: { id: string; en: string } }>;
  };
}

interface Rows {
  cases: number;
  persons: number;
  family_cards: number;
  beneficiaries: number;
  documents: number;
  holdings: number;
  events: number;
}

/** Every row a registration writes, counted. */
async function rows(t: TestServer): Promise<Rows> {
  const r = await t.sql.query(`select
    (select count(*)::int from spm_case) cases, (select count(*)::int from person) persons,
    (select count(*)::int from family_card_record) family_cards, (select count(*)::int from case_beneficiary) beneficiaries,
    (select count(*)::int from case_document) documents, (select count(*)::int from case_holding) holdings,
    (select count(*)::int from case_event) events`);
  return r.rows[0] as Rows;
}

describe('registration input is checked by the shared schemas: a coded error in both languages, nothing written', () => {
  let t: TestServer;
  let kader: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    kader = await t.as('kader.gombang');
  });
  afterAll(() => t?.close());

  async function refused(input: Record<string, unknown>): Promise<CodedError['extensions']> {
    const before = await rows(t);
    const error = (await kader.error(REGISTER, { input })) as CodedError;
    expect(error.extensions?.code).toBe('VALIDATION_FAILED');
    expect(await rows(t)).toEqual(before);
    return error.extensions;
  }

  const applicant = pendidikanInput().applicant;

  it.each([
    ['empty', ''],
    ['only spaces', '    '],
    ['with digits', 'Siti 4minah'],
  ])('refuses an applicant name %s, naming the field in Indonesian and English', async (_what, name) => {
    const e = await refused(pendidikanInput({ applicant: { ...applicant, name } }));
    expect(e?.fields).toEqual([
      {
        field: 'applicant.name',
        messages: { id: expect.stringMatching(/^Nama pemohon /), en: expect.stringMatching(/^Applicant's name /) },
      },
    ]);
  });

  it('refuses a blank beneficiary name and a student name with digits, all at once', async () => {
    const e = await refused(
      pendidikanInput({
        beneficiaries: [{ name: ' ', relation: 'anak' }],
        facts: { ...pendidikanInput().facts, studentName: 'Dewi 2' },
      }),
    );
    expect(e?.fields?.map((f) => f.field)).toEqual(['beneficiaries.0.name', 'facts.studentName']);
    expect(e?.fields?.[1]?.messages.id).toBe(
      "Nama peserta didik hanya boleh berisi huruf, spasi, dan tanda . , ' - ( ).",
    );
  });

  it('the summary names the fields by their labels, never by their keys', async () => {
    const e = await refused(pendidikanInput({ applicant: { ...applicant, name: 'X1' }, rt: 'tiga' }));
    expect(e?.messages).toEqual({
      id: 'Periksa isian: Nama pemohon, RT.',
      en: "Please check: Applicant's name, RT.",
    });
    expect(e?.messages?.id).not.toContain('applicant.name');
  });

  it('the console reads each question’s format from the API, to check it with the same schema', async () => {
    const data = await kader.request<{
      sector: { serviceTypes: Array<{ questions: Array<{ id: string; format: string | null }> }> };
    }>(QUESTIONS);
    const student = data.sector.serviceTypes.flatMap((s) => s.questions).find((q) => q.id === 'studentName');
    expect(student?.format).toBe('personName');
  });

  it('a good registration is still written, cleaned as before (name spaces collapsed)', async () => {
    const before = await rows(t);
    await kader.request(REGISTER, { input: pendidikanInput({ applicant: { ...applicant, name: ' Siti   Aminah ' } }) });
    const after = await rows(t);
    expect(after.cases).toBe(before.cases + 1);
    const stored = await t.sql.query(`select name from person where nik = $1`, [applicant.nik]);
    expect(stored.rows[0]?.name).toBe('Siti Aminah');
  });
});
