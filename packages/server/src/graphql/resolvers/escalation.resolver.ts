import { DomainError, isAreaCode, areaLevelOf, validationFailed } from '@posyandu-spm/core';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Area } from '../../entities/area.entity.js';
import { Case } from '../../entities/case.entity.js';
import { EscalationChainRow, EscalationLevelRow } from '../../entities/escalation-chain.entity.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { User } from '../../entities/user.entity.js';
import { inAdminAreas, outOfAdminArea, requireAdmin } from '../../security/admin.js';
import {
  reassignEscalatedCase,
  reassignUnits,
  setCaseDueDate,
  takeUpEscalatedCase,
} from '../../services/escalation-actions.js';
import { escalationChainProblems, kabupatenOf } from '../../services/escalation-chain.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { EscalationChainInput, EscalationChainView } from '../types/escalation.type.js';

function kabupatenArg(areaCodes: readonly string[], code: string | null | undefined): string {
  const kabupaten = code ?? (areaCodes[0] ? kabupatenOf(areaCodes[0]) : '');
  if (!isAreaCode(kabupaten) || areaLevelOf(kabupaten) !== 'KABUPATEN') {
    throw validationFailed([
      {
        field: 'kabupatenCode',
        message: { id: 'Kode kabupaten/kota tidak valid.', en: 'Not a valid kabupaten/kota code.' },
      },
    ]);
  }
  if (!inAdminAreas(areaCodes, kabupaten)) outOfAdminArea();
  return kabupaten;
}

async function chainView(ctx: RequestContext, kabupatenCode: string): Promise<EscalationChainView> {
  const [area, row, levels] = await Promise.all([
    ctx.em.findOne(Area, { code: kabupatenCode }),
    ctx.em.findOne(EscalationChainRow, { kabupatenCode }),
    ctx.em.find(EscalationLevelRow, { kabupatenCode }, { orderBy: { position: 'asc' }, populate: ['unit'] }),
  ]);
  const chain = {
    dueSoonWorkingDays: row?.dueSoonWorkingDays ?? 1,
    levels: levels.map((l) => ({
      target: l.target,
      unitId: l.unit?.id ?? null,
      windowWorkingDays: l.windowWorkingDays,
    })),
  };
  return {
    kabupatenCode,
    kabupatenName: area?.name ?? kabupatenCode,
    configured: row !== null,
    dueSoonWorkingDays: row?.dueSoonWorkingDays ?? 1,
    levels: levels.map((l) => ({
      position: l.position,
      target: l.target,
      unit: l.unit?.getEntity() ?? null,
      windowWorkingDays: l.windowWorkingDays,
    })),
    updatedAt: row?.updatedAt ?? null,
    problems: row ? (await escalationChainProblems(ctx.em, kabupatenCode, chain)).map((p) => p.message) : [],
  };
}

/**
 * The escalation chain of a kabupaten (its admin keeps it) and the SPM coordinator's acts on
 * escalated cases. A chain is checked on every change as at start-up: a level whose unit has nobody
 * who may open the case is refused with ESCALATION_CHAIN_INVALID, naming the level.
 */
@Resolver()
export class EscalationResolver {
  @Query(() => EscalationChainView, {
    description: "Admin: the escalation chain of your kabupaten (or kabupatenCode's)",
  })
  async escalationChain(
    @Ctx() ctx: RequestContext,
    @Arg('kabupatenCode', () => String, { nullable: true }) kabupatenCode?: string | null,
  ): Promise<EscalationChainView> {
    const { areaCodes } = requireAdmin(ctx.principal);
    return chainView(ctx, kabupatenArg(areaCodes, kabupatenCode));
  }

  @Mutation(() => EscalationChainView, {
    description:
      'Admin: replace the escalation chain of a kabupaten. Refused with ESCALATION_CHAIN_INVALID (each problem on its field) when a level would reach nobody',
  })
  async setEscalationChain(
    @Arg('kabupatenCode', () => String) kabupatenCode: string,
    @Arg('input', () => EscalationChainInput) input: EscalationChainInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EscalationChainView> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    const code = kabupatenArg(areaCodes, kabupatenCode);
    const chain = {
      dueSoonWorkingDays: input.dueSoonWorkingDays,
      levels: input.levels.map((l) => ({
        target: l.target,
        unitId: l.target === 'UNIT' ? (l.unitId ?? null) : null,
        windowWorkingDays: l.windowWorkingDays,
      })),
    };
    await ctx.em.transactional(async (em) => {
      // One admin's change at a time per kabupaten; the check sees the members as they are now.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`escalation-chain:${code}`]);
      const problems = await escalationChainProblems(em, code, chain);
      if (problems.length) {
        throw new DomainError(
          'ESCALATION_CHAIN_INVALID',
          {
            id: `Rantai eskalasi ditolak: ${problems.map((p) => p.message.id).join(' ')}`,
            en: `The escalation chain was refused: ${problems.map((p) => p.message.en).join(' ')}`,
          },
          { fields: problems },
        );
      }
      await em.nativeDelete(EscalationLevelRow, { kabupatenCode: code });
      const row =
        (await em.findOne(EscalationChainRow, { kabupatenCode: code })) ??
        em.create(EscalationChainRow, { kabupatenCode: code, updatedAt: ctx.now() });
      row.dueSoonWorkingDays = chain.dueSoonWorkingDays;
      row.updatedAt = ctx.now();
      row.updatedBy = em.getReference(User, principal.userId, { wrapped: true });
      em.persist(row);
      chain.levels.forEach((level, i) =>
        em.persist(
          em.create(EscalationLevelRow, {
            kabupatenCode: code,
            position: i + 1,
            target: level.target,
            unit: level.unitId ? em.getReference(OrgUnit, level.unitId) : null,
            windowWorkingDays: level.windowWorkingDays,
          }),
        ),
      );
      await em.flush();
      // Cases of the kabupaten whose next notice may have moved: the sweep looks at them again.
      await em.execute(
        `update spm_case set next_check_at = '-infinity'
          where next_check_at is not null and area_code like ?`,
        [`${code}.%`],
      );
    });
    return chainView(ctx, code);
  }

  @Query(() => [OrgUnit], {
    description:
      "SPM coordinator: the units of the case's kabupaten that receive cases, to give it to (not its holder)",
  })
  reassignUnits(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: RequestContext): Promise<OrgUnit[]> {
    return reassignUnits(this.deps(ctx), caseId);
  }

  @Mutation(() => Case, {
    description:
      'SPM coordinator: give an open case of the kabupaten to another unit that receives cases, with a reason (on the timeline; the new holder is told)',
  })
  reassignEscalatedCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Case> {
    return reassignEscalatedCase(this.deps(ctx), caseId, unitId, reason);
  }

  @Mutation(() => Case, {
    description:
      'SPM coordinator: set a new due date (YYYY-MM-DD, a working day) with a reason; the escalation chain starts again',
  })
  setCaseDueDate(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('dueDate', () => String) dueDate: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Case> {
    return setCaseDueDate(this.deps(ctx), caseId, dueDate, reason);
  }

  @Mutation(() => Case, {
    description: 'SPM coordinator: record taking the case up with the holding unit (the note goes on the timeline)',
  })
  takeUpEscalatedCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Case> {
    return takeUpEscalatedCase(this.deps(ctx), caseId, note);
  }

  private deps(ctx: RequestContext) {
    return {
      em: ctx.em,
      registry: ctx.registry,
      principal: requirePrincipal(ctx.principal),
      calendars: ctx.calendars,
      now: ctx.now(),
    };
  }
}
