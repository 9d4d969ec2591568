import { homeVisit, monitoringInput } from '../../../plugins/kesehatan/src/kesehatan.fixtures.js';
import { lmsValueAt, whoGrowthTables } from '../../../plugins/kesehatan/src/growth/index.js';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { trantibumlinmasInput } from '../../../plugins/trantibumlinmas/src/trantibumlinmas.fixtures.js';
import { DEMO_PASSWORD, hashPassword, Membership, OrgUnit, User } from '@posyandu-spm/server';
import type { GraphQLClient, TestServer } from '@posyandu-spm/testing';
import { caseForwardedToOpd } from '../helpers/pendidikan-flow.js';

/**
 * The cases the matrix asks about, one per kind of jurisdiction:
 * - edu: Posyandu Gombang (Desa Gombang, Kec. Cawas), forwarded by the village to the education OPD;
 * - pogung: another Posyandu and desa (Pogung) in the same kecamatan, in verification;
 * - elsewhere: another kecamatan (Posyandu Karangpakel, Kec. Trucuk), in verification;
 * - complaint: a confidential Trantibumlinmas complaint of Gombang, forwarded to the police (Polsek Cawas);
 * - health: a Kesehatan home-visit monitoring of Gombang, with the Pustu (follow-up coordinated);
 * - openday: the home-visit monitoring case the Kesehatan open day of Posyandu Gombang opened for a
 *   child found stunted at table 2 (registered, held by the Posyandu): added by {@link buildOpenDay}.
 */
export const CASE_KEYS = ['edu', 'pogung', 'complaint', 'health', 'elsewhere', 'openday'] as const;
export type CaseKey = (typeof CASE_KEYS)[number];

export interface World {
  cases: Record<CaseKey, { id: string; code: string }>;
  caseKeys: Map<string, CaseKey>;
  units: Record<string, string>;
  /** The API key of the education OPD's system (the `apikey` viewer). */
  apiKeySecret: string;
  /** A key of the education OPD for the revoke probe. */
  spareApiKeyId: string;
  /** A key of a unit outside the admin's kabupaten (a province agency). */
  foreignApiKeyId: string;
  /** A regional holiday of another kabupaten (33.11). */
  foreignHolidayId: string;
  /** The first event of the run: subscriptions resume after it, so they replay every later change. */
  firstCursor: string;
  /** The Kesehatan open day of Posyandu Gombang ({@link buildOpenDay}). */
  openDay: OpenDayWorld;
}

export interface OpenDayWorld {
  sessionId: string;
  posyanduId: string;
  /** YYYY-MM-DD, and its month. */
  date: string;
  month: string;
  /** The stunted toddler (with her mother as guardian): through all five tables; her follow-up is `openday`. */
  toddlerVisitId: string;
  /** A pregnant woman: the bidan gave her the TD immunisation at table 4. */
  pregnantVisitId: string;
}

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { id version } }`;
const VISIT = `mutation ($id: ID!, $visit: VisitInput!) { recordVisit(caseId: $id, visit: $visit) { id version } }`;

interface Step {
  id: string;
  version: number;
}

/** The reporter of the complaint and the note on their identity document: what redacted viewers must never see. */
export const COMPLAINT_DOCUMENT_NOTE = 'KTP asli ditunjukkan di pos pelayanan';

/** The file uploaded as the complaint's reporter identity document. */
export const COMPLAINT_FILE_NAME = 'ktp-pelapor.pdf';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Uploads a file to a document of a case, as the console does (POST /files, multipart). */
async function upload(t: TestServer, client: GraphQLClient, caseId: string, documentCode: string, name: string) {
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
  const res = await fetch(`${t.url}/files?caseId=${caseId}&documentCode=${documentCode}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  const { file } = (await res.json()) as { file: { id: string } };
  await client.request(
    `mutation ($id: ID!, $doc: DocumentInput!) { attachDocument(caseId: $id, document: $doc) { id } }`,
    { id: caseId, doc: { code: documentCode, fileIds: [file.id], note: COMPLAINT_DOCUMENT_NOTE } },
  );
}

