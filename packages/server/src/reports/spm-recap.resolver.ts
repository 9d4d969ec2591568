import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requirePrincipal } from '../services/principal.js';
import { spmRecap } from './spm-recap.js';
import { SpmRecapPeriodInput, SpmRecapType } from './spm-recap.types.js';
import { recapView } from './spm-recap.view.js';

@Resolver()
export class SpmRecapResolver {
  @Query(() => SpmRecapType, {
    description:
      'SPM recap of a desa, kecamatan or kabupaten (default: the widest you read) for a month, quarter or year: per sector × jenis pelayanan dasar × penerima, counts only. An OPD reads its sectors across its kabupaten, a kecamatan its villages, the kabupaten admin (SPM coordination) everything in the kabupaten.',
  })
  async spmRecap(
    @Arg('period', () => SpmRecapPeriodInput) period: SpmRecapPeriodInput,
    @Ctx() ctx: RequestContext,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
    @Arg('sectorId', () => String, { nullable: true }) sectorId?: string | null,
  ): Promise<SpmRecapType> {
    const data = await spmRecap(
      ctx.em,
      requirePrincipal(ctx.principal),
      ctx.registry,
      { areaCode, sectorId, period },
      ctx.now(),
    );
    return recapView(data, ctx.registry);
  }
}
