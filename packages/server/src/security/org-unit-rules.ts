import type { EntityManager } from '@mikro-orm/postgresql';
import {
  areaLevelOf,
  isAreaCode,
  isWithinArea,
  ORG_UNIT_AREA_LEVEL,
  type FieldProblem,
  type LocalizedText,
  type OrgUnitKind,
  type PluginRegistry,
  type RouteDefinition,
} from '@posyandu-spm/core';
import { Area } from '../entities/area.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';

/**
 * What makes an org unit well formed, for the admin's create and update
 * (DESIGN §3: units are bound to an area and escalate to their parent):
 * - its area is an imported area at the level its kind serves (a Posyandu a desa, an OPD the kabupaten);
 * - its parent encloses it: the parent's area contains the unit's, and the chain has no loop;
 * - every service it offers is one a plugin route asks for;
 * - no route of an installed plugin becomes ambiguous: `resolveRoute` must keep finding exactly one
 *   unit (two village governments for one desa, two OPDs offering `pendidikan` for one kabupaten).
 */

const LEVEL_TEXT: Record<string, LocalizedText> = {
  DESA: { id: 'desa/kelurahan', en: 'desa/kelurahan' },
  KECAMATAN: { id: 'kecamatan', en: 'kecamatan' },
  KABUPATEN: { id: 'kabupaten/kota', en: 'kabupaten/kota' },
  PROVINSI: { id: 'provinsi', en: 'province' },
};

export const UNIT_NAME_MAX = 200;

/** The name as stored: NFC, trimmed, inner runs of spaces made one. */
export function cleanUnitName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function nameProblems(name: string): FieldProblem[] {
  if (name.length >= 2 && name.length <= UNIT_NAME_MAX && !/[\u0000-\u001f\u007f]/.test(name)) return [];
  return [
    {
      field: 'name',
      message: {
        id: `Nama unit harus 2–${UNIT_NAME_MAX} karakter, tanpa karakter kontrol.`,
        en: `The unit name must be 2 to ${UNIT_NAME_MAX} characters, with no control characters.`,
      },
    },
  ];
}

/** The area the unit will serve: it must exist (imported from the wilayah table) at the kind's level. */
export async function areaProblems(em: EntityManager, kind: OrgUnitKind, areaCode: string): Promise<FieldProblem[]> {
  const level = ORG_UNIT_AREA_LEVEL[kind];
  const want = LEVEL_TEXT[level] as LocalizedText;
  if (!isAreaCode(areaCode)) {
    return [{ field: 'areaCode', message: { id: 'Kode wilayah tidak valid.', en: 'Not a valid area code.' } }];
  }
  if (areaLevelOf(areaCode) !== level) {
    return [
      {
        field: 'areaCode',
        message: {
          id: `Unit jenis ${kind} melayani satu ${want.id}; ${areaCode} bukan kode ${want.id}.`,
          en: `A unit of kind ${kind} serves one ${want.en}; ${areaCode} is not a ${want.en} code.`,
        },
      },
    ];
  }
  if (!(await em.count(Area, { code: areaCode }))) {
    return [
      {
        field: 'areaCode',
        message: {
          id: `Wilayah ${areaCode} belum diimpor; impor data wilayah terlebih dahulu (pnpm db:import-wilayah).`,
          en: `Area ${areaCode} has not been imported; import the area data first (pnpm db:import-wilayah).`,
        },
      },
    ];
  }
  return [];
}

/**
 * The parent must enclose the unit (escalation goes up, never sideways into another desa) and
 * must not be the unit or one of the units under it.
 */
export function parentProblems(unit: { id?: string; kind: OrgUnitKind; areaCode: string }, parent: OrgUnit | null) {
  const problems: FieldProblem[] = [];
  if (!parent) {
    if (unit.kind !== 'KABUPATEN') {
      problems.push({
        field: 'parentId',
        message: {
          id: 'Setiap unit selain pemerintah kabupaten memerlukan unit induk (tujuan eskalasi).',
          en: 'Every unit but the kabupaten government needs a parent unit (where escalations go).',
        },
      });
    }
    return problems;
  }
  if (unit.id && (parent.id === unit.id || parent.ancestorIds.includes(unit.id))) {
    problems.push({
      field: 'parentId',
      message: {
        id: `${parent.name} berada di bawah unit ini; induk tidak boleh membentuk lingkaran.`,
        en: `${parent.name} is under this unit; a parent must not form a loop.`,
      },
    });
  } else if (!isWithinArea(unit.areaCode, parent.area.code)) {
    problems.push({
      field: 'parentId',
      message: {
        id: `Induk ${parent.name} (${parent.area.code}) tidak mencakup wilayah ${unit.areaCode}.`,
        en: `The parent ${parent.name} (${parent.area.code}) does not cover area ${unit.areaCode}.`,
      },
    });
  }
  return problems;
}

/** Services a unit may offer: those some installed plugin's route asks for. */
export function knownServices(registry: PluginRegistry): Set<string> {
  return new Set(registry.plugins.flatMap((p) => p.routes.flatMap((r) => (r.service ? [r.service] : []))));
}

export function serviceProblems(registry: PluginRegistry, services: readonly string[]): FieldProblem[] {
  const known = knownServices(registry);
  const unknown = services.filter((s) => !known.has(s));
  if (!unknown.length) return [];
  return [
    {
      field: 'services',
      message: {
        id: `Layanan tidak dikenal: ${unknown.join(', ')}. Pilih dari: ${[...known].sort().join(', ')}.`,
        en: `Unknown services: ${unknown.join(', ')}. Choose from: ${[...known].sort().join(', ')}.`,
      },
    },
  ];
}

function routesFor(registry: PluginRegistry, kind: OrgUnitKind, services: readonly string[]): RouteDefinition[] {
  return registry.plugins.flatMap((p) =>
    p.routes.filter((r) => r.unitKind === kind && (!r.service || services.includes(r.service))),
  );
}

/**
 * Routes that would find two units once this one exists: for each route the unit would answer,
 * another unit of the same kind and area answering it too.
 */
export async function routeConflicts(
  em: EntityManager,
  registry: PluginRegistry,
  unit: { id?: string; kind: OrgUnitKind; areaCode: string; services: readonly string[] },
): Promise<FieldProblem[]> {
  const routes = routesFor(registry, unit.kind, unit.services);
  if (!routes.length) return [];
  const others = await em.find(OrgUnit, {
    kind: unit.kind,
    area: unit.areaCode,
    ...(unit.id ? { id: { $ne: unit.id } } : {}),
  });
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const clash = others.find((o) => !route.service || o.services.includes(route.service));
    const key = `${route.service ?? ''}|${clash?.id ?? ''}`;
    if (!clash || seen.has(key)) continue;
    seen.add(key);
    problems.push({
      field: route.service ? 'services' : 'kind',
      message: {
        id: `${clash.name} sudah menjadi tujuan "${route.label.id}" untuk wilayah ${unit.areaCode}; satu wilayah hanya boleh punya satu.`,
        en: `${clash.name} already receives "${route.label.en}" for area ${unit.areaCode}; an area may have only one.`,
      },
    });
  }
  return problems;
}
