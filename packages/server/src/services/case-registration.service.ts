import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonInput, RegisterCaseInput } from '@posyandu-spm/plugin-api';
import { computeDueAt, forbidden, validationFailed, SERVICE_WORKING_DAYS } from '@posyandu-spm/core';
import { CaseBeneficiary } from '../entities/case-beneficiary.entity.js';
import { CaseDocument } from '../entities/case-document.entity.js';
import { CaseHolding } from '../entities/case-holding.entity.js';
import { Case, type CaseWarning } from '../entities/case.entity.js';
import { FamilyCardRecord } from '../entities/family-card-record.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { Person } from '../entities/person.entity.js';
import { recordEvent } from './case-events.js';
import { InputChecker } from './input-checks.js';
import { newTrackingCode } from './tracking-code.js';
import { nikRegionWarnings } from './nik-region.js';
import { priorCaseWarnings } from './prior-case-warnings.js';
import type { ServiceDeps } from './service-deps.js';
import { accountableUserId, eventActor } from './principal.js';

export type { PersonInput, RegisterCaseInput };

/** Finds the returning person by NIK (updating what they told us now), or creates them. */
async function upsertPerson(
  em: EntityManager,
  p: { nik: string | null; name: string | null; phone: string | null; address: string | null; kk: string | null },
  now: Date,
): Promise<Person> {
  let person: Person | null = p.nik ? await em.findOne(Person, { nik: p.nik }, { populate: ['familyCards'] }) : null;
  if (person) {
    if (p.name) person.name = p.name;
    if (p.phone) person.phone = p.phone;
    if (p.address) person.address = p.address;
  } else {
    person = em.create(Person, { nik: p.nik, name: p.name, phone: p.phone, address: p.address, createdAt: now });
  }
  if (p.kk && !person.familyCards.getItems().some((r) => r.kkNumber === p.kk)) {
    em.persist(em.create(FamilyCardRecord, { person, kkNumber: p.kk, firstSeenAt: now }));
  }
  return person;
}

/**
 * Registers a request or complaint: checks every field (all problems at once),
 * finds the intake unit, computes the deadline, and writes the case, its parties,
 * documents, first holding and REGISTERED event in one transaction.
 */
