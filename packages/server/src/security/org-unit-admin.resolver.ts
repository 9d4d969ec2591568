import { ForeignKeyConstraintViolationException, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, isAreaCode, validationFailed, type FieldProblem, type OrgUnitKind } from '@posyandu-spm/core';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Membership } from '../entities/membership.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { OrgUnitKindEnum } from '../enums.js';
import type { RequestContext } from '../graphql/context.js';
import { inAdminAreas, outOfAdminArea, requireAdmin, unitInAdminArea } from './admin.js';
import { noteOnMutation } from './audit-mutations.js';
import {
  areaProblems,
  cleanUnitName,
  nameProblems,
  parentProblems,
  routeConflicts,
  serviceProblems,
} from './org-unit-rules.js';

@InputType('OrgUnitInput', { description: 'Admin: a new org unit' })
export class OrgUnitInput {
  @Field(() => OrgUnitKindEnum) kind!: OrgUnitKind;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The desa, kecamatan or kabupaten it serves, by its kind' })
  areaCode!: string;
  @Field(() => ID, { nullable: true, description: 'Where escalations go; required but for the kabupaten' })
  parentId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Route services it receives, e.g. a sector id' })
  services?: string[] | null;
}

@InputType('OrgUnitChanges', { description: 'Admin: what to change on an org unit (kind and area stay)' })
export class OrgUnitChanges {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => [String], { nullable: true }) services?: string[] | null;
}

function cleanServices(services: readonly string[] | null | undefined): string[] {
  return [...new Set((services ?? []).map((s) => s.trim()).filter(Boolean))].sort();
}

/**
 * Structural changes take the org_unit table lock: a re-parenting rewrites the ancestor chains
 * below the unit, and two admins doing it at once must not interleave (rare, and quick).
 */
async function withUnitLock<T>(em: EntityManager, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    await tx.execute('lock table org_unit in share row exclusive mode');
    return fn(tx);
  });
}

/**
 * Admins keep the org chart of their kabupaten: which Posyandu, village governments, kecamatan,
 * OPDs, Pustu/Puskesmas and police units exist, where each escalates, and which routed
 * services each receives. The rules live in org-unit-rules.ts; every change is audited.
 */
@Resolver()
export class OrgUnitAdminResolver {
  @Query(() => [OrgUnit], { description: 'Admin: the org units in your area (or within areaCode), by area and name' })
  async orgUnits(
    @Ctx() ctx: RequestContext,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ): Promise<OrgUnit[]> {
    const { areaCodes } = requireAdmin(ctx.principal);
    areaCode ??= null;
    if (areaCode !== null) {
      if (!isAreaCode(areaCode)) {
        throw validationFailed([
          { field: 'areaCode', message: { id: 'Kode wilayah tidak valid.', en: 'Not a valid area code.' } },
        ]);
      }
      if (!inAdminAreas(areaCodes, areaCode)) outOfAdminArea();
    }
    const scopes = areaCode !== null ? [areaCode] : areaCodes;
    return ctx.em.find(
      OrgUnit,
      { $or: scopes.flatMap((a) => [{ area: a }, { area: { code: { $like: `${a}.%` } } }]) },
      { orderBy: { area: { code: 'asc' }, name: 'asc' } },
    );
  }

  @Mutation(() => OrgUnit, { description: 'Admin: add an org unit in your area (checked against the routes)' })
  async createOrgUnit(@Arg('input', () => OrgUnitInput) input: OrgUnitInput, @Ctx() ctx: RequestContext) {
    const { areaCodes } = requireAdmin(ctx.principal);
    const areaCode = input.areaCode.trim();
    if (isAreaCode(areaCode) && !inAdminAreas(areaCodes, areaCode)) outOfAdminArea();
    const name = cleanUnitName(input.name);
    const services = cleanServices(input.services);
    return withUnitLock(ctx.em, async (em) => {
      const parent = input.parentId ? await unitInAdminArea(em, areaCodes, input.parentId) : null;
      const draft = { kind: input.kind, areaCode, services };
      const problems: FieldProblem[] = [
        ...nameProblems(name),
        ...(await areaProblems(em, input.kind, areaCode)),
        ...serviceProblems(ctx.registry, services),
      ];
      if (!problems.some((p) => p.field === 'areaCode')) {
        problems.push(...parentProblems(draft, parent), ...(await routeConflicts(em, ctx.registry, draft)));
      }
      if (problems.length) throw validationFailed(problems);
      const unit = em.create(OrgUnit, {
        kind: input.kind,
        name,
        area: areaCode,
        parent,
        ancestorIds: parent ? [parent.id, ...parent.ancestorIds] : [],
        services,
      });
      noteOnMutation({ orgUnitId: unit.id });
      await em.flush();
      return unit;
    });
  }

