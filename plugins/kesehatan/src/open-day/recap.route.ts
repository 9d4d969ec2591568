import { validationFailed } from '@posyandu-spm/core';
import type { PluginRoute } from '@posyandu-spm/plugin-api';
import { monthlyRecap, sessionRecap } from './open-day-recap.js';
import { areaRecap } from './area-recap.js';
import { areaRecapTable, recapTable } from './recap-export.js';

/**
 * `GET /plugins/kesehatan/open-day/recap?sessionId=…&format=csv|xlsx`, or
 * `?posyanduId=…&month=YYYY-MM`: the recap as a file, for whoever may read it in GraphQL.
 */
export const recapRoute: PluginRoute = {
  path: 'open-day/recap',
  async handler(ctx, query) {
    const format = formatOf(query);
    const recap = query.sessionId
      ? await sessionRecap(ctx.em, ctx.spm, ctx.principal, query.sessionId)
      : await monthlyRecap(ctx.em, ctx.spm, ctx.principal, query.posyanduId ?? '', query.month ?? '');
    const fileName = `rekap-hari-buka-${recap.period}.${format}`;
    return ctx.spm.tableDownload(recapTable(recap), format, fileName);
  },
};

/**
 * `GET /plugins/kesehatan/open-day/area-recap?areaCode=…&month=YYYY-MM&format=csv|xlsx`: the
 * kecamatan's month (`kesehatanAreaRecap`) as a file, for the kecamatan officer and the Puskesmas.
 */
export const areaRecapRoute: PluginRoute = {
  path: 'open-day/area-recap',
  async handler(ctx, query) {
    const format = formatOf(query);
    const recap = await areaRecap(ctx.em, ctx.spm, ctx.principal, query.month ?? '', query.areaCode ?? '');
    return ctx.spm.tableDownload(
      areaRecapTable(recap),
      format,
      `rekap-kecamatan-${recap.areaCode}-${recap.month}.${format}`,
    );
  },
};

function formatOf(query: Readonly<Record<string, string>>): 'csv' | 'xlsx' {
  const format = query.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') {
    throw validationFailed([
      { field: 'format', message: { id: 'Format: csv atau xlsx.', en: 'Format: csv or xlsx.' } },
    ]);
  }
  return format;
}
