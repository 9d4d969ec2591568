import type { EntityManager } from '@mikro-orm/postgresql';
import {
  areaCodeAt,
  DomainError,
  escalationChainShapeProblems,
  isWithinArea,
  ORG_UNIT_KIND_LABELS,
  readsEveryCaseOf,
  ROLE_LABELS,
  type EscalationChain,
  type FieldProblem,
  type Membership as PolicyMembership,
  type OrgUnitKind,
  type Role,
} from '@posyandu-spm/core';
import { EscalationChainRow, EscalationLevelRow } from '../entities/escalation-chain.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';

/** The kabupaten of an area code (a desa, a kecamatan or the kabupaten itself). */
export const kabupatenOf = (areaCode: string): string => areaCodeAt(areaCode, 'KABUPATEN');

/** The configured chains of these kabupaten (all when omitted); a kabupaten without one is absent. */
export async function loadEscalationChains(
  em: EntityManager,
  kabupatenCodes?: readonly string[],
): Promise<Map<string, EscalationChain>> {
  const where = kabupatenCodes ? { kabupatenCode: { $in: [...kabupatenCodes] } } : {};
  const [chains, levels] = await Promise.all([
    em.find(EscalationChainRow, where),
    em.find(EscalationLevelRow, where, { orderBy: { kabupatenCode: 'asc', position: 'asc' } }),
  ]);
  const result = new Map<string, EscalationChain>();
  for (const chain of chains) {
    result.set(chain.kabupatenCode, {
      dueSoonWorkingDays: chain.dueSoonWorkingDays,
      levels: levels
        .filter((l) => l.kabupatenCode === chain.kabupatenCode)
        .map((l) => ({ target: l.target, unitId: l.unit?.id ?? null, windowWorkingDays: l.windowWorkingDays })),
    });
  }
  return result;
}

interface MemberRow {
  user_id: string;
  role: Role;
  org_unit_id: string;
  kind: OrgUnitKind;
  area_code: string;
}

/**
 * Every active user with a non-admin membership in one of `unitIds`, with all their memberships (the
 * access policy decides on the whole principal). One statement.
 */
export async function membersWithMemberships(
  em: EntityManager,
  unitIds: readonly string[],
): Promise<Map<string, PolicyMembership[]>> {
  if (!unitIds.length) return new Map();
  const rows = await em.getConnection().execute<MemberRow[]>(
    `select m.user_id, m.role, u.id as org_unit_id, u.kind, u.area_code
       from membership m join org_unit u on u.id = m.org_unit_id join app_user a on a.id = m.user_id
      where a.active and m.user_id in (
        select user_id from membership where org_unit_id = any(?::uuid[]) and role <> 'ADMIN')`,
    [`{${unitIds.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
  const byUser = new Map<string, PolicyMembership[]>();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ orgUnitId: r.org_unit_id, orgUnitKind: r.kind, areaCode: r.area_code, role: r.role });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

const roleList = (roles: readonly Role[], lang: 'id' | 'en') => roles.map((r) => ROLE_LABELS[r][lang]).join(', ');

/**
 * The holes of a chain in a kabupaten (its shape first, then its units): a `UNIT` level whose unit is
 * missing, outside the kabupaten, or has no active member who may open every case of the kabupaten
 * (by the access policy: an SPM coordinator, a Sekda) is an error — a notice sent there reaches nobody.
 */
export async function escalationChainProblems(
  em: EntityManager,
  kabupatenCode: string,
  chain: EscalationChain,
): Promise<FieldProblem[]> {
  const problems = escalationChainShapeProblems(chain);
  const unitIds = chain.levels.flatMap((l) => (l.target === 'UNIT' && l.unitId ? [l.unitId] : []));
  const units = unitIds.length ? await em.find(OrgUnit, { id: { $in: unitIds } }) : [];
  const members = await membersWithMemberships(em, unitIds);
  chain.levels.forEach((level, i) => {
    if (level.target !== 'UNIT' || !level.unitId) return;
    const n = i + 1;
    const field = `levels.${i}.unitId`;
    const unit = units.find((u) => u.id === level.unitId);
    if (!unit || !isWithinArea(unit.area.code, kabupatenCode)) {
      problems.push({
        field,
        message: {
          id: `Tingkat ${n}: unit tidak ditemukan di kabupaten ${kabupatenCode}.`,
          en: `Level ${n}: the unit is not one of kabupaten ${kabupatenCode}.`,
        },
      });
      return;
    }
    const readers = [...members.values()].filter(
      (ms) =>
        ms.some((m) => m.orgUnitId === unit.id && m.role !== 'ADMIN') &&
        readsEveryCaseOf({ userId: '', memberships: ms }, kabupatenCode),
    );
    if (readers.length) return;
    const roles: Role[] = ['SPM_COORDINATOR', 'REGIONAL_SECRETARY'];
    problems.push({
      field,
      message: {
        id:
          `Tingkat ${n}: ${unit.name} (${ORG_UNIT_KIND_LABELS[unit.kind].id}) tidak punya anggota aktif yang boleh membuka kasus kabupaten ini; ` +
          `pemberitahuan eskalasi tidak akan sampai pada siapa pun. Tambahkan pengguna dengan peran ${roleList(roles, 'id')}.`,
        en:
          `Level ${n}: ${unit.name} (${ORG_UNIT_KIND_LABELS[unit.kind].en}) has no active member who may open this kabupaten's cases; ` +
          `an escalation notice would reach nobody. Add a user with the role ${roleList(roles, 'en')}.`,
      },
    });
  });
  return problems;
}

/**
 * After a change to who works where (a role taken away, a user deactivated), in its transaction:
 * refuses it with ESCALATION_CHAIN_INVALID when a chain level on one of these units would no longer
 * reach anybody who may open the case — the same check as at start-up, so the admin learns it now.
 */
export async function assertChainsStillReachSomeone(em: EntityManager, unitIds: readonly string[]): Promise<void> {
  if (!unitIds.length) return;
  const levels = await em.find(EscalationLevelRow, { unit: { $in: [...unitIds] } });
  const kabupatens = [...new Set(levels.map((l) => l.kabupatenCode))];
  if (!kabupatens.length) return;
  const chains = await loadEscalationChains(em, kabupatens);
  const problems: FieldProblem[] = [];
  for (const [code, chain] of chains) {
    const touched = new Set(
      chain.levels.flatMap((l, i) => (l.unitId && unitIds.includes(l.unitId) ? [`levels.${i}.unitId`] : [])),
    );
    problems.push(...(await escalationChainProblems(em, code, chain)).filter((p) => touched.has(p.field)));
  }
  if (!problems.length) return;
  throw new DomainError(
    'ESCALATION_CHAIN_INVALID',
    {
      id: `Perubahan ini membuat rantai eskalasi berlubang: ${problems.map((p) => p.message.id).join(' ')} Tambahkan orang lain dulu, atau ubah rantai di tab Eskalasi.`,
      en: `This change would leave a hole in the escalation chain: ${problems.map((p) => p.message.en).join(' ')} Add someone else first, or change the chain on the Eskalasi tab.`,
    },
    { fields: problems },
  );
}
