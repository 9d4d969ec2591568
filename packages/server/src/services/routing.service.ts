import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ORG_UNIT_AREA_LEVEL, areaCodeAt, type RouteDefinition } from '@posyandu-spm/core';
import { OrgUnit } from '../entities/org-unit.entity.js';

/**
 * Finds the org unit a route leads to for a case in `caseAreaCode`: the unit of
 * the route's kind bound to the case's desa, kecamatan or kabupaten (by the
 * kind's level), offering the route's service. Never a hard-coded id.
 */
export async function resolveRoute(em: EntityManager, route: RouteDefinition, caseAreaCode: string): Promise<OrgUnit> {
  const areaCode = areaCodeAt(caseAreaCode, ORG_UNIT_AREA_LEVEL[route.unitKind]);
  const units = await em.find(OrgUnit, {
    kind: route.unitKind,
    area: areaCode,
    ...(route.service ? { services: { $contains: [route.service] } } : {}),
  });
  if (units.length === 1) return units[0] as OrgUnit;
  throw new DomainError(
    'ROUTE_NOT_FOUND',
    units.length === 0
      ? {
          id: `Belum ada unit "${route.label.id}" yang terdaftar untuk wilayah ${areaCode}. Hubungi admin kabupaten.`,
          en: `No "${route.label.en}" unit is registered for area ${areaCode}. Ask the kabupaten admin.`,
        }
      : {
          id: `Ada ${units.length} unit "${route.label.id}" untuk wilayah ${areaCode}; admin harus menetapkan satu.`,
          en: `There are ${units.length} "${route.label.en}" units for area ${areaCode}; an admin must keep only one.`,
        },
    { details: { route: route.id, areaCode } },
  );
}
