import { DomainError, type Principal } from '@posyandu-spm/core';
import type { PluginRequestContext } from '@posyandu-spm/plugin-api';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { growthReference, type GrowthChart, type Sex } from '../growth/index.js';
import { SexEnum } from './open-day.types.js';
import { personHistory } from './person-history.js';
import { GrowthChartEnum, GrowthReferenceView, PersonHistoryView } from './person-history.types.js';

function principalOf(ctx: PluginRequestContext): Principal {
  if (!ctx.principal)
    throw new DomainError('UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' });
  return ctx.principal;
}

/** Issue 7 in the console: a person's history and the WHO curves of a child's growth chart. */
@Resolver()
export class PersonHistoryResolver {
  @Query(() => PersonHistoryView, {
    description:
      'A person’s open days at the Posyandu units whose records the caller may read (their kader, the health workers covering the desa), oldest first; NOT_FOUND when none',
  })
  kesehatanPersonHistory(
    @Ctx() ctx: PluginRequestContext,
    @Arg('personId', () => ID) personId: string,
  ): Promise<PersonHistoryView> {
    return personHistory(ctx.em, ctx.spm, principalOf(ctx), personId);
  }

  @Query(() => GrowthReferenceView, {
    description:
      'The WHO 2006 curves (−3, −2, 0, +2, +3 SD) of one chart: monthly 0–60 months, or every cm; any logged-in user',
  })
  kesehatanGrowthReference(
    @Ctx() ctx: PluginRequestContext,
    @Arg('indicator', () => GrowthChartEnum) indicator: GrowthChart,
    @Arg('sex', () => SexEnum) sex: Sex,
  ): GrowthReferenceView {
    principalOf(ctx);
    const { chart, ...rest } = growthReference(indicator, sex);
    return { indicator: chart, ...rest };
  }
}
