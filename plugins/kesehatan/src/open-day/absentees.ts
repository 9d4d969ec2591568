import type { Principal } from '@posyandu-spm/core';
import type { PluginServices, PluginRequestContext } from '@posyandu-spm/plugin-api';
import { DAYS_PER_MONTH } from '../growth/age.js';
import { assertCanReadPersonal } from './open-day.access.js';
import { loadSession } from './open-day.service.js';
import type { AbsenteeView } from './open-day.types.js';
import { personView } from './open-day.views.js';
import { knownToddlers } from './skdn.js';

type EntityManager = PluginRequestContext['em'];

/**
 * The toddlers of S (skdn.ts) not seen at any open day of this Posyandu in the session's month,
 * with the last open day they came to — the kader's list for the home visits ("sweeping").
 * Names and NIK: the Posyandu's kader and the health workers covering the desa (NIK masked).
 */
export async function absentees(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  sessionId: string,
): Promise<AbsenteeView[]> {
  const s = await loadSession(em, sessionId);
  assertCanReadPersonal(principal, s);
  const month = s.heldOn.slice(0, 7);
  const missing = (await knownToddlers(em, s.posyanduId, month)).filter((k) => !k.lastVisitOn.startsWith(month));
  const people = await spm.people(em, [
    ...new Set(missing.flatMap((k) => [k.personId, ...(k.guardianId ? [k.guardianId] : [])])),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const monthStart = Date.parse(`${month}-01T00:00:00Z`);
  return missing
    .map((k) => ({
      person: personView(byId.get(k.personId), principal, s)!,
      guardian: k.guardianId ? personView(byId.get(k.guardianId), principal, s) : null,
      sex: k.sex,
      birthDate: k.birthDate,
      ageInMonths: Math.floor((monthStart - Date.parse(`${k.birthDate}T00:00:00Z`)) / 86_400_000 / DAYS_PER_MONTH),
      lastVisitOn: k.lastVisitOn,
    }))
    .sort(
      (a, b) => a.lastVisitOn.localeCompare(b.lastVisitOn) || (a.person.name ?? '').localeCompare(b.person.name ?? ''),
    );
}
