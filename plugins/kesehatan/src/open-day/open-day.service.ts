import { LockMode } from '@mikro-orm/core';
import {
  DomainError,
  forbidden,
  notFound,
  parseIsoDate,
  timeZoneOfArea,
  validationFailed,
  type FieldProblem,
  type Principal,
} from '@posyandu-spm/core';
import type { PersonSummary, PluginServices, PluginRequestContext } from '@posyandu-spm/plugin-api';
import { HOME_VISIT_MONITORING } from '../kesehatan.service-types.js';
import { TARGET_GROUPS } from '../target-groups.js';
import { FollowUp } from './follow-up.entity.js';
import { Measurement } from './measurement.entity.js';
import { assertCanReadPersonal, assertKader, assertServiceGiver, isKaderOf } from './open-day.access.js';
import { OpenDaySession } from './open-day-session.entity.js';
import { STATIONS, OpenDayVisit, type HealthServices, type Station } from './open-day-visit.entity.js';
import type { HealthServiceInput, MeasurementInput, RegisterVisitorInput } from './open-day.types.js';
import { assessVisit } from './visit-risks.js';
import { COUNSELLING_TOPICS, IMMUNIZATIONS } from './vocabulary.js';

type EntityManager = PluginRequestContext['em'];

/** What an open-day operation needs from its request. */
export interface OpenDayDeps {
  em: EntityManager;
  principal: Principal;
  now: Date;
  spm: PluginServices;
}

/** The topic the live board listens to (key: the session id). */
export const BOARD_TOPIC = 'kesehatan.open-day';
const CHILD_GROUPS = new Set(['NEWBORN', 'TODDLER']);

const problem = (field: string, id: string, en: string): FieldProblem => ({ field, message: { id, en } });

export function localDate(at: Date, areaCode: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZoneOfArea(areaCode) }).format(at);
}

function wrongState(): DomainError {
  return new DomainError('WRONG_STATE', {
    id: 'Hari buka ini sudah ditutup.',
    en: 'This open day has been closed.',
  });
}

export async function loadSession(em: EntityManager, id: string): Promise<OpenDaySession> {
  const s = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(OpenDaySession, { id }) : null;
  if (!s) throw notFound({ id: 'Hari buka Posyandu', en: 'Open day' });
  return s;
}

const VISIT = { id: 'Kunjungan', en: 'Visit' };

/**
 * Loads a visit with its session, locked for this transaction (one writer per visitor at a time).
 * A visit out of the principal's reach is answered exactly as one that does not exist.
 */
async function loadVisitForWork(em: EntityManager, id: string, principal: Principal): Promise<OpenDayVisit> {
  const v = /^[0-9a-f-]{36}$/i.test(id)
    ? await em.findOne(OpenDayVisit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!v) throw notFound(VISIT);
  await em.populate(v, ['session']);
  assertCanReadPersonal(principal, v.session.getEntity(), VISIT);
  return v;
}

/** Moves the visitor on to `next`, never back (a table recorded late does not send them back). */
function advance(v: OpenDayVisit, next: Station, now: Date): void {
  if (STATIONS.indexOf(next) > STATIONS.indexOf(v.station)) v.station = next;
  v.updatedAt = now;
}

/** Opens the day for the kader's Posyandu; the same day opened again (another kader's phone) is the same session. */
/**
 * How far back a kader may open (record) an open day: the paper book of the current quarter (the
 * SPM report is quarterly) may be entered late; older days are refused, so a closed quarter's
 * counts do not change afterwards.
 */
export const OPEN_DAY_MAX_DAYS_BACK = 92;

function daysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export async function openSession(d: OpenDayDeps, date: string, posyanduId?: string | null): Promise<OpenDaySession> {
  const units = d.principal.memberships.filter(
    (m) => m.role === 'KADER' && m.orgUnitKind === 'POSYANDU' && (!posyanduId || m.orgUnitId === posyanduId),
  );
  const unit = units[0];
  if (!unit)
    throw forbidden({
      id: 'Hanya kader Posyandu yang membuka hari buka.',
      en: 'Only a Posyandu kader opens an open day.',
    });
  if (units.length > 1) throw validationFailed([problem('posyanduId', 'Pilih Posyandu.', 'Choose the Posyandu.')]);
  if (!parseIsoDate(date))
    throw validationFailed([problem('date', 'Tanggal tidak valid (YYYY-MM-DD).', 'Invalid date (YYYY-MM-DD).')]);
  const today = localDate(d.now, unit.areaCode);
  if (date > today) {
    throw validationFailed([problem('date', 'Tanggal belum tiba.', 'The date is in the future.')]);
  }
  if (date < daysBefore(today, OPEN_DAY_MAX_DAYS_BACK)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Hari buka hanya dapat dicatat paling lama ${OPEN_DAY_MAX_DAYS_BACK} hari ke belakang.`,
        en: `An open day can be recorded at most ${OPEN_DAY_MAX_DAYS_BACK} days back.`,
      },
      {
        fields: [
          problem(
            'date',
            `Paling awal ${daysBefore(today, OPEN_DAY_MAX_DAYS_BACK)} (${OPEN_DAY_MAX_DAYS_BACK} hari ke belakang).`,
            `No earlier than ${daysBefore(today, OPEN_DAY_MAX_DAYS_BACK)} (${OPEN_DAY_MAX_DAYS_BACK} days back).`,
          ),
        ],
        details: { reason: 'OPEN_DAY_TOO_FAR_BACK', maxDaysBack: OPEN_DAY_MAX_DAYS_BACK },
      },
    );
  }
  const existing = await d.em.findOne(OpenDaySession, { posyanduId: unit.orgUnitId, heldOn: date });
  if (existing) {
    if (existing.status === 'CLOSED') throw wrongState();
    return existing;
  }
  const session = d.em.create(OpenDaySession, {
    posyanduId: unit.orgUnitId,
    areaCode: unit.areaCode,
    heldOn: date,
    openedById: d.principal.userId,
    openedAt: d.now,
    updatedAt: d.now,
  });
  await d.em.transactional(async (tx) => {
    tx.persist(session);
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, session.id);
  });
  return session;
}

export async function closeSession(d: OpenDayDeps, id: string, followUpPlan?: string | null): Promise<OpenDaySession> {
  return d.em.transactional(async (tx) => {
    const s = await loadSession(tx, id);
    assertKader(d.principal, s);
    if (s.status === 'CLOSED') throw wrongState();
    if (followUpPlan !== undefined && followUpPlan !== null) s.followUpPlan = checkPlan(followUpPlan);
    s.status = 'CLOSED';
    s.closedAt = d.now;
    s.closedById = d.principal.userId;
    s.updatedAt = d.now;
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, s.id);
    return s;
  });
}

function checkPlan(text: string): string {
  const plan = text.trim();
  if (plan.length < 10 || plan.length > 4000) {
    throw validationFailed([
      problem('followUpPlan', 'Rencana tindak lanjut: 10–4000 karakter.', 'Follow-up plan: 10 to 4000 characters.'),
    ]);
  }
  return plan;
}

/** The RTL may be written (and corrected) by the kader after the day is closed. */
export async function setFollowUpPlan(d: OpenDayDeps, id: string, followUpPlan: string): Promise<OpenDaySession> {
  return d.em.transactional(async (tx) => {
    const s = await loadSession(tx, id);
    assertKader(d.principal, s);
    s.followUpPlan = checkPlan(followUpPlan);
    s.updatedAt = d.now;
    await tx.flush();
    return s;
  });
}

const ADULT_YEARS = 18;

/**
 * A child of the child target groups (newborn, toddler, school-age/teen) still under 18 on the open
 * day — by the birth date when given. Pregnant and breastfeeding visitors consent for themselves
 * (a married minor is of age: KUHPerdata Pasal 330).
 */
function isChildOn(input: RegisterVisitorInput, heldOn: string): boolean {
  if (!CHILD_GROUPS.has(input.targetGroup) && input.targetGroup !== 'SCHOOL_AGE_TEEN') return false;
  if (!input.birthDate) return true;
  return heldOn < `${Number(input.birthDate.slice(0, 4)) + ADULT_YEARS}${input.birthDate.slice(4)}`;
}

/**
 * UU 27/2022 Pasal 25: a child's personal data — here health data — is recorded only with the
 * consent of a parent or guardian, who is named, and whose consent the kader asked for at table 1.
 */
function assertGuardianConsent(input: RegisterVisitorInput): void {
  const problems: FieldProblem[] = [];
  if (!input.guardian?.name?.trim()) {
    problems.push(
      problem(
        'guardian.name',
        'Anak di bawah 18 tahun: nama orang tua/wali wajib diisi.',
        "A child under 18: the parent's or guardian's name is required.",
      ),
    );
  }
  if (input.guardianConsent !== true) {
    problems.push(
      problem(
        'guardianConsent',
        'Data kesehatan anak hanya dicatat dengan persetujuan orang tua/wali (UU 27/2022 Pasal 25). Tanyakan dan centang persetujuannya.',
        "A child's health data is recorded only with a parent's or guardian's consent (UU 27/2022 art. 25). Ask, and tick the consent.",
      ),
    );
  }
  if (problems.length) throw validationFailed(problems);
}

/** Table 1: find the person by NIK or register them, with their target group; they go on to table 2. */
export async function registerVisitor(
  d: OpenDayDeps,
  sessionId: string,
  input: RegisterVisitorInput,
): Promise<OpenDayVisit> {
  const problems: FieldProblem[] = [];
  if (!TARGET_GROUPS.some((g) => g.value === input.targetGroup)) {
    problems.push(problem('targetGroup', 'Kelompok sasaran tidak dikenal.', 'Unknown target group.'));
  }
  if (input.birthDate && !parseIsoDate(input.birthDate)) {
    problems.push(problem('birthDate', 'Tanggal lahir tidak valid.', 'Invalid date of birth.'));
  }
  if (CHILD_GROUPS.has(input.targetGroup) && (!input.birthDate || !input.sex)) {
    problems.push(
      problem(
        'birthDate',
        'Bayi dan balita: tanggal lahir dan jenis kelamin wajib (untuk z-score).',
        'Newborns and toddlers need a date of birth and sex (for the z-scores).',
      ),
    );
  }
  if (!input.person.nik && !input.guardian?.nik) {
    problems.push(
      problem(
        'person.nik',
        'NIK sasaran atau NIK orang tua/wali wajib diisi (untuk tindak lanjut).',
        "The person's NIK or a parent's/guardian's NIK is needed (for the follow-up).",
      ),
    );
  }
  if (problems.length) throw validationFailed(problems);
  return d.em.transactional(async (tx) => {
    const s = await tx.findOne(
      OpenDaySession,
      { id: (await loadSession(tx, sessionId)).id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!s) throw notFound({ id: 'Hari buka Posyandu', en: 'Open day' });
    assertKader(d.principal, s);
    if (s.status === 'CLOSED') throw wrongState();
    if (input.birthDate && input.birthDate > s.heldOn) {
      throw validationFailed([
        problem('birthDate', 'Tanggal lahir setelah hari buka.', 'Date of birth after the open day.'),
      ]);
    }
    const child = isChildOn(input, s.heldOn);
    if (child) assertGuardianConsent(input);
    const person = await d.spm.upsertPerson(tx, input.person);
    const guardian = input.guardian ? await d.spm.upsertPerson(tx, input.guardian) : null;
    const again = await tx.findOne(OpenDayVisit, { session: s, personId: person.id });
    if (again) return again;
    const last = await tx.findOne(OpenDayVisit, { session: s }, { orderBy: { queueNumber: 'desc' } });
    const visit = tx.create(OpenDayVisit, {
      session: s,
      personId: person.id,
      guardianId: guardian?.id ?? null,
      queueNumber: (last?.queueNumber ?? 0) + 1,
      targetGroup: input.targetGroup,
      sex: input.sex ?? null,
      birthDate: input.birthDate ?? null,
      guardianConsentAt: child ? d.now : null,
      station: 'MEASUREMENT',
      arrivedAt: d.now,
      updatedAt: d.now,
      registeredById: d.principal.userId,
    });
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, s.id);
    return visit;
  });
}

/**
 * Table 2: stores the measurements with their z-scores, and for every new risk
 * opens — or, when this visit already has one, joins — a home-visit monitoring
 * case held by the Posyandu, in the same transaction. A risk already followed
 * up on this visit is never followed up again (unique per visit and indicator).
 */
export async function recordMeasurement(
  d: OpenDayDeps,
  visitId: string,
  values: MeasurementInput,
): Promise<OpenDayVisit> {
  return d.em.transactional(async (tx) => {
    const v = await loadVisitForWork(tx, visitId, d.principal);
    const s = v.session.getEntity();
    assertKader(d.principal, s);
    if (s.status === 'CLOSED') throw wrongState();
    const earlier = await tx.find(
      Measurement,
      { visit: { personId: v.personId, session: { heldOn: { $lt: s.heldOn } } }, weightKg: { $ne: null } },
      { fields: ['measuredOn', 'weightKg'] },
    );
    const assessed = assessVisit({
      targetGroup: v.targetGroup,
      sex: v.sex,
      birthDate: v.birthDate,
      measuredOn: s.heldOn,
      values,
      earlierWeighings: earlier.map((m) => ({ date: m.measuredOn, weightKg: m.weightKg! })),
    });
    const row = {
      measuredOn: s.heldOn,
      ageInDays: assessed.ageInDays,
      weightKg: values.weightKg ?? null,
      lengthCm: values.lengthCm ?? null,
      position: values.position ?? null,
      headCircumferenceCm: values.headCircumferenceCm ?? null,
      lilaCm: values.lilaCm ?? null,
      systolic: values.systolic ?? null,
      diastolic: values.diastolic ?? null,
      oedema: values.oedema ?? false,
      zScores: assessed.zScores,
      risks: assessed.risks,
      remeasure: assessed.remeasure,
      recordedById: d.principal.userId,
      recordedAt: d.now,
    };
    const measurement = await tx.findOne(Measurement, { visit: v });
    if (measurement) tx.assign(measurement, row);
    else tx.persist(tx.create(Measurement, { visit: v, ...row }));

    const followed = await tx.find(FollowUp, { visit: v });
    const fresh = assessed.risks.filter((r) => !followed.some((f) => f.indicator === r.indicator));
    if (fresh.length) {
      const caseId =
        followed[0]?.caseId ??
        (
          await openFollowUpCase(
            d,
            tx,
            s,
            v,
            fresh.map((r) => r.label.id),
          )
        ).id;
      for (const r of fresh) {
        tx.persist(
          tx.create(FollowUp, {
            visit: v,
            indicator: r.indicator,
            code: r.code,
            labelId: r.label.id,
            labelEn: r.label.en,
            caseId,
            createdAt: d.now,
          }),
        );
      }
    }
    advance(v, 'RECORDING', d.now);
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, s.id);
    return v;
  });
}

/** The home-visit monitoring case (deck item 2) for a visitor found at risk, with its 5-working-day deadline. */
async function openFollowUpCase(
  d: OpenDayDeps,
  tx: EntityManager,
  s: OpenDaySession,
  v: OpenDayVisit,
  findings: readonly string[],
) {
  const [person, guardian] = await Promise.all([
    d.spm.people(tx, [v.personId]).then((p) => p[0]),
    v.guardianId ? d.spm.people(tx, [v.guardianId]).then((p) => p[0]) : Promise.resolve(undefined),
  ]);
  const subject = person as PersonSummary;
  // The parent or guardian applies for the child when their NIK is known; otherwise the child, by its own NIK.
  const byGuardian = Boolean(guardian?.nik);
  const applicant = byGuardian ? (guardian as PersonSummary) : subject;
  const reason = `Deteksi dini meja 2, hari buka ${s.heldOn}: ${findings.join('; ')}`.slice(0, 500);
  return d.spm.registerCase(tx, {
    sectorId: 'kesehatan',
    serviceTypeId: HOME_VISIT_MONITORING,
    orgUnitId: s.posyanduId,
    applicant: { nik: applicant.nik, name: applicant.name ?? '', phone: applicant.phone, address: applicant.address },
    beneficiaries: byGuardian ? [{ nik: subject.nik, name: subject.name ?? '', relation: 'Anak' }] : [],
    description: `${reason}. Kunjungan rumah oleh kader dalam 5 hari kerja.`,
    facts: {
      targetGroup: v.targetGroup,
      subjectName: subject.name,
      ...(v.birthDate ? { subjectBirthDate: v.birthDate } : {}),
      monitoringReason: reason,
      lastOpenDayDate: s.heldOn,
    },
  });
}

/** Table 3: the results are written in the KIA book / KMS card. */
export async function recordRecording(d: OpenDayDeps, visitId: string, note?: string | null): Promise<OpenDayVisit> {
  return d.em.transactional(async (tx) => {
    const v = await loadVisitForWork(tx, visitId, d.principal);
    assertKader(d.principal, v.session.getEntity());
    if (v.session.getEntity().status === 'CLOSED') throw wrongState();
    v.recordedInBook = true;
    v.recordingNote = note?.trim().slice(0, 1000) || null;
    advance(v, 'SERVICE', d.now);
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, v.session.id);
    return v;
  });
}

/** Table 4: what the health workers gave (a kader may record vitamin A or PMT they handed out). */
export async function recordHealthService(
  d: OpenDayDeps,
  visitId: string,
  input: HealthServiceInput,
): Promise<OpenDayVisit> {
  const immunizations = [...new Set(input.immunizations ?? [])];
  const unknown = immunizations.filter((i) => !(IMMUNIZATIONS as readonly string[]).includes(i));
  if (unknown.length) {
    throw validationFailed([
      problem(
        'immunizations',
        `Imunisasi tidak dikenal: ${unknown.join(', ')}.`,
        `Unknown immunisations: ${unknown.join(', ')}.`,
      ),
    ]);
  }
  return d.em.transactional(async (tx) => {
    const v = await loadVisitForWork(tx, visitId, d.principal);
    const s = v.session.getEntity();
    assertServiceGiver(d.principal, s);
    if (s.status === 'CLOSED') throw wrongState();
    if (
      immunizations.length &&
      isKaderOf(d.principal, s.posyanduId) &&
      !d.principal.memberships.some((m) => m.role === 'HEALTH_WORKER')
    ) {
      throw forbidden({
        id: 'Imunisasi dicatat tenaga kesehatan.',
        en: 'Immunisations are recorded by a health worker.',
      });
    }
    const services: HealthServices = {
      immunizations,
      vitaminA: Boolean(input.vitaminA),
      supplementaryFeeding: Boolean(input.supplementaryFeeding),
      ironTablets: Boolean(input.ironTablets),
      note: input.note?.trim().slice(0, 1000) || null,
    };
    v.services = services;
    v.servicesById = d.principal.userId;
    advance(v, 'COUNSELLING', d.now);
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, s.id);
    return v;
  });
}

/** Table 5: counselling topics; the visitor is done. */
export async function recordCounselling(
  d: OpenDayDeps,
  visitId: string,
  topics: readonly string[],
  note?: string | null,
): Promise<OpenDayVisit> {
  const unique = [...new Set(topics)];
  const unknown = unique.filter((t) => !COUNSELLING_TOPICS.some((c) => c.value === t));
  if (!unique.length || unknown.length) {
    throw validationFailed([
      problem('topics', 'Pilih topik penyuluhan dari daftar.', 'Choose counselling topics from the list.'),
    ]);
  }
  return d.em.transactional(async (tx) => {
    const v = await loadVisitForWork(tx, visitId, d.principal);
    const s = v.session.getEntity();
    assertKader(d.principal, s);
    if (s.status === 'CLOSED') throw wrongState();
    v.counsellingTopics = unique;
    v.counsellingNote = note?.trim().slice(0, 1000) || null;
    advance(v, 'DONE', d.now);
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, s.id);
    return v;
  });
}

/** Sends a visitor to a table by hand (e.g. back to table 2 to measure again, or past a table that does not apply). */
export async function moveVisitor(d: OpenDayDeps, visitId: string, station: Station): Promise<OpenDayVisit> {
  return d.em.transactional(async (tx) => {
    const v = await loadVisitForWork(tx, visitId, d.principal);
    const s = v.session.getEntity();
    assertServiceGiver(d.principal, s);
    if (s.status === 'CLOSED') throw wrongState();
    v.station = station;
    v.updatedAt = d.now;
    await tx.flush();
    await d.spm.signal(tx, BOARD_TOPIC, s.id);
    return v;
  });
}
