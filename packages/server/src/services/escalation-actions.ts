import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import {
  DomainError,
  forbidden,
  isWithinArea,
  notFound,
  validationFailed,
  type LocalizedText,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import { CaseHolding } from '../entities/case-holding.entity.js';
import type { Case } from '../entities/case.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import type { CalendarService } from './calendar.service.js';
import { recordEvent } from './case-events.js';
import { loadCaseForWork, touchCase, type LoadedCase } from './case-work.js';
import { kabupatenOf } from './escalation-chain.js';
import { isUuid } from './ids.js';
import { notifyUnit } from './notify-unit.js';
import { eventActor } from './principal.js';

export interface EscalationActionDeps {
  em: EntityManager;
  registry: PluginRegistry;
  principal: Principal;
  calendars: CalendarService;
  now: Date;
}

const TEXT_MIN = 5;
const TEXT_MAX = 1000;

function cleanText(field: string, value: string, label: LocalizedText): string {
  const text = value.normalize('NFC').trim();
  if (text.length < TEXT_MIN || text.length > TEXT_MAX) {
    throw validationFailed([
      {
        field,
        label,
        message: {
          id: `${label.id} harus ${TEXT_MIN}–${TEXT_MAX} karakter.`,
          en: `${label.en} must be ${TEXT_MIN} to ${TEXT_MAX} characters.`,
        },
      },
    ]);
  }
  return text;
}

/**
 * The case, for one of the SPM coordinator's acts (the Sekda, above them, may do the same): they may
 * read it (NOT_FOUND otherwise), answer for escalations in its kabupaten (FORBIDDEN otherwise), and
 * it is open (WRONG_STATE otherwise).
 */
async function loadForCoordinator(deps: EscalationActionDeps, caseId: string): Promise<LoadedCase> {
  const loaded = await loadCaseForWork(deps.em, deps.registry, deps.principal, caseId, null);
  const area = loaded.c.area.code;
  const answers = deps.principal.memberships.some(
    (m) => (m.role === 'SPM_COORDINATOR' || m.role === 'REGIONAL_SECRETARY') && isWithinArea(area, m.areaCode),
  );
  if (!answers) {
    throw forbidden({
      id: 'Hanya koordinator SPM kabupaten (Tim Penerapan SPM) atau Sekda yang boleh melakukan ini.',
      en: "Only the kabupaten's SPM coordinator (SPM implementation team) or the Sekda may do this.",
    });
  }
  if (loaded.c.closedAt) {
    throw new DomainError('WRONG_STATE', {
      id: 'Kasus ini sudah selesai.',
      en: 'This case is already closed.',
    });
  }
  return loaded;
}

/** Units that receive cases (a kind some installed route leads to), for a coordinator's reassignment. */
export function receivesCases(registry: PluginRegistry, unit: OrgUnit): boolean {
  return registry.plugins.some((p) => p.routes.some((r) => r.unitKind === unit.kind));
}

/** The units of the case's kabupaten the coordinator may give it to: they receive cases, and do not hold it now. */
export async function reassignUnits(deps: EscalationActionDeps, caseId: string): Promise<OrgUnit[]> {
  const { c, holder } = await loadForCoordinator(deps, caseId);
  const kabupaten = kabupatenOf(c.area.code);
  const units = await deps.em.find(
    OrgUnit,
    { $or: [{ area: kabupaten }, { area: { code: { $like: `${kabupaten}.%` } } }], id: { $ne: holder.id } },
    { orderBy: { name: 'asc' } },
  );
  return units.filter((u) => receivesCases(deps.registry, u));
}

/** A new holder's escalation chain starts again from its own head. */
function restartEscalation(c: Case): void {
  c.deadlineNotice = 'NONE';
  c.escalationLevel = 0;
  c.escalatedTo = null;
}

/**
 * The coordinator gives the case to another unit of the kabupaten that receives routed cases (an OPD,
 * the police, a Puskesmas …) with a reason: the holding moves, the new holder is told, and its
 * escalation chain starts again.
 */
export async function reassignEscalatedCase(
  deps: EscalationActionDeps,
  caseId: string,
  unitId: string,
  reasonText: string,
): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const { c, holder, holdings } = await loadForCoordinator({ ...deps, em }, caseId);
    const reason = cleanText('reason', reasonText, { id: 'Alasan', en: 'Reason' });
    const unit = isUuid(unitId) ? await em.findOne(OrgUnit, { id: unitId }) : null;
    if (!unit) throw notFound({ id: 'Unit', en: 'Org unit' });
    const problems = [];
    if (!isWithinArea(unit.area.code, kabupatenOf(c.area.code)) || !receivesCases(deps.registry, unit)) {
      problems.push({
        field: 'unitId',
        message: {
          id: `${unit.name} bukan unit kabupaten ini yang menerima kasus.`,
          en: `${unit.name} is not a unit of this kabupaten that receives cases.`,
        },
      });
    } else if (unit.id === holder.id) {
      problems.push({
        field: 'unitId',
        message: { id: `Kasus ini sudah dipegang ${unit.name}.`, en: `${unit.name} already holds this case.` },
      });
    }
    if (problems.length) throw validationFailed(problems);
    const current = holdings.find((h) => h.until === null);
    if (current) current.until = deps.now;
    em.persist(
      em.create(CaseHolding, { case: c, orgUnit: unit, statusBefore: c.status, receivedFrom: holder, since: deps.now }),
    );
    if (!c.heldByUnitIds.includes(unit.id)) c.heldByUnitIds = [...c.heldByUnitIds, unit.id];
    c.holder = ref(unit);
    restartEscalation(c);
    touchCase(c, deps.now);
    const event = recordEvent(em, c, {
      type: 'ESCALATION_REASSIGNED',
      ...eventActor(deps.principal),
      holderId: unit.id,
      reason,
      payload: { fromHolderId: holder.id, fromHolderName: holder.name, toHolderId: unit.id, toHolderName: unit.name },
      at: deps.now,
    });
    await notifyUnit(
      em,
      unit.id,
      c,
      event,
      'ESCALATION_REASSIGNED',
      {
        id: `Koordinator SPM menyerahkan kasus ${c.code} dari ${holder.name} kepada unit Anda: ${reason}`,
        en: `The SPM coordinator handed case ${c.code} from ${holder.name} to your unit: ${reason}`,
      },
      deps.now,
      deps.now,
    );
    return c;
  });
}