  @Mutation(() => OrgUnit, {
    description:
      'Admin: rename a unit, move it under another parent (the units under it move with it) or change its services',
  })
  async updateOrgUnit(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => OrgUnitChanges) changes: OrgUnitChanges,
    @Ctx() ctx: RequestContext,
  ) {
    const { areaCodes } = requireAdmin(ctx.principal);
    return withUnitLock(ctx.em, async (em) => {
      const unit = await unitInAdminArea(em, areaCodes, id);
      const name = changes.name !== null && changes.name !== undefined ? cleanUnitName(changes.name) : unit.name;
      const services =
        changes.services !== null && changes.services !== undefined ? cleanServices(changes.services) : unit.services;
      const parentChanges = changes.parentId !== undefined;
      const parent = parentChanges && changes.parentId ? await unitInAdminArea(em, areaCodes, changes.parentId) : null;
      const draft = { id: unit.id, kind: unit.kind, areaCode: unit.area.code, services };
      const problems: FieldProblem[] = [
        ...nameProblems(name),
        ...serviceProblems(ctx.registry, services),
        ...(parentChanges ? parentProblems(draft, parent) : []),
        ...(await routeConflicts(em, ctx.registry, draft)),
      ];
      if (problems.length) throw validationFailed(problems);
      unit.name = name;
      unit.services = services;
      if (parentChanges && parent?.id !== unit.parent?.id) {
        const before = unit.ancestorIds;
        unit.parent = parent ? ref(parent) : null;
        unit.ancestorIds = parent ? [parent.id, ...parent.ancestorIds] : [];
        // Units under this one keep their chain up to it, then take its new ancestors.
        const below = await em.find(OrgUnit, { ancestorIds: { $overlap: [unit.id] } });
        for (const child of below) {
          const at = child.ancestorIds.indexOf(unit.id);
          child.ancestorIds = [...child.ancestorIds.slice(0, at + 1), ...unit.ancestorIds];
        }
        noteOnMutation({ orgUnitId: unit.id, movedFrom: before[0] ?? null, moved: below.length });
      } else {
        noteOnMutation({ orgUnitId: unit.id });
      }
      await em.flush();
      return unit;
    });
  }

  @Mutation(() => Boolean, {
    description: 'Admin: remove a unit nobody works in, with no units under it and no case ever at it',
  })
  async deleteOrgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    const { areaCodes } = requireAdmin(ctx.principal);
    noteOnMutation({ orgUnitId: id });
    return withUnitLock(ctx.em, async (em) => {
      const unit = await unitInAdminArea(em, areaCodes, id);
      const [members, children] = await Promise.all([
        em.count(Membership, { orgUnit: unit }),
        em.count(OrgUnit, { parent: unit }),
      ]);
      if (members || children) throw inUse(unit, { members, children });
      em.remove(unit);
      try {
        await em.flush();
      } catch (error) {
        // Cases, events, API keys, open days… reference units by foreign key: a unit with history stays.
        if (error instanceof ForeignKeyConstraintViolationException) throw inUse(unit, { history: true });
        throw error;
      }
      return true;
    });
  }
}

function inUse(unit: OrgUnit, why: { members?: number; children?: number; history?: boolean }): DomainError {
  const reasons = [
    why.members
      ? { id: `${why.members} pengguna berperan di sana`, en: `${why.members} users hold roles there` }
      : null,
    why.children ? { id: `${why.children} unit berada di bawahnya`, en: `${why.children} units are under it` } : null,
    why.history ? { id: 'ada kasus atau catatan yang merujuknya', en: 'cases or records refer to it' } : null,
  ].filter((r): r is { id: string; en: string } => r !== null);
  return new DomainError(
    'UNIT_IN_USE',
    {
      id: `${unit.name} tidak dapat dihapus: ${reasons.map((r) => r.id).join('; ')}. Ganti namanya atau pindahkan induknya saja.`,
      en: `${unit.name} cannot be removed: ${reasons.map((r) => r.en).join('; ')}. Rename it or move it instead.`,
    },
    { details: { members: why.members ?? 0, children: why.children ?? 0, history: why.history ?? false } },
  );
}
