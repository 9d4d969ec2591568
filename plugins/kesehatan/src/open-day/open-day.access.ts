import {
  canReadUnitRecords,
  coversArea,
  forbidden,
  isUnitMember,
  notFound,
  type LocalizedText,
  type Principal,
  type UnitRecordReaders,
} from '@posyandu-spm/core';
import type { OpenDaySession } from './open-day-session.entity.js';

/**
 * Who may see and do what on an open day, through the core's access policy
 * (DESIGN §8; health and children's data are specific personal data):
 * - the measurements and the board (names, z-scores, services): the
 *   Posyandu's own kader and the health workers whose Pustu/Puskesmas covers
 *   its desa — not another Posyandu's kader, not the village, OPD or admin;
 * - the recap (counts only, and the follow-up plan): also the village government and the kecamatan
 *   officer whose kecamatan contains the desa;
 * - the kecamatan summary (area-recap.ts): the kecamatan officer and the health workers covering the area;
 * - tables 1, 2, 3 and 5, opening and closing the day, the plan: the Posyandu's kader;
 * - table 4 (health service): its kader or a health worker covering the desa.
 */
export const PERSONAL_READERS: UnitRecordReaders = { roles: ['HEALTH_WORKER'] };
export const RECAP_READERS: UnitRecordReaders = {
  roles: ['HEALTH_WORKER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'KECAMATAN_OFFICER'],
};
/** Who reads the summary of an area's Posyandu: the kecamatan and the Puskesmas (a Pustu: its desa). */
export const AREA_RECAP_ROLES = ['KECAMATAN_OFFICER', 'HEALTH_WORKER'] as const;

const facts = (s: Pick<OpenDaySession, 'posyanduId' | 'areaCode'>) => ({ unitId: s.posyanduId, areaCode: s.areaCode });
const SESSION = { id: 'Hari buka Posyandu', en: 'Open day' };

/**
 * NOT_FOUND (never FORBIDDEN) for a session out of reach: ids cannot be probed. `what` names the record
 * asked for (a visit), so the answer is the same as for one that does not exist.
 */
export function assertCanReadPersonal(principal: Principal, s: OpenDaySession, what: LocalizedText = SESSION): void {
  if (!canReadUnitRecords(principal, facts(s), PERSONAL_READERS)) throw notFound(what);
}

/** Whether the principal reads the open day's personal data (names, findings), e.g. in the recap. */
export function canReadPersonal(principal: Principal, s: Pick<OpenDaySession, 'posyanduId' | 'areaCode'>): boolean {
  return canReadUnitRecords(principal, facts(s), PERSONAL_READERS);
}

export function assertCanReadRecap(principal: Principal, s: Pick<OpenDaySession, 'posyanduId' | 'areaCode'>): void {
  if (!canReadUnitRecords(principal, facts(s), RECAP_READERS)) throw notFound(SESSION);
}

/** FORBIDDEN, naming the rule, unless the principal covers `areaCode` as a kecamatan officer or health worker. */
export function assertCanReadAreaRecap(principal: Principal, areaCode: string): void {
  if (!coversArea(principal, areaCode, AREA_RECAP_ROLES)) {
    throw forbidden({
      id: 'Rekap wilayah hanya untuk petugas kecamatan dan tenaga kesehatan yang wilayahnya mencakup daerah ini.',
      en: 'The area summary is for the kecamatan officer and the health workers whose area covers it.',
    });
  }
}

export function isKaderOf(principal: Principal, posyanduId: string): boolean {
  return isUnitMember(principal, posyanduId, ['KADER']);
}

export function assertKader(principal: Principal, s: OpenDaySession): void {
  assertCanReadPersonal(principal, s);
  if (!isKaderOf(principal, s.posyanduId)) {
    throw forbidden({
      id: 'Hanya kader Posyandu ini yang mencatat meja ini.',
      en: "Only this Posyandu's kader record at this table.",
    });
  }
}

export function assertServiceGiver(principal: Principal, s: OpenDaySession): void {
  assertCanReadPersonal(principal, s);
  if (!isKaderOf(principal, s.posyanduId) && !coversArea(principal, s.areaCode, ['HEALTH_WORKER'])) {
    throw forbidden({
      id: 'Meja 4 dicatat tenaga kesehatan atau kader Posyandu ini.',
      en: "Table 4 is recorded by a health worker or this Posyandu's kader.",
    });
  }
}