/**
 * The coordinator sets a new due date (a working day, today or later, in the case's area) with a
 * reason: the clock counts to the end of that day, a later holiday change keeps it, the escalation
 * chain starts again, and the holder is told.
 */
export async function setCaseDueDate(
  deps: EscalationActionDeps,
  caseId: string,
  dueDate: string,
  reasonText: string,
): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const { c, holder } = await loadForCoordinator({ ...deps, em }, caseId);
    const reason = cleanText('reason', reasonText, { id: 'Alasan', en: 'Reason' });
    if (c.clockPausedAt) {
      throw new DomainError('WRONG_STATE', {
        id: 'Jam kasus ini sedang berhenti (menunggu pemohon); tenggat baru dihitung saat dilanjutkan.',
        en: 'The clock of this case is paused (waiting for the applicant); its deadline is counted when it resumes.',
      });
    }
    const calendar = await deps.calendars.forArea(c.area.code);
    const today = calendar.localDate(deps.now);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) && !Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`));
    if (!valid || dueDate < today || !calendar.isWorkingDay(dueDate)) {
      throw validationFailed([
        {
          field: 'dueDate',
          label: { id: 'Tenggat baru', en: 'New due date' },
          message: {
            id: `Tenggat baru harus hari kerja, hari ini (${today}) atau sesudahnya.`,
            en: `The new due date must be a working day, today (${today}) or later.`,
          },
        },
      ]);
    }
    const before = c.dueAt;
    c.clockStartDate = today;
    c.clockDays = calendar.workingDaysBetween(today, dueDate);
    c.dueAt = calendar.endOfDay(dueDate);
    restartEscalation(c);
    touchCase(c, deps.now);
    const event = recordEvent(em, c, {
      type: 'DUE_DATE_SET',
      ...eventActor(deps.principal),
      holderId: holder.id,
      reason,
      payload: { fromDueAt: before.toISOString(), dueAt: c.dueAt.toISOString() },
      at: deps.now,
    });
    await notifyUnit(
      em,
      holder.id,
      c,
      event,
      'DUE_DATE_SET',
      {
        id: `Koordinator SPM menetapkan tenggat baru kasus ${c.code}: ${dueDate}. Alasan: ${reason}`,
        en: `The SPM coordinator set a new due date for case ${c.code}: ${dueDate}. Reason: ${reason}`,
      },
      deps.now,
      deps.now,
    );
    return c;
  });
}

/**
 * The coordinator takes the case up with the holding unit (a call, a meeting): what was agreed goes on
 * the case's timeline and to the holder's members.
 */
export async function takeUpEscalatedCase(deps: EscalationActionDeps, caseId: string, noteText: string): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const { c, holder } = await loadForCoordinator({ ...deps, em }, caseId);
    const note = cleanText('note', noteText, { id: 'Catatan tindak lanjut', en: 'Follow-up note' });
    touchCase(c, deps.now);
    const event = recordEvent(em, c, {
      type: 'ESCALATION_TAKEN_UP',
      ...eventActor(deps.principal),
      holderId: holder.id,
      note,
      payload: { holderName: holder.name, escalationLevel: c.escalationLevel },
      at: deps.now,
    });
    await notifyUnit(
      em,
      holder.id,
      c,
      event,
      'ESCALATION_TAKEN_UP',
      {
        id: `Koordinator SPM menindaklanjuti kasus ${c.code} bersama unit Anda: ${note}`,
        en: `The SPM coordinator took up case ${c.code} with your unit: ${note}`,
      },
      deps.now,
      deps.now,
    );
    return c;
  });
}
