import { Arg, Ctx, Extensions, Query, Resolver } from 'type-graphql';
import { IN_MEMORY } from '../../security/operation-limits.js';
import type { RequestContext } from '../context.js';
import { toSector } from '../types/sector.mapper.js';
import { SectorType } from '../types/sector.type.js';

/** The catalogue of sectors, public: a client needs it before anyone logs in. */
@Resolver(() => SectorType)
export class SectorResolver {
  @Query(() => [SectorType], { description: 'Every SPM sector with its service types, documents, workflow and routes' })
  @Extensions(IN_MEMORY)
  sectors(@Ctx() ctx: RequestContext): SectorType[] {
    return ctx.registry.plugins.map((p) => toSector(ctx.registry, p));
  }

  @Query(() => SectorType, { nullable: true })
  @Extensions(IN_MEMORY)
  sector(@Arg('id', () => String) id: string, @Ctx() ctx: RequestContext): SectorType | null {
    return ctx.registry.hasSector(id) ? toSector(ctx.registry, ctx.registry.sector(id)) : null;
  }
}