async function versionOf(t: TestServer, caseId: string): Promise<number> {
  return (await t.sql.query<{ version: number }>('select version from spm_case where id = $1', [caseId])).rows[0]
    ?.version as number;
}

async function register(client: GraphQLClient, input: Record<string, unknown>): Promise<Step> {
  return (await client.request<{ registerCase: Step }>(REGISTER, { input })).registerCase;
}

async function act(client: GraphQLClient, c: Step, action: string, input?: Record<string, string>): Promise<Step> {
  return (await client.request<{ performAction: Step }>(ACT, { id: c.id, action, v: c.version, input })).performAction;
}

async function visit(client: GraphQLClient, c: Step, v: Record<string, unknown>): Promise<Step> {
  return (await client.request<{ recordVisit: Step }>(VISIT, { id: c.id, visit: v })).recordVisit;
}

/** Units and a user the demo data lacks: another kecamatan with a Posyandu and its kader, and a province agency. */
async function addUnits(t: TestServer): Promise<void> {
  const em = t.orm.em.fork();
  const kabupaten = await em.findOneOrFail(OrgUnit, { kind: 'KABUPATEN' });
  const trucuk = em.create(OrgUnit, {
    kind: 'KECAMATAN',
    name: 'Kecamatan Trucuk',
    area: '33.10.06',
    parent: kabupaten,
    ancestorIds: [kabupaten.id],
  });
  const posyandu = em.create(OrgUnit, {
    kind: 'POSYANDU',
    name: 'Posyandu Karangpakel',
    area: '33.10.06.2001',
    parent: trucuk,
    ancestorIds: [trucuk.id, kabupaten.id],
  });
  em.create(OrgUnit, { kind: 'OPD', name: 'Dinas Pendidikan Provinsi Jawa Tengah', area: '33', services: [] });
  const user = em.create(User, {
    username: 'kader.karangpakel',
    displayName: 'Kader Posyandu Karangpakel',
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  em.create(Membership, { user, orgUnit: posyandu, role: 'KADER' });
  await em.flush();
}

/** Builds the world once: the cases, keys and foreign records the matrix asks about. */
export async function buildWorld(t: TestServer): Promise<World> {
  await addUnits(t);
  const units = Object.fromEntries(
    (await t.sql.query<{ id: string; name: string }>('select id, name from org_unit')).rows.map((r) => [r.name, r.id]),
  );
  const [kader, kaderPogung, kaderKarangpakel, trantibum, kades, bidan, admin] = await Promise.all([
    t.as('kader.gombang'),
    t.as('kader.pogung'),
    t.as('kader.karangpakel'),
    t.as('trantibum.gombang'),
    t.as('kades.gombang'),
    t.as('bidan.gombang'),
    t.as('admin.klaten'),
  ]);

  // The applicant agreed to SMS updates: their messages wait in the outbox (no gateway here).
  const edu = await caseForwardedToOpd(t, { messageConsent: { channel: 'SMS', language: 'id' } });

  // The applicant's NIK was first registered in a kecamatan code that does not exist: a warning on the case.
  let pogung = await register(
    kaderPogung,
    pendidikanInput({
      applicant: { nik: '3310990101900011', name: 'Parmi', phone: '0812-1111-2222', kkNumber: '3310050101150003' },
      beneficiaries: [{ name: 'Anton Saputra', relation: 'anak', nik: '3310051506160005' }],
      facts: { studentName: 'Anton Saputra', schoolName: 'SD Negeri 1 Pogung', schoolLevel: 'SD' },
    }),
  );
  pogung = await act(kaderPogung, pogung, 'start-verification');

  let elsewhere = await register(
    kaderKarangpakel,
    pendidikanInput({
      applicant: { nik: '3310061505880021', name: 'Tukiyem', phone: '0812-3333-4444' },
      beneficiaries: [],
      facts: { studentName: 'Bayu', schoolName: 'SD Negeri 1 Karangpakel', schoolLevel: 'SD' },
    }),
  );
  elsewhere = await act(kaderKarangpakel, elsewhere, 'start-verification');

  let complaint = await register(
    trantibum,
    trantibumlinmasInput({
      documents: [{ code: 'reporter-identity', fileNames: ['identitas-pelapor.jpg'], note: COMPLAINT_DOCUMENT_NOTE }],
    }),
  );
  complaint = await act(trantibum, complaint, 'start-assessment');
  await upload(t, trantibum, complaint.id, 'reporter-identity', COMPLAINT_FILE_NAME);
  complaint = { ...complaint, version: await versionOf(t, complaint.id) };
  complaint = await visit(trantibum, complaint, {
    kind: 'FIELD',
    visitedAt: '2026-11-23T02:00:00Z',
    participants: 'Petugas Trantibumlinmas, Ketua RT',
    findings: 'Tetangga membenarkan keributan hampir setiap malam.',
    recommendation: 'NEEDS_FOLLOW_UP',
  });
  complaint = await act(trantibum, complaint, 'submit-for-approval', { note: 'Keributan berulang, ada korban.' });
  complaint = await act(kades, complaint, 'approve-follow-up');
  complaint = await act(trantibum, complaint, 'report-examination', { note: 'Perlu penanganan kepolisian.' });
  complaint = await act(kades, complaint, 'forward-to-police', { note: 'Mohon ditindaklanjuti Polsek.' });

  let health = await register(kader, monitoringInput());
  health = await act(kader, health, 'start-monitoring');
  health = await visit(kader, health, homeVisit('2026-11-23T02:00:00Z'));
  health = await act(kader, health, 'submit-recap', { note: 'Rekap: BB 9,1 kg (turun), batuk pilek 4 hari.' });
  health = await act(bidan, health, 'record-coordination', { note: 'Bidan memeriksa di rumah besok.' });

  const CREATE = `mutation ($unit: ID!, $name: String!) {
    createApiKey(orgUnitId: $unit, name: $name, expiresAt: "2027-06-30T00:00:00Z") { secret apiKey { id } } }`;
  const created = async (name: string) =>
    (
      await admin.request<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE, {
        unit: units['Dinas Pendidikan Kabupaten Klaten'],
        name,
      })
    ).createApiKey;
  const key = await created('SIM Dinas Pendidikan');
  const spare = await created('SIM cadangan');
  const adminId = (await t.sql.query<{ id: string }>(`select id from app_user where username = 'admin.klaten'`)).rows[0]
    ?.id;
  const foreignKey = await t.sql.query<{ id: string }>(
    `insert into api_key (id, name, prefix, secret_hash, org_unit_id, created_by_id, created_at, expires_at)
     values (gen_random_uuid(), 'SIM Provinsi', 'psk_0000000000ff', repeat('0', 64), $1, $2, now(), now() + interval '200 days')
     returning id`,
    [units['Dinas Pendidikan Provinsi Jawa Tengah'], adminId],
  );
  const foreignHoliday = await t.sql.query<{ id: string }>(
    `insert into holiday (id, date, kind, name_id, name_en, legal_basis, area_code)
     values (gen_random_uuid(), '2027-08-02', 'REGIONAL', 'Hari jadi Sukoharjo', 'Sukoharjo day', 'Perbup', '33.11')
     returning id`,
  );
  const first = (
    await t.sql.query<{ tx: string; id: string }>(
      'select tx_id::text as tx, id::text from case_event order by id limit 1',
    )
  ).rows[0];

  const ids = { edu: edu.id, pogung: pogung.id, complaint: complaint.id, health: health.id, elsewhere: elsewhere.id };
  const codes = new Map(
    (await t.sql.query<{ id: string; code: string }>('select id, code from spm_case')).rows.map((r) => [r.id, r.code]),
  );
  return {
    // `openday` is added by buildOpenDay, after the deadline clock ran.
    cases: Object.fromEntries(
      CASE_KEYS.filter((k) => k !== 'openday').map((k) => [
        k,
        { id: ids[k as keyof typeof ids], code: codes.get(ids[k as keyof typeof ids]) as string },
      ]),
    ) as World['cases'],
    caseKeys: new Map(Object.entries(ids).map(([k, id]) => [id, k as CaseKey])),
    units,
    apiKeySecret: key.secret,
    spareApiKeyId: spare.apiKey.id,
    foreignApiKeyId: foreignKey.rows[0]?.id as string,
    foreignHolidayId: foreignHoliday.rows[0]?.id as string,
    firstCursor: Buffer.from(`e1:${first?.tx}:${first?.id}`).toString('base64url'),
    openDay: null as unknown as OpenDayWorld,
  };
}

/** The open day's people: what only the Posyandu's kader (full NIK) and the health workers covering the desa (masked) see. */
export const OPEN_DAY_PEOPLE = {
  toddler: { name: 'Nadia Putri', nik: '3310056710250001' },
  mother: { name: 'Wulandari', nik: '3310055203960004' },
  pregnant: { name: 'Ratna Sari', nik: '3310055508980003' },
  /** A toddler seen the week before and not at this open day: on its absentee list. */
  absentee: { name: 'Bima Saputra', nik: '3310051403250002' },
} as const;

const OD_VISIT = `id measurement { weightKg lengthCm risks { code } } followUps { caseId }`;
const OD = {
  open: `mutation ($date: String!) { kesehatanOpenDay(date: $date) { id posyanduId } }`,
  register: `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) {
    kesehatanRegisterVisitor(sessionId: $s, input: $input) { ${OD_VISIT} } }`,
  measure: `mutation ($v: ID!, $input: KesehatanMeasurementInput!) {
    kesehatanRecordMeasurement(visitId: $v, input: $input) { ${OD_VISIT} } }`,
  recording: `mutation ($v: ID!, $note: String) { kesehatanRecordRecording(visitId: $v, note: $note) { id } }`,
  service: `mutation ($v: ID!, $input: KesehatanHealthServiceInput!) {
    kesehatanRecordHealthService(visitId: $v, input: $input) { id } }`,
  counsel: `mutation ($v: ID!, $topics: [String!]!) { kesehatanRecordCounselling(visitId: $v, topics: $topics) { id } }`,
  plan: `mutation ($s: ID!, $plan: String!) { kesehatanSetFollowUpPlan(sessionId: $s, followUpPlan: $plan) { id } }`,
};

/** What the probes send again (the same values: the calls the policy lets through change nothing). */
export const OPEN_DAY_INPUTS = {
  recordingNote: 'KMS diisi, grafik di bawah garis merah',
  toddlerServices: { vitaminA: true, supplementaryFeeding: true },
  pregnantServices: { immunizations: ['TD'], ironTablets: true },
  toddlerTopics: ['NUTRITION'],
  followUpPlan: 'Kunjungan rumah balita pendek; PMT lokal dari Dana Desa.',
};

/** The toddler's measurement at table 2 (a girl of 400 days, length at −2.5 SD, weight proportionate: stunted). */
export function stuntedGirl(): { weightKg: number; lengthCm: number; position: 'LYING'; headCircumferenceCm: number } {
  const tables = whoGrowthTables();
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const lengthCm = r1(lmsValueAt(-2.5, tables.lengthForAge.female[400]!));
  const wfl = tables.weightForLength.rows.female[Math.round((lengthCm - tables.weightForLength.start) * 10)]!;
  return {
    weightKg: r1(lmsValueAt(0, wfl)),
    lengthCm,
    position: 'LYING',
    headCircumferenceCm: r1(lmsValueAt(0, tables.headCircumferenceForAge.female[400]!)),
  };
}

/**
 * One Kesehatan open day of Posyandu Gombang, over GraphQL as the kader and the bidan run it
 * (open-day.flow.test.ts): a stunted toddler with her mother, through all five tables — table 2
 * opens her home-visit monitoring case, the `openday` case — and a pregnant woman immunised by
 * the bidan; the follow-up plan written; and, a week before, a toddler who did not come back (the
 * absentee list). Run after the deadline clock (the new case is not due).
 */
export async function buildOpenDay(t: TestServer, world: World, date: string): Promise<void> {
  const [kader, bidan] = await Promise.all([t.as('kader.gombang'), t.as('bidan.gombang')]);
  const session = (await kader.request<{ kesehatanOpenDay: { id: string; posyanduId: string } }>(OD.open, { date }))
    .kesehatanOpenDay;
  type V = { id: string; measurement: { risks: Array<{ code: string }> } | null; followUps: Array<{ caseId: string }> };
  const register = async (input: Record<string, unknown>) =>
    (await kader.request<{ kesehatanRegisterVisitor: V }>(OD.register, { s: session.id, input }))
      .kesehatanRegisterVisitor;
  const toddler = await register({
    person: OPEN_DAY_PEOPLE.toddler,
    guardian: { ...OPEN_DAY_PEOPLE.mother, phone: '0813-2900-5511' },
    guardianConsent: true,
    targetGroup: 'TODDLER',
    sex: 'FEMALE',
    birthDate: new Date(Date.parse(`${date}T00:00:00Z`) - 400 * 86_400_000).toISOString().slice(0, 10),
  });
  const measured = (
    await kader.request<{ kesehatanRecordMeasurement: V }>(OD.measure, { v: toddler.id, input: stuntedGirl() })
  ).kesehatanRecordMeasurement;
  const caseId = measured.followUps[0]?.caseId;
  if (!caseId) throw new Error(`the stunted toddler opened no follow-up: ${JSON.stringify(measured)}`);
  await kader.request(OD.recording, { v: toddler.id, note: OPEN_DAY_INPUTS.recordingNote });
  await bidan.request(OD.service, { v: toddler.id, input: OPEN_DAY_INPUTS.toddlerServices });
  await kader.request(OD.counsel, { v: toddler.id, topics: OPEN_DAY_INPUTS.toddlerTopics });

  const pregnant = await register({ person: OPEN_DAY_PEOPLE.pregnant, targetGroup: 'PREGNANT', sex: 'FEMALE' });
  await kader.request(OD.measure, {
    v: pregnant.id,
    input: { weightKg: 58, lilaCm: 26, systolic: 110, diastolic: 70 },
  });
  await kader.request(OD.recording, { v: pregnant.id, note: OPEN_DAY_INPUTS.recordingNote });
  await bidan.request(OD.service, { v: pregnant.id, input: OPEN_DAY_INPUTS.pregnantServices });
  await kader.request(OD.plan, { s: session.id, plan: OPEN_DAY_INPUTS.followUpPlan });

  // The week before: a toddler who then did not come (the absentee list, SKDN's S).
  const weekBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const earlier = (await kader.request<{ kesehatanOpenDay: { id: string } }>(OD.open, { date: weekBefore }))
    .kesehatanOpenDay;
  await kader.request(OD.register, {
    s: earlier.id,
    input: {
      person: OPEN_DAY_PEOPLE.absentee,
      guardian: { name: 'Sulastri' },
      guardianConsent: true,
      targetGroup: 'TODDLER',
      sex: 'MALE',
      birthDate: '2025-03-14',
    },
  });

  const code = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [caseId])).rows[0]
    ?.code as string;
  world.cases.openday = { id: caseId, code };
  world.caseKeys.set(caseId, 'openday');
  world.openDay = {
    sessionId: session.id,
    posyanduId: session.posyanduId,
    date,
    month: date.slice(0, 7),
    toddlerVisitId: toddler.id,
    pregnantVisitId: pregnant.id,
  };
}
