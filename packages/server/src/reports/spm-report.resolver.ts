import { ORG_UNIT_KIND_LABELS } from '@posyandu-spm/core';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requirePrincipal } from '../services/principal.js';
import { sectorName } from '../graphql/types/uninstalled-sector.js';
import { spmReport, type ReportCounts, type SpmReportData } from './spm-report.js';
import { SpmReportType, type SpmReportCountsType } from './spm-report.types.js';

const withRate = (k: ReportCounts): SpmReportCountsType => ({
  ...k,
  // Issue 15: an open case past its deadline is a miss too, not a case left out of the rate.
  onTimeRate: k.closed + k.openOverdue ? k.closedOnTime / (k.closed + k.openOverdue) : null,
});

export function reportView(data: SpmReportData, sectorName: (id: string) => { id: string; en: string }): SpmReportType {
  return {
    ...data,
    totals: withRate(data.totals),
    bySector: data.bySector.map((s) => ({
      sectorId: s.sectorId,
      name: sectorName(s.sectorId),
      counts: withRate(s.counts),
    })),
    settledAt: data.settledAt.map((s) => ({ ...s, label: ORG_UNIT_KIND_LABELS[s.unitKind] })),
    timeByHolder: data.timeByHolder.map((t) => ({
      ...t,
      label: ORG_UNIT_KIND_LABELS[t.unitKind],
      averageWorkingDays: t.holdings ? Math.round((t.workingDays / t.holdings) * 10) / 10 : 0,
    })),
  };
}

@Resolver()
export class SpmReportResolver {
  @Query(() => SpmReportType, {
    description:
      'SPM performance of the cases registered from `from` to `to` (YYYY-MM-DD, at most 366 days) within your reach: answered within 5 working days, overdue, where settled, who used the time. Counts only; a kabupaten admin gets their kabupaten.',
  })
  async spmReport(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
    @Arg('sectorId', () => String, { nullable: true }) sectorId?: string | null,
  ): Promise<SpmReportType> {
    const data = await spmReport(
      ctx.em,
      requirePrincipal(ctx.principal),
      ctx.calendars,
      ctx.registry,
      { from, to, areaCode, sectorId },
      ctx.now(),
    );
    return reportView(data, (id) => sectorName(ctx.registry, id));
  }
}
