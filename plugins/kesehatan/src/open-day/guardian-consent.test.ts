import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kesehatanModule from '../kesehatan.module.js';

const OPEN = `mutation ($date: String!) { kesehatanOpenDay(date: $date) { id } }`;
const REGISTER = `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) {
  kesehatanRegisterVisitor(sessionId: $s, input: $input) { id guardianConsentAt guardian { name } } }`;
const MEASURE = `mutation ($v: ID!, $input: KesehatanMeasurementInput!) {
  kesehatanRecordMeasurement(visitId: $v, input: $input) { followUps { caseId } } }`;

const mother = { name: 'Sri Wahyuni', nik: '3310055203950002' };
const toddler = { name: 'Bima Saputra', nik: '3310050712240003' };
const toddlerInput = (over: Record<string, unknown> = {}) => ({
  person: toddler,
  guardian: mother,
  guardianConsent: true,
  targetGroup: 'TODDLER',
  sex: 'MALE',
  birthDate: '2024-12-07',
  ...over,
});

/**
 * UU 27/2022 Pasal 25 (DESIGN §8): a child's personal data — here health data — is processed only
 * with a parent's or guardian's consent. Table 1 asks for it; the visit records when it was given.
 */
describe("Table 1 records a child's health data only with the parent's or guardian's consent", () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let sessionId: string;
  const visitRows = async () =>
    Number((await t.sql.query('select count(*) from kesehatan_open_day_visit')).rows[0].count);

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock('2026-11-23T02:00:00Z') });
    kader = await t.as('kader.gombang');
    sessionId = (await kader.request<{ kesehatanOpenDay: { id: string } }>(OPEN, { date: '2026-11-23' }))
      .kesehatanOpenDay.id;
  });
  afterAll(() => t?.close());

  it('refuses a toddler without consent or without a named guardian, saying why in both languages, and writes nothing', async () => {
    const noConsent = await kader.error(REGISTER, { s: sessionId, input: toddlerInput({ guardianConsent: null }) });
    expect(noConsent.extensions?.code).toBe('VALIDATION_FAILED');
    expect(noConsent.extensions?.fields).toEqual([
      {
        field: 'guardianConsent',
        messages: {
          id: 'Data kesehatan anak hanya dicatat dengan persetujuan orang tua/wali (UU 27/2022 Pasal 25). Tanyakan dan centang persetujuannya.',
          en: "A child's health data is recorded only with a parent's or guardian's consent (UU 27/2022 art. 25). Ask, and tick the consent.",
        },
      },
    ]);
    const noGuardian = await kader.error(REGISTER, {
      s: sessionId,
      input: toddlerInput({ guardian: null, guardianConsent: true }),
    });
    expect(noGuardian.extensions?.fields?.map((f) => f.field)).toEqual(['guardian.name']);
    // A school-age visitor without a birth date is taken for a child too.
    const teen = await kader.error(REGISTER, {
      s: sessionId,
      input: { person: { name: 'Rina', nik: '3310054101120005' }, targetGroup: 'SCHOOL_AGE_TEEN', sex: 'FEMALE' },
    });
    expect(teen.extensions?.fields?.map((f) => f.field)).toEqual(['guardian.name', 'guardianConsent']);
    expect(await visitRows()).toBe(0);
  });

  it('records the consent time with the visit; an adult needs none', async () => {
    const child = await kader.request<{ kesehatanRegisterVisitor: { guardianConsentAt: string | null } }>(REGISTER, {
      s: sessionId,
      input: toddlerInput(),
    });
    expect(child.kesehatanRegisterVisitor.guardianConsentAt).toBe('2026-11-23T02:00:00.000Z');
    const adult = await kader.request<{ kesehatanRegisterVisitor: { guardianConsentAt: string | null } }>(REGISTER, {
      s: sessionId,
      input: {
        person: { name: 'Mbah Karto', nik: '3310050101500001' },
        targetGroup: 'ELDERLY',
        birthDate: '1950-01-01',
      },
    });
    expect(adult.kesehatanRegisterVisitor.guardianConsentAt).toBeNull();
    // An 18-year-old in the school-age group is an adult by her birth date.
    const eighteen = await kader.request<{ kesehatanRegisterVisitor: { guardianConsentAt: string | null } }>(REGISTER, {
      s: sessionId,
      input: {
        person: { name: 'Dewi', nik: '3310054311080006' },
        targetGroup: 'SCHOOL_AGE_TEEN',
        sex: 'FEMALE',
        birthDate: '2008-11-03',
      },
    });
    expect(eighteen.kesehatanRegisterVisitor.guardianConsentAt).toBeNull();
  });

  it('opens the follow-up for a child whose guardian gave no NIK, with the child as applicant', async () => {
    const visit = await kader.request<{ kesehatanRegisterVisitor: { id: string } }>(REGISTER, {
      s: sessionId,
      input: toddlerInput({
        person: { name: 'Laras', nik: '3310055509240004' },
        guardian: { name: 'Nenek Sumi' },
        sex: 'FEMALE',
        birthDate: '2024-09-15',
      }),
    });
    // 14 months, 6.0 kg and 68 cm: severely underweight and stunted.
    const measured = await kader.request<{ kesehatanRecordMeasurement: { followUps: Array<{ caseId: string }> } }>(
      MEASURE,
      { v: visit.kesehatanRegisterVisitor.id, input: { weightKg: 6, lengthCm: 68, position: 'LYING' } },
    );
    const caseId = measured.kesehatanRecordMeasurement.followUps[0]?.caseId;
    expect(caseId).toBeDefined();
    const applicant = await t.sql.query(
      'select p.name from spm_case c join person p on p.id = c.applicant_id where c.id = $1',
      [caseId],
    );
    expect(applicant.rows).toEqual([{ name: 'Laras' }]);
  });
});
