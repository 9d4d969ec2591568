import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, isAdmin, isWithinArea, notFound, type Principal } from '@posyandu-spm/core';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { isUuid } from '../services/ids.js';
import { requirePrincipal } from '../services/principal.js';

/** The admin's areas (their units' area codes); FORBIDDEN for anyone who is not an admin. */
export function requireAdmin(principal: Principal | null): { principal: Principal; areaCodes: string[] } {
  const p = requirePrincipal(principal);
  if (!isAdmin(p)) {
    throw forbidden({
      id: 'Hanya admin kabupaten yang boleh melakukan ini.',
      en: 'Only a kabupaten administrator may do this.',
    });
  }
  return { principal: p, areaCodes: p.memberships.filter((m) => m.role === 'ADMIN').map((m) => m.areaCode) };
}

/** True when `code` lies within one of the admin's areas. */
export function inAdminAreas(areaCodes: readonly string[], code: string): boolean {
  return areaCodes.some((a) => isWithinArea(code, a));
}

export function outOfAdminArea(): never {
  throw forbidden({
    id: 'Unit atau pengguna ini di luar wilayah yang Anda kelola.',
    en: 'This unit or user is outside the area you administer.',
  });
}

/** The unit, if it exists (NOT_FOUND otherwise) and lies in the admin's area (FORBIDDEN otherwise). */
export async function unitInAdminArea(em: EntityManager, areaCodes: readonly string[], id: string): Promise<OrgUnit> {
  const unit = isUuid(id) ? await em.findOne(OrgUnit, { id }) : null;
  if (!unit) throw notFound({ id: 'Unit', en: 'Org unit' });
  if (!inAdminAreas(areaCodes, unit.area.code)) outOfAdminArea();
  return unit;
}