export async function registerCase(deps: ServiceDeps, input: RegisterCaseInput): Promise<Case> {
  const { registry, principal, now } = deps;
  const plugin = registry.sector(input.sectorId);
  const type = registry.serviceType(input.sectorId, input.serviceTypeId);

  const intakeKinds = plugin.intakeUnitKinds ?? ['POSYANDU'];
  const intakeRoles = plugin.intakeRoles ?? ['KADER'];
  const candidates = principal.memberships.filter(
    (m) =>
      intakeKinds.includes(m.orgUnitKind) &&
      intakeRoles.includes(m.role) &&
      (!input.orgUnitId || m.orgUnitId === input.orgUnitId),
  );
  const intake = candidates[0];
  if (!intake) {
    throw forbidden({
      id: `Kasus ${plugin.name.id} hanya dapat didaftarkan oleh ${intakeRoles.join('/')} di unit ${intakeKinds.join('/')}.`,
      en: `${plugin.name.en} cases can only be registered by ${intakeRoles.join('/')} of a ${intakeKinds.join('/')} unit.`,
    });
  }
  if (new Set(candidates.map((c) => c.orgUnitId)).size > 1) {
    throw validationFailed([
      {
        field: 'orgUnitId',
        message: { id: 'Pilih unit tempat kasus didaftarkan.', en: 'Choose the unit registering the case.' },
      },
    ]);
  }

  const identityOptional = Boolean(plugin.reporterIdentityOptional);
  const check = new InputChecker();
  const applicant = {
    nik: check.nik(input.applicant.nik, 'applicant.nik', !identityOptional),
    name: check.name(
      input.applicant.name,
      'applicant.name',
      { id: 'Nama pemohon', en: "Applicant's name" },
      { required: !identityOptional, max: 160, min: 2 },
    ),
    phone: check.phone(input.applicant.phone, 'applicant.phone', false),
    address: check.text(
      input.applicant.address,
      'applicant.address',
      { id: 'Alamat', en: 'Address' },
      { required: false, max: 300, multiline: false },
    ),
    kk: check.kk(input.applicant.kkNumber, 'applicant.kkNumber'),
  };
  if (type.applicantKkRequired && !input.applicant.kkNumber?.trim()) {
    check.add(
      'applicant.kkNumber',
      'Nomor KK pemohon wajib diisi untuk layanan ini.',
      "The applicant's family card (KK) number is required for this service.",
    );
  }
  const beneficiaries = (input.beneficiaries ?? []).map((b, i) => ({
    nik: check.nik(b.nik, `beneficiaries.${i}.nik`, false),
    name:
      check.name(
        b.name,
        `beneficiaries.${i}.name`,
        { id: 'Nama penerima manfaat', en: "Beneficiary's name" },
        { required: true, max: 160, min: 2 },
      ) ?? '',
    phone: null,
    address: null,
    kk: check.kk(b.kkNumber, `beneficiaries.${i}.kkNumber`),
    relation:
      check.text(
        b.relation,
        `beneficiaries.${i}.relation`,
        { id: 'Hubungan', en: 'Relation' },
        { required: true, max: 60, multiline: false },
      ) ?? '',
  }));
  if (beneficiaries.length > 20)
    check.add('beneficiaries', 'Paling banyak 20 penerima manfaat.', 'At most 20 beneficiaries.');
  const description =
    check.text(
      input.description,
      'description',
      { id: 'Uraian keluhan/permohonan', en: 'Description' },
      { required: true, max: 4000, min: 10 },
    ) ?? '';
  const facts = check.facts(input.facts ?? {}, type.facts);
  const dusun = check.text(
    input.dusun,
    'dusun',
    { id: 'Dusun', en: 'Dusun' },
    { required: false, max: 80, multiline: false },
  );
  const rw = check.rtRw(input.rw, 'rw', 'RW');
  const rt = check.rtRw(input.rt, 'rt', 'RT');
  const documents = (input.documents ?? []).map((d, i) => {
    const req = type.requirements.find((r) => r.code === d.code);
    const field = `documents.${i}`;
    if (!req) {
      check.add(
        `${field}.code`,
        `Dokumen "${d.code}" tidak diminta untuk layanan ini.`,
        `Document "${d.code}" is not asked for this service.`,
      );
    } else if (d.fileIds?.length) {
      check.add(
        `${field}.fileIds`,
        'Berkas diunggah setelah kasus terdaftar, lalu dilampirkan dengan attachDocument.',
        'Files are uploaded once the case is registered, then attached with attachDocument.',
      );
    } else {
      check.fileCount(`${field}.fileNames`, req, d.fileNames.length);
    }
    const fileNames = d.fileNames
      .slice(0, 50)
      .map(
        (n, j) =>
          check.text(
            n,
            `${field}.fileNames.${j}`,
            { id: 'Nama berkas', en: 'File name' },
            { required: true, max: 200, multiline: false },
          ) ?? '',
      );
    const note = check.text(d.note, `${field}.note`, { id: 'Catatan', en: 'Note' }, { required: false, max: 500 });
    return { code: d.code, fileNames, note };
  });
  const codes = documents.map((d) => d.code);
  if (new Set(codes).size !== codes.length)
    check.add('documents', 'Ada dokumen yang disebut dua kali.', 'A document is listed twice.');
  if (check.problems.length) throw validationFailed(check.problems);

  const { em, calendars } = deps;
  const unit = await em.findOneOrFail(OrgUnit, { id: intake.orgUnitId });
  const areaCode = unit.area.code;
  const calendar = await calendars.forArea(areaCode);

  return em.transactional(async (tx) => {
    const warnings: CaseWarning[] = [];
    if (identityOptional && !applicant.nik && !applicant.phone) {
      warnings.push({
        code: 'MAY_BE_DISREGARDED',
        message: {
          id: 'Pelapor tidak menyebutkan identitas dan tidak ada kontak yang bisa dihubungi; pengaduan dapat diabaikan.',
          en: 'The reporter gave no identity and no contact; the complaint may be disregarded.',
        },
      });
    }
    warnings.push(...(await priorCaseWarnings(tx, plugin.id, type, applicant)));
    warnings.push(
      ...(await nikRegionWarnings(tx, [
        { field: 'applicant.nik', nik: applicant.nik },
        ...beneficiaries.map((b, i) => ({ field: `beneficiaries.${i}.nik`, nik: b.nik })),
      ])),
    );
    const person = await upsertPerson(tx, applicant, now);
    let code = newTrackingCode();
    while (await tx.count(Case, { code })) code = newTrackingCode();
    const c = tx.create(Case, {
      code,
      sectorId: plugin.id,
      serviceTypeId: type.id,
      status: plugin.workflow.initialState,
      area: areaCode,
      dusun,
      rw,
      rt,
      description,
      facts,
      warnings,
      applicant: person,
      contactPhone: applicant.phone,
      confidentialReporter: Boolean(plugin.confidentialReporter),
      originUnit: unit,
      holder: unit,
      heldByUnitIds: [unit.id],
      registeredBy: accountableUserId(principal),
      registeredAt: now,
      idempotencyKey: input.idempotency?.key ?? null,
      idempotencyFingerprint: input.idempotency?.fingerprint ?? null,
      workingDays: SERVICE_WORKING_DAYS,
      clockStartDate: calendar.localDate(now),
      clockDays: SERVICE_WORKING_DAYS,
      dueAt: computeDueAt(calendar, now, SERVICE_WORKING_DAYS),
      updatedAt: now,
    });
    for (const b of beneficiaries) {
      const p = await upsertPerson(tx, b, now);
      tx.persist(tx.create(CaseBeneficiary, { case: c, person: p, relation: b.relation }));
    }
    for (const d of documents) {
      tx.persist(
        tx.create(CaseDocument, {
          case: c,
          code: d.code,
          status: 'RECEIVED',
          fileCount: d.fileNames.length,
          fileNames: d.fileNames,
          note: d.note,
          updatedBy: accountableUserId(principal),
          updatedAt: now,
        }),
      );
    }
    tx.persist(
      tx.create(CaseHolding, { case: c, orgUnit: unit, statusBefore: c.status, receivedFrom: null, since: now }),
    );
    recordEvent(tx, c, {
      type: 'REGISTERED',
      ...eventActor(principal),
      holderId: unit.id,
      toStatus: c.status,
      payload: { serviceType: type.id, dueAt: c.dueAt.toISOString(), documents: codes },
      at: now,
    });
    return c;
  });
}
