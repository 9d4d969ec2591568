import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { loadCaseForWork } from './case-work.js';
import { kabupatenOf } from './escalation-chain.js';

/** At most this many units per answer: the picker narrows by name rather than scrolling hundreds. */
export const SUGGESTABLE_UNITS_MAX = 50;

const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * The units a "bukan wewenang" answer on this case may point the citizen to, for the console's unit
 * picker: the org units of the case's kabupaten, by name, without the case's holder and the viewer's
 * own units (which performAction refuses as SUGGESTED_UNIT_INVALID). Whoever may read the case may
 * ask (NOT_FOUND otherwise); a closed case has nothing to decline, so the list is empty.
 */
export async function suggestableUnits(
  em: EntityManager,
  registry: PluginRegistry,
  principal: Principal,
  caseId: string,
  search: string | null | undefined,
  first: number,
): Promise<OrgUnit[]> {
  const { c, holder } = await loadCaseForWork(em, registry, principal, caseId, null);
  if (c.closedAt) return [];
  const kabupaten = kabupatenOf(c.area.code);
  const excluded = [holder.id, ...principal.memberships.map((m) => m.orgUnitId)];
  const text = search?.normalize('NFC').trim() ?? '';
  return em.find(
    OrgUnit,
    {
      $or: [{ area: kabupaten }, { area: { code: { $like: `${kabupaten}.%` } } }],
      id: { $nin: excluded },
      ...(text ? { name: { $ilike: likePattern(text) } } : {}),
    },
    { orderBy: { name: 'asc', id: 'asc' }, limit: Math.min(Math.max(first, 1), SUGGESTABLE_UNITS_MAX) },
  );
}
